package dev.okr.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** The built-in rollups. */
public enum StandardRollup implements Rollup {
  /**
   * The weighted mean with weights normalised to sum to 1: {@code sum(weight * value) /
   * sum(weight)}. Scaling every weight by the same factor leaves it unchanged; with equal weights
   * it is the plain mean.
   */
  WEIGHTED_MEAN {
    @Override
    public double combine(List<RollupItem> items) {
      requireItems(items);
      double total = 0;
      for (RollupItem item : items) {
        total += item.weight();
      }
      double sum = 0;
      for (RollupItem item : items) {
        sum += item.value() * (item.weight() / total);
      }
      return within(items, sum);
    }

    @Override
    public String describe(List<RollupItem> items, double result) {
      return "weighted mean = (" + items.stream()
          .map(i -> Numbers.format(i.weight()) + " * " + Numbers.format(i.value())).collect(Collectors.joining(" + "))
          + ") / (" + items.stream().map(i -> Numbers.format(i.weight())).collect(Collectors.joining(" + "))
          + ") = " + Numbers.format(result);
    }
  },

  /** The plain mean: every item counts once, whatever its weight. */
  MEAN {
    @Override
    public double combine(List<RollupItem> items) {
      requireItems(items);
      double sum = 0;
      for (RollupItem item : items) {
        sum += item.value();
      }
      return within(items, sum / items.size());
    }

    @Override
    public String describe(List<RollupItem> items, double result) {
      return "mean = (" + items.stream().map(i -> Numbers.format(i.value())).collect(Collectors.joining(" + "))
          + ") / " + items.size() + " = " + Numbers.format(result);
    }
  },

  /** The smallest item: an objective is as strong as its weakest key result. */
  MINIMUM {
    @Override
    public double combine(List<RollupItem> items) {
      requireItems(items);
      double min = Double.POSITIVE_INFINITY;
      for (RollupItem item : items) {
        min = Math.min(min, item.value());
      }
      return min;
    }

    @Override
    public String describe(List<RollupItem> items, double result) {
      return "minimum of (" + items.stream().map(i -> Numbers.format(i.value())).collect(Collectors.joining(", "))
          + ") = " + Numbers.format(result);
    }
  };

  /** {@code weighted-mean}, {@code mean} or {@code minimum}. */
  @Override
  public String id() {
    return Ids.of(this);
  }

  private static void requireItems(List<RollupItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a rollup needs at least one item");
    }
  }

  /** Keeps a mean within [min, max] of the items, which floating-point rounding could breach by an ulp. */
  private static double within(List<RollupItem> items, double mean) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (RollupItem item : items) {
      min = Math.min(min, item.value());
      max = Math.max(max, item.value());
    }
    return Math.min(max, Math.max(min, mean));
  }
}
