package dev.okr.testkit;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws single choices from a QuickTheories randomness source, so that composite generators shrink:
 * every choice made through here is recorded by the source and simplified on failure (towards the
 * low end of each range, and towards "no" for optional parts).
 */
final class Draw {
  private Draw() {}

  static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi, lo).generate(in);
  }

  static long between(RandomnessSource in, long lo, long hi) {
    return Generate.longRange(lo, hi, lo).generate(in);
  }

  /** True with about {@code percent} % probability; shrinks to false. */
  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) >= 100 - percent;
  }

  static <T> T pick(RandomnessSource in, List<T> choices) {
    return choices.get(between(in, 0, choices.size() - 1));
  }

  /** A fraction in [0, 1] with three decimals. */
  static double fraction(RandomnessSource in) {
    return between(in, 0, 1000) / 1000.0;
  }
}
