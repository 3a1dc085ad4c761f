package dev.okr.scoring;

import java.util.List;

/**
 * Combines the items of an objective (its key results, and child objectives when the policy says
 * so) or of a group of objectives into one number.
 *
 * <p>Open for applications to implement; {@link StandardRollup} holds the built-in ones. An
 * implementation is stateless and thread-safe, and returns a number between the smallest and the
 * largest item value.
 */
public interface Rollup {

  /** The name shown in explanations, e.g. {@code weighted-mean}. */
  String id();

  /**
   * The combined value of a non-empty list of items.
   *
   * @throws IllegalArgumentException when the list is empty
   */
  double combine(List<RollupItem> items);

  /** The formula with the numbers filled in, for explanations. */
  default String describe(List<RollupItem> items, double result) {
    return id() + " of " + items + " = " + Numbers.format(result);
  }
}
