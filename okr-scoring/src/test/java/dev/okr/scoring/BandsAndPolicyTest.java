package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import org.junit.jupiter.api.Test;

/**
 * Bands read each range's bounds as written (open or closed, or none), and a scoring policy refuses
 * period lengths, tolerances and stretch target scores outside their ranges, at the edges too.
 */
class BandsAndPolicyTest {

  @Test
  void aBandsOpenAndClosedEndsAreKeptAndUnboundedEndsReachOn() {
    Bands<Colour> bands = Bands.of(ImmutableRangeMap.<Double, Colour>builder()
        .put(Range.lessThan(0.25), Colour.RED)
        .put(Range.closed(0.25, 0.5), Colour.YELLOW)
        .put(Range.greaterThan(0.5), Colour.GREEN)
        .build());
    assertThat(bands.of(-3)).isEqualTo(Colour.RED);
    assertThat(bands.of(0.2499)).isEqualTo(Colour.RED);
    assertThat(bands.of(0.25)).isEqualTo(Colour.YELLOW);
    assertThat(bands.of(0.5)).isEqualTo(Colour.YELLOW);
    assertThat(bands.of(0.5001)).isEqualTo(Colour.GREEN);
    assertThat(bands.of(7)).isEqualTo(Colour.GREEN);

    Bands<Colour> openLow = Bands.of(ImmutableRangeMap.<Double, Colour>builder()
        .put(Range.closed(0.0, 0.5), Colour.RED)
        .put(Range.openClosed(0.5, 1.0), Colour.GREEN)
        .build());
    assertThat(openLow.of(0.5)).isEqualTo(Colour.RED);
    assertThat(openLow.of(0.50001)).isEqualTo(Colour.GREEN);
    assertThat(openLow.of(1.0)).isEqualTo(Colour.GREEN);
    assertThat(openLow.of(0.0)).isEqualTo(Colour.RED);
    assertThatThrownBy(() -> openLow.of(1.0001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must lie in [0, 1] (was 1.0001)");
    assertThatThrownBy(() -> openLow.of(-0.0001)).isInstanceOf(IllegalArgumentException.class);

    // bands may reach beyond [0, 1]; an open end there still leaves its endpoint out
    Bands<Colour> wide = Bands.of(ImmutableRangeMap.<Double, Colour>builder()
        .put(Range.open(-1.0, 0.5), Colour.RED)
        .put(Range.closed(0.5, 1.0), Colour.GREEN)
        .build());
    assertThat(wide.of(-0.999)).isEqualTo(Colour.RED);
    assertThatThrownBy(() -> wide.of(-1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must lie in [0, 1] (was -1.0)");
  }

  @Test
  void theDefaultColoursAndZonesAtTheirEdges() {
    assertThat(Bands.colours().of(0.0)).isEqualTo(Colour.RED);
    assertThat(Bands.colours().of(0.3999)).isEqualTo(Colour.RED);
    assertThat(Bands.colours().of(0.4)).isEqualTo(Colour.YELLOW);
    assertThat(Bands.colours().of(0.7)).isEqualTo(Colour.GREEN);
    assertThat(Bands.colours().of(1.0)).isEqualTo(Colour.GREEN);
    assertThat(Bands.stretchZones().of(0.9999)).isEqualTo(StretchZone.TARGET);
    assertThat(Bands.stretchZones().of(1.0)).isEqualTo(StretchZone.STRETCH);
    assertThat(Bands.colours()).isEqualTo(Bands.of(Bands.colours().ranges())).hasSameHashCodeAs(Bands.of(Bands.colours().ranges()));
    assertThat(Bands.colours()).isNotEqualTo(Bands.stretchZones()).isNotEqualTo("red");
    assertThat(Bands.colours()).hasToString("red=[0.0..0.4), yellow=[0.4..0.7), green=[0.7..1.0]");
  }

  @Test
  void aBandsGapInTheUnitIntervalIsNamed() {
    assertThatThrownBy(() -> Bands.of(ImmutableRangeMap.<Double, Colour>builder()
        .put(Range.closedOpen(0.0, 0.5), Colour.RED)
        .put(Range.open(0.5, 1.0), Colour.GREEN)
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must cover [0, 1] without gaps; [0.5..0.5] is not covered");
  }

  @Test
  void periodsLastAtLeastADay() {
    assertThat(ScoringPolicy.builder().periodDays(1).build().periodDays()).isEqualTo(1);
    assertThatThrownBy(() -> ScoringPolicy.builder().periodDays(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periodDays must be at least 1 (was 0)");
  }

  @Test
  void theToleranceLiesFromZeroUpToButNotIncludingOne() {
    assertThat(ScoringPolicy.builder().tolerance(0).build().tolerance()).isEqualTo(0.0);
    assertThat(ScoringPolicy.builder().tolerance(0.999).build().tolerance()).isEqualTo(0.999);
    assertThatThrownBy(() -> ScoringPolicy.builder().tolerance(1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must lie in [0, 1) (was 1.0)");
    assertThatThrownBy(() -> ScoringPolicy.builder().tolerance(-0.01).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringPolicy.builder().tolerance(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStretchTargetScoreLiesStrictlyBetweenZeroAndOne() {
    assertThat(ScoringPolicy.builder().stretchTargetScore(0.001).build().stretchTargetScore()).isEqualTo(0.001);
    assertThat(ScoringPolicy.builder().stretchTargetScore(0.999).build().stretchTargetScore()).isEqualTo(0.999);
    assertThatThrownBy(() -> ScoringPolicy.builder().stretchTargetScore(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stretchTargetScore must lie in (0, 1) (was 0.0)");
    assertThatThrownBy(() -> ScoringPolicy.builder().stretchTargetScore(1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stretchTargetScore must lie in (0, 1) (was 1.0)");
  }

  @Test
  void theContributionIsCappedAndRaisedOnlyAsThePolicySays() {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    assertThat(defaults.contribution(1.0)).isEqualTo(1.0);
    assertThat(defaults.contribution(1.5)).isEqualTo(1.0);
    assertThat(defaults.contribution(0.0)).isEqualTo(0.0);
    assertThat(defaults.contribution(-0.5)).isEqualTo(0.0);
    ScoringPolicy keep = defaults.withOvershoot(ScoringPolicy.Overshoot.KEEP).withBelowBaseline(ScoringPolicy.BelowBaseline.KEEP_NEGATIVE);
    assertThat(keep.contribution(1.5)).isEqualTo(1.5);
    assertThat(keep.contribution(-0.5)).isEqualTo(-0.5);
    assertThat(ScoringPolicy.value(1.5)).isEqualTo(1.0);
    assertThat(ScoringPolicy.value(-0.5)).isEqualTo(0.0);
    assertThat(ScoringPolicy.value(0.25)).isEqualTo(0.25);
  }

  @Test
  void aPolicyDescribesTheChoicesForEveryType() {
    assertThat(ScoringPolicy.defaults().describe()).containsEntry("overshoot", "cap").containsEntry("below-baseline", "zero")
        .containsEntry("flat-range", "reject").containsKeys("check-in", "no-check-ins", "rounding");
  }
}
