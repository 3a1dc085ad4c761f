package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.MeasurementType;
import org.junit.jupiter.api.Test;

/**
 * A scored key result's formula names each policy step between the raw attainment and the score:
 * the overshoot cap, the below-baseline floor, the rounding, and the final clamp; and only those
 * that changed something.
 */
class ExplanationStepsTest {
  private static String formula(double current, ScoringPolicy policy) {
    Observation observation = Observation.builder("kr", MeasurementType.INCREASE).baseline(0).target(10)
        .current(Observation.Reading.value(current)).build();
    return scored(Pipeline.score(new LinearStrategy(), observation, ScoringContext.of(policy))).explanation().formula();
  }

  @Test
  void aPlainScoreShowsNoSteps() {
    assertThat(formula(5, ScoringPolicy.defaults())).endsWith(" = 0.5; score = 0.5").doesNotContain("contribution");
  }

  @Test
  void anOvershootCappedOrKept() {
    assertThat(formula(15, ScoringPolicy.defaults())).endsWith(" = 1.5; contribution = 1 (overshoot=cap); score = 1");
    assertThat(formula(15, ScoringPolicy.builder().overshoot(ScoringPolicy.Overshoot.KEEP).build()))
        .endsWith(" = 1.5; score = clamp to [0, 1] = 1").doesNotContain("contribution");
  }

  @Test
  void aValueBelowTheBaselineRaisedOrKept() {
    assertThat(formula(-5, ScoringPolicy.defaults())).endsWith(" = -0.5; contribution = 0 (below-baseline=zero); score = 0");
    assertThat(formula(-5, ScoringPolicy.builder().belowBaseline(ScoringPolicy.BelowBaseline.KEEP_NEGATIVE).build()))
        .endsWith(" = -0.5; score = clamp to [0, 1] = 0");
  }

  @Test
  void roundingIsAStepOfItsOwnAfterTheOthers() {
    ScoringPolicy rounded = ScoringPolicy.builder().rounding(Rounding.of(1, Rounding.Mode.HALF_UP)).build();
    assertThat(formula(3.33, rounded)).endsWith(" = 0.333; contribution = 0.3 (rounding 1 place, half-up); score = 0.3");
    assertThat(formula(15, rounded)).endsWith("; contribution = 1 (overshoot=cap, rounding 1 place, half-up); score = 1");
    assertThat(formula(-5, rounded)).endsWith("; contribution = 0 (below-baseline=zero, rounding 1 place, half-up); score = 0");
  }
}
