package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.MeasurementType;
import org.junit.jupiter.api.Test;

/**
 * The stretch strategy case by case: what it refuses (a flat range, a stretch short of the target,
 * a direction its type contradicts), an unscored key result without a reading, and the formula it
 * shows under each stretch scale, at the target and beyond it.
 */
class StretchStrategyTest {
  private static final StretchStrategy STRETCH = new StretchStrategy();

  private static Observation.Builder increase(double baseline, double target, double stretch) {
    return Observation.builder("kr", MeasurementType.INCREASE).baseline(baseline).target(target).stretch(stretch);
  }

  private static Score score(Observation observation, ScoringPolicy policy) {
    return Pipeline.score(STRETCH, observation, ScoringContext.of(policy));
  }

  private static Score.Scored scoredAt(double current, ScoringPolicy policy) {
    return scored(score(increase(0, 10, 20).current(Observation.Reading.value(current)).build(), policy));
  }

  @Test
  void piecewiseScoresTheTargetAtItsScoreAndTheStretchAtOne() {
    ScoringPolicy policy = ScoringPolicy.defaults();
    Score.Scored atTarget = scoredAt(10, policy);
    assertThat(atTarget.value()).isEqualTo(0.7);
    assertThat(atTarget.explanation().formula())
        .startsWith("attainment = (current - baseline) / (target - baseline) * 0.7 = (10 - 0) / (10 - 0) * 0.7 = 0.7");
    Score.Scored beyond = scoredAt(15, policy);
    assertThat(beyond.value()).isEqualTo(0.85);
    assertThat(beyond.explanation().formula())
        .isEqualTo("attainment = 0.7 + (current - target) / (stretch - target) * 0.3 = 0.7 + (15 - 10) / (20 - 10) * 0.3 = 0.85"
            + "; score = 0.85; zone = target");
    assertThat(beyond.explanation().policy()).containsEntry("stretch-scale", "piecewise").containsEntry("stretch-target-score", "0.7");
    assertThat(beyond.explanation().inputs()).containsEntry("baseline", "0").containsEntry("target", "10")
        .containsEntry("stretch", "20").containsEntry("current", "15");
    assertThat(scoredAt(5, policy).value()).isEqualTo(0.35);
    assertThat(scoredAt(20, policy).value()).isEqualTo(1.0);
    assertThat(scoredAt(15, policy.withStretchTargetScore(0.6)).explanation().formula())
        .startsWith("attainment = 0.6 + (current - target) / (stretch - target) * 0.4 = 0.6 + (15 - 10) / (20 - 10) * 0.4 = 0.8");
  }

  @Test
  void toStretchAndIgnoreScales() {
    Score.Scored toStretch = scoredAt(15, ScoringPolicy.builder().stretchScale(ScoringPolicy.StretchScale.TO_STRETCH).build());
    assertThat(toStretch.value()).isEqualTo(0.75);
    assertThat(toStretch.explanation().formula())
        .startsWith("attainment = (current - baseline) / (stretch - baseline) = (15 - 0) / (20 - 0) = 0.75");
    Score.Scored ignored = scoredAt(5, ScoringPolicy.builder().stretchScale(ScoringPolicy.StretchScale.IGNORE).build());
    assertThat(ignored.value()).isEqualTo(0.5);
    assertThat(ignored.explanation().formula()).contains("(stretch ignored)");
  }

  @Test
  void aStretchMustLieBeyondTheTarget() {
    assertThatThrownBy(() -> score(increase(0, 10, 5).current(Observation.Reading.value(5)).build(), ScoringPolicy.defaults()))
        .isInstanceOf(ScoringException.class).hasMessageStartingWith("measurement.stretch: must lie beyond the target 10");
    assertThatThrownBy(() -> score(increase(0, 10, 10).current(Observation.Reading.value(5)).build(), ScoringPolicy.defaults()))
        .isInstanceOf(ScoringException.class).hasMessageStartingWith("measurement.stretch: must lie beyond the target 10");
    Observation decrease = Observation.builder("kr", MeasurementType.DECREASE).baseline(10).target(5).stretch(0)
        .current(Observation.Reading.value(2.5)).build();
    assertThat(scored(score(decrease, ScoringPolicy.defaults())).value()).isEqualTo(0.85);
    Observation decreaseShort = Observation.builder("kr", MeasurementType.DECREASE).baseline(10).target(5).stretch(7)
        .current(Observation.Reading.value(2.5)).build();
    assertThatThrownBy(() -> score(decreaseShort, ScoringPolicy.defaults())).isInstanceOf(ScoringException.class)
        .hasMessageStartingWith("measurement.stretch: must lie beyond the target 5");
  }

  @Test
  void aDirectionTheTypeContradictsIsRefused() {
    Observation upDown = Observation.builder("kr", MeasurementType.DECREASE).baseline(0).target(10).stretch(20)
        .current(Observation.Reading.value(5)).build();
    assertThatThrownBy(() -> score(upDown, ScoringPolicy.defaults())).isInstanceOf(ScoringException.class);
  }

  @Test
  void aFlatRangeIsThePolicysAndNoReadingIsUnscored() {
    Observation flat = increase(10, 10, 20).current(Observation.Reading.value(15)).build();
    assertThatThrownBy(() -> score(flat, ScoringPolicy.defaults())).isInstanceOf(ScoringException.class);
    assertThat(scored(score(flat, ScoringPolicy.builder().flatRange(ScoringPolicy.FlatRange.HALF).build())).value()).isEqualTo(0.5);
    Score none = score(increase(0, 10, 20).build(), ScoringPolicy.defaults());
    assertThat(none).isInstanceOf(Score.Unscored.class);
    assertThat(none.explanation().inputs()).containsEntry("stretch", "20").doesNotContainKey("current");
  }
}
