package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.OkrSet;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNoBaselineTest {
  private final KrNoBaseline rule = new KrNoBaseline();

  @Test
  void aTargetWithoutStartIsAdvice() {
    assertThat(RuleTester.statement(rule, "Increase weekly active users to 15,000")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.suggestion().orElseThrow()).startsWith("Add the current value: '... from <baseline> to");
    });
  }

  @Test
  void baselinesRelativeChangesLevelsZeroAndExplicitDataNeedNoBaseline() {
    assertThat(RuleTester.statement(rule, "Increase NPS from 42 to 60")).isEmpty();
    assertThat(RuleTester.statement(rule, "Achieve a trial-to-paid conversion rate of 25%, up from 14%")).isEmpty();
    assertThat(RuleTester.statement(rule, "Reduce support ticket volume by 25%")).isEmpty();
    assertThat(RuleTester.statement(rule, "Maintain 99.99% uptime during peak traffic hours")).isEmpty();
    assertThat(RuleTester.statement(rule, "Achieve zero critical defects released to production for two consecutive sprints")).isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Increase weekly active users to 15,000")
        .measurement(Measurement.increase(10_000, 15_000)).build();
    assertThat(RuleTester.findings(rule, OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }
}
