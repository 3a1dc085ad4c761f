package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedSuppressionTest {
  private static Linter linter(LintConfig config) {
    return Linter.builder()
        .rules(List.of(new OkrMissingOwner(), new OkrMissingKind(), new InvalidSuppression(), new UnusedSuppression()))
        .discoverRules(false).config(config).build();
  }

  @Test
  void aSuppressionThatSilencesNothingIsReported() {
    Objective o = Objective.builder().id("o").title("Delight").owner(Owner.team("Growth"))
        .addSuppression("okr-missing-owner -- because we had no owner yet").build();
    LintReport r = linter(LintConfig.defaults()).lint(OkrSet.of(List.of(o)));
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("okr-missing-kind", "unused-suppression");
    assertThat(r.active().get(1).message()).isEqualTo("Suppression of okr-missing-owner silences nothing here; remove it");
  }

  @Test
  void aUsedSuppressionIsNotReportedAndSuppressionsOfDisabledRulesAreIgnored() {
    Objective o = Objective.builder().id("o").title("Delight")
        .addSuppression("okr-missing-owner, okr-missing-kind -- because this is a draft").build();
    assertThat(linter(LintConfig.defaults()).lint(OkrSet.of(List.of(o))).active()).isEmpty();
    LintConfig kindOff = LintConfig.builder().addDisabledRule("okr-missing-kind").build();
    assertThat(linter(kindOff).lint(OkrSet.of(List.of(o))).active()).isEmpty();
  }
}
