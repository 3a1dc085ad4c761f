package dev.okr.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantitative, verifiable result that shows an objective is reached.
 *
 * <p>A key result always has its statement as written ("Increase NPS from 42 to 60"). Its {@link
 * #measurement()} may be given explicitly or be missing, in which case the statement is all that
 * is known. Check-ins are kept in the order given; {@link #latestCheckIn(LocalDate)} picks the one
 * that counts at a date.
 */
@Value.Immutable
public interface KeyResult extends WithKeyResult {

  /** The key result's id, unique within its document. */
  String id();

  /** The statement as written. */
  String statement();

  /** Who owns the key result; when absent, the objective's owner is meant. */
  Optional<Owner> owner();

  /** Its weight when rolled up into its objective; greater than 0. */
  @Value.Default
  default double weight() {
    return 1.0;
  }

  /** What it measures and the numbers that define success, when known. */
  Optional<Measurement> measurement();

  /** The check-ins recorded, in the order given. */
  List<CheckIn> checkIns();

  /**
   * The priority the author tagged it with, e.g. {@code "P0"}, {@code "P1"} or {@code "high"}: the
   * tag as written, normalised to a short string by whatever read it (an importer reads {@code
   * "[P0]"} as {@code "P0"} and {@code "Priority: High"} as {@code "high"}). Kept as text, since
   * teams use their own scales; not blank, otherwise not checked.
   */
  Optional<String> priority();

  /**
   * The score or status the author reported in the document, such as {@code "(7/10)"} or {@code
   * "=> Done"}: a record of what was written, not a check-in.
   */
  Optional<Reported> reported();

  /**
   * Lint suppressions written on this element, each {@code "<rule-id> -- because <reason>"}, e.g.
   * {@code "kr-task-like -- because the launch itself is the committed deliverable"}. The model
   * keeps them as written; okr-lint reads and checks them.
   */
  List<String> suppressions();

  /**
   * Where the key result was read from in the document it was read from, when it was read from one: set
   * by the readers from the parser's location. Not part of equality.
   *
   * @see #origin()
   */
  @Value.Auxiliary
  Optional<SourcePosition> source();

  /**
   * Where the key result was first written, when it came to this document from another: the original
   * file, line and column that a conversion kept (the interchange form's {@code source} field),
   * e.g. {@code q3.md:12:3} in a document converted from the outline {@code q3.md}. Absent for an
   * element read where it was first written. Not part of equality.
   */
  @Value.Auxiliary
  Optional<SourcePosition> origin();

  /**
   * The check-in that counts at a date: the latest dated on or before it; of several on that day,
   * the last given.
   */
  default Optional<CheckIn> latestCheckIn(LocalDate date) {
    CheckIn latest = null;
    for (CheckIn checkIn : checkIns()) {
      // not Stream.max: on a tie it keeps the first given
      if (!checkIn.date().isAfter(date) && (latest == null || !checkIn.date().isBefore(latest.date()))) {
        latest = checkIn;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * A copy with {@code checkIn} recorded after the existing check-ins, validated like any key result
   * (a check-in of the wrong kind for the measurement is refused). The objective that holds the key
   * result is not changed: put the copy back with {@link Objective#withKeyResults} or {@link
   * OkrSet#replace(KeyResult)}, which also check the date against the cycle.
   *
   * @throws OkrValidationException when the check-in does not fit the key result
   */
  default KeyResult withCheckIn(CheckIn checkIn) {
    java.util.Objects.requireNonNull(checkIn, "checkIn");
    return withCheckIns(com.google.common.collect.ImmutableList.<CheckIn>builder().addAll(checkIns()).add(checkIn).build());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A key result known only by its id and statement. */
  static KeyResult of(String id, String statement) {
    return builder().id(id).statement(statement).build();
  }

  /**
   * Checks the structural rules; every builder and copy calls it.
   *
   * @throws OkrValidationException naming the field, the value and the rule broken
   */
  @Value.Check
  default void check() {
    Constraints.nonBlank("id", id());
    Constraints.nonBlank("statement", statement());
    Constraints.positive("weight", weight());
    priority().ifPresent(p -> Constraints.nonBlank("priority", p));
    CheckIn.Kind expected = measurement().map(KeyResult::checkInKind).orElse(null);
    for (int i = 0; i < checkIns().size(); i++) {
      CheckIn checkIn = checkIns().get(i);
      if (expected == null) {
        expected = checkIn.kind();
      }
      if (checkIn.kind() != expected) {
        throw new OkrValidationException(
            "checkIns[" + i + "]", checkIn.kind().name().toLowerCase(java.util.Locale.ROOT),
            "must record " + expected.name().toLowerCase(java.util.Locale.ROOT)
                + measurement().map(m -> " for " + article(m.type().id()) + " " + m.type().id() + " key result")
                    .orElse(" like the earlier check-ins"));
      }
      if (expected == CheckIn.Kind.MILESTONES && measurement().isPresent()) {
        List<String> names = measurement().get().milestones().stream().map(Milestone::name).toList();
        int j = 0;
        for (String done : checkIn.milestonesDone().orElseThrow()) {
          if (!names.contains(done)) {
            throw new OkrValidationException(
                "checkIns[" + i + "].milestonesDone[" + j + "]", done, "names no milestone of this key result " + names);
          }
          j++;
        }
      }
    }
  }

  /** "an increase", "a decrease": the article before a type's name. */
  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static CheckIn.Kind checkInKind(Measurement measurement) {
    return switch (measurement.type()) {
      case BINARY -> CheckIn.Kind.ACHIEVED;
      case MILESTONES -> CheckIn.Kind.MILESTONES;
      default -> CheckIn.Kind.VALUE;
    };
  }

  /**
   * Builds a {@link KeyResult}: set {@code id} and {@code statement} (required), then any of {@code
   * measurement}, {@code weight} (default 1), {@code owner}, {@code priority}; add check-ins one at
   * a time with {@code addCheckIn}/{@code addCheckIns}, or all at once with {@code checkIns}; {@code
   * from(keyResult)} starts from a copy. {@code build()} validates and throws {@link
   * OkrValidationException} naming the field, the value and the rule. A builder is not thread-safe
   * and may be used once per key result; the key result it builds is immutable.
   *
   * <pre>{@code
   * KeyResult nps = KeyResult.builder()
   *     .id("nps")
   *     .statement("Increase NPS from 42 to 60")
   *     .measurement(Measurement.increase(42, 60))
   *     .addCheckIn(CheckIn.value(LocalDate.of(2026, 7, 14), 45))
   *     .build();
   * }</pre>
   */
  final class Builder extends ImmutableKeyResult.Builder {}
}
