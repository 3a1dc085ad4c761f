package dev.okr.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project or experiment run to move key results. Every initiative should trace to at least
 * one key result; one that does not is okr-lint's {@code initiative-unlinked}, not a validation
 * error.
 */
@Value.Immutable
public interface Initiative extends WithInitiative {

  /** The initiative's id, unique within its document. */
  String id();

  /** What the initiative is, e.g. "Redesign the onboarding checklist". */
  String title();

  /** Who runs it. */
  Optional<Owner> owner();

  /** Where it stands; {@code PLANNED} unless given. */
  @Value.Default
  default InitiativeStatus status() {
    return InitiativeStatus.PLANNED;
  }

  /** The ids of the key results it moves, without repeats. */
  List<String> keyResultIds();

  /**
   * Lint suppressions written on this element, each {@code "<rule-id> -- because <reason>"}, e.g.
   * {@code "kr-task-like -- because the launch itself is the committed deliverable"}. The model
   * keeps them as written; okr-lint reads and checks them.
   */
  List<String> suppressions();

  /**
   * Where the initiative was read from in the document it was read from, when it was read from one: set
   * by the readers from the parser's location. Not part of equality.
   *
   * @see #origin()
   */
  @Value.Auxiliary
  Optional<SourcePosition> source();

  /**
   * Where the initiative was first written, when it came to this document from another: the original
   * file, line and column that a conversion kept (the interchange form's {@code source} field),
   * e.g. {@code q3.md:12:3} in a document converted from the outline {@code q3.md}. Absent for an
   * element read where it was first written. Not part of equality.
   */
  @Value.Auxiliary
  Optional<SourcePosition> origin();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the structural rules; every builder and copy calls it.
   *
   * @throws OkrValidationException naming the field, the value and the rule broken
   */
  @Value.Check
  default void check() {
    Constraints.nonBlank("id", id());
    Constraints.nonBlank("title", title());
    Constraints.nonBlankEach("keyResultIds", keyResultIds());
    Constraints.distinct("keyResultIds", keyResultIds());
  }

  /**
   * Builds an {@link Initiative}: set {@code id} and {@code title} (required), {@code status}, and the key results it moves
   * with {@code addKeyResultIds}. {@code from(other)} starts from a copy; {@code build()} validates and
   * throws {@link OkrValidationException} naming the field, the value and the rule. A builder is not
   * thread-safe; what it builds is immutable.
   */
  final class Builder extends ImmutableInitiative.Builder {}
}
