package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expected progress, status, forecast and confidence during a cycle (R8). */
class ProgressTrackerTest {
  /** 2026-01-01 to 2026-04-01: 90 days between the ends, so day 45 is exactly half way. */
  private static final Cycle CYCLE = Cycle.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
  private static final LocalDate MIDDLE = CYCLE.start().plusDays(45);
  private static final ProgressTracker TRACKER = ProgressTracker.of(Scorer.defaults());

  private static KeyResult kr(double... valuesEveryNineDays) {
    KeyResult.Builder b = KeyResult.builder().id("kr").statement("Increase x from 0 to 100")
        .measurement(Measurement.increase(0, 100));
    for (int i = 0; i < valuesEveryNineDays.length; i++) {
      b.addCheckIns(CheckIn.value(CYCLE.start().plusDays(9L * (i + 1)), valuesEveryNineDays[i]));
    }
    return b.build();
  }

  @Test
  void studentTMatchesReferenceValues() {
    // reference values from scipy.stats.t.cdf
    assertThat(StudentT.cdf(2.0, 5)).isCloseTo(0.9490302605850708, within(1e-10));
    assertThat(StudentT.cdf(1.0, 1)).isCloseTo(0.75, within(1e-12));
    assertThat(StudentT.cdf(-1.5, 10)).isCloseTo(0.08225366322272007, within(1e-10));
    assertThat(StudentT.cdf(2.228138851986, 10)).isCloseTo(0.975, within(1e-10));
    assertThat(StudentT.cdf(0.3, 2)).isCloseTo(0.6037571695799112, within(1e-10));
    assertThat(StudentT.cdf(-4.2, 3)).isCloseTo(0.012316039088469627, within(1e-10));
    assertThat(StudentT.cdf(25, 7)).isCloseTo(0.9999999791015144, within(1e-10));
    assertThat(StudentT.cdf(0, 4)).isEqualTo(0.5);
  }

  @Test
  void forecastMatchesALeastSquaresReference() {
    // numpy.polyfit and scipy.stats.t for t = 0.1, 0.3, 0.5, 0.7 and y = 0.05, 0.3, 0.42, 0.66
    Forecast f = Forecast.fit(new double[] {0.1, 0.3, 0.5, 0.7}, new double[] {0.05, 0.3, 0.42, 0.66}, 0.7).orElseThrow();
    assertThat(f.intercept()).isCloseTo(-0.0325, within(1e-12));
    assertThat(f.slope()).isCloseTo(0.975, within(1e-12));
    assertThat(f.end()).isCloseTo(0.9425, within(1e-12));
    assertThat(f.chance().getAsDouble()).isCloseTo(0.9635643708970473, within(1e-9));
    Forecast committed = Forecast.fit(new double[] {0.1, 0.3, 0.5, 0.7}, new double[] {0.05, 0.3, 0.42, 0.66}, 1.0).orElseThrow();
    assertThat(committed.chance().getAsDouble()).isCloseTo(0.24700516104207337, within(1e-9));
    assertThat(committed.reachesExpectation()).isFalse();
  }

  @Test
  void twoCheckInsGiveALineButNoChance() {
    Forecast f = Forecast.fit(new double[] {0.2, 0.4}, new double[] {0.1, 0.3}, 1.0).orElseThrow();
    assertThat(f.end()).isCloseTo(0.9, within(1e-12));
    assertThat(f.chance()).isEmpty();
    assertThat(Forecast.fit(new double[] {0.2}, new double[] {0.1}, 1.0)).isEmpty();
    assertThat(Forecast.fit(new double[] {0.2, 0.2}, new double[] {0.1, 0.3}, 1.0)).isEmpty();
  }

  @Test
  void expectedProgressAndStatusByKind() {
    // half way: committed expects 0.5, aspirational 0.35
    Progress onTrack = TRACKER.track(kr(10, 20, 30, 45), Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE);
    assertThat(onTrack.elapsed()).isEqualTo(0.5);
    assertThat(onTrack.expected()).isEqualTo(0.5);
    assertThat(onTrack.status()).contains(TrackStatus.ON_TRACK);
    assertThat(TRACKER.track(kr(10, 20, 30, 30), Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE).status())
        .contains(TrackStatus.AT_RISK);
    assertThat(TRACKER.track(kr(10, 20, 20, 20), Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE).status())
        .contains(TrackStatus.OFF_TRACK);
    Progress aspirational = TRACKER.track(kr(10, 20, 30, 30), Optional.of(ObjectiveKind.ASPIRATIONAL), CYCLE, MIDDLE);
    assertThat(aspirational.expected()).isCloseTo(0.35, within(1e-12));
    assertThat(aspirational.status()).contains(TrackStatus.ON_TRACK);
    assertThat(TRACKER.track(kr(10, 20, 20, 20), Optional.of(ObjectiveKind.ASPIRATIONAL), CYCLE, MIDDLE).status())
        .contains(TrackStatus.AT_RISK);
    assertThat(aspirational.basis()).isEqualTo(StatusThresholds.Basis.PACE);
  }

