package dev.okr.core;

import org.immutables.value.Value;

/** Who owns an objective, key result or initiative: a team or a person (every OKR should have one). */
@Value.Immutable(builder = false, copy = false)
public abstract class Owner {
  Owner() {}

  /** Whether the owner is a team or a person. */
  public enum Kind {
    /** A team, e.g. "Growth". */
    TEAM,
    /** A person, e.g. "Ana Lopez". */
    PERSON
  }

  /** Whether this is a team or a person. */
  @Value.Parameter
  public abstract Kind kind();

  /** The team's or the person's name. */
  @Value.Parameter
  public abstract String name();

  /** A team. */
  public static Owner team(String name) {
    return ImmutableOwner.of(Kind.TEAM, name);
  }

  /** A person. */
  public static Owner person(String name) {
    return ImmutableOwner.of(Kind.PERSON, name);
  }

  @Value.Check
  final void check() {
    Constraints.nonBlank("name", name());
  }

  /** {@code team:Growth} or {@code person:Ana Lopez}. */
  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + name();
  }
}
