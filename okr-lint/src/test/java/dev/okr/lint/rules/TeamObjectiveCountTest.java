package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Cycle;
import dev.okr.core.Owner;
import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TeamObjectiveCountTest {
  private final TeamObjectiveCount rule = new TeamObjectiveCount();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void threeObjectivesPerQuarterPass() {
    assertThat(fixture.findings(set(objective("a", "A"), objective("b", "B"), objective("c", "C")))).isEmpty();
  }

  @Test
  void theFourthObjectiveIsReported() {
    assertThat(fixture.findings(set(objective("a", "A"), objective("b", "B"), objective("c", "C"), objective("d", "D"))))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.elementId()).contains("d");
          assertThat(f.message()).isEqualTo("Team Growth in 2026-Q3 has 4 objectives; keep 1–3 so that priorities are real");
        });
  }

  @Test
  void teamsAndCyclesAreCountedApart() {
    assertThat(fixture.findings(set(
        objective("a", "A"), objective("b", "B"), objective("c", "C"),
        objective("d", "D").owner(Owner.team("Platform")),
        objective("e", "E").cycle(Cycle.quarter(2026, 4))))).isEmpty();
  }

  @Test
  void aYearAllowsTwo() {
    assertThat(fixture.findings(set(
        objective("a", "A").cycle(Cycle.year(2026)), objective("b", "B").cycle(Cycle.year(2026)),
        objective("c", "C").cycle(Cycle.year(2026))))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("keep 1–2"));
  }
}
