package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The maintain strategy case by case: which side of the bound holds, the tolerance (relative to the
 * level's size, also for a negative level), inclusive and strict bounds, which check-ins and periods
 * count, and the workings it shows.
 */
class MaintainStrategyTest {
  private static final MaintainStrategy MAINTAIN = new MaintainStrategy();
  private static final ScoringPolicy PERIODS = ScoringPolicy.defaults();
  private static final ScoringPolicy LATEST = ScoringPolicy.builder().maintainMode(ScoringPolicy.MaintainMode.LATEST_VALUE).build();
  private static final ScoringPolicy PLANNED = ScoringPolicy.builder().periodBasis(ScoringPolicy.PeriodBasis.PLANNED).build();
  // four weeks, Thursday 1 January to Wednesday 28 January 2026
  private static final Cycle FOUR_WEEKS = Cycle.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28));

  private static LocalDate jan(int day) {
    return LocalDate.of(2026, 1, day);
  }

  /** A maintain key result at {@code level}, with a check-in of each value on each day: pairs (day, value). */
  private static KeyResult kr(MeasurementType type, double level, double... dayValue) {
    KeyResult.Builder b = KeyResult.builder().id("kr").statement("Maintain it")
        .measurement(Measurement.builder().type(type).target(level).build());
    for (int i = 0; i < dayValue.length; i += 2) {
      b.addCheckIns(CheckIn.value(jan((int) dayValue[i]), dayValue[i + 1]));
    }
    return b.build();
  }

  private static Score score(KeyResult kr, LocalDate date, ScoringPolicy policy, Optional<Cycle> cycle) {
    return Scores.score(MAINTAIN, kr, date, ScoringContext.of(policy, cycle));
  }

  private static double latest(MeasurementType type, double level, double value, ScoringPolicy policy) {
    return scored(score(kr(type, level, 1, value), jan(1), policy, Optional.empty())).value();
  }

  @Test
  void atLeastHoldsAtAndAboveTheLevelAndAtMostAtAndBelowIt() {
    assertThat(latest(MeasurementType.AT_LEAST, 4, 4, LATEST)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_LEAST, 4, 4.5, LATEST)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_LEAST, 4, 3.99, LATEST)).isEqualTo(0.0);
    assertThat(latest(MeasurementType.AT_MOST, 300, 300, LATEST)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_MOST, 300, 299, LATEST)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_MOST, 300, 300.5, LATEST)).isEqualTo(0.0);
  }

  @Test
  void aStrictBoundDoesNotHoldAtTheLevelItself() {
    ScoringPolicy strict = LATEST.withBoundComparison(ScoringPolicy.BoundComparison.STRICT);
    assertThat(latest(MeasurementType.AT_LEAST, 4, 4, strict)).isEqualTo(0.0);
    assertThat(latest(MeasurementType.AT_LEAST, 4, 4.01, strict)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_MOST, 300, 300, strict)).isEqualTo(0.0);
    assertThat(latest(MeasurementType.AT_MOST, 300, 299.99, strict)).isEqualTo(1.0);
  }

  @Test
  void theToleranceWidensTheBoundByAShareOfTheLevelsSizeEvenForANegativeLevel() {
    ScoringPolicy tenPercent = LATEST.withTolerance(0.1);
    // at least -10 within 10%: the floor is -11, not -9
    assertThat(latest(MeasurementType.AT_LEAST, -10, -10.5, tenPercent)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_LEAST, -10, -11.5, tenPercent)).isEqualTo(0.0);
    // at most -10 within 10%: the ceiling is -9, not -11
    assertThat(latest(MeasurementType.AT_MOST, -10, -9.5, tenPercent)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_MOST, -10, -8.5, tenPercent)).isEqualTo(0.0);
    // the edge itself holds when inclusive, not when strict
    assertThat(latest(MeasurementType.AT_LEAST, 100, 90, tenPercent)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_LEAST, 100, 90, tenPercent.withBoundComparison(ScoringPolicy.BoundComparison.STRICT)))
        .isEqualTo(0.0);
    assertThat(latest(MeasurementType.AT_MOST, 100, 110, tenPercent)).isEqualTo(1.0);
    assertThat(latest(MeasurementType.AT_MOST, 100, 110, tenPercent.withBoundComparison(ScoringPolicy.BoundComparison.STRICT)))
        .isEqualTo(0.0);
  }

  @Test
  void latestValueShowsTheCheckInAndTheBoundItKeptOrBroke() {
    Score.Scored kept = scored(score(kr(MeasurementType.AT_MOST, 300, 1, 280), jan(1), LATEST.withTolerance(0.1), Optional.empty()));
    assertThat(kept.explanation().formula()).isEqualTo("score = 1: 280 keeps <= 330");
    assertThat(kept.explanation().inputs()).containsEntry("current", "280").containsEntry("level", "300")
        .containsEntry("direction", "at-most");
    assertThat(kept.explanation().policy()).containsEntry("maintain-mode", "latest-value").containsEntry("bound", "inclusive")
        .doesNotContainKey("period-days");
    Score.Scored broke = scored(score(kr(MeasurementType.AT_LEAST, 4, 1, 4),
        jan(1), LATEST.withBoundComparison(ScoringPolicy.BoundComparison.STRICT), Optional.empty()));
    assertThat(broke.value()).isEqualTo(0.0);
    assertThat(broke.explanation().formula()).isEqualTo("score = 0: 4 breaks > 4");
    Score.Scored below = scored(score(kr(MeasurementType.AT_MOST, 10, 1, 12),
        jan(1), LATEST.withBoundComparison(ScoringPolicy.BoundComparison.STRICT), Optional.empty()));
    assertThat(below.explanation().formula()).isEqualTo("score = 0: 12 breaks < 10");
    Score.Scored above = scored(score(kr(MeasurementType.AT_LEAST, 4, 1, 5), jan(1), LATEST, Optional.empty()));
    assertThat(above.explanation().formula()).isEqualTo("score = 1: 5 keeps >= 4");
  }

  @Test
  void latestValueWithoutACheckInIsUnscored() {
    assertThat(score(kr(MeasurementType.AT_LEAST, 4), jan(1), LATEST, Optional.empty())).isInstanceOf(Score.Unscored.class);
    assertThat(score(kr(MeasurementType.AT_LEAST, 4, 5, 9), jan(1), LATEST, Optional.empty())).isInstanceOf(Score.Unscored.class);
  }

  // 1 Jan holds, 8 Jan breaks and 10 Jan holds (week 2 broken), 20 Jan holds (week 3), week 4 has none
  private static final KeyResult WEEKS = kr(MeasurementType.AT_LEAST, 4, 1, 5, 8, 3, 10, 5, 20, 5);

  @Test
  void aPeriodHoldsWhenEveryCheckInInItKeepsTheBound() {
    Score.Scored end = scored(score(WEEKS, jan(28), PERIODS, Optional.of(FOUR_WEEKS)));
    // weeks 1 and 3 held; week 4 ended without a check-in and counts as not held
    assertThat(end.value()).isEqualTo(0.5);
    assertThat(end.explanation().inputs()).containsEntry("periods-held", "2").containsEntry("periods", "4")
        .containsEntry("check-ins", "4");
    assertThat(end.explanation().formula()).isEqualTo("attainment = periods holding >= 4 / periods so far = 2 / 4 = 0.5; score = 0.5");
    assertThat(end.explanation().policy()).containsEntry("period-days", "7").containsEntry("period-basis", "so-far");
  }

  @Test
  void theCurrentPeriodCountsOnceItHasACheckInOrHasEnded() {
    // 27 January: week 4 has neither a check-in nor has it ended, so three weeks count
    Score.Scored running = scored(score(WEEKS, jan(27), PERIODS, Optional.of(FOUR_WEEKS)));
    assertThat(running.value()).isEqualTo(2.0 / 3);
    assertThat(running.explanation().inputs()).containsEntry("periods", "3");
    // 21 January, the last day of week 3: week 3 has a check-in, three weeks count
    assertThat(scored(score(WEEKS, jan(21), PERIODS, Optional.of(FOUR_WEEKS))).explanation().inputs())
        .containsEntry("periods", "3").containsEntry("periods-held", "2");
    // 16 January, in week 3 before its check-in: two weeks count, one held
    assertThat(scored(score(WEEKS, jan(16), PERIODS, Optional.of(FOUR_WEEKS))).value()).isEqualTo(0.5);
    // 14 January, the last day of week 2, which ended broken
    assertThat(scored(score(WEEKS, jan(14), PERIODS, Optional.of(FOUR_WEEKS))).value()).isEqualTo(0.5);
    // 7 January, the last day of week 1
    assertThat(scored(score(WEEKS, jan(7), PERIODS, Optional.of(FOUR_WEEKS))).value()).isEqualTo(1.0);
    // 8 January: week 2 has its breaking check-in already
    assertThat(scored(score(WEEKS, jan(8), PERIODS, Optional.of(FOUR_WEEKS))).value()).isEqualTo(0.5);
  }

  @Test
  void aShortLastPeriodEndsWithTheCycle() {
    // a cycle of 24 days: the fourth period is 22 to 24 January, and has ended on the cycle's last day
    Cycle short24 = Cycle.of(jan(1), jan(24));
    KeyResult kr = kr(MeasurementType.AT_LEAST, 4, 1, 5, 8, 5, 15, 5);
    assertThat(scored(score(kr, jan(24), PERIODS, Optional.of(short24))).explanation().inputs())
        .containsEntry("periods", "4").containsEntry("periods-held", "3");
    assertThat(scored(score(kr, jan(23), PERIODS, Optional.of(short24))).explanation().inputs())
        .containsEntry("periods", "3");
    // scored after the cycle: as at its end
    assertThat(scored(score(kr, jan(31), PERIODS, Optional.of(short24))).value()).isEqualTo(0.75);
  }

  @Test
  void checkInsOutsideTheCycleOrAfterTheDateAreNotCounted() {
    KeyResult kr = KeyResult.builder().id("kr").statement("s")
        .measurement(Measurement.builder().type(MeasurementType.AT_LEAST).target(4).build())
        .addCheckIns(CheckIn.value(LocalDate.of(2025, 12, 31), 1))
        .addCheckIns(CheckIn.value(jan(2), 5))
        .addCheckIns(CheckIn.value(jan(29), 1))
        .addCheckIns(CheckIn.value(jan(9), 1))
        .build();
    // the 31 December and 29 January check-ins fall outside; the 9 January one is after the date
    Score.Scored early = scored(score(kr, jan(7), PERIODS, Optional.of(FOUR_WEEKS)));
    assertThat(early.value()).isEqualTo(1.0);
    assertThat(early.explanation().inputs()).containsEntry("check-ins", "1");
    Score.Scored late = scored(score(kr, LocalDate.of(2026, 2, 5), PERIODS, Optional.of(FOUR_WEEKS)));
    assertThat(late.explanation().inputs()).containsEntry("check-ins", "2").containsEntry("periods", "4")
        .containsEntry("periods-held", "1");
  }

  @Test
  void aDateBeforeTheCycleOrNoCheckInInItLeavesTheKeyResultUnscored() {
    KeyResult kr = kr(MeasurementType.AT_LEAST, 4, 20, 5);
    assertThat(score(kr, LocalDate.of(2025, 12, 20), PERIODS, Optional.of(FOUR_WEEKS))).isInstanceOf(Score.Unscored.class);
    assertThat(score(kr, jan(10), PERIODS, Optional.of(FOUR_WEEKS))).isInstanceOf(Score.Unscored.class);
    assertThat(score(kr, jan(10), PERIODS, Optional.empty())).isInstanceOf(Score.Unscored.class);
  }

  @Test
  void withoutACycleThePeriodsStartAtTheFirstCheckIn() {
    // weeks from 3 January: 3 Jan holds, 10 Jan breaks, 17 Jan holds
    KeyResult kr = kr(MeasurementType.AT_MOST, 10, 17, 9, 3, 8, 10, 11);
    Score.Scored s = scored(score(kr, jan(17), PERIODS, Optional.empty()));
    assertThat(s.value()).isEqualTo(2.0 / 3);
    assertThat(s.explanation().inputs()).containsEntry("periods", "3").doesNotContainKey("cycle");
    assertThat(s.explanation().formula()).isEqualTo("attainment = periods holding <= 10 / periods so far = 2 / 3 = "
        + Workings.number(2.0 / 3) + "; score = " + Workings.number(2.0 / 3));
    // at 9 January only the 3 January check-in counts, and its week has ended
    assertThat(scored(score(kr, jan(9), PERIODS, Optional.empty())).explanation().inputs())
        .containsEntry("periods", "1").containsEntry("periods-held", "1");
    // at 10 January the breaking check-in counts in week 2
    assertThat(scored(score(kr, jan(10), PERIODS, Optional.empty())).value()).isEqualTo(0.5);
  }

  @Test
  void withoutACyclePeriodsEndOnTheirSeventhDay() {
    // weeks from 3 January: the third week, 17 to 23 January, has no check-in
    KeyResult kr = kr(MeasurementType.AT_MOST, 10, 3, 8, 10, 9);
    assertThat(scored(score(kr, jan(22), PERIODS, Optional.empty())).explanation().inputs()).containsEntry("periods", "2");
    assertThat(scored(score(kr, jan(23), PERIODS, Optional.empty())).explanation().inputs()).containsEntry("periods", "3");
    assertThat(scored(score(kr, jan(23), PERIODS, Optional.empty())).value()).isEqualTo(2.0 / 3);
    // within a longer cycle the same holds
    Cycle quarter = Cycle.of(jan(3), LocalDate.of(2026, 3, 31));
    assertThat(scored(score(kr, jan(22), PERIODS, Optional.of(quarter))).explanation().inputs()).containsEntry("periods", "2");
    assertThat(scored(score(kr, jan(23), PERIODS, Optional.of(quarter))).explanation().inputs()).containsEntry("periods", "3");
  }

  @Test
  void periodDaysCutTheCycleIntoPeriodsOfThatLength() {
    ScoringPolicy fortnights = PERIODS.withPeriodDays(14);
    // fortnights 1-14 (8 Jan broke it) and 15-28 (20 Jan held)
    Score.Scored s = scored(score(WEEKS, jan(28), fortnights, Optional.of(FOUR_WEEKS)));
    assertThat(s.value()).isEqualTo(0.5);
    assertThat(s.explanation().inputs()).containsEntry("periods", "2");
  }

  @Test
  void plannedPeriodsCountEveryPeriodOfTheCycleRoundedUp() {
    // four planned weeks; only week 1 held by 10 January
    Score.Scored s = scored(score(WEEKS, jan(10), PLANNED, Optional.of(FOUR_WEEKS)));
    assertThat(s.value()).isEqualTo(0.25);
    assertThat(s.explanation().formula()).isEqualTo("attainment = periods holding >= 4 / planned periods = 1 / 4 = 0.25; score = 0.25");
    assertThat(s.explanation().inputs()).containsEntry("cycle", FOUR_WEEKS.toString());
    // 29 days are five planned weeks, the last of one day
    assertThat(scored(score(WEEKS, jan(28), PLANNED, Optional.of(Cycle.of(jan(1), jan(29))))).value()).isEqualTo(2.0 / 5);
    assertThatThrownBy(() -> score(WEEKS, jan(28), PLANNED, Optional.empty()))
        .isInstanceOf(ScoringException.class).hasMessageStartingWith("cycle: period-basis=planned needs");
  }

  @Test
  void anUndatedRowIsOnePeriodHeldOrNot() {
    Observation kept = Observation.builder("kr", MeasurementType.AT_LEAST).target(4).current(Observation.Reading.value(4)).build();
    Observation broken = Observation.builder("kr", MeasurementType.AT_LEAST).target(4).current(Observation.Reading.value(3)).build();
    Observation none = Observation.builder("kr", MeasurementType.AT_LEAST).target(4).build();
    ScoringContext context = ScoringContext.of(PERIODS);
    Score.Scored held = scored(Pipeline.score(MAINTAIN, kept, context));
    assertThat(held.value()).isEqualTo(1.0);
    assertThat(held.explanation().formula()).isEqualTo("attainment = periods holding >= 4 / periods so far = 1 / 1 = 1; score = 1");
    assertThat(scored(Pipeline.score(MAINTAIN, broken, context)).value()).isEqualTo(0.0);
    assertThat(Pipeline.score(MAINTAIN, none, context)).isInstanceOf(Score.Unscored.class);
    assertThat(scored(Pipeline.score(MAINTAIN, broken, ScoringContext.of(LATEST))).value()).isEqualTo(0.0);
    assertThat(scored(Pipeline.score(MAINTAIN, kept, ScoringContext.of(LATEST))).value()).isEqualTo(1.0);
  }

  @Test
  void onlyAtLeastAndAtMostKeyResultsWithALevelAreMaintained() {
    assertThat(MAINTAIN.types()).containsExactlyInAnyOrder(MeasurementType.AT_LEAST, MeasurementType.AT_MOST);
    assertThat(MAINTAIN.name()).isEqualTo("maintain");
    Observation increase = Observation.builder("kr", MeasurementType.INCREASE).baseline(0).target(4)
        .current(Observation.Reading.value(4)).build();
    assertThatThrownBy(() -> MAINTAIN.attain(increase, ScoringContext.of(PERIODS)))
        .isInstanceOf(ScoringException.class).hasMessageContaining("measurement.type")
        .hasMessageContaining("the maintain strategy scores at-least and at-most key results");
    Observation noLevel = Observation.builder("kr", MeasurementType.AT_LEAST).current(Observation.Reading.value(4)).build();
    assertThatThrownBy(() -> MAINTAIN.attain(noLevel, ScoringContext.of(PERIODS))).isInstanceOf(ScoringException.class)
        .hasMessageContaining("target");
  }

  @Test
  void aCheckInWithoutANumberCannotBeCountedInAPeriod() {
    Observation achieved = Observation.builder("kr", MeasurementType.AT_LEAST).target(4).date(jan(10))
        .checkIns(java.util.List.of(CheckIn.value(jan(1), 5), CheckIn.achieved(jan(2), true))).build();
    assertThatThrownBy(() -> MAINTAIN.attain(achieved, ScoringContext.of(PERIODS))).isInstanceOf(ScoringException.class)
        .hasMessageContaining("checkIns.value").hasMessageContaining("the maintain strategy needs a number");
  }
}
