package dev.okr.lint;

import dev.okr.core.Cycle;
import dev.okr.core.Owner;
import java.util.List;
import java.util.Optional;

/**
 * The objectives of one owner in one cycle (a team should have 1–3 a quarter). Objectives without an owner form one group per
 * cycle, so that a document written by a single team without owners is still checked. A team has
 * no element of its own: rules report at one of its objectives.
 */
public final class TeamScope {
  private final Optional<Owner> owner;
  private final Optional<Cycle> cycle;
  private final List<ObjectiveScope> objectives;

  TeamScope(Optional<Owner> owner, Optional<Cycle> cycle, List<ObjectiveScope> objectives) {
    this.owner = owner;
    this.cycle = cycle;
    this.objectives = List.copyOf(objectives);
  }

  /** The owner, or empty for objectives without one. */
  public Optional<Owner> owner() {
    return owner;
  }

  /** The cycle, or empty for objectives without one. */
  public Optional<Cycle> cycle() {
    return cycle;
  }

  /** The team's objectives in this cycle, in document order. */
  public List<ObjectiveScope> objectives() {
    return objectives;
  }

  /** The number of key results over all of the team's objectives in this cycle. */
  public int keyResultCount() {
    int n = 0;
    for (ObjectiveScope o : objectives) {
      n += o.objective().keyResults().size();
    }
    return n;
  }

  /** "team Growth in 2026-Q3", for messages. */
  public String describe() {
    String who = owner.map(o -> (o.kind() == Owner.Kind.TEAM ? "team " : "") + o.name()).orElse("objectives without an owner");
    return who + cycle.map(c -> " in " + c).orElse("");
  }
}
