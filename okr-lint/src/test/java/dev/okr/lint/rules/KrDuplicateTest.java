package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KrDuplicateTest {
  private final KrDuplicate rule = new KrDuplicate();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void theLaterCopyIsReportedIgnoringCaseLabelsAndPunctuation() {
    var a = objective("a", "A", "KR1: Increase NPS from 42 to 60", "Reduce churn rate from 5% to 3%");
    var b = objective("b", "B", "increase NPS from 42 to 60.");
    assertThat(fixture.findings(set(a, b))).singleElement().satisfies(f -> {
      assertThat(f.elementId()).contains("b-kr1");
      assertThat(f.message()).contains("objectives[0].keyResults[0]").contains("under objective \"A\"");
    });
  }

  @Test
  void differentNumbersAreDifferentKeyResults() {
    assertThat(fixture.findings(set(objective("a", "A", "Increase NPS from 42 to 60", "Increase NPS from 42 to 70"))))
        .isEmpty();
  }

  @Test
  void inAnOutlineTheLaterCopyIsExpected() {
    fixture.expectOutline("""
        ## Objective: Delight new users
        - KR: Increase NPS from 42 to 60
        - KR: Reduce churn rate from 5% to 3%
        ## Objective: Keep customers for longer
        - KR: increase NPS from 42 to 60. <!-- expect: kr-duplicate -->
        - KR: Increase NPS from 42 to 70
        """);
  }
}
