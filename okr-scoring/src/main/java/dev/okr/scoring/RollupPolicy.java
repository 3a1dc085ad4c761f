package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How scores roll up into an objective's score and a group's (team's) score, each choice explicit
 * with a documented default.
 */
@Value.Immutable
public interface RollupPolicy extends WithRollupPolicy {

  /** What an objective's score is made of. */
  enum Items {
    /** Its own key results (default). */
    KEY_RESULTS,
    /**
     * Its key results and the objectives aligned to it or cascaded from its key results, each
     * child objective counted as one item of weight 1.
     */
    KEY_RESULTS_AND_CHILDREN,
    /**
     * Only the objectives aligned to it or cascaded from its key results, each of weight 1; an
     * objective without such children (a leaf) is scored by its own key results.
     */
    CHILDREN
  }

  /** How child objectives and groups of objectives are combined. */
  enum Nesting {
    /**
     * Means of means (default): a child objective counts as one item with its own rolled-up score,
     * and a team's score is the rollup of its objectives' scores.
     */
    NESTED,
    /**
     * One flat mean: a child objective's key results join the parent's items directly, and a team's
     * score is the rollup of all its key results.
     */
    FLAT
  }

  /** A key result or child objective that has no score. */
  enum Unscored {
    /**
     * Counts as 0 (default): a key result nobody checked in on has shown no progress, and leaving it
     * out would reward "set and forget".
     */
    ZERO,
    /** Left out; the objective is unscored when every item is left out. */
    OMIT
  }

  /** The rollup: {@link StandardRollup#WEIGHTED_MEAN} unless set. */
  @Value.Default
  default Rollup rollup() {
    return StandardRollup.WEIGHTED_MEAN;
  }

  /** The items of an objective: {@link Items#KEY_RESULTS} unless set. */
  @Value.Default
  default Items items() {
    return Items.KEY_RESULTS;
  }

  /** Child objectives and groups: {@link Nesting#NESTED} unless set. */
  @Value.Default
  default Nesting nesting() {
    return Nesting.NESTED;
  }

  /** Unscored items: {@link Unscored#ZERO} unless set. */
  @Value.Default
  default Unscored unscored() {
    return Unscored.ZERO;
  }

  /** The rollup's own rounding, applied after combining: {@link Rounding#none()} unless set. */
  @Value.Default
  default Rounding rounding() {
    return Rounding.none();
  }

  /** okr's defaults. */
  static RollupPolicy defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** The choices by name, as shown in explanations. Computed once per policy. */
  @Value.Lazy
  default Map<String, String> describe() {
    return ImmutableMap.of(
        "rollup", rollup().id(),
        "items", Ids.of(items()),
        "nesting", Ids.of(nesting()),
        "unscored", Ids.of(unscored()),
        "rollup-rounding", rounding().toString());
  }

  /**
   * A combined number settled as a rollup's score: rounded by {@link #rounding()} (the raw score),
   * then clamped to [0, 1] (the value). The one place a rollup is rounded and clamped, for {@link
   * Scorer} and the batch grader alike.
   */
  default Settled settle(double combined) {
    double raw = rounding().apply(combined);
    return new Settled(raw, ScoringPolicy.value(raw));
  }

  /**
   * A rollup's settled score.
   *
   * @param raw the combined number after the rollup's rounding, before clamping
   * @param value the raw score clamped to [0, 1]
   */
  record Settled(double raw, double value) {}

  /** Builds a {@link RollupPolicy}. */
  final class Builder extends ImmutableRollupPolicy.Builder {}
}
