package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.lint.Document;
import dev.okr.lint.Finding;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidSuppressionTest {
  private final Linter linter = Linter.builder()
      .rules(List.of(new OkrMissingOwner(), new InvalidSuppression(), new UnusedSuppression()))
      .discoverRules(false).build();

  private LintReport lint(String... suppressions) {
    Objective o = Objective.builder().id("o").title("Delight").addSuppressions(suppressions).build();
    return linter.lint(OkrSet.of(List.of(o)));
  }

  @Test
  void aSuppressionWithoutReasonIsNotHonoured() {
    LintReport r = lint("okr-missing-owner");
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("invalid-suppression", "okr-missing-owner");
    assertThat(r.active().get(0).message()).contains("needs a reason");
  }

  @Test
  void anUnknownRuleIsReported() {
    LintReport r = lint("okr-missing-ownr -- because typo");
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("invalid-suppression", "okr-missing-owner");
    assertThat(r.active().get(0).message()).contains("names no known rule: okr-missing-ownr");
  }

  @Test
  void aMarkdownCommentNextToNoElementIsReportedAtItsLine() {
    Objective o = Objective.builder().id("o").title("Delight").source(SourcePosition.of(1, 3)).build();
    String text = "# Delight\n\n<!-- okr-lint-disable okr-missing-owner -- because nobody -->\n";
    LintReport r = linter.lint(Document.outline(OkrSet.of(List.of(o)), "okrs.md", text));
    Finding invalid = r.active().stream().filter(f -> f.ruleId().equals("invalid-suppression")).findFirst().orElseThrow();
    assertThat(invalid.message()).contains("applies to no element");
    assertThat(invalid.position()).contains(SourcePosition.of(3, 1));
  }
}
