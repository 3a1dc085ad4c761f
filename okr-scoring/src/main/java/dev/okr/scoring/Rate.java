package dev.okr.scoring;

import java.util.OptionalDouble;

/**
 * A share: how many of how many, e.g. committed key results scoring at least 0.8.
 *
 * @param hits the count that meets the condition
 * @param total the count considered
 */
public record Rate(long hits, long total) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException when {@code hits} is negative or exceeds {@code total}
   */
  public Rate {
    if (hits < 0 || hits > total) {
      throw new IllegalArgumentException("a rate needs 0 <= hits <= total (was " + hits + " of " + total + ")");
    }
  }

  /** {@code hits / total}, empty when nothing was considered. */
  public OptionalDouble share() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / total);
  }

  /** Whether the share reaches {@code target}; false when nothing was considered. */
  public boolean meets(double target) {
    return total > 0 && hits >= target * total;
  }

  @Override
  public String toString() {
    return hits + "/" + total + (total == 0 ? "" : String.format(java.util.Locale.ROOT, " (%.0f%%)", 100.0 * hits / total));
  }
}
