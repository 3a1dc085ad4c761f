package dev.okr.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a {@link ScoringStrategy} makes of an {@link Observation}, before any policy: one of four
 * cases, each of which the scoring pipeline turns into a {@link Score} under the profile's
 * policies. Only the pipeline applies the overshoot, below-baseline, flat-range, no-check-ins and
 * rounding policies and clamps to [0, 1], so a strategy never does.
 *
 * <p>Each case carries the strategy's {@link Workings}: a function that writes the policies it
 * read, its inputs and its formula. It is called only when an explanation is asked for, so that
 * scoring many rows costs no text.
 */
public sealed interface Attainment {

  /** Writes what the strategy read and how it computed, for the explanation. */
  Consumer<Workings> workings();

  /**
   * A raw attainment, any finite number: 1 reaches the target, 0 stays at the baseline. The
   * overshoot, below-baseline and rounding policies give the contribution; clamping gives the
   * score.
   *
   * @param attainment the raw attainment
   * @param zones the stretch zones to label the score with, when the strategy scores stretch targets
   * @param workings writes the inputs and the formula of the attainment
   */
  record Measured(double attainment, Optional<Bands<StretchZone>> zones, Consumer<Workings> workings) implements Attainment {
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
      Objects.requireNonNull(workings, "workings");
    }
  }

  /**
   * An outcome that fixes the score, such as achieved (1) or not (0): only rounded, never capped
   * or floored, and the attainment and contribution equal it.
   *
   * @param value in [0, 1]
   * @param workings writes the inputs and the formula, e.g. {@code score = 1 (achieved)}
   */
  record Outcome(double value, Consumer<Workings> workings) implements Attainment {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException when it lies outside [0, 1]
     */
    public Outcome {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("an outcome must lie in [0, 1] (was " + value + ")");
      }
      Objects.requireNonNull(workings, "workings");
    }
  }

  /**
   * The baseline equals the target: no range to score on. The flat-range policy decides: reject,
   * leave unscored, or a fixed score.
   *
   * @param target the target (and baseline)
   * @param workings writes the inputs read
   */
  record FlatRange(double target, Consumer<Workings> workings) implements Attainment {
    /** Checks the parts. */
    public FlatRange {
      Objects.requireNonNull(workings, "workings");
    }
  }

  /**
   * No reading counts: the no-check-ins policy decides, unscored or 0.
   *
   * @param workings writes the inputs read
   */
  record NoReading(Consumer<Workings> workings) implements Attainment {
    /** Checks the parts. */
    public NoReading {
      Objects.requireNonNull(workings, "workings");
    }
  }

  /** A raw attainment with no stretch zones. */
  static Measured measured(double attainment, Consumer<Workings> workings) {
    return new Measured(attainment, Optional.empty(), workings);
  }
}
