package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Every choice a key result's score depends on, each explicit, named and with a documented default.
 * The defaults form okr's own policy; {@link Profiles} holds the choices of other tools.
 *
 * <p>A score's {@link Score.Scored#value() value} always lies in [0, 1]; {@link #overshoot()} and {@link
 * #belowBaseline()} decide the {@link Score.Scored#contribution() contribution} a rollup sees, which may
 * leave [0, 1] when the policy keeps it.
 */
@Value.Immutable
public interface ScoringPolicy extends WithScoringPolicy {

  /** A value beyond the target. */
  enum Overshoot {
    /** The contribution stops at 1 (default): overachieving one key result cannot hide another's miss. */
    CAP,
    /** The contribution keeps the attainment above 1, as Quantive's rollups do. */
    KEEP
  }

  /** A value on the wrong side of the baseline. */
  enum BelowBaseline {
    /** The contribution stops at 0 (default). */
    ZERO,
    /** The contribution keeps the negative attainment. */
    KEEP_NEGATIVE
  }

  /** A linear key result whose baseline equals its target: no range to score on. */
  enum FlatRange {
    /** A {@link ScoringException} naming the target (default): the key result is malformed. */
    REJECT,
    /** The key result is left unscored, with the reason in its explanation. */
    NO_SCORE,
    /** Scored 0. */
    ZERO,
    /** Scored 1. */
    ONE,
    /** Scored 0.5: what d3's linear scale returns for an empty domain (oslokommune's okr-tracker). */
    HALF;

    /** The fixed score this policy gives, or empty for {@link #REJECT} and {@link #NO_SCORE}. */
    public java.util.OptionalDouble fixedScore() {
      return switch (this) {
        case ZERO -> java.util.OptionalDouble.of(0);
        case ONE -> java.util.OptionalDouble.of(1);
        case HALF -> java.util.OptionalDouble.of(0.5);
        case REJECT, NO_SCORE -> java.util.OptionalDouble.empty();
      };
    }
  }

  /** Which check-in counts when scoring at a date. */
  enum CheckInSelection {
    /** The latest dated on or before the date; of several that day, the last given (default). */
    LATEST_ON_OR_BEFORE,
    /** The latest recorded, whatever the date scored. */
    LATEST_OVERALL
  }

  /** A key result with no check-in that counts. */
  enum NoCheckIns {
    /** Left unscored, with the reason in its explanation (default): no data is not a zero. */
    NO_SCORE,
    /** Scored 0, as a key result still at its baseline. */
    ZERO
  }

  /** How a stay-at-or-above / at-or-below key result is scored. */
  enum MaintainMode {
    /** The share of check-in periods in which every check-in held the bound (default). */
    SHARE_OF_PERIODS,
    /** 1 when the latest check-in holds the bound, else 0. */
    LATEST_VALUE
  }

  /** Which periods a maintain key result's share is taken over. */
  enum PeriodBasis {
    /**
     * The periods so far (default): every period that has ended, plus the current one once it has
     * a check-in. Mid-cycle this reads as "how well has the level held".
     */
    SO_FAR,
    /**
     * All periods planned in the cycle: a period not yet reached counts as not held, so the score
     * grows through the cycle, as in Profit.co's control KPIs.
     */
    PLANNED
  }

  /** Whether a value exactly at a maintain key result's level holds it. */
  enum BoundComparison {
    /** At the level holds it (default): "at least 99.9%" is held by 99.9%. */
    INCLUSIVE,
    /** At the level does not hold it, as in Quantive's "should stay above/below". */
    STRICT
  }

  /** How a key result with a stretch target is scored. */
  enum StretchScale {
    /**
     * Baseline to target scores 0 to {@link #stretchTargetScore()}, target to stretch scores on to
     * 1 (default): reaching the target of a stretch goal is the healthy 0.7 of a stretch.
     */
    PIECEWISE,
    /** Linear from the baseline to the stretch, which scores 1; the target plays no part (puzzle's okr). */
    TO_STRETCH,
    /** The stretch is ignored; linear from the baseline to the target. */
    IGNORE
  }

  /** Beyond the target: {@link Overshoot#CAP} unless set. */
  @Value.Default
  default Overshoot overshoot() {
    return Overshoot.CAP;
  }

  /** On the wrong side of the baseline: {@link BelowBaseline#ZERO} unless set. */
  @Value.Default
  default BelowBaseline belowBaseline() {
    return BelowBaseline.ZERO;
  }

  /** Baseline equal to target: {@link FlatRange#REJECT} unless set. */
  @Value.Default
  default FlatRange flatRange() {
    return FlatRange.REJECT;
  }

  /** The check-in that counts: {@link CheckInSelection#LATEST_ON_OR_BEFORE} unless set. */
  @Value.Default
  default CheckInSelection checkInSelection() {
    return CheckInSelection.LATEST_ON_OR_BEFORE;
  }

