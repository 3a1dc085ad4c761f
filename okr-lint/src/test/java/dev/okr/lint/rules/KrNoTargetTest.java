package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.lint.Okrs;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNoTargetTest {
  private final KrNoTarget rule = new KrNoTarget();

  @Test
  void aBaselineWithoutTargetIsReported() {
    assertThat(RuleTester.statement(rule, "Increase NPS from 42")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no target"));
  }

  @Test
  void targetsRelativeChangesExplicitDataAndUnmeasurableStatementsAreLeftAlone() {
    assertThat(RuleTester.statement(rule, "Increase NPS from 42 to 60")).isEmpty();
    assertThat(RuleTester.statement(rule, "Reduce support ticket volume by 25%")).isEmpty();
    assertThat(RuleTester.statement(rule, "Improve onboarding experience")).as("kr-not-measurable's").isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Increase NPS from 42")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).baseline(42).target(60).build()).build();
    assertThat(RuleTester.findings(rule, OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }
}
