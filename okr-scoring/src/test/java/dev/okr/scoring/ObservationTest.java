package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an observation holds and says: numbers given or absent (never a NaN passed off as a number),
 * readings of each kind with what a strategy that needs another kind is told, and readings as values.
 */
class ObservationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void absentNumbersAreEmptyAndGivenOnesAreThemselves() {
    Observation none = Observation.builder("kr-1", MeasurementType.INCREASE).build();
    assertThat(none.keyResultId()).isEqualTo("kr-1");
    assertThat(none.type()).isEqualTo(MeasurementType.INCREASE);
    assertThat(none.baseline()).isEmpty();
    assertThat(none.target()).isEmpty();
    assertThat(none.stretch()).isEmpty();
    assertThat(none.current()).isEmpty();
    assertThat(none.date()).isEmpty();
    Observation all = Observation.builder("kr-2", MeasurementType.INCREASE).baseline(-1).target(10).stretch(20).date(DAY)
        .current(Observation.Reading.value(4)).build();
    assertThat(all.baseline()).isEqualTo(OptionalDouble.of(-1));
    assertThat(all.target()).isEqualTo(OptionalDouble.of(10));
    assertThat(all.stretch()).isEqualTo(OptionalDouble.of(20));
    assertThat(all.date()).contains(DAY);
    assertThat(all.current()).contains(Observation.Reading.value(4));
    assertThat(all.toString()).isEqualTo("kr-2 (increase, baseline OptionalDouble[-1.0], target OptionalDouble[10.0], stretch"
        + " OptionalDouble[20.0], at 2026-03-02, current 4.0, 0 check-ins)");
  }

  @Test
  void aMissingNumberIsNamedForTheStrategyThatNeedsIt() {
    assertThatThrownBy(() -> Observation.require(OptionalDouble.empty(), "target", "linear"))
        .isInstanceOf(ScoringException.class).hasMessage("measurement.target: the linear strategy needs a target (was missing)");
    assertThat(Observation.require(OptionalDouble.of(3), "target", "linear")).isEqualTo(3.0);
    assertThatThrownBy(() -> Observation.require(Double.NaN, "baseline", "linear"))
        .isInstanceOf(ScoringException.class).hasMessage("measurement.baseline: the linear strategy needs a baseline (was missing)");
    assertThat(Observation.require(-2.5, "baseline", "linear")).isEqualTo(-2.5);
  }

  @Test
  void aReadingOfOneKindIsNoReadingOfAnother() {
    Observation.Reading number = Observation.Reading.value(-5);
    assertThat(number.value()).isEqualTo(OptionalDouble.of(-5));
    assertThat(number.number("linear")).isEqualTo(-5.0);
    assertThat(number.achieved()).isEmpty();
    assertThatThrownBy(() -> number.isAchieved("binary")).isInstanceOf(ScoringException.class)
        .hasMessage("checkIns.achieved: the binary strategy needs achieved or not (was missing)");

    Observation.Reading no = Observation.Reading.achieved(false);
    Observation.Reading yes = Observation.Reading.achieved(true);
    assertThat(no.isAchieved("binary")).isFalse();
    assertThat(yes.isAchieved("binary")).isTrue();
    assertThat(no.achieved()).contains(false);
    assertThat(yes.achieved()).contains(true);
    assertThat(no.value()).isEmpty();
    assertThatThrownBy(() -> no.number("linear")).isInstanceOf(ScoringException.class)
        .hasMessage("checkIns.value: the linear strategy needs a number (was missing)");

    Observation.Reading done = Observation.Reading.milestonesDone(Set.of("design"));
    assertThat(done.milestonesDone()).containsExactly("design");
    assertThat(done.value()).isEmpty();
    assertThat(done.achieved()).isEmpty();
    assertThatThrownBy(() -> Observation.Reading.value(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reading must be a finite number (was NaN)");
  }

  @Test
  void theObservationsReadingIsTheStrategysNumberOrYesOrNo() {
    Observation no = Observation.builder("kr", MeasurementType.BINARY).current(Observation.Reading.achieved(false)).build();
    Observation yes = Observation.builder("kr", MeasurementType.BINARY).current(Observation.Reading.achieved(true)).build();
    Observation number = Observation.builder("kr", MeasurementType.INCREASE).current(Observation.Reading.value(0)).build();
    assertThat(no.readingAchieved("binary")).isFalse();
    assertThat(yes.readingAchieved("binary")).isTrue();
    assertThat(number.readingNumber("linear")).isEqualTo(0.0);
    assertThatThrownBy(() -> number.readingAchieved("binary")).isInstanceOf(ScoringException.class)
        .hasMessage("checkIns.achieved: the binary strategy needs achieved or not (was missing)");
    assertThatThrownBy(() -> yes.readingNumber("linear")).isInstanceOf(ScoringException.class)
        .hasMessage("checkIns.value: the linear strategy needs a number (was missing)");
  }

  @Test
  void readingsAreEqualByDateAndWhatTheySay() {
    Observation.Reading a = Observation.Reading.of(CheckIn.value(DAY, 7));
    assertThat(a).isEqualTo(Observation.Reading.of(CheckIn.value(DAY, 7))).hasSameHashCodeAs(Observation.Reading.of(CheckIn.value(DAY, 7)));
    assertThat(a).isNotEqualTo(Observation.Reading.of(CheckIn.value(DAY.plusDays(1), 7)))
        .isNotEqualTo(Observation.Reading.of(CheckIn.value(DAY, 8)))
        .isNotEqualTo(Observation.Reading.value(7))
        .isNotEqualTo("7.0 on 2026-03-02");
    Observation.Reading yes = Observation.Reading.of(CheckIn.achieved(DAY, true));
    assertThat(yes).isNotEqualTo(Observation.Reading.of(CheckIn.achieved(DAY, false)))
        .isEqualTo(Observation.Reading.of(CheckIn.achieved(DAY, true)));
    Observation.Reading done = Observation.Reading.of(CheckIn.milestonesDone(DAY, List.of("design")));
    assertThat(done).isNotEqualTo(Observation.Reading.of(CheckIn.milestonesDone(DAY, List.of("design", "pilot"))))
        .isEqualTo(Observation.Reading.of(CheckIn.milestonesDone(DAY, List.of("design"))));
    assertThat(a.date()).contains(DAY);
    assertThat(Observation.Reading.value(7).date()).isEmpty();
  }

  @Test
  void aReadingSaysWhatItReadAndWhen() {
    assertThat(Observation.Reading.of(CheckIn.value(DAY, 7))).hasToString("7.0 on 2026-03-02");
    assertThat(Observation.Reading.value(7)).hasToString("7.0");
    assertThat(Observation.Reading.achieved(true)).hasToString("achieved");
    assertThat(Observation.Reading.of(CheckIn.achieved(DAY, false))).hasToString("not achieved on 2026-03-02");
    assertThat(Observation.Reading.milestonesDone(Set.of("design"))).hasToString("done [design]");
  }

  @Test
  void aKeyResultIsObservedThroughTheCheckInThatCountsAtTheDate() {
    KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(Measurement.increase(0, 10))
        .addCheckIns(CheckIn.value(DAY, 3), CheckIn.value(DAY.plusDays(7), 6)).build();
    Observation early = Observation.of(kr, DAY.plusDays(3), ScoringPolicy.defaults());
    assertThat(early.current()).contains(Observation.Reading.of(CheckIn.value(DAY, 3)));
    assertThat(early.checkIns()).hasSize(2);
    assertThat(early.baseline()).isEqualTo(OptionalDouble.of(0));
    Observation latest = Observation.of(kr, DAY.plusDays(3),
        ScoringPolicy.builder().checkInSelection(ScoringPolicy.CheckInSelection.LATEST_OVERALL).build());
    assertThat(latest.current()).contains(Observation.Reading.of(CheckIn.value(DAY.plusDays(7), 6)));
    assertThat(Observation.of(kr, DAY.minusDays(1), ScoringPolicy.defaults()).current()).isEmpty();
  }
}
