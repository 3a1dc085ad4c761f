package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per structural rule of the model, each with the exact message a user would see. */
class ValidationRulesTest {
  private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

  private static void assertRejected(ThrowingCallable build, String message) {
    assertThatThrownBy(build).isExactlyInstanceOf(OkrValidationException.class).hasMessage(message);
  }

  private static Objective.Builder objective() {
    return Objective.builder().id("o1").title("Delight new customers");
  }

  private static KeyResult.Builder keyResult() {
    return KeyResult.builder().id("kr1").statement("Increase NPS from 42 to 60");
  }

  @Nested
  class Blank {
    @Test
    void objectiveId() {
      assertRejected(() -> objective().id(" ").build(), "id: must not be blank (was \" \")");
    }

    @Test
    void objectiveTitle() {
      assertRejected(() -> objective().title("").build(), "title: must not be blank (was \"\")");
    }

    @Test
    void objectiveDescriptionOfNoBreakSpaces() {
      // String.isBlank() calls U+00A0 and U+202F text; they show nothing
      assertRejected(
          () -> objective().description("\u00A0\u202F").build(), "description: must not be blank (was \"\u00A0\u202F\")");
    }

    @Test
    void tagOfZeroWidthSpace() {
      assertRejected(
          () -> objective().addTags("growth", "\u200B").build(), "tags[1]: must not be blank (was \"\u200B\")");
    }

    @Test
    void keyResultId() {
      assertRejected(() -> keyResult().id("\t").build(), "id: must not be blank (was \"\t\")");
    }

    @Test
    void keyResultStatement() {
      assertRejected(() -> keyResult().statement("\u3000").build(), "statement: must not be blank (was \"\u3000\")");
    }

    @Test
    void initiativeId() {
      assertRejected(() -> Initiative.builder().id("").title("Onboarding").build(), "id: must not be blank (was \"\")");
    }

    @Test
    void initiativeTitle() {
      assertRejected(() -> Initiative.builder().id("i1").title("\n").build(), "title: must not be blank (was \"\n\")");
    }

    @Test
    void initiativeKeyResultId() {
      assertRejected(
          () -> Initiative.builder().id("i1").title("Onboarding").addKeyResultIds("kr1", " ").build(),
          "keyResultIds[1]: must not be blank (was \" \")");
    }

    @Test
    void ownerName() {
      assertRejected(() -> Owner.team("  "), "name: must not be blank (was \"  \")");
    }

    @Test
    void alignmentParent() {
      assertRejected(() -> Alignment.toObjective(""), "parentId: must not be blank (was \"\")");
    }

