package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNotMeasurableTest {
  private final KrNotMeasurable rule = new KrNotMeasurable();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void aStatementWithoutQuantityIsAnError() {
    assertThat(fixture.statement("Improve onboarding experience")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.suggestion()).contains("Name a number: 'Increase onboarding experience from <baseline> to <target> by <date>'");
    });
    assertThat(fixture.statement("Better retention for SMB customers")).hasSize(1);
  }

  @Test
  void numbersExplicitMeasurementsAndTasksAreLeftAlone() {
    assertThat(fixture.statement("Increase NPS from 42 to 60")).isEmpty();
    assertThat(fixture.statement("Launch new dashboard")).as("superseded by kr-task-like").isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Improve onboarding experience")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).target(60).build()).build();
    assertThat(fixture.findings(OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }

  @Test
  void aTaskIsLeftToKrTaskLikeUnlessKrTaskLikeIsOff() {
    fixture.expectOutline("""
        ## Objective: Make onboarding effortless
        - KR: Launch new dashboard
        - KR: Improve onboarding experience <!-- expect: kr-not-measurable -->
        """);
    fixture.config(LintConfig.builder().addDisabledRule("kr-task-like").build()).expectOutline("""
        ## Objective: Make onboarding effortless
        - KR: Launch new dashboard <!-- expect: kr-not-measurable -->
        - KR: Improve onboarding experience <!-- expect: kr-not-measurable -->
        """);
  }
}
