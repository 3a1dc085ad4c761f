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

class KrStaleCheckInsTest {
  private final KrStaleCheckIns rule = new KrStaleCheckIns();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  private static KeyResult kr(String id, LocalDate... dates) {
    KeyResult.Builder b = KeyResult.builder().id(id).statement("Raise NPS from 38 to 50");
    for (LocalDate d : dates) {
      b.addCheckIn(CheckIn.value(d, 40));
    }
    return b.build();
  }

  @Test
  void aCheckInOlderThanFourteenDaysIsStale() {
    var o = objective("o", "Delight")
        .addKeyResult(kr("fresh", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 10)))
        .addKeyResult(kr("stale", LocalDate.of(2026, 7, 6)));
    assertThat(fixture.findings(set(o))).singleElement().satisfies(f -> {
      assertThat(f.elementId()).contains("stale");
      assertThat(f.message()).contains("40 days before 2026-08-15");
    });
  }

  @Test
  void afterTheCycleTheEndIsTheReference() {
    var o = objective("o", "Delight").addKeyResult(kr("k", LocalDate.of(2026, 9, 25)));
    assertThat(fixture.config(LintConfig.builder().asOf(LocalDate.of(2026, 12, 1)).build()).findings(set(o))).isEmpty();
  }

  @Test
  void theThresholdIsConfigurable() {
    var o = objective("o", "Delight").addKeyResult(kr("k", LocalDate.of(2026, 8, 5)));
    LintConfig strict = LintConfig.builder().asOf(LocalDate.of(2026, 8, 15))
        .thresholds(dev.okr.lint.Thresholds.builder().staleCheckInDays(7).build()).build();
    assertThat(fixture.findings(set(o))).isEmpty();
    assertThat(fixture.config(strict).findings(set(o))).hasSize(1);
  }
}
