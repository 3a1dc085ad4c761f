package dev.okr.testkit;

import static dev.okr.testkit.OkrAssertions.assertThat;
import static dev.okr.testkit.OkrAssertions.assertThatValidation;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assertions pass on what they claim and fail, saying why, on anything else. */
class OkrAssertionsTest {
  private static final LocalDate JULY_6 = LocalDate.of(2026, 7, 6);

  @Test
  void validationAssertionsCheckPathRuleAndValue() {
    assertThatValidation(() -> Measurement.increase(42, 42))
        .hasPath("target")
        .hasRule("must differ from the baseline 42 for an increase")
        .hasValue("42.0")
        .hasMessage("target: must differ from the baseline 42 for an increase (was 42)");
    assertThatValidation(() -> CheckIn.builder().date(JULY_6).build()).hasPath("value").hasNoValue();
  }

  @Test
  void validationAssertionsFailOnAnotherPathRuleOrValue() {
    OkrValidationException e = new OkrValidationException("target", 42.0, "must differ");
    assertThatThrownBy(() -> assertThat(e).hasPath("baseline")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the path").hasMessageContaining("baseline");
    assertThatThrownBy(() -> assertThat(e).hasRule("must not be blank")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(e).hasValue("41.0")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(e).hasNoValue()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(e).hasMessage("target")).isInstanceOf(AssertionError.class);
  }

  @Test
  void assertThatValidationFailsWhenNothingOrSomethingElseIsThrown() {
    assertThatThrownBy(() -> assertThatValidation(() -> Measurement.increase(1, 2)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("nothing was thrown");
    assertThatThrownBy(() -> assertThatValidation(() -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(AssertionError.class).hasMessageContaining("IllegalStateException");
  }

  @Test
  void reportsComparesAllThreeParts() {
    Objective o = Objective.builder().id("o1").title("t").build();
    BrokenOkrSet broken = new BrokenOkrSet(Violation.BLANK_TITLE, OkrSet.of(List.of(o)), "objectives[0].title", " ",
        "must not be blank", s -> Rebuild.objective(s, 0, x -> x.withTitle(" ")));
    assertThatValidation(broken::build).reports(broken);
    BrokenOkrSet wrongPath = new BrokenOkrSet(Violation.BLANK_TITLE, broken.valid(), "objectives[0].id", " ",
        "must not be blank", s -> Rebuild.objective(s, 0, x -> x.withTitle(" ")));
    assertThatThrownBy(() -> assertThatValidation(wrongPath::build).reports(wrongPath)).isInstanceOf(AssertionError.class);
  }

  private static OkrSet twoObjectives() {
    Objective parent = Objective.builder().id("c1").title("Company").addKeyResults(KeyResult.of("c1-kr1", "x")).build();
    Objective child = Objective.builder().id("g1").title("Growth").alignment(Alignment.toKeyResult("c1-kr1")).build();
    return OkrSet.of(List.of(parent, child));
  }

  @Test
  void documentAssertionsPassOnAValidDocument() {
    assertThatCode(() -> assertThat(twoObjectives())
        .hasObjectiveIds("c1", "g1")
        .findsEveryElementById()
        .hasAcyclicAlignmentGraph()
        .hasAlignmentEdgeForEveryAlignment()
        .rebuildsEqual()).doesNotThrowAnyException();
  }

  @Test
  void documentAssertionsFailOnOtherIds() {
    assertThatThrownBy(() -> assertThat(twoObjectives()).hasObjectiveIds("g1", "c1"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[g1, c1]");
  }

  @Test
  void objectiveAssertionsCheckKeyResultsAndCheckInDates() {
    KeyResult kr = KeyResult.builder().id("kr1").statement("s").measurement(Measurement.increase(1, 2))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 10, 20), 1.5)).build();
    Objective objective = Objective.builder().id("o1").title("t").cycle(Cycle.quarter(2026, 3)).addKeyResults(kr).build();
    assertThat(objective).hasKeyResultIds("kr1").hasCheckInsWithinItsCycleOrGrace().rebuildsEqual();
    assertThatThrownBy(() -> assertThat(objective).hasCheckInsWithinItsCycle())
        .isInstanceOf(AssertionError.class).hasMessageContaining("2026-10-20");
    assertThatThrownBy(() -> assertThat(objective).hasKeyResultIds("kr2")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(objective.withCycle(java.util.Optional.empty())).hasCheckInsWithinItsCycleOrGrace())
        .isInstanceOf(AssertionError.class).hasMessageContaining("to have a cycle");
  }

  @Test
  void keyResultAssertionsCheckMeasurementAndCheckIns() {
    KeyResult kr = KeyResult.builder().id("kr1").statement("s").measurement(Measurement.increase(1, 2))
        .addCheckIns(CheckIn.value(JULY_6.plusDays(7), 1.5), CheckIn.value(JULY_6, 1.2)).build();
    assertThat(kr).hasMeasurementType(MeasurementType.INCREASE).hasCheckInsMatchingItsMeasurement().rebuildsEqual();
    assertThatThrownBy(() -> assertThat(kr).hasCheckInsInDateOrder()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(kr).hasMeasurementType(MeasurementType.DECREASE)).isInstanceOf(AssertionError.class);
    KeyResult binaryWithValues = KeyResult.builder().id("kr2").statement("s").addCheckIns(CheckIn.value(JULY_6, 1)).build();
    assertThat(binaryWithValues).hasCheckInsMatchingItsMeasurement();
    KeyResult unmeasuredAchieved = KeyResult.builder().id("kr3").statement("s").addCheckIns(CheckIn.achieved(JULY_6, true)).build();
    assertThatThrownBy(() -> assertThat(unmeasuredAchieved).hasCheckInsMatchingItsMeasurement())
        .isInstanceOf(AssertionError.class);
  }
}
