package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.MeasurementType;
import org.junit.jupiter.api.Test;

/** Scores as values: equal by what they say (id, numbers, zone, explanation), and their text. */
class ScoreValuesTest {
  private static Score score(String id, double current) {
    Observation observation = Observation.builder(id, MeasurementType.INCREASE).baseline(0).target(10)
        .current(Observation.Reading.value(current)).build();
    return Scorer.defaults().score(observation);
  }

  private static Score unscored(String id) {
    return Scorer.defaults().score(Observation.builder(id, MeasurementType.INCREASE).baseline(0).target(10).build());
  }

  @Test
  void scoredKeyResultsAreEqualByWhatTheySay() {
    assertThat(score("kr", 5)).isEqualTo(score("kr", 5)).hasSameHashCodeAs(score("kr", 5))
        .isNotEqualTo(score("kr", 6))
        .isNotEqualTo(score("other", 5))
        .isNotEqualTo(unscored("kr"));
    // the same value from another reading: the explanation differs
    assertThat(score("kr", 15)).isNotEqualTo(score("kr", 10));
    assertThat(score("kr", 5).keyResultId()).isEqualTo("kr");
    assertThat(score("kr", 5).strategy()).isEqualTo("linear");
    assertThat(score("kr", 5)).hasToString("kr: 0.5 (attainment 0.5, linear)");
  }

  @Test
  void unscoredKeyResultsAreEqualByIdAndReason() {
    Score none = unscored("kr");
    assertThat(none).isEqualTo(unscored("kr")).hasSameHashCodeAs(unscored("kr"))
        .isNotEqualTo(unscored("other"))
        .isNotEqualTo(score("kr", 5));
    assertThat(none.keyResultId()).isEqualTo("kr");
    assertThat(none.strategy()).isEqualTo("linear");
    assertThat(none.toString()).startsWith("kr: unscored (");
    assertThat(((Score.Unscored) none).reason()).isNotBlank();
    assertThat(none.explanation().formula()).isEqualTo(((Score.Unscored) none).reason());
  }
}
