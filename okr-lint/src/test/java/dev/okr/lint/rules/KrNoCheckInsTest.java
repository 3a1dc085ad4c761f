package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KrNoCheckInsTest {
  private final KrNoCheckIns rule = new KrNoCheckIns();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void aKeyResultWithoutCheckInsIsReportedAfterTheGracePeriod() {
    var o = objective("o", "Delight", "Raise NPS from 38 to 50")
        .addKeyResult(KeyResult.builder().id("k2").statement("Cut churn from 5% to 3%")
            .addCheckIn(CheckIn.value(LocalDate.of(2026, 8, 1), 4.5)).build());
    assertThat(fixture.findings(set(o))).singleElement().satisfies(f -> {
      assertThat(f.elementId()).contains("o-kr1");
      assertThat(f.message()).contains("45 days into 2026-Q3");
    });
  }

  @Test
  void earlyInTheCycleOrWithoutCycleNothingIsReported() {
    LintConfig early = LintConfig.builder().asOf(LocalDate.of(2026, 7, 10)).build();
    assertThat(fixture.config(early).findings(set(objective("o", "Delight", "Raise NPS from 38 to 50")))).isEmpty();
    var noCycle = dev.okr.core.Objective.builder().id("o").title("Delight").addKeyResult(KeyResult.of("k", "Raise NPS")).build();
    assertThat(fixture.findings(dev.okr.core.OkrSet.of(java.util.List.of(noCycle)))).isEmpty();
  }

  @Test
  void aClosedCycleSaysSo() {
    LintConfig late = LintConfig.builder().asOf(LocalDate.of(2026, 10, 20)).build();
    assertThat(fixture.config(late).findings(set(objective("o", "Delight", "Raise NPS from 38 to 50")))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("ended on 2026-09-30"));
  }
}