    @Test
    void unit() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.AT_LEAST).unit("\uFEFF").target(99.9).build(),
          "unit: must not be blank (was \"\uFEFF\")");
    }

    @Test
    void milestoneName() {
      assertRejected(() -> Milestone.of(""), "name: must not be blank (was \"\")");
    }

    @Test
    void milestoneDone() {
      assertRejected(
          () -> CheckIn.milestonesDone(JULY_1, List.of("Design", " ")), "milestonesDone[1]: must not be blank (was \" \")");
    }

    @Test
    void checkInNote() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(3).note(" ").build(), "note: must not be blank (was \" \")");
    }

    @Test
    void textWithVisibleCharactersIsNotBlank() {
      assertThatCode(() -> objective().title("\u00A0目標\u200B").description("e\u0301").build()).doesNotThrowAnyException();
    }
  }

  @Nested
  class Numbers {
    @Test
    void nonFiniteBaseline() {
      assertRejected(() -> Measurement.increase(Double.NaN, 60), "baseline: must be a finite number (was NaN)");
    }

    @Test
    void nonFiniteTarget() {
      assertRejected(
          () -> Measurement.increase(42, Double.POSITIVE_INFINITY), "target: must be a finite number (was Infinity)");
    }

    @Test
    void nonFiniteStretch() {
      assertRejected(
          () -> Measurement.builder().from(Measurement.increase(42, 60)).stretch(Double.NEGATIVE_INFINITY).build(),
          "stretch: must be a finite number (was -Infinity)");
    }

    @Test
    void nonFiniteCheckInValue() {
      assertRejected(() -> CheckIn.value(JULY_1, Double.NaN), "value: must be a finite number (was NaN)");
    }

    @Test
    void nonFiniteWeight() {
      assertRejected(() -> keyResult().weight(Double.NaN).build(), "weight: must be a finite number (was NaN)");
    }

    @Test
    void zeroWeight() {
      assertRejected(() -> keyResult().weight(0).build(), "weight: must be greater than 0 (was 0)");
    }

    @Test
    void negativeZeroWeight() {
      assertRejected(() -> keyResult().weight(-0.0).build(), "weight: must be greater than 0 (was 0)");
    }

    @Test
    void negativeMilestoneWeight() {
      assertRejected(() -> Milestone.of("Design", -1), "weight: must be greater than 0 (was -1)");
    }

    @Test
    void infiniteMilestoneWeight() {
      assertRejected(
          () -> Milestone.of("Design", Double.POSITIVE_INFINITY), "weight: must be a finite number (was Infinity)");
    }

    @Test
    void confidenceAboveOne() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(3).confidence(1.5).build(), "confidence: must lie in [0, 1] (was 1.5)");
    }

    @Test
    void confidenceBelowZero() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(3).confidence(-0.01).build(),
          "confidence: must lie in [0, 1] (was -0.01)");
    }

    @Test
    void confidenceNaN() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(3).confidence(Double.NaN).build(),
          "confidence: must lie in [0, 1] (was NaN)");
    }

    @Test
    void confidenceAtTheBoundsIsAccepted() {
      assertThatCode(() -> {
        CheckIn.builder().date(JULY_1).value(3).confidence(0).build();
        CheckIn.builder().date(JULY_1).value(3).confidence(1).build();
      }).doesNotThrowAnyException();
    }
  }

  @Nested
  class Direction {
    @Test
    void increaseTargetEqualToBaseline() {
      assertRejected(() -> Measurement.increase(42, 42), "target: must differ from the baseline 42 for an increase (was 42)");
    }

    @Test
    void decreaseTargetEqualToBaseline() {
      assertRejected(() -> Measurement.decrease(5, 5), "target: must differ from the baseline 5 for a decrease (was 5)");
    }

    @Test
    void increaseTargetBelowBaseline() {
      assertRejected(() -> Measurement.increase(42, 40), "target: must be above the baseline 42 for an increase (was 40)");
    }

    @Test
    void decreaseTargetAboveBaseline() {
      assertRejected(() -> Measurement.decrease(5, 6), "target: must be below the baseline 5 for a decrease (was 6)");
    }

    @Test
    void increaseStretchBelowTarget() {
      assertRejected(
          () -> Measurement.builder().from(Measurement.increase(42, 60)).stretch(55).build(),
          "stretch: must be above the target 60 (was 55)");
    }

    @Test
    void decreaseStretchEqualToTarget() {
      assertRejected(
          () -> Measurement.builder().from(Measurement.decrease(5, 3)).stretch(3).build(),
          "stretch: must be below the target 3 (was 3)");
    }

    @Test
    void atLeastStretchBelowLevel() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.AT_LEAST).target(99.9).stretch(99).build(),
          "stretch: must be above the target 99.9 (was 99)");
    }

    @Test
    void atMostStretchAboveLevel() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.AT_MOST).target(300).stretch(350).build(),
          "stretch: must be below the target 300 (was 350)");
    }

    @Test
    void levelsNeedNoDirectionFromTheBaseline() {
      assertThatCode(() -> Measurement.builder().type(MeasurementType.AT_LEAST).baseline(99.99).target(99.9).build())
          .doesNotThrowAnyException();
    }
  }

  @Nested
  class Shape {
    @Test
    void binaryHasNoTarget() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.BINARY).target(1).build(),
          "target: a binary key result has no target (was 1)");
    }

    @Test
    void milestonesHaveNoBaseline() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.MILESTONES).addMilestones(Milestone.of("Design")).baseline(0).build(),
          "baseline: a milestones key result has no baseline (was 0)");
    }

    @Test
    void milestonesNeedOne() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.MILESTONES).build(),
          "milestones: a milestones key result needs at least one milestone (was \"[]\")");
    }

    @Test
    void onlyMilestoneKeyResultsHaveMilestones() {
      assertRejected(
          () -> Measurement.builder().from(Measurement.increase(1, 2)).addMilestones(Milestone.of("Design")).build(),
          "milestones: only a milestones key result has milestones, not increase (was [Design])");
    }

    @Test
    void duplicateMilestone() {
      assertRejected(
          () -> Measurement.builder().type(MeasurementType.MILESTONES)
              .addMilestones(Milestone.of("Design"), Milestone.of("Build"), Milestone.of("Build", 2)).build(),
          "milestones[2].name: must not repeat an earlier entry (was \"Build\")");
    }

    @Test
    void checkInRecordsNothing() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).build(),
          "value: a check-in records exactly one of value, achieved or milestonesDone (was missing)");
    }

    @Test
    void checkInRecordsTwoThings() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(1).achieved(true).build(),
          "achieved: a check-in records exactly one of value, achieved or milestonesDone (was \"value and achieved\")");
    }

    @Test
    void checkInKindMustMatchTheMeasurement() {
      assertRejected(
          () -> keyResult().measurement(Measurement.increase(42, 60))
              .addCheckIns(CheckIn.value(JULY_1, 45), CheckIn.achieved(JULY_1.plusDays(7), true)).build(),
          "checkIns[1]: must record value for an increase key result (was \"achieved\")");
    }

    @Test
    void checkInKindMessageTakesTheRightArticle() {
      // it read "for a increase key result", "for a at-least key result"
      assertRejected(
          () -> keyResult().measurement(Measurement.builder().type(MeasurementType.AT_LEAST).target(99.9).build())
              .addCheckIns(CheckIn.achieved(JULY_1, true)).build(),
          "checkIns[0]: must record value for an at-least key result (was \"achieved\")");
      assertRejected(
          () -> keyResult().measurement(Measurement.builder().type(MeasurementType.BINARY).build())
              .addCheckIns(CheckIn.value(JULY_1, 1)).build(),
          "checkIns[0]: must record achieved for a binary key result (was \"value\")");
    }

    @Test
    void checkInRecordsAllThree() {
      assertRejected(
          () -> CheckIn.builder().date(JULY_1).value(1).achieved(true).milestonesDone(com.google.common.collect.ImmutableSet.of()).build(),
          "achieved: a check-in records exactly one of value, achieved or milestonesDone (was \"value and achieved and milestonesDone\")");
    }

    @Test
    void checkInKindMustMatchTheEarlierCheckInsWithoutMeasurement() {
      assertRejected(
          () -> keyResult().addCheckIns(CheckIn.value(JULY_1, 45), CheckIn.milestonesDone(JULY_1, List.of("Design"))).build(),
          "checkIns[1]: must record value like the earlier check-ins (was \"milestones\")");
    }

    @Test
    void milestoneDoneMustBeAMilestone() {
      Measurement milestones = Measurement.builder().type(MeasurementType.MILESTONES)
          .addMilestones(Milestone.of("Design"), Milestone.of("Build")).build();
      assertRejected(
          () -> keyResult().measurement(milestones).addCheckIns(CheckIn.milestonesDone(JULY_1, List.of("Design", "Ship"))).build(),
          "checkIns[0].milestonesDone[1]: names no milestone of this key result [Design, Build] (was \"Ship\")");
    }

    @Test
    void duplicateKeyResultIdInAnObjective() {
      assertRejected(
          () -> objective().addKeyResults(KeyResult.of("kr1", "a"), KeyResult.of("kr2", "b"), KeyResult.of("kr1", "c")).build(),
          "keyResults[2].id: must not repeat an earlier entry (was \"kr1\")");
    }

    @Test
    void duplicateInitiativeIdInAnObjective() {
      Initiative first = Initiative.builder().id("i1").title("Onboarding").build();
      assertRejected(
          () -> objective().addInitiatives(first, first.withTitle("Pricing")).build(),
          "initiatives[1].id: must not repeat an earlier entry (was \"i1\")");
    }

    @Test
    void initiativeLinksAKeyResultOnce() {
      assertRejected(
          () -> Initiative.builder().id("i1").title("Onboarding").addKeyResultIds("kr1", "kr2", "kr1").build(),
          "keyResultIds[2]: must not repeat an earlier entry (was \"kr1\")");
    }

    @Test
    void sourceLine() {
      assertRejected(() -> SourcePosition.of(0, 1), "line: must be at least 1 (was 0)");
    }

    @Test
    void sourceColumn() {
      assertRejected(() -> SourcePosition.of(1, -3), "column: must be at least 1 (was -3)");
    }

    @Test
    void sourceFile() {
      assertRejected(() -> SourcePosition.of("\u200B", 1, 1), "file: must not be blank (was \"\u200B\")");
    }

    @Test
    void priority() {
      assertRejected(() -> keyResult().priority("\u00A0").build(), "priority: must not be blank (was \"\u00A0\")");
    }

    @Test
    void reportedScore() {
      assertRejected(() -> Reported.ofScore("12/10", 1.2), "score: must lie in [0, 1] (was 1.2)");
    }
  }

  @Nested
  class CheckInDates {
    private Objective.Builder withCheckInOn(LocalDate date) {
      KeyResult kr = keyResult().measurement(Measurement.increase(42, 60))
          .addCheckIns(CheckIn.value(LocalDate.of(2026, 7, 6), 44), CheckIn.value(date, 50)).build();
      return objective().cycle(Cycle.quarter(2026, 3)).addKeyResults(KeyResult.of("kr0", "Ship it"), kr);
    }

    @Test
    void farAfterTheCycle() {
      assertRejected(
          () -> withCheckInOn(LocalDate.of(2026, 11, 1)).build(),
          "keyResults[1].checkIns[1].date: must lie within the cycle 2026-Q3 (2026-07-01 to 2026-09-30) or 31 days"
              + " either side (was \"2026-11-01\")");
    }

    @Test
    void farBeforeTheCycle() {
      assertRejected(
          () -> withCheckInOn(LocalDate.of(2026, 5, 30)).build(),
          "keyResults[1].checkIns[1].date: must lie within the cycle 2026-Q3 (2026-07-01 to 2026-09-30) or 31 days"
              + " either side (was \"2026-05-30\")");
    }

    @Test
    void withinTheGraceOnEitherSide() {
      assertThatCode(() -> {
        withCheckInOn(LocalDate.of(2026, 5, 31)).build();
        withCheckInOn(LocalDate.of(2026, 10, 31)).build();
      }).doesNotThrowAnyException();
    }

    @Test
    void notCheckedWithoutACycle() {
      assertThat(withCheckInOn(LocalDate.of(1999, 1, 1)).cycle(java.util.Optional.empty()).build().cycle()).isEmpty();
    }
  }
}
