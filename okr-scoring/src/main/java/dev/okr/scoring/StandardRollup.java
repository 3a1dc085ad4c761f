package dev.okr.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** The built-in rollups; each combines items with running sums, so streams of items need no buffer. */
public enum StandardRollup implements Rollup {
  /**
   * The weighted mean with weights normalised to sum to 1: {@code sum(weight * value) /
   * sum(weight)}. Scaling every weight by the same factor leaves it unchanged; with equal weights
   * it is the plain mean.
   */
  WEIGHTED_MEAN {
    @Override
    public Accumulator accumulator() {
      return new Sums(true);
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
    public Accumulator accumulator() {
      return new Sums(false);
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
    public Accumulator accumulator() {
      return new Sums(false) {
        @Override
        public double result() {
          requireItems();
          return min;
        }
      };
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

  @Override
  public double combine(List<RollupItem> items) {
    Accumulator accumulator = accumulator();
    for (RollupItem item : items) {
      accumulator.add(item.value(), item.weight());
    }
    return accumulator.result();
  }

  /** Running sums, minimum and maximum; the mean is kept within [min, max] against rounding. */
  private static class Sums implements Accumulator {
    private final boolean weighted;
    private double weightedSum;
    private double weights;
    private int count;
    double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    Sums(boolean weighted) {
      this.weighted = weighted;
    }

    @Override
    public void add(double value, double weight) {
      double w = weighted ? weight : 1.0;
      weightedSum += value * w;
      weights += w;
      count++;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public double result() {
      requireItems();
      return Math.min(max, Math.max(min, weightedSum / weights));
    }

    void requireItems() {
      if (count == 0) {
        throw new IllegalArgumentException("a rollup needs at least one item");
      }
    }
  }
}
