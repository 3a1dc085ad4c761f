package dev.okr.core;

import org.immutables.value.Value;

/**
 * How an objective connects to a higher-level OKR.
 *
 * <p>An objective is either <em>aligned</em> to a parent objective, or <em>cascaded</em> from a
 * parent key result (the parent key result became this objective).
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Alignment {
  Alignment() {}

  /** What the parent is. */
  public enum Kind {
    /** The objective supports a parent objective (aligned). */
    OBJECTIVE,
    /** The objective is a parent key result taken on as this team's objective (cascaded). */
    KEY_RESULT
  }

  /** Whether the parent is an objective or a key result. */
  @Value.Parameter
  public abstract Kind kind();

  /** The id of the parent objective or key result. */
  @Value.Parameter
  public abstract String parentId();

  /** Aligned to the objective with this id. */
  public static Alignment toObjective(String objectiveId) {
    return ImmutableAlignment.of(Kind.OBJECTIVE, objectiveId);
  }

  /** Cascaded from the key result with this id. */
  public static Alignment toKeyResult(String keyResultId) {
    return ImmutableAlignment.of(Kind.KEY_RESULT, keyResultId);
  }

  @Value.Check
  final void check() {
    Constraints.nonBlank("parentId", parentId());
  }
}
