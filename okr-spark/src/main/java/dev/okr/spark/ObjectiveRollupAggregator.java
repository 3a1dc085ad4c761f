package dev.okr.spark;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Rollup;
import dev.okr.scoring.RollupPolicy;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * An objective's rollup as a Spark aggregator: each partition keeps the items it saw (an objective
 * has a handful of key results), merging concatenates them, and {@link #finish} sorts them into one
 * order and feeds them to the profile's own {@link Rollup#accumulator()}, then {@link
 * RollupPolicy#settle}. The order is the items' {@code order} (the line, as the batch grader adds
 * rows in line order), then value, weight and whether scored, so the result does not depend on how
 * rows were partitioned or merged: the same double, to the last bit, as the rollup on one machine
 * that adds the items in that order.
 *
 * <p>Input fields, read by name: {@code contribution} (double, null when the key result is
 * unscored), {@code weight} (double) and {@code order} (long, null read as 0).
 */
final class ObjectiveRollupAggregator extends Aggregator<Row, ObjectiveRollupAggregator.Items, Row> {
  private static final long serialVersionUID = 1L;

  private final ProfileSource source;
  private transient @Nullable Profile profile;

  ObjectiveRollupAggregator(ProfileSource source) {
    this.source = source;
  }

  private Profile profile() {
    Profile p = profile;
    if (p == null) {
      p = source.profile();
      profile = p;
    }
    return p;
  }

  @Override
  public Items zero() {
    return new Items();
  }

  @Override
  public Items reduce(Items items, Row row) {
    Object contribution = row.get(row.fieldIndex("contribution"));
    Object weight = row.get(row.fieldIndex("weight"));
    Object order = row.get(row.fieldIndex("order"));
    long at = order == null ? 0 : ((Number) order).longValue();
    Double c = contribution == null ? null : ((Number) contribution).doubleValue();
    if (weight == null || !(((Number) weight).doubleValue() > 0) || !Double.isFinite(((Number) weight).doubleValue())) {
      items.problem(at, "a key result's weight must be a finite number greater than 0 (was " + weight + ")");
      items.add(at, Double.NaN, 1.0, false);
      return items;
    }
    if (c != null && !Double.isFinite(c)) {
      items.problem(at, "a key result's contribution must be finite (was " + c + ")");
    }
    items.add(at, c == null ? 0.0 : c, ((Number) weight).doubleValue(), c != null);
    return items;
  }

  @Override
  public Items merge(Items a, Items b) {
    return a.addAll(b);
  }

  @Override
  public Row finish(Items items) {
    Integer[] sorted = items.sorted();
    int scored = 0;
    for (int i = 0; i < items.n; i++) {
      scored += items.scored[i] ? 1 : 0;
    }
    if (items.problem != null) {
      return RowFactory.create(items.n, scored, null, null, items.problem);
    }
    RollupPolicy policy = profile().rollup();
    Rollup.Accumulator accumulator = policy.rollup().accumulator();
    for (int i : sorted) {
      if (items.scored[i]) {
        accumulator.add(items.values[i], items.weights[i]);
      } else if (policy.unscored() == RollupPolicy.Unscored.ZERO) {
        accumulator.add(0.0, items.weights[i]);
      }
    }
    if (accumulator.count() == 0) {
      String why = items.n == 0 ? "nothing to roll up" : "every key result is unscored and left out (unscored=omit)";
      return RowFactory.create(items.n, scored, null, null, why);
    }
    RollupPolicy.Settled settled = policy.settle(accumulator.result());
    return RowFactory.create(items.n, scored, settled.value(), settled.raw(), null);
  }

  @Override
  public Encoder<Items> bufferEncoder() {
    return Encoders.javaSerialization(Items.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OkrRollups.ROLLUP);
  }

  /** The items an objective has seen so far, in arrival order; sorted only in {@link #finish}. Public for Spark's encoder only. */
  public static final class Items implements Serializable {
    private static final long serialVersionUID = 1L;

    int n;
    long[] orders = new long[4];
    double[] values = new double[4];
    double[] weights = new double[4];
    boolean[] scored = new boolean[4];
    @Nullable String problem;
    long problemAt;

    void add(long order, double value, double weight, boolean isScored) {
      if (n == orders.length) {
        orders = Arrays.copyOf(orders, n * 2);
        values = Arrays.copyOf(values, n * 2);
        weights = Arrays.copyOf(weights, n * 2);
        scored = Arrays.copyOf(scored, n * 2);
      }
      orders[n] = order;
      values[n] = value;
      weights[n] = weight;
      scored[n] = isScored;
      n++;
    }

    /** Keeps the problem of the first item in order (then text), whichever partition saw it. */
    void problem(long at, String text) {
      if (problem == null || at < problemAt || (at == problemAt && text.compareTo(problem) < 0)) {
        problem = text;
        problemAt = at;
      }
    }

    Items addAll(Items other) {
      for (int i = 0; i < other.n; i++) {
        add(other.orders[i], other.values[i], other.weights[i], other.scored[i]);
      }
      if (other.problem != null) {
        problem(other.problemAt, other.problem);
      }
      return this;
    }

    /** The indices in the one order: by order, then value, weight, scored first. */
    Integer[] sorted() {
      Integer[] index = new Integer[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
      }
      Arrays.sort(index, Comparator.<Integer>comparingLong(i -> orders[i])
          .thenComparing(i -> values[i], Double::compare)
          .thenComparing(i -> weights[i], Double::compare)
          .thenComparing(i -> !scored[i]));
      return index;
    }
  }
}
