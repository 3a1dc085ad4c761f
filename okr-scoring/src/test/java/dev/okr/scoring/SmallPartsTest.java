package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.MeasurementType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quartiles interpolated between ranks, and a profile that scores at-least and at-most key results
 * linearly: no increase-or-decrease direction is asked of them.
 */
class SmallPartsTest {

  @Test
  void quartilesAreInterpolatedBetweenTheClosestRanks() {
    Distribution d = Distribution.of(List.of(0.8, 0.1, 0.4, 0.2), 1, Bands.colours());
    assertThat(d.count()).isEqualTo(5);
    assertThat(d.unscored()).isEqualTo(1);
    assertThat(d.min().getAsDouble()).isEqualTo(0.1);
    assertThat(d.max().getAsDouble()).isEqualTo(0.8);
    // ranks 0.75, 1.5 and 2.25 of 0.1, 0.2, 0.4, 0.8
    assertThat(d.lowerQuartile().getAsDouble()).isCloseTo(0.175, within(1e-12));
    assertThat(d.median().getAsDouble()).isCloseTo(0.3, within(1e-12));
    assertThat(d.upperQuartile().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(d.mean().getAsDouble()).isCloseTo(0.375, within(1e-12));
    assertThat(d.colours()).containsEntry(Colour.RED, 2L).containsEntry(Colour.YELLOW, 1L).containsEntry(Colour.GREEN, 1L);
    Distribution none = Distribution.of(List.of(), 2, Bands.colours());
    assertThat(none.count()).isEqualTo(2);
    assertThat(none.median()).isEmpty();
  }

  @Test
  void aLevelScoredLinearlyNeedsNoDirection() {
    Profile linearLevels = Profiles.okr().withStrategies(Map.of(
        MeasurementType.AT_LEAST, "linear", MeasurementType.AT_MOST, "linear", MeasurementType.INCREASE, "linear"));
    Observation up = Observation.builder("kr", MeasurementType.AT_LEAST).baseline(0).target(10)
        .current(Observation.Reading.value(5)).build();
    Observation down = Observation.builder("kr", MeasurementType.AT_MOST).baseline(10).target(0)
        .current(Observation.Reading.value(5)).build();
    Observation reversed = Observation.builder("kr", MeasurementType.AT_LEAST).baseline(10).target(0)
        .current(Observation.Reading.value(5)).build();
    assertThat(scored(Scorer.of(linearLevels).score(up)).value()).isEqualTo(0.5);
    assertThat(scored(Scorer.of(linearLevels).score(down)).value()).isEqualTo(0.5);
    assertThat(scored(Scorer.of(linearLevels).score(reversed)).value()).isEqualTo(0.5);
  }

  @Test
  void aBinaryScoreShowsWhetherItWasAchieved() {
    Score.Scored yes = scored(Scorer.defaults().score(Observation.builder("kr", MeasurementType.BINARY)
        .current(Observation.Reading.achieved(true)).build()));
    Score.Scored no = scored(Scorer.defaults().score(Observation.builder("kr", MeasurementType.BINARY)
        .current(Observation.Reading.achieved(false)).build()));
    assertThat(yes.value()).isEqualTo(1.0);
    assertThat(no.value()).isEqualTo(0.0);
    assertThat(yes.explanation().formula()).startsWith("score = 1 (achieved)");
    assertThat(no.explanation().formula()).startsWith("score = 0 (not achieved)");
    assertThat(yes.explanation().inputs()).containsEntry("achieved", "true");
    assertThat(no.explanation().inputs()).containsEntry("achieved", "false");
  }

  @Test
  void aMilestonesObservationWithoutMilestonesIsRefused() {
    Observation none = Observation.builder("kr", MeasurementType.MILESTONES)
        .current(Observation.Reading.milestonesDone(java.util.Set.of())).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scorer.defaults().score(none))
        .isInstanceOf(ScoringException.class)
        .hasMessageStartingWith("measurement.milestones: the milestones strategy needs at least one milestone");
  }
}
