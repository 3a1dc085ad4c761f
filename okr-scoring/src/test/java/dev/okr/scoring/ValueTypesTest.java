package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.MeasurementType;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The small value types of scoring at their edges: a profile's defaults and the strategy it picks,
 * rates, rollup items, and the thresholds of a status.
 */
class ValueTypesTest {

  @Test
  void aProfileWithoutPoliciesOrStrategiesTakesOkrsDefaults() {
    Profile bare = Profile.builder().name("bare").description("nothing set").build();
    assertThat(bare.scoring()).isEqualTo(ScoringPolicy.defaults());
    assertThat(bare.rollup()).isEqualTo(RollupPolicy.defaults());
    assertThat(bare.stretchStrategy()).isEqualTo("stretch");
    assertThat(bare.strategies()).containsEntry(MeasurementType.INCREASE, "linear").containsEntry(MeasurementType.DECREASE, "linear")
        .containsEntry(MeasurementType.AT_LEAST, "maintain").containsEntry(MeasurementType.AT_MOST, "maintain")
        .containsEntry(MeasurementType.BINARY, "binary").containsEntry(MeasurementType.MILESTONES, "milestones");
  }

  @Test
  void aStretchTargetIsScoredByTheStretchStrategyOnlyForIncreasesAndDecreases() {
    Profile okr = Profiles.okr();
    assertThat(okr.strategyFor(MeasurementType.INCREASE, true)).isEqualTo("stretch");
    assertThat(okr.strategyFor(MeasurementType.DECREASE, true)).isEqualTo("stretch");
    assertThat(okr.strategyFor(MeasurementType.INCREASE, false)).isEqualTo("linear");
    assertThat(okr.strategyFor(MeasurementType.AT_LEAST, true)).isEqualTo("maintain");
    assertThat(okr.strategyFor(MeasurementType.BINARY, true)).isEqualTo("binary");
    Profile ignoring = okr.withScoring(ScoringPolicy.builder().stretchScale(ScoringPolicy.StretchScale.IGNORE).build());
    assertThat(ignoring.strategyFor(MeasurementType.INCREASE, true)).isEqualTo("linear");
    Profile partial = okr.withStrategies(Map.of(MeasurementType.INCREASE, "linear"));
    assertThatThrownBy(() -> partial.strategyFor(MeasurementType.BINARY, false)).isInstanceOf(ScoringException.class)
        .hasMessageContaining("profile okr names no strategy for this type");
  }

  @Test
  void aProfileNameIsLowerCaseWordsJoinedByHyphens() {
    assertThat(Profile.builder().name("my-tool-2").description("d").build().name()).isEqualTo("my-tool-2");
    for (String bad : new String[] {"My-Tool", "my--tool", "-tool", "tool-", "my tool", ""}) {
      assertThatThrownBy(() -> Profile.builder().name(bad).description("d").build()).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a profile name is lower-case words joined by hyphens (was \"" + bad + "\")");
    }
  }

  @Test
  void aRateMeetsItsTargetAtTheTargetItselfAndNeverWhenEmpty() {
    assertThat(new Rate(7, 10).meets(0.7)).isTrue();
    assertThat(new Rate(7, 10).meets(0.71)).isFalse();
    assertThat(new Rate(0, 10).meets(0)).isTrue();
    assertThat(new Rate(0, 0).meets(0)).isFalse();
    assertThat(new Rate(0, 0).share()).isEmpty();
    assertThat(new Rate(1, 4).share()).isEqualTo(OptionalDouble.of(0.25));
    assertThat(new Rate(10, 10)).hasToString("10/10 (100%)");
    assertThat(new Rate(1, 3)).hasToString("1/3 (33%)");
    assertThat(new Rate(0, 0)).hasToString("0/0");
    assertThatThrownBy(() -> new Rate(-1, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate needs 0 <= hits <= total (was -1 of 3)");
    assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Rate(3, 3).hits()).isEqualTo(3);
  }

  @Test
  void aRollupItemHasAFiniteValueAndAPositiveFiniteWeight() {
    RollupItem item = RollupItem.keyResult("kr-1", 0.5, 2);
    assertThat(item.id()).isEqualTo("kr-1");
    assertThat(item.kind()).isEqualTo(RollupItem.Kind.KEY_RESULT);
    assertThat(item).hasToString("kr-1=0.5 (weight 2)");
    assertThat(RollupItem.keyResult("kr-2", -0.25, 1)).hasToString("kr-2=-0.25");
    assertThat(item).isEqualTo(RollupItem.keyResult("kr-1", 0.5, 2)).hasSameHashCodeAs(RollupItem.keyResult("kr-1", 0.5, 2))
        .isNotEqualTo(RollupItem.keyResult("kr-2", 0.5, 2))
        .isNotEqualTo(RollupItem.of("kr-1", RollupItem.Kind.OBJECTIVE, 0.5, 2))
        .isNotEqualTo(RollupItem.keyResult("kr-1", 0.6, 2))
        .isNotEqualTo(RollupItem.keyResult("kr-1", 0.5, 3))
        .isNotEqualTo("kr-1=0.5 (weight 2)");
    assertThat(RollupItem.keyResult("tiny", 0, Double.MIN_VALUE).weight()).isEqualTo(Double.MIN_VALUE);
    assertThatThrownBy(() -> RollupItem.keyResult("kr", 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item kr: weight must be a finite number greater than 0 (was 0.0)");
    assertThatThrownBy(() -> RollupItem.keyResult("kr", 0.5, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RollupItem.keyResult("kr", 0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RollupItem.keyResult("kr", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item kr: value must be finite (was NaN)");
  }

  @Test
  void aShortfallAtAThresholdTakesTheBetterStatus() {
    StatusThresholds t = StatusThresholds.defaults();
    assertThat(t.of(-0.5)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(t.of(0.1)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(t.of(0.1001)).isEqualTo(TrackStatus.AT_RISK);
    assertThat(t.of(0.25)).isEqualTo(TrackStatus.AT_RISK);
    assertThat(t.of(0.2501)).isEqualTo(TrackStatus.OFF_TRACK);
  }

  @Test
  void thresholdsLieInTheUnitIntervalInOrder() {
    assertThat(new StatusThresholds(0, 0, StatusThresholds.Basis.PACE).of(0.0)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(new StatusThresholds(1, 1, StatusThresholds.Basis.FORECAST).of(1.0)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(new StatusThresholds(0.2, 0.2, StatusThresholds.Basis.PACE).of(0.21)).isEqualTo(TrackStatus.OFF_TRACK);
    for (double[] bad : new double[][] {{-0.01, 0.5}, {0.5, 0.4}, {0.5, 1.01}, {1.01, 1.01}, {Double.NaN, 0.5}}) {
      assertThatThrownBy(() -> new StatusThresholds(bad[0], bad[1], StatusThresholds.Basis.PACE))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("thresholds must satisfy 0 <= onTrack <= atRisk <= 1");
    }
    assertThatThrownBy(() -> new StatusThresholds(0.1, 0.2, null)).isInstanceOf(NullPointerException.class);
  }
}
