package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNoBaselineTest {
  private final KrNoBaseline rule = new KrNoBaseline();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void aTargetWithoutStartIsAdvice() {
    assertThat(fixture.statement("Increase weekly active users to 15,000")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.suggestion().orElseThrow()).startsWith("Add the current value: '... from <baseline> to");
    });
  }

  @Test
  void baselinesRelativeChangesLevelsZeroAndExplicitDataNeedNoBaseline() {
    assertThat(fixture.statement("Increase NPS from 42 to 60")).isEmpty();
    assertThat(fixture.statement("Achieve a trial-to-paid conversion rate of 25%, up from 14%")).isEmpty();
    assertThat(fixture.statement("Reduce support ticket volume by 25%")).isEmpty();
    assertThat(fixture.statement("Maintain 99.99% uptime during peak traffic hours")).isEmpty();
    assertThat(fixture.statement("Achieve zero critical defects released to production for two consecutive sprints")).isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Increase weekly active users to 15,000")
        .measurement(Measurement.increase(10_000, 15_000)).build();
    assertThat(fixture.findings(OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }
}
