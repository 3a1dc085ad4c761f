package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.okr.core.MeasurementType;
import dev.okr.core.ObjectiveKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A grader with bands of its own: each {@code with} replaces one set of bands and keeps the others. */
class GraderBandsTest {

  private static final Bands<Verdict> HALF = Bands.of(ImmutableRangeMap.<Double, Verdict>builder()
      .put(Range.closedOpen(0.0, 0.5), Verdict.MISSED)
      .put(Range.closed(0.5, 1.0), Verdict.MET)
      .build());

  private static final Bands<Colour> TWO_COLOURS = Bands.of(ImmutableRangeMap.<Double, Colour>builder()
      .put(Range.closedOpen(0.0, 0.5), Colour.RED)
      .put(Range.closed(0.5, 1.0), Colour.GREEN)
      .build());

  @Test
  void committedBandsOfItsOwnChangeOnlyCommittedGrades() {
    Grader defaults = Grader.defaults();
    Grader half = defaults.withCommitted(HALF);
    assertThat(half.committed()).isSameAs(HALF);
    assertThat(half.aspirational()).isSameAs(defaults.aspirational());
    assertThat(half.colours()).isSameAs(defaults.colours());
    assertThat(defaults.grade(0.6, ObjectiveKind.COMMITTED).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(half.grade(0.6, ObjectiveKind.COMMITTED).verdict()).isEqualTo(Verdict.MET);
    assertThat(half.grade(0.6, ObjectiveKind.COMMITTED).colour()).isEqualTo(Colour.GREEN);
    assertThat(half.grade(0.6, ObjectiveKind.ASPIRATIONAL)).isEqualTo(defaults.grade(0.6, ObjectiveKind.ASPIRATIONAL));
  }

  @Test
  void aspirationalBandsOfItsOwnChangeOnlyAspirationalGrades() {
    Grader defaults = Grader.defaults();
    Grader half = defaults.withAspirational(HALF);
    assertThat(half.aspirational()).isSameAs(HALF);
    assertThat(half.committed()).isSameAs(defaults.committed());
    assertThat(half.colours()).isSameAs(defaults.colours());
    assertThat(defaults.grade(0.2, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.UNREALISTIC);
    assertThat(half.grade(0.2, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.MISSED);
    assertThat(half.grade(0.5, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.MET);
    assertThat(half.grade(0.5, ObjectiveKind.COMMITTED)).isEqualTo(defaults.grade(0.5, ObjectiveKind.COMMITTED));
  }

  @Test
  void colourBandsOfItsOwnColourOnlyUnlabelledGrades() {
    Grader defaults = Grader.defaults();
    Grader two = defaults.withColours(TWO_COLOURS);
    assertThat(two.colours()).isSameAs(TWO_COLOURS);
    assertThat(two.colours(Optional.empty())).isSameAs(TWO_COLOURS);
    assertThat(two.committed()).isSameAs(defaults.committed());
    assertThat(two.aspirational()).isSameAs(defaults.aspirational());
    assertThat(defaults.grade(0.45, Optional.empty()).colour()).isNotEqualTo(Colour.RED);
    assertThat(two.grade(0.45, Optional.empty()).colour()).isEqualTo(Colour.RED);
    assertThat(two.grade(0.55, Optional.empty()).colour()).isEqualTo(Colour.GREEN);
    assertThat(two.grade(0.55, Optional.empty()).verdict()).isEqualTo(Verdict.UNLABELLED);
  }

  @Test
  void onlyIncreaseAndDecreaseCanExceedTheirTarget() {
    for (MeasurementType type : MeasurementType.values()) {
      boolean expected = type == MeasurementType.INCREASE || type == MeasurementType.DECREASE;
      assertThat(Grader.canExceedTarget(type)).as(type.id()).isEqualTo(expected);
    }
  }
}
