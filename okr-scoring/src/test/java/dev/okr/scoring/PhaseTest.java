package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The words of a report by phase: status and forecast while the cycle is in progress, the final
 * grade (and its colour) from its last day on, and sandbagging only where a scale can exceed its
 * target.
 */
class PhaseTest {
  private static final Cycle Q3 = Cycle.parse("2026-Q3");
  private static final ProgressTracker TRACKER = ProgressTracker.of(Scorer.defaults());
  private static final Grader GRADER = Grader.defaults();

  private static KeyResult increase(double... valuesEveryTwoWeeks) {
    KeyResult.Builder b = KeyResult.builder().id("kr").statement("Increase x from 0 to 100")
        .measurement(Measurement.increase(0, 100));
    for (int i = 0; i < valuesEveryTwoWeeks.length; i++) {
      b.addCheckIns(CheckIn.value(Q3.start().plusWeeks(2L * i + 1), valuesEveryTwoWeeks[i]));
    }
    return b.build();
  }

  @Test
  void theCycleEndsOnItsLastDay() {
    assertThat(Phase.of(Q3, LocalDate.of(2026, 6, 1))).isEqualTo(Phase.IN_PROGRESS);
    assertThat(Phase.of(Q3, LocalDate.of(2026, 8, 19))).isEqualTo(Phase.IN_PROGRESS);
    assertThat(Phase.of(Q3, LocalDate.of(2026, 9, 29))).isEqualTo(Phase.IN_PROGRESS);
    assertThat(Phase.of(Q3, LocalDate.of(2026, 9, 30))).isEqualTo(Phase.ENDED);
    assertThat(Phase.of(Q3, LocalDate.of(2026, 10, 15))).isEqualTo(Phase.ENDED);
    assertThat(Phase.ENDED.graded()).isTrue();
    assertThat(Phase.IN_PROGRESS.graded()).isFalse();
    assertThat(Phase.IN_PROGRESS.id()).isEqualTo("in-progress");
  }