  @Test
  void theStatusMayUseTheForecast() {
    // steady progress of 10 per 9 days (0.1 per tenth of the cycle) projects to 1.0 at the end
    KeyResult steady = kr(10, 20, 30, 40);
    ProgressTracker byForecast = TRACKER.withThresholds(new StatusThresholds(0.1, 0.25, StatusThresholds.Basis.FORECAST));
    Progress p = byForecast.track(steady, Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE);
    assertThat(p.basis()).isEqualTo(StatusThresholds.Basis.FORECAST);
    Forecast f = p.forecast().orElseThrow();
    assertThat(f.points()).isEqualTo(4);
    assertThat(f.end()).isCloseTo(1.0, within(1e-9));
    assertThat(f.chance().getAsDouble()).isEqualTo(1.0);
    assertThat(p.status()).contains(TrackStatus.ON_TRACK);
    // one check-in: no forecast, the pace decides
    assertThat(byForecast.track(kr(10), Optional.empty(), CYCLE, MIDDLE).basis()).isEqualTo(StatusThresholds.Basis.PACE);
  }

  @Test
  void onTheForecastBasisAStalledKeyResultIsOffTrackThoughItsPaceIsOnTrack() {
    // a fast start, then nothing: 0.4 at the middle is close to the pace, but the line ends near 0.6
    KeyResult stalled = kr(30, 40, 40, 40);
    StatusThresholds.Basis forecast = StatusThresholds.Basis.FORECAST;
    Progress byForecast = TRACKER.withThresholds(new StatusThresholds(0.15, 0.3, forecast))
        .track(stalled, Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE);
    assertThat(byForecast.basis()).isEqualTo(forecast);
    assertThat(byForecast.forecast().orElseThrow().end()).isCloseTo(0.6, within(0.02));
    assertThat(byForecast.status()).contains(TrackStatus.OFF_TRACK);
    Progress byPace = TRACKER.withThresholds(new StatusThresholds(0.15, 0.3, StatusThresholds.Basis.PACE))
        .track(stalled, Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE);
    assertThat(byPace.status()).contains(TrackStatus.ON_TRACK);
  }

  @Test
  void checkInsOnOrBeforeTheCycleStartAreOnePointOfTheForecastTheLatestOfThem() {
    // the start and two days before it all lie at elapsed fraction 0: one point, the latest reading
    KeyResult kr = KeyResult.builder().id("kr").statement("Increase x from 0 to 100")
        .measurement(Measurement.increase(0, 100))
        .addCheckIns(CheckIn.value(CYCLE.start().minusDays(2), 50))
        .addCheckIns(CheckIn.value(CYCLE.start(), 0))
        .addCheckIns(CheckIn.value(CYCLE.start().plusDays(18), 20))
        .addCheckIns(CheckIn.value(CYCLE.start().plusDays(36), 40))
        .build();
    Forecast f = TRACKER.forecast(kr, CYCLE, MIDDLE, 1.0).orElseThrow();
    assertThat(f.points()).isEqualTo(3);
    // (0, 0), (0.2, 0.2), (0.4, 0.4): the line y = t, which ends at 1
    assertThat(f.end()).isCloseTo(1.0, within(0.01));
  }

  @Test
  void confidenceOfTheLatestCheckInThatGivesOne() {
    KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(Measurement.increase(0, 100))
        .addCheckIns(CheckIn.builder().date(CYCLE.start().plusDays(7)).value(10).confidence(0.8).build())
        .addCheckIns(CheckIn.builder().date(CYCLE.start().plusDays(14)).value(15).confidence(0.5).build())
        .addCheckIns(CheckIn.builder().date(CYCLE.start().plusDays(21)).value(25).build())
        .addCheckIns(CheckIn.builder().date(CYCLE.start().plusDays(60)).value(60).confidence(0.9).build())
        .build();
    Progress p = TRACKER.track(kr, Optional.empty(), CYCLE, MIDDLE);
    assertThat(p.confidence().getAsDouble()).isEqualTo(0.5);
    assertThat(p.confidenceDate()).contains(CYCLE.start().plusDays(14));
  }

  @Test
  void anUnscoredKeyResultHasNoStatusAndObjectivesNeedACycle() {
    KeyResult none = kr();
    Progress p = TRACKER.track(none, Optional.of(ObjectiveKind.COMMITTED), CYCLE, MIDDLE);
    assertThat(p.status()).isEmpty();
    assertThat(p.forecast()).isEmpty();
    Objective withCycle = Objective.builder().id("o").title("t").cycle(CYCLE).addKeyResults(kr(10, 20)).build();
    List<Progress> all = TRACKER.track(withCycle, MIDDLE);
    assertThat(all).hasSize(1);
    assertThatThrownBy(() -> TRACKER.track(withCycle.withCycle(Optional.empty()), MIDDLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no cycle");
    assertThatThrownBy(() -> new StatusThresholds(0.3, 0.2, StatusThresholds.Basis.PACE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
