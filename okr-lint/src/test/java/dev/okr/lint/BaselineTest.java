package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private final Linter linter = Linter.builder().discoverRules(false)
      .config(LintConfig.builder().addDisabledRule("kr-no-check-ins").build()).build();

  private static OkrSet set(Objective... objectives) {
    return OkrSet.of(List.of(objectives));
  }

  @Test
  void aBaselineAcceptsOldFindingsAndFailsOnlyOnNewOnes() {
    Objective old = Objective.builder().id("old").title("Old").build();
    LintReport first = linter.lint(Document.of(set(old), "okrs.yaml"));
    assertThat(first.hasErrors()).isTrue();
    Baseline baseline = Baseline.fromJson(Baseline.of(first).toJson());
    assertThat(baseline.entries()).hasSize(first.active().size());

    Objective fresh = Objective.builder().id("new").title("New").build();
    LintReport later = baseline.apply(linter.lint(Document.of(set(old, fresh), "okrs.yaml")));
    assertThat(later.active()).isNotEmpty().allMatch(f -> f.elementId().orElse("").equals("new"));
    assertThat(later.findings()).filteredOn(f -> f.status() == Finding.Status.BASELINED)
        .hasSize(first.active().size()).allMatch(f -> f.elementId().orElse("").equals("old"));
  }

  @Test
  void pruneDropsFixedFindings() {
    Objective old = Objective.builder().id("old").title("Old").build();
    Baseline baseline = Baseline.of(linter.lint(Document.of(set(old), "okrs.yaml")));
    Objective fixed = dev.okr.lint.Okrs.objective("old", "Old", "Raise NPS from 38 to 50", "Cut churn from 5% to 3%").build();
    Baseline pruned = baseline.prune(linter.lint(Document.of(set(fixed), "okrs.yaml")));
    assertThat(pruned.entries()).isEmpty();
    assertThat(baseline.prune(linter.lint(Document.of(set(old), "okrs.yaml"))).entries()).hasSameSizeAs(baseline.entries());
  }

  @Test
  void aFileThatIsNotABaselineIsRejectedClearly() {
    assertThatThrownBy(() -> Baseline.fromJson("{\"findings\": []}")).hasMessageContaining("not an okr-lint baseline");
    assertThatThrownBy(() -> Baseline.fromJson("{")).hasMessageContaining("not valid JSON at line");
    assertThatThrownBy(() -> Baseline.fromJson("{\"okrLintBaseline\": 1, \"findings\": [{}]}"))
        .hasMessageContaining("findings[0].fingerprint is missing");
  }
}
