package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An objective's or a group's rolled-up score: {@link Scored} with a value in [0, 1], or {@link
 * Unscored} with the reason (nothing to roll up, or every item unscored and left out). Which one is
 * said by the type, so a caller switches on it rather than asking a flag; both carry what was left
 * out, the key-result scores and child rollups read, the policies and the formula.
 *
 * <p>Made only by {@link Scorer}.
 */
public abstract sealed class RollupScore permits RollupScore.Scored, RollupScore.Unscored {
  private final String id;
  private final ImmutableList<RollupItem> items;
  private final ImmutableList<String> omitted;
  private final ImmutableList<Score> keyResults;
  private final ImmutableList<RollupScore> children;
  private final ImmutableMap<String, String> policy;
  private final String formula;

  private RollupScore(String id, List<RollupItem> items, List<String> omitted, List<Score> keyResults,
      List<RollupScore> children, Map<String, String> policy, String formula) {
    this.id = Objects.requireNonNull(id, "id");
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

  /** The value when scored, else empty. */
  public OptionalDouble valueIfScored() {
    return this instanceof Scored s ? OptionalDouble.of(s.value()) : OptionalDouble.empty();
  }

  /** The items combined, in order; empty when unscored. */
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

  /** The formula with the numbers filled in; when unscored, the reason. */
  public String formula() {
    return formula;
  }

  /** A rollup with a score: the value in [0, 1] and the raw combined number. */
  public static final class Scored extends RollupScore {
    private final double value;
    private final double raw;

    Scored(String id, double value, double raw, List<RollupItem> items, List<String> omitted, List<Score> keyResults,
        List<RollupScore> children, Map<String, String> policy, String formula) {
      super(id, items, omitted, keyResults, children, policy, formula);
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("the rollup of " + id + ": its value must lie in [0, 1] (was " + value + ")");
      }
      if (!Double.isFinite(raw)) {
        throw new IllegalArgumentException("the rollup of " + id + ": its raw number must be finite (was " + raw + ")");
      }
      this.value = value;
      this.raw = raw;
    }

    /** The score in [0, 1]: the raw value clamped. */
    public double value() {
      return value;
    }

    /**
     * The combined number after the rollup's rounding, before clamping: above 1 when overshoots are
     * kept, as Quantive shows them.
     */
    public double raw() {
      return raw;
    }

    /** {@code o-1: 0.75 (weighted mean = ...)}. */
    @Override
    public String toString() {
      return id() + ": " + Numbers.format(value) + " (" + formula() + ")";
    }
  }

  /** A rollup without a score, with the reason; its formula is the reason and it has no items. */
  public static final class Unscored extends RollupScore {
    Unscored(String id, String reason, List<String> omitted, List<Score> keyResults, List<RollupScore> children,
        Map<String, String> policy) {
      super(id, List.of(), omitted, keyResults, children, policy, reason);
    }

    /** Why there is no score, e.g. {@code every item is unscored and left out: [kr-1]}. */
    public String reason() {
      return formula();
    }

    /** {@code o-1: unscored (nothing to roll up)}. */
    @Override
    public String toString() {
      return id() + ": unscored (" + formula() + ")";
    }
  }
}
