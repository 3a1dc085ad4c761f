package dev.okr.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a score is rounded before it is shown and rolled up: none (the default), or to a number of
 * decimal places of the [0, 1] scale with a {@link Mode}. Two decimals are whole percent.
 *
 * <p>Some tools round the key result and then round the objective again; a {@link ScoringPolicy}
 * holds the key result's rounding and a {@link RollupPolicy} the rollup's, so both are explicit.
 */
public final class Rounding {
  private static final Rounding NONE = new Rounding(-1, Mode.HALF_UP);
  private static final int NOISE_PLACES = 12;

  /** How the last kept digit is chosen. */
  public enum Mode {
    /** To the nearest, halves away from zero: 0.125 at two places is 0.13. */
    HALF_UP(java.math.RoundingMode.HALF_UP),
    /** Towards negative infinity: 0.129 is 0.12, -0.121 is -0.13. */
    FLOOR(java.math.RoundingMode.FLOOR),
    /** Towards zero, dropping the extra digits: 0.129 is 0.12, -0.129 is -0.12. */
    TRUNCATE(java.math.RoundingMode.DOWN);

    private final java.math.RoundingMode decimal;

    Mode(java.math.RoundingMode decimal) {
      this.decimal = decimal;
    }
  }

  private final int places;
  private final Mode mode;

  private Rounding(int places, Mode mode) {
    this.places = places;
    this.mode = mode;
  }

  /** No rounding: the score keeps every digit of the computation. */
  public static Rounding none() {
    return NONE;
  }

  /**
   * Rounding to {@code places} decimal places of the [0, 1] scale.
   *
   * @param places 0 to 15; 2 is whole percent
   * @throws IllegalArgumentException when places is out of range
   */
  public static Rounding of(int places, Mode mode) {
    if (places < 0 || places > 15) {
      throw new IllegalArgumentException("rounding places must be 0 to 15 (was " + places + ")");
    }
    return new Rounding(places, Objects.requireNonNull(mode, "mode"));
  }

  /** The decimal places kept, or empty when nothing is rounded. */
  public Optional<Integer> places() {
    return places < 0 ? Optional.empty() : Optional.of(places);
  }

  /** The mode; meaningless when {@link #places()} is empty. */
  public Mode mode() {
    return mode;
  }

  /**
   * The rounded value. Decimal rounding works on the shortest decimal form of the double, first
   * rounded to 12 decimal places to shed binary noise: 0.285 at two places half-up is 0.29, and the
   * mean (0.7 + 0.7 + 0.7) / 3, which binary arithmetic makes 0.6999999999999998, truncates to
   * 0.7, not 0.69.
   */
  public double apply(double value) {
    if (places < 0 || !Double.isFinite(value)) {
      return value;
    }
    BigDecimal decimal = BigDecimal.valueOf(value);
    if (places < NOISE_PLACES) {
      decimal = decimal.setScale(NOISE_PLACES, java.math.RoundingMode.HALF_EVEN);
    }
    return decimal.setScale(places, mode.decimal).doubleValue();
  }

  /** {@code none} or e.g. {@code 2 places, truncate}. */
  @Override
  public String toString() {
    return places < 0 ? "none" : places + (places == 1 ? " place, " : " places, ") + Ids.of(mode);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rounding r && r.places == places && (places < 0 || r.mode == mode);
  }

  @Override
  public int hashCode() {
    return places < 0 ? -1 : 31 * places + mode.hashCode();
  }
}
