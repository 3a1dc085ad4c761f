package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNotMeasurableTest {
  private final KrNotMeasurable rule = new KrNotMeasurable();

  @Test
  void aStatementWithoutQuantityIsAnError() {
    assertThat(RuleTester.statement(rule, "Improve onboarding experience")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.suggestion()).contains("Name a number: 'Increase onboarding experience from <baseline> to <target> by <date>'");
    });
    assertThat(RuleTester.statement(rule, "Better retention for SMB customers")).hasSize(1);
  }

  @Test
  void numbersExplicitMeasurementsAndTasksAreLeftAlone() {
    assertThat(RuleTester.statement(rule, "Increase NPS from 42 to 60")).isEmpty();
    assertThat(RuleTester.statement(rule, "Launch new dashboard")).as("left to kr-task-like").isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Improve onboarding experience")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).target(60).build()).build();
    assertThat(RuleTester.findings(rule, OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }
}
