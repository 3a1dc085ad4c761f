package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrMissingKindTest {
  private final OkrMissingKind rule = new OkrMissingKind();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void onlyUnlabelledObjectivesAreReported() {
    Objective labelled = Okrs.objective("a", "A").build();
    Objective bare = Objective.builder().id("b").title("B").build();
    assertThat(fixture.findings(OkrSet.of(List.of(labelled, bare)))).singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("b"));
  }
}