  /** No check-in: {@link NoCheckIns#NO_SCORE} unless set. */
  @Value.Default
  default NoCheckIns noCheckIns() {
    return NoCheckIns.NO_SCORE;
  }

  /** The key result's rounding: {@link Rounding#none()} unless set. */
  @Value.Default
  default Rounding rounding() {
    return Rounding.none();
  }

  /** Maintain key results: {@link MaintainMode#SHARE_OF_PERIODS} unless set. */
  @Value.Default
  default MaintainMode maintainMode() {
    return MaintainMode.SHARE_OF_PERIODS;
  }

  /** Maintain periods: {@link PeriodBasis#SO_FAR} unless set. */
  @Value.Default
  default PeriodBasis periodBasis() {
    return PeriodBasis.SO_FAR;
  }

  /** The length of a check-in period in days: 7, the weekly cadence of check-ins, unless set. */
  @Value.Default
  default int periodDays() {
    return 7;
  }

  /**
   * How far past a maintain key result's level a value may stray and still hold it, as a fraction
   * of the level's magnitude: 0 unless set. 0.01 lets "at most 300 ms" hold at 303 ms. Relative, so
   * a change of unit does not change a score; a level of 0 has no tolerance.
   */
  @Value.Default
  default double tolerance() {
    return 0.0;
  }

  /** A value exactly at the level: {@link BoundComparison#INCLUSIVE} unless set. */
  @Value.Default
  default BoundComparison boundComparison() {
    return BoundComparison.INCLUSIVE;
  }

  /** Stretch targets: {@link StretchScale#PIECEWISE} unless set. */
  @Value.Default
  default StretchScale stretchScale() {
    return StretchScale.PIECEWISE;
  }

  /** The score of reaching the target under {@link StretchScale#PIECEWISE}: 0.7 unless set. */
  @Value.Default
  default double stretchTargetScore() {
    return 0.7;
  }

  /** The stretch zones a stretch score is labelled with: {@link Bands#stretchZones()} unless set. */
  @Value.Default
  default Bands<StretchZone> stretchZones() {
    return Bands.stretchZones();
  }

  /** okr's defaults. */
  static ScoringPolicy defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The policies that apply to key results of every type, by name, as shown in explanations: {@code
   * overshoot=cap, below-baseline=zero, ...}. Computed once per policy.
   */
  @Value.Lazy
  default Map<String, String> describe() {
    return ImmutableMap.<String, String>builder()
        .put("overshoot", Ids.of(overshoot()))
        .put("below-baseline", Ids.of(belowBaseline()))
        .put("flat-range", Ids.of(flatRange()))
        .put("check-in", Ids.of(checkInSelection()))
        .put("no-check-ins", Ids.of(noCheckIns()))
        .put("rounding", rounding().toString())
        .buildOrThrow();
  }

  /**
   * What a rollup sees of a raw attainment under this policy: capped at 1 under {@link
   * Overshoot#CAP}, raised to 0 under {@link BelowBaseline#ZERO}, then rounded. The one place these
   * three policies are applied, by the scoring pipeline that every score goes through.
   */
  default double contribution(double attainment) {
    return contribution(Arithmetic.doubles(), attainment);
  }

  /** {@link #contribution(double)} in any arithmetic: the one place its formula lives. */
  default <N, B> N contribution(Arithmetic<N, B> a, N attainment) {
    N bounded = attainment;
    if (overshoot() == Overshoot.CAP) {
      bounded = a.choose(a.less(a.number(1), bounded), a.number(1), bounded);
    }
    if (belowBaseline() == BelowBaseline.ZERO) {
      bounded = a.choose(a.less(bounded, a.number(0)), a.number(0), bounded);
    }
    return a.round(bounded, rounding());
  }

  /**
   * The shown score of a contribution: the contribution clamped to [0, 1]. The one clamp, for key
   * results, rollups and forecasts alike.
   */
  static double value(double contribution) {
    return value(Arithmetic.doubles(), contribution);
  }

  /** {@link #value(double)} in any arithmetic: the one place the clamp lives. */
  static <N, B> N value(Arithmetic<N, B> a, N contribution) {
    return a.min(a.number(1.0), a.max(a.number(0.0), contribution));
  }

  @Value.Check
  default void check() {
    if (periodDays() < 1) {
      throw new IllegalArgumentException("periodDays must be at least 1 (was " + periodDays() + ")");
    }
    if (!(tolerance() >= 0 && tolerance() < 1)) {
      throw new IllegalArgumentException("tolerance must lie in [0, 1) (was " + tolerance() + ")");
    }
    if (!(stretchTargetScore() > 0 && stretchTargetScore() < 1)) {
      throw new IllegalArgumentException("stretchTargetScore must lie in (0, 1) (was " + stretchTargetScore() + ")");
    }
  }

  /** Builds a {@link ScoringPolicy}. */
  final class Builder extends ImmutableScoringPolicy.Builder {}
}
