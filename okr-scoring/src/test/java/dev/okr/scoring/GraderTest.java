package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.okr.core.ObjectiveKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seeds' grading rules (R6, R7) and the colour bands. */
class GraderTest {
  private static final Grader GRADER = Grader.defaults();

  @Test
  void aStretchAtPointSevenIsHealthy() {
    // 003: "For stretch OKRs, 0.6-0.7 is a healthy score"
    Grade grade = GRADER.grade(0.7, ObjectiveKind.ASPIRATIONAL);
    assertThat(grade.verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(grade.colour()).isEqualTo(Colour.GREEN);
    assertThat(GRADER.grade(0.6, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.HEALTHY);
    // the colour changes where the verdict does: healthy is green, below expectation yellow
    assertThat(GRADER.grade(0.65, ObjectiveKind.ASPIRATIONAL).colour()).isEqualTo(Colour.GREEN);
    assertThat(GRADER.grade(0.59, ObjectiveKind.ASPIRATIONAL).colour()).isEqualTo(Colour.YELLOW);
    assertThat(GRADER.grade(0.8, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.ABOVE_EXPECTATION);
    assertThat(GRADER.grade(0.5, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.BELOW_EXPECTATION);
  }

  @Test
  void aCommittedScoreBelowOneIsAMiss() {
    // 003: committed OKRs must achieve 1.0
    Grade miss = GRADER.grade(0.99, ObjectiveKind.COMMITTED);
    assertThat(miss.verdict()).isEqualTo(Verdict.MISSED);
    assertThat(miss.needsExplanation()).isTrue();
    Grade met = GRADER.grade(1.0, ObjectiveKind.COMMITTED);
    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(met.needsExplanation()).isFalse();
    assertThat(met.possiblySandbagged()).isFalse();
  }

  @Test
  void belowPointThreeIsUnrealisticAndOneIsPossiblySandbagged() {
    // 003: "Below 0.3 means they were unrealistic"; "Consistently hitting 1.0 means goals are not ambitious enough"
    Grade low = GRADER.grade(0.29, ObjectiveKind.ASPIRATIONAL);
    assertThat(low.verdict()).isEqualTo(Verdict.UNREALISTIC);
    assertThat(low.colour()).isEqualTo(Colour.RED);
    assertThat(GRADER.grade(0.3, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.BELOW_EXPECTATION);
    assertThat(GRADER.grade(1.0, ObjectiveKind.ASPIRATIONAL).possiblySandbagged()).isTrue();
    assertThat(GRADER.grade(0.99, ObjectiveKind.ASPIRATIONAL).possiblySandbagged()).isFalse();
  }

  @Test
  void colourBandsAreHalfOpenAndTheGapsGoToTheLowerBand() {
    assertThat(Bands.colours().of(0.0)).isEqualTo(Colour.RED);
    assertThat(Bands.colours().of(0.3)).isEqualTo(Colour.RED);
    assertThat(Bands.colours().of(0.35)).isEqualTo(Colour.RED);
    assertThat(Bands.colours().of(0.4)).isEqualTo(Colour.YELLOW);
    assertThat(Bands.colours().of(0.6)).isEqualTo(Colour.YELLOW);
    assertThat(Bands.colours().of(0.69)).isEqualTo(Colour.YELLOW);
    assertThat(Bands.colours().of(0.7)).isEqualTo(Colour.GREEN);
    assertThat(Bands.colours().of(1.0)).isEqualTo(Colour.GREEN);
    assertThat(Bands.colours()).hasToString("red=[0.0..0.4), yellow=[0.4..0.7), green=[0.7..1.0]");
    assertThatThrownBy(() -> Bands.colours().of(1.01)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsAreConfigurable() {
    // 000's reading: 0.7-0.8 is the healthy stretch
    Bands<Verdict> seed000 = Bands.of(ImmutableRangeMap.<Double, Verdict>builder()
        .put(Range.closedOpen(0.0, 0.3), Verdict.UNREALISTIC)
        .put(Range.closedOpen(0.3, 0.7), Verdict.BELOW_EXPECTATION)
        .put(Range.closed(0.7, 0.8), Verdict.HEALTHY)
        .put(Range.open(0.8, 1.0), Verdict.ABOVE_EXPECTATION)
        .put(Range.singleton(1.0), Verdict.POSSIBLY_SANDBAGGED)
        .build());
    Grader custom = GRADER.withAspirational(seed000);
    assertThat(custom.grade(0.75, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.HEALTHY);
    assertThat(custom.grade(0.65, ObjectiveKind.ASPIRATIONAL).verdict()).isEqualTo(Verdict.BELOW_EXPECTATION);
    assertThatThrownBy(() -> Bands.of(ImmutableRangeMap.<Double, Colour>builder()
            .put(Range.closedOpen(0.0, 0.3), Colour.RED).put(Range.closed(0.4, 1.0), Colour.GREEN).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0.3..0.4) is not covered");
  }

  @Test
  void anUnlabelledObjectiveGetsItsColourOnly() {
    Grade grade = GRADER.grade(0.5, Optional.empty());
    assertThat(grade.verdict()).isEqualTo(Verdict.UNLABELLED);
    assertThat(grade.colour()).isEqualTo(Colour.YELLOW);
    assertThat(grade).hasToString("0.5 unlabelled: unlabelled, yellow");
    assertThat(GRADER.grade(0.65, ObjectiveKind.ASPIRATIONAL)).hasToString("0.65 aspirational: healthy, green");
  }
}
