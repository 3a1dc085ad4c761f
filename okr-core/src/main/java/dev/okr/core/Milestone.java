package dev.okr.core;

import org.immutables.value.Value;

/** One step of a milestone key result, with its weight in the share done (default 1). */
@Value.Immutable
public interface Milestone extends WithMilestone {

  /** The milestone's name, unique within its key result. */
  @Value.Parameter
  String name();

  /** Its weight in the share done; greater than 0. */
  @Value.Default
  default double weight() {
    return 1.0;
  }

  /** A milestone of weight 1. */
  static Milestone of(String name) {
    return ImmutableMilestone.of(name);
  }

  /** A milestone with a weight. */
  static Milestone of(String name, double weight) {
    return new Builder().name(name).weight(weight).build();
  }

  /**
   * Checks the structural rules; every builder and copy calls it.
   *
   * @throws OkrValidationException naming the field, the value and the rule broken
   */
  @Value.Check
  default void check() {
    Constraints.nonBlank("name", name());
    Constraints.positive("weight", weight());
  }

  /**
   * Builds a {@link Milestone}: {@code Milestone.of(name)} or {@code Milestone.of(name, weight)} cover the usual cases; with the
   * builder set {@code name} (required) and {@code weight} (default 1). {@code from(other)} starts from a copy; {@code build()} validates and
   * throws {@link OkrValidationException} naming the field, the value and the rule. A builder is not
   * thread-safe; what it builds is immutable.
   */
  final class Builder extends ImmutableMilestone.Builder {}
}
