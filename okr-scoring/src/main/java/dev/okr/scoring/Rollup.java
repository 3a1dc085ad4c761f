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

  /**
   * A fresh accumulator that combines items one at a time, for streaming rollups whose items are
   * not all held at once. The default keeps the items and calls {@link #combine(List)}; the
   * standard rollups keep only running sums.
   */
  default Accumulator accumulator() {
    Rollup rollup = this;
    return new Accumulator() {
      private final java.util.ArrayList<RollupItem> items = new java.util.ArrayList<>();

      @Override
      public void add(double value, double weight) {
        items.add(RollupItem.keyResult("item-" + items.size(), value, weight));
      }

      @Override
      public int count() {
        return items.size();
      }

      @Override
      public double result() {
        return rollup.combine(items);
      }
    };
  }

  /** Combines items one at a time; not thread-safe, one per rollup. */
  interface Accumulator {
    /** Adds an item's value and weight. */
    void add(double value, double weight);

    /** The number of items added. */
    int count();

    /**
     * The combined value of the items added.
     *
     * @throws IllegalArgumentException when no item was added
     */
    double result();
  }

  /** The formula with the numbers filled in, for explanations. */
  default String describe(List<RollupItem> items, double result) {
    return id() + " of " + items + " = " + Numbers.format(result);
  }
}