  @Test
  void duringTheCycleAKeyResultHasAStatusAForecastAndTheStatusColour() {
    KeyResult kr = increase(5, 12, 20, 27, 35, 42, 50);
    Progress mid = TRACKER.track(kr, Optional.of(ObjectiveKind.COMMITTED), Q3, LocalDate.of(2026, 8, 19));
    assertThat(mid.phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(mid.status()).isPresent();
    assertThat(mid.forecast()).isPresent();
    assertThat(mid.colour()).isEqualTo(mid.status().map(TrackStatus::colour));
  }

  @Test
  void afterTheEndThereIsNoStatusAndNoForecast() {
    KeyResult kr = increase(5, 12, 20, 27, 35, 42, 50);
    for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15)}) {
      Progress end = TRACKER.track(kr, Optional.of(ObjectiveKind.COMMITTED), Q3, day);
      assertThat(end.phase()).isEqualTo(Phase.ENDED);
      assertThat(scored(end.score()).value()).isEqualTo(0.5);
      assertThat(end.status()).isEmpty();
      assertThat(end.forecast()).isEmpty();
      assertThat(end.colour()).isEmpty();
      assertThat(TRACKER.status(0.5, Optional.of(ObjectiveKind.COMMITTED), Q3, day)).isEmpty();
    }
    assertThat(TRACKER.status(0.5, Optional.of(ObjectiveKind.COMMITTED), Q3, LocalDate.of(2026, 8, 15)))
        .contains(TrackStatus.ON_TRACK);
  }

  @Test
  void statusColoursAreTrafficLights() {
    assertThat(TrackStatus.ON_TRACK.colour()).isEqualTo(Colour.GREEN);
    assertThat(TrackStatus.AT_RISK.colour()).isEqualTo(Colour.YELLOW);
    assertThat(TrackStatus.OFF_TRACK.colour()).isEqualTo(Colour.RED);
  }

  @Test
  void aGradesColourChangesWhereItsVerdictDoes() {
    for (ObjectiveKind kind : ObjectiveKind.values()) {
      for (int i = 0; i <= 1000; i++) {
        double score = i / 1000.0;
        Grade grade = GRADER.grade(score, Optional.of(kind));
        assertThat(grade.colour()).as("%s %s", kind, score).isEqualTo(grade.verdict().colour().orElseThrow());
        assertThat(GRADER.colours(Optional.of(kind)).of(score)).isEqualTo(grade.colour());
      }
    }
    // a committed 0.93 is a miss, and red like every miss
    assertThat(GRADER.grade(0.93, ObjectiveKind.COMMITTED).colour()).isEqualTo(Colour.RED);
    assertThat(GRADER.grade(1.0, ObjectiveKind.COMMITTED).colour()).isEqualTo(Colour.GREEN);
    assertThat(GRADER.colours(Optional.of(ObjectiveKind.COMMITTED))).hasToString("red=[0.0..1.0), green=[1.0..1.0]");
    assertThat(GRADER.colours(Optional.of(ObjectiveKind.ASPIRATIONAL)))
        .hasToString("red=[0.0..0.3), yellow=[0.3..0.6), green=[0.6..1.0]");
    assertThat(GRADER.colours(Optional.empty())).isEqualTo(Bands.colours());
  }

  @Test
  void sandbaggingOnlyWhereTheScaleCanExceedTheTarget() {
    Optional<ObjectiveKind> aspirational = Optional.of(ObjectiveKind.ASPIRATIONAL);
    for (MeasurementType type : EnumSet.of(MeasurementType.BINARY, MeasurementType.AT_LEAST, MeasurementType.AT_MOST,
        MeasurementType.MILESTONES)) {
      KeyResult kr = KeyResult.builder().id("kr").statement("Launch x").measurement(measurement(type)).build();
      assertThat(Grader.canExceedTarget(kr)).as(type.id()).isFalse();
      Grade grade = GRADER.grade(kr, 1.0, aspirational);
      assertThat(grade.verdict()).as(type.id()).isEqualTo(Verdict.ABOVE_EXPECTATION);
      assertThat(grade.possiblySandbagged()).isFalse();
      assertThat(grade.colour()).isEqualTo(Colour.GREEN);
    }
    for (MeasurementType type : EnumSet.of(MeasurementType.INCREASE, MeasurementType.DECREASE)) {
      KeyResult kr = KeyResult.builder().id("kr").statement("Move x").measurement(measurement(type)).build();
      assertThat(Grader.canExceedTarget(kr)).isTrue();
      assertThat(GRADER.grade(kr, 1.0, aspirational).verdict()).isEqualTo(Verdict.POSSIBLY_SANDBAGGED);
      assertThat(GRADER.grade(kr, 0.99, aspirational).verdict()).isEqualTo(Verdict.ABOVE_EXPECTATION);
    }
    // an objective whose key results all top out at their target is not sandbagged at 1.0 either
    KeyResult launch = KeyResult.builder().id("launch").statement("Launch x").measurement(measurement(MeasurementType.BINARY)).build();
    KeyResult grow = KeyResult.builder().id("grow").statement("Move x").measurement(measurement(MeasurementType.INCREASE)).build();
    Objective launches = Objective.builder().id("o").title("Delight").kind(ObjectiveKind.ASPIRATIONAL).addKeyResults(launch).build();
    assertThat(GRADER.grade(launches, 1.0).verdict()).isEqualTo(Verdict.ABOVE_EXPECTATION);
    assertThat(GRADER.grade(launches.withKeyResults(java.util.List.of(launch, grow)), 1.0).verdict())
        .isEqualTo(Verdict.POSSIBLY_SANDBAGGED);
  }

  private static Measurement measurement(MeasurementType type) {
    return switch (type) {
      case INCREASE -> Measurement.increase(0, 10);
      case DECREASE -> Measurement.builder().type(MeasurementType.DECREASE).baseline(10).target(0).build();
      case AT_LEAST -> Measurement.builder().type(MeasurementType.AT_LEAST).target(99.9).build();
      case AT_MOST -> Measurement.builder().type(MeasurementType.AT_MOST).target(800).build();
      case BINARY -> Measurement.builder().type(MeasurementType.BINARY).build();
      case MILESTONES -> Measurement.builder().type(MeasurementType.MILESTONES).addMilestones(
          dev.okr.core.Milestone.of("a"), dev.okr.core.Milestone.of("b")).build();
    };
  }
}
