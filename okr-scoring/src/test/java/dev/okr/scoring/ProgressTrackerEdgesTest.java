package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.ObjectiveKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The tracker at its edges: an objective's status against the pace its kind expects, the
 * expectations' bounds, and the confidence shown being the latest given on or before the date.
 */
class ProgressTrackerEdgesTest {
  // 1 April to 30 April 2026: day 16 is half-way
  private static final Cycle APRIL = Cycle.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
  private static final ProgressTracker TRACKER = ProgressTracker.of(Scorer.defaults());

  private static LocalDate april(int day) {
    return LocalDate.of(2026, 4, day);
  }

  @Test
  void anObjectivesStatusIsItsShortfallAgainstThePaceOfItsKind() {
    double half = APRIL.elapsedFraction(april(15));
    assertThat(half).isCloseTo(0.483, org.assertj.core.api.Assertions.within(0.001));
    // aspirational: 0.7 of the elapsed share is expected, about 0.34
    assertThat(TRACKER.status(0.3, Optional.of(ObjectiveKind.ASPIRATIONAL), APRIL, april(15))).contains(TrackStatus.ON_TRACK);
    assertThat(TRACKER.status(0.1, Optional.of(ObjectiveKind.ASPIRATIONAL), APRIL, april(15))).contains(TrackStatus.AT_RISK);
    // committed: the whole elapsed share, about 0.48
    assertThat(TRACKER.status(0.3, Optional.of(ObjectiveKind.COMMITTED), APRIL, april(15))).contains(TrackStatus.AT_RISK);
    assertThat(TRACKER.status(0.2, Optional.of(ObjectiveKind.COMMITTED), APRIL, april(15))).contains(TrackStatus.OFF_TRACK);
    assertThat(TRACKER.status(0.2, Optional.empty(), APRIL, april(15))).contains(TrackStatus.OFF_TRACK);
    assertThat(TRACKER.status(0.9, Optional.of(ObjectiveKind.COMMITTED), APRIL, april(29))).contains(TrackStatus.ON_TRACK);
    // on the last day the cycle has ended: graded, not tracked
    assertThat(TRACKER.status(0.9, Optional.of(ObjectiveKind.COMMITTED), APRIL, april(30))).isEmpty();
    assertThat(TRACKER.status(0.0, Optional.of(ObjectiveKind.COMMITTED), APRIL, LocalDate.of(2026, 5, 1))).isEmpty();
  }

  @Test
  void expectationsLieInTheHalfOpenUnitInterval() {
    ProgressTracker strict = TRACKER.withExpectations(1, 0.5);
    assertThat(strict.expectation(Optional.of(ObjectiveKind.ASPIRATIONAL))).isEqualTo(0.5);
    assertThat(strict.expectation(Optional.of(ObjectiveKind.COMMITTED))).isEqualTo(1.0);
    assertThat(strict.status(0.3, Optional.of(ObjectiveKind.ASPIRATIONAL), APRIL, april(15))).contains(TrackStatus.ON_TRACK);
    assertThatThrownBy(() -> TRACKER.withExpectations(0, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectations must lie in (0, 1] (was 0.0)");
    assertThatThrownBy(() -> TRACKER.withExpectations(1, 1.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectations must lie in (0, 1] (was 1.01)");
  }

  @Test
  void theConfidenceShownIsTheLatestGivenOnOrBeforeTheDate() {
    KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(Measurement.increase(0, 100))
        .addCheckIns(CheckIn.builder().date(april(2)).value(10).confidence(0.8).build())
        .addCheckIns(CheckIn.builder().date(april(9)).value(20).confidence(0.3).build())
        .addCheckIns(CheckIn.value(april(12), 30))
        .addCheckIns(CheckIn.builder().date(april(20)).value(40).confidence(0.1).build())
        .build();
    Progress onTheDay = TRACKER.track(kr, Optional.empty(), APRIL, april(9));
    assertThat(onTheDay.confidence()).isEqualTo(OptionalDouble.of(0.3));
    assertThat(onTheDay.confidenceDate()).contains(april(9));
    Progress later = TRACKER.track(kr, Optional.empty(), APRIL, april(15));
    assertThat(later.confidence()).isEqualTo(OptionalDouble.of(0.3));
    assertThat(TRACKER.track(kr, Optional.empty(), APRIL, april(5)).confidence()).isEqualTo(OptionalDouble.of(0.8));
    assertThat(TRACKER.track(kr, Optional.empty(), APRIL, april(1)).confidence()).isEmpty();
    assertThat(TRACKER.track(kr, Optional.empty(), APRIL, april(1)).confidenceDate()).isEmpty();
  }

  @Test
  void theConfidenceShownIsTheLatestByDateWhateverTheOrderOfTheCheckIns() {
    KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(Measurement.increase(0, 100))
        .addCheckIns(CheckIn.builder().date(april(9)).value(20).confidence(0.3).build())
        .addCheckIns(CheckIn.builder().date(april(2)).value(10).confidence(0.8).build())
        .addCheckIns(CheckIn.value(april(12), 30))
        .build();
    Progress p = TRACKER.track(kr, Optional.empty(), APRIL, april(15));
    assertThat(p.confidence()).isEqualTo(OptionalDouble.of(0.3));
    assertThat(p.confidenceDate()).contains(april(9));
  }
}
