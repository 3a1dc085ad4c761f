package dev.okr.scoring;

import java.util.Objects;

/**
 * One item a {@link Rollup} combines: a key result's contribution or a child objective's rolled-up
 * score, with its weight.
 */
public final class RollupItem {
  /** What an item stands for. */
  public enum Kind {
    /** A key result of the objective. */
    KEY_RESULT,
    /** An objective aligned to the objective or cascaded from one of its key results. */
    OBJECTIVE
  }

  private final String id;
  private final Kind kind;
  private final double value;
  private final double weight;

  private RollupItem(String id, Kind kind, double value, double weight) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("item " + id + ": value must be finite (was " + value + ")");
    }
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("item " + id + ": weight must be a finite number greater than 0 (was " + weight + ")");
    }
    this.value = value;
    this.weight = weight;
  }

  /**
   * An item.
   *
   * @throws IllegalArgumentException when the value is not finite or the weight is not greater than 0
   */
  public static RollupItem of(String id, Kind kind, double value, double weight) {
    return new RollupItem(id, kind, value, weight);
  }

  /** A key result's contribution with its weight. */
  public static RollupItem keyResult(String id, double value, double weight) {
    return new RollupItem(id, Kind.KEY_RESULT, value, weight);
  }

  /** The id of the key result or objective. */
  public String id() {
    return id;
  }

  /** Whether the item is a key result or a child objective. */
  public Kind kind() {
    return kind;
  }

  /** The value combined: a contribution, which may leave [0, 1] when the policy keeps it. */
  public double value() {
    return value;
  }

  /** The weight, greater than 0; only weighted rollups read it. */
  public double weight() {
    return weight;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollupItem i && i.id.equals(id) && i.kind == kind
        && Double.compare(i.value, value) == 0 && Double.compare(i.weight, weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, value, weight);
  }

  @Override
  public String toString() {
    return id + "=" + Numbers.format(value) + (weight == 1 ? "" : " (weight " + Numbers.format(weight) + ")");
  }
}
