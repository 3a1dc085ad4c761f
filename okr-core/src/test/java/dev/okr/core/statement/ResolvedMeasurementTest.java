package dev.okr.core.statement;

import static dev.okr.core.statement.ResolvedMeasurement.Field.BASELINE;
import static dev.okr.core.statement.ResolvedMeasurement.Field.STRETCH;
import static dev.okr.core.statement.ResolvedMeasurement.Field.TARGET;
import static dev.okr.core.statement.ResolvedMeasurement.Field.TYPE;
import static dev.okr.core.statement.ResolvedMeasurement.Field.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A key result's effective measurement: explicit data wins, the text fills the gaps, provenance is kept. */
class ResolvedMeasurementTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  @Test
  void withNoMeasurementTheStatementsIsUsedWhole() {
    KeyResult kr = KeyResult.of("kr-1", "Reduce churn rate from 5% to 3%");
    ResolvedMeasurement r = ResolvedMeasurement.of(kr);
    Measurement expected = Measurement.builder().type(MeasurementType.DECREASE).unit("%").baseline(5).target(3).build();
    assertThat(r.measurement()).hasValue(expected);
    assertThat(r.fromStatement()).containsExactly(TYPE, UNIT, BASELINE, TARGET);
    assertThat(r.keyResult()).isSameAs(kr);
    assertThat(r.statement()).isEqualTo(KeyResultStatement.parse(kr.statement()));
    assertThat(r.filled().measurement()).hasValue(expected);
    assertThat(r.filled()).isNotEqualTo(kr);
  }

  @Test
  void explicitDataWinsAndOnlyMissingFieldsComeFromTheText() {
    KeyResult kr = KeyResult.builder().id("kr-1").statement("Increase NPS from 42 to 60 (stretch: 70)")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).target(65).build())
        .build();
    ResolvedMeasurement r = ResolvedMeasurement.of(kr);
    assertThat(r.measurement()).hasValue(
        Measurement.builder().type(MeasurementType.INCREASE).baseline(42).target(65).stretch(70).build());
    assertThat(r.fromStatement()).containsExactly(BASELINE, STRETCH);
  }

  @Test
  void aFieldThatWouldBreakTheExplicitMeasurementIsNotTaken() {
    KeyResult kr = KeyResult.builder().id("kr-1").statement("Increase NPS from 42 to 60")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).target(40).build())
        .build();
    ResolvedMeasurement r = ResolvedMeasurement.of(kr);
    assertThat(r.measurement()).isEqualTo(kr.measurement());
    assertThat(r.fromStatement()).isEmpty();
    assertThat(r.filled()).isSameAs(kr);
  }

  @Test
  void anotherTypeOrUnitInTheTextAddsNothing() {
    Measurement atLeast = Measurement.builder().type(MeasurementType.AT_LEAST).target(50).build();
    KeyResult other = KeyResult.builder().id("kr-1").statement("Increase NPS from 42 to 60").measurement(atLeast).build();
    assertThat(ResolvedMeasurement.of(other).measurement()).hasValue(atLeast);
    assertThat(ResolvedMeasurement.of(other).fromStatement()).isEmpty();

    Measurement hours = Measurement.builder().type(MeasurementType.DECREASE).unit("hours").target(1).build();
    KeyResult minutes = KeyResult.builder().id("kr-2").statement("Reduce MTTR from 90 minutes to 30 minutes")
        .measurement(hours).build();
    assertThat(ResolvedMeasurement.of(minutes).measurement()).hasValue(hours);
  }

  @Test
  void milestonesNeverComeFromText() {
    Measurement milestones = Measurement.builder().type(MeasurementType.MILESTONES)
        .addMilestone(Milestone.of("design")).addMilestone(Milestone.of("launch")).build();
    KeyResult kr = KeyResult.builder().id("kr-1").statement("Launch new dashboard").measurement(milestones).build();
    assertThat(ResolvedMeasurement.of(kr).measurement()).hasValue(milestones);
    assertThat(ResolvedMeasurement.of(kr).fromStatement()).isEmpty();
  }

  @Test
  void aReadingThatDisagreesWithTheCheckInsIsNotUsed() {
    KeyResult task = KeyResult.builder().id("kr-1").statement("Launch new dashboard")
        .addCheckIn(CheckIn.value(DAY, 3)).build();
    assertThat(ResolvedMeasurement.of(task).measurement()).isEmpty();
    assertThat(ResolvedMeasurement.of(task).filled()).isSameAs(task);

    KeyResult agreeing = KeyResult.builder().id("kr-2").statement("Launch new dashboard")
        .addCheckIn(CheckIn.achieved(DAY, false)).build();
    assertThat(ResolvedMeasurement.of(agreeing).measurement())
        .hasValue(Measurement.builder().type(MeasurementType.BINARY).build());
    assertThat(ResolvedMeasurement.of(agreeing).filled().checkIns()).hasSize(1);
  }

  @Test
  void aStatementWithNothingToMeasureLeavesTheKeyResultAsIs() {
    KeyResult kr = KeyResult.of("kr-1", "Improve onboarding experience");
    ResolvedMeasurement r = ResolvedMeasurement.of(kr);
    assertThat(r.measurement()).isEmpty();
    assertThat(r.fromStatement()).isEmpty();
    assertThat(r.filled()).isSameAs(kr);
  }

  @Test
  void theParsersVocabularyIsUsed() {
    StatementParser parser = StatementParser.of(
        Vocabulary.builder().from(Vocabulary.defaults()).addDecreaseVerb("claw back").build());
    KeyResult kr = KeyResult.of("kr-1", "Claw back churn by 20%");
    assertThat(parser.resolve(kr).measurement()).hasValue(Measurement.builder().type(MeasurementType.DECREASE)
        .unit("% of baseline").baseline(100).target(80).build());
    // Without the verb, a bare "by 20%" reads as growth.
    assertThat(ResolvedMeasurement.of(kr).measurement()).hasValue(Measurement.builder()
        .type(MeasurementType.INCREASE).unit("% of baseline").baseline(100).target(120).build());
  }
}
