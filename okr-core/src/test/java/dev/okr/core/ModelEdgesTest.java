package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's rules at their edges: the first and last value refused, the message of each. */
class ModelEdgesTest {
  private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

  @Test
  void aQuarterAboveFourIsRefusedAsBelowOne() {
    assertThatThrownBy(() -> Cycle.quarter(2026, 5))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("quarter: must be 1, 2, 3 or 4 (was 5)");
    assertThat(Cycle.quarter(2026, 1).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Cycle.quarter(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> Cycle.parse("2026-Q0"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("is not a valid cycle: the quarter must be 1, 2, 3 or 4 (was \"2026-Q0\")");
  }

  @Test
  void aRangeBeforeTheYearZeroIsRefused() {
    assertThatThrownBy(() -> Cycle.of(LocalDate.of(-1, 12, 1), LocalDate.of(0, 1, 31)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("start: must lie in the years 0000 to 9999 (was \"-0001-12-01\")");
    assertThat(Cycle.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)).end()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void aStretchIsCheckedAgainstTheTargetOnlyWhenBothAreGiven() {
    Measurement atLeast = Measurement.builder().type(MeasurementType.AT_LEAST).stretch(5).build();
    assertThat(atLeast.stretch()).hasValue(5.0);
    assertThatThrownBy(() -> Measurement.builder().type(MeasurementType.AT_MOST).target(5).stretch(6).build())
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("stretch: must be below the target 5 (was 6)");
    assertThatThrownBy(() -> Measurement.builder().type(MeasurementType.AT_LEAST).target(5).stretch(5).build())
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("stretch: must be above the target 5 (was 5)");
  }

  @Test
  void milestoneCheckInsWithoutAMeasurementNameAnyMilestone() {
    KeyResult kr = KeyResult.builder().id("k").statement("Ship the dashboard")
        .addCheckIns(CheckIn.milestonesDone(JULY_1, List.of("design")), CheckIn.milestonesDone(JULY_1, List.of("anything")))
        .build();
    assertThat(kr.checkIns()).hasSize(2);
  }

  @Test
  void aRequiredFieldMessageWithoutNamesHasAnEmptyPath() {
    OkrValidationException named = new OkrValidationException("Cannot build KeyResult, some of required attributes are not set [id, statement]");
    assertThat(named.path()).isEqualTo("id, statement");
    assertThat(named).hasMessage("id, statement: is required (was missing)");
    OkrValidationException unnamed = new OkrValidationException("Cannot build KeyResult] [");
    assertThat(unnamed.path()).isEmpty();
    assertThat(unnamed).hasMessage("is required (was missing)");
  }

  @Test
  void aCycleOfObjectivesIsNamedFromTheFirstObjectiveOfTheDocumentOnIt() {
    Objective c = Objective.builder().id("c").title("C").build();
    Objective a = Objective.builder().id("a").title("A").alignment(Alignment.toObjective("b")).build();
    Objective b = Objective.builder().id("b").title("B").alignment(Alignment.toObjective("a")).build();
    Objective d = Objective.builder().id("d").title("D").alignment(Alignment.toObjective("c")).build();
    assertThatThrownBy(() -> OkrSet.of(List.of(c, d, b, a)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[2].alignment.parentId: alignments must not form a cycle (was \"b -> a -> b\")");
  }
}
