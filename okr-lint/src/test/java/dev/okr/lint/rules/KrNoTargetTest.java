package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrNoTargetTest {
  private final KrNoTarget rule = new KrNoTarget();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void aBaselineWithoutTargetIsReported() {
    assertThat(fixture.statement("Increase NPS from 42")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no target"));
  }

  @Test
  void targetsRelativeChangesExplicitDataAndUnmeasurableStatementsAreLeftAlone() {
    assertThat(fixture.statement("Increase NPS from 42 to 60")).isEmpty();
    assertThat(fixture.statement("Reduce support ticket volume by 25%")).isEmpty();
    assertThat(fixture.statement("Improve onboarding experience")).as("kr-not-measurable's").isEmpty();
    KeyResult explicit = KeyResult.builder().id("k").statement("Increase NPS from 42")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).baseline(42).target(60).build()).build();
    assertThat(fixture.findings(OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(explicit).build())))).isEmpty();
  }

  @Test
  void aTaskWithoutTargetIsLeftToKrTaskLikeUnlessItIsOff() {
    String outline = """
        ## Objective: Grow the partner channel
        - KR: Increase NPS from 42 <!-- expect: kr-no-target -->
        - KR: Onboard partners from 3 onwards
        """;
    fixture.expectOutline(outline);
    fixture.config(LintConfig.builder().addDisabledRule("kr-task-like").build())
        .expectOutline(outline.replace("onwards", "onwards <!-- expect: kr-no-target -->"));
  }
}
