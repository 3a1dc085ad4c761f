package dev.okr.scoring;

import dev.okr.core.Cycle;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a strategy may read besides the key result: the policy in force and, when known, the cycle
 * the key result belongs to (maintain key results count check-in periods within it).
 */
public final class ScoringContext {
  private final ScoringPolicy policy;
  private final @Nullable Cycle cycle;

  private ScoringContext(ScoringPolicy policy, @Nullable Cycle cycle) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.cycle = cycle;
  }

  /** A context with this policy and no cycle. */
  public static ScoringContext of(ScoringPolicy policy) {
    return new ScoringContext(policy, null);
  }

  /** A context with this policy and, when present, this cycle. */
  public static ScoringContext of(ScoringPolicy policy, Optional<Cycle> cycle) {
    return new ScoringContext(policy, cycle.orElse(null));
  }

  /** The same policy with this cycle. */
  public ScoringContext withCycle(Cycle cycle) {
    return new ScoringContext(policy, Objects.requireNonNull(cycle, "cycle"));
  }

  /** The policy in force. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The key result's cycle, when known. */
  public Optional<Cycle> cycle() {
    return Optional.ofNullable(cycle);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoringContext c && c.policy.equals(policy) && Objects.equals(c.cycle, cycle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, cycle);
  }

  @Override
  public String toString() {
    return "ScoringContext{policy=" + policy + ", cycle=" + cycle + "}";
  }
}
