package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An objective's or a group's rolled-up score: the value in [0, 1], the raw combined number, the
 * items combined, what was left out, and the parts it was built from.
 */
public final class RollupScore {
  private final String id;
  private final boolean scored;
  private final double value;
  private final double raw;
  private final ImmutableList<RollupItem> items;
  private final ImmutableList<String> omitted;
  private final ImmutableList<Score> keyResults;
  private final ImmutableList<RollupScore> children;
  private final ImmutableMap<String, String> policy;
  private final String formula;

  RollupScore(
      String id, boolean scored, double value, double raw, List<RollupItem> items, List<String> omitted,
      List<Score> keyResults, List<RollupScore> children, Map<String, String> policy, String formula) {
    this.id = Objects.requireNonNull(id, "id");
    this.scored = scored;
    this.value = value;
    this.raw = raw;
    this.items = ImmutableList.copyOf(items);
    this.omitted = ImmutableList.copyOf(omitted);
    this.keyResults = ImmutableList.copyOf(keyResults);
    this.children = ImmutableList.copyOf(children);
    this.policy = ImmutableMap.copyOf(policy);
    this.formula = Objects.requireNonNull(formula, "formula");
  }

  /** The objective's id, or the group's label. */
  public String id() {
    return id;
  }

  /** Whether there is a score; false when every item was unscored and left out. */
  public boolean isScored() {
    return scored;
  }

  /**
   * The score in [0, 1]: the raw value clamped.
   *
   * @throws IllegalStateException when unscored
   */
  public double value() {
    requireScored();
    return value;
  }

  /** The score when there is one. */
  public OptionalDouble valueIfScored() {
    return scored ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The combined number after the rollup's rounding, before clamping: above 1 when overshoots are
   * kept, as Quantive shows them.
   *
   * @throws IllegalStateException when unscored
   */
  public double raw() {
    requireScored();
    return raw;
  }

  /** The items combined, in order. */
  public List<RollupItem> items() {
    return items;
  }

  /** The ids of unscored items left out under {@link RollupPolicy.Unscored#OMIT}. */
  public List<String> omitted() {
    return omitted;
  }

  /** The scores of the key results read, own and (under flat nesting) the children's. */
  public List<Score> keyResults() {
    return keyResults;
  }

  /** The rolled-up scores of the child objectives or group members, under nested nesting. */
  public List<RollupScore> children() {
    return children;
  }

  /** The rollup policies applied, by name. */
  public Map<String, String> policy() {
    return policy;
  }

  /** The formula with the numbers filled in, or why there is no score. */
  public String formula() {
    return formula;
  }

  private void requireScored() {
    if (!scored) {
      throw new IllegalStateException(id + " is unscored: " + formula);
    }
  }

  /** {@code o-1: 0.75 (weighted mean = ...)}. */
  @Override
  public String toString() {
    return id + ": " + (scored ? Numbers.format(value) : "unscored") + " (" + formula + ")";
  }
}
