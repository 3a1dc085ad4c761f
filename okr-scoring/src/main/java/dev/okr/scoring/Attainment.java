package dev.okr.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ScoringStrategy} makes of an {@link Observation}, before any policy: one of four
 * cases, each of which the scoring pipeline turns into a {@link Score} under the profile's
 * policies. Only the pipeline applies the overshoot, below-baseline, flat-range, no-check-ins and
 * rounding policies and clamps to [0, 1], so a strategy never does. Plain numbers: what the
 * strategy read and how it computed are shown by {@link ScoringStrategy#show}, only when an
 * explanation is asked for.
 */
public sealed interface Attainment {

  /**
   * A raw attainment, any finite number: 1 reaches the target, 0 stays at the baseline. The
   * overshoot, below-baseline and rounding policies give the contribution; clamping gives the
   * score.
   *
   * @param attainment the raw attainment
   * @param zones the stretch zones to label the score with, when the strategy scores stretch targets
   */
  record Measured(double attainment, Optional<Bands<StretchZone>> zones) implements Attainment {
    /**
     * Checks the attainment.
     *
     * @throws IllegalArgumentException when it is not finite
     */
    public Measured {
      if (!Double.isFinite(attainment)) {
        throw new IllegalArgumentException("an attainment must be finite (was " + attainment + ")");
      }
      Objects.requireNonNull(zones, "zones");
    }

    /** A raw attainment with no stretch zones. */
    public Measured(double attainment) {
      this(attainment, Optional.empty());
    }
  }

  /**
   * An outcome that fixes the score, such as achieved (1) or not (0): only rounded, never capped
   * or floored, and the attainment and contribution equal it.
   *
   * @param value in [0, 1]
   */
  record Outcome(double value) implements Attainment {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException when it lies outside [0, 1]
     */
    public Outcome {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("an outcome must lie in [0, 1] (was " + value + ")");
      }
    }
  }

  /**
   * The baseline equals the target: no range to score on. The flat-range policy decides: reject,
   * leave unscored, or a fixed score.
   *
   * @param target the target (and baseline)
   */
  record FlatRange(double target) implements Attainment {}

  /** No reading counts: the no-check-ins policy decides, unscored or 0. */
  record NoReading() implements Attainment {}
}
