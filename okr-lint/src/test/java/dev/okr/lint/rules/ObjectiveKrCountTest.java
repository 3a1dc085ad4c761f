package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Severity;
import dev.okr.lint.Thresholds;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveKrCountTest {
  private final ObjectiveKrCount rule = new ObjectiveKrCount();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void twoToFiveKeyResultsPass() {
    assertThat(fixture.findings(set(objective("o", "Delight new users", "a 1", "b 2")))).isEmpty();
    assertThat(fixture.findings(set(objective("o", "Delight new users", "a", "b", "c", "d", "e")))).isEmpty();
  }

  @Test
  void noKeyResultIsAnError() {
    List<Finding> f = fixture.findings(set(objective("o", "Delight new users")));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.path()).isEqualTo("objectives[0]");
      assertThat(x.message()).isEqualTo("Objective has no key results; an objective should have 2–5 that show it is reached");
    });
  }

  @Test
  void oneOrSixAreReported() {
    assertThat(fixture.findings(set(objective("o", "Delight", "a")))).singleElement()
        .satisfies(x -> assertThat(x.message()).isEqualTo("Objective has 1 key result; an objective should have 2–5 key results"));
    assertThat(fixture.findings(set(objective("o", "Delight", "a", "b", "c", "d", "e", "f")))).singleElement()
        .satisfies(x -> assertThat(x.message()).isEqualTo("Objective has 6 key results; an objective should have 2–5 so that it stays focused"));
  }

  @Test
  void thresholdsAreConfigurable() {
    LintConfig strict = LintConfig.builder().thresholds(Thresholds.builder().maxKeyResultsPerObjective(4).build()).build();
    assertThat(fixture.config(strict).findings(set(objective("o", "Delight", "a", "b", "c", "d", "e")))).hasSize(1);
  }
}
