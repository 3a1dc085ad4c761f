package dev.okr.testkit;

import java.util.List;
import org.quicktheories.core.RandomnessSource;

/**
 * Finite numbers for measurements and check-ins: mostly realistic (percentages, counts, money,
 * negative levels), sometimes extreme but finite. Every magnitude stays within ±1e300, so sums and
 * differences of a few of them stay finite too; gaps go down to the smallest double.
 */
final class Numbers {
  private Numbers() {}

  /** The bound of every level drawn here. */
  static final double LIMIT = 1e300;

  private static final List<Double> EXTREME_LEVELS = List.of(
      LIMIT, -LIMIT, 1e-300, -1e-300, Double.MIN_NORMAL, Double.MIN_VALUE, 0.0, -0.0, 9007199254740993.0,
      123456789.123456789, 1e15, -1e15, 0.1 + 0.2);

  private static final List<Double> EXTREME_GAPS = List.of(Double.MIN_VALUE, 1e-300, 1e-9, 1e15, LIMIT);

  /** Not finite: what validation rejects. */
  static final List<Double> NON_FINITE = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

  /** A level a metric may stand at. */
  static double level(RandomnessSource in) {
    int kind = Draw.between(in, 0, 99);
    if (kind < 50) {
      return Draw.between(in, 0, 10_000) / 100.0; // a percentage, two decimals
    }
    if (kind < 72) {
      return Draw.between(in, 0, 10_000_000); // a count
    }
    if (kind < 82) {
      return Draw.between(in, -1_000_000, 1_000_000) / 100.0; // may be negative: margins, temperatures
    }
    if (kind < 95) {
      return Draw.between(in, 0L, 100_000_000_000L) / 100.0; // money, cents
    }
    return Draw.pick(in, EXTREME_LEVELS);
  }

  /** A positive distance between two levels. */
  static double gap(RandomnessSource in) {
    int kind = Draw.between(in, 0, 99);
    if (kind < 55) {
      return Draw.between(in, 1, 100);
    }
    if (kind < 85) {
      return Draw.between(in, 1, 1000) / 100.0;
    }
    if (kind < 95) {
      return Draw.between(in, 1, 1_000_000);
    }
    return Draw.pick(in, EXTREME_GAPS);
  }

  /** A finite level strictly above {@code level}. */
  static double above(RandomnessSource in, double level) {
    double next = level + gap(in);
    return next > level ? next : Math.nextUp(level);
  }

  /** A finite level strictly below {@code level}. */
  static double below(RandomnessSource in, double level) {
    double next = level - gap(in);
    return next < level ? next : Math.nextDown(level);
  }

  /** A level at or around the range from {@code from} to {@code to}, overshooting by up to half of it. */
  static double around(RandomnessSource in, double from, double to) {
    double share = Draw.between(in, -50, 150) / 100.0;
    return from + (to - from) * share;
  }

  /** A weight greater than 0: 1 mostly, realistic or extreme otherwise. */
  static double weight(RandomnessSource in) {
    int kind = Draw.between(in, 0, 99);
    if (kind < 60) {
      return 1.0;
    }
    if (kind < 95) {
      return Draw.between(in, 1, 1000) / 100.0;
    }
    return Draw.pick(in, List.of(Double.MIN_VALUE, 1e-300, 1e300));
  }

  /** A confidence in [0, 1], the bounds included. */
  static double confidence(RandomnessSource in) {
    int kind = Draw.between(in, 0, 9);
    return kind == 0 ? 0.0 : kind == 1 ? 1.0 : Draw.between(in, 0, 100) / 100.0;
  }

  /** A confidence outside [0, 1], or not a number. */
  static double badConfidence(RandomnessSource in) {
    return Draw.pick(in, List.of(
        -0.01, -1.0, -Double.MIN_VALUE, Math.nextUp(1.0), 1.5, 100.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY));
  }

  /** A weight of 0 or less. */
  static double nonPositive(RandomnessSource in) {
    return Draw.pick(in, List.of(0.0, -0.0, -1.0, -0.5, -Double.MIN_VALUE, -LIMIT));
  }

  static double nonFinite(RandomnessSource in) {
    return Draw.pick(in, NON_FINITE);
  }
}
