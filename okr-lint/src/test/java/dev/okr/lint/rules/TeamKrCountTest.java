package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamKrCountTest {
  private final TeamKrCount rule = new TeamKrCount();

  @Test
  void fifteenPassSixteenAreReportedAtTheObjectivePassingTheLimit() {
    String[] five = {"a", "b", "c", "d", "e"};
    assertThat(RuleTester.findings(rule, set(objective("x", "X", five), objective("y", "Y", five), objective("z", "Z", five))))
        .isEmpty();
    assertThat(RuleTester.findings(rule, set(objective("x", "X", five), objective("y", "Y", five), objective("z", "Z", five),
        objective("w", "W", "f")))).singleElement()
        .satisfies(f -> {
          assertThat(f.elementId()).contains("w");
          assertThat(f.message()).contains("16 key results");
        });
  }
}
