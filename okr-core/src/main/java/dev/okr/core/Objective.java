package dev.okr.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A qualitative, inspiring, time-bound goal with the key results that measure it and
 * the initiatives that move them.
 *
 * <p>Kind, owner, cycle and alignment are optional in the model so that drafts and
 * imported documents can be represented; okr-lint reports the missing ones.
 */
@Value.Immutable
public interface Objective extends WithObjective {

  /**
   * How far outside its cycle a check-in may be dated: final gradings often happen in the weeks
   * after a cycle ends, and baselines are measured just before it starts.
   */
  Period CHECK_IN_GRACE = Period.ofDays(31);

  /** The objective's id, unique within its document. */
  String id();

  /** The objective as written. */
  String title();

  /** A longer explanation. */
  Optional<String> description();

  /** Committed or aspirational. */
  Optional<ObjectiveKind> kind();

  /** The team or person who owns it. */
  Optional<Owner> owner();

  /** The time box it belongs to. */
  Optional<Cycle> cycle();

  /** The higher-level objective or key result it connects to. */
  Optional<Alignment> alignment();

  /** Its key results, in order. */
  List<KeyResult> keyResults();

  /** The initiatives run to move its key results. */
  List<Initiative> initiatives();

  /** Free labels, in order, without repeats. */
  Set<String> tags();

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
   * Where the objective was read from in the document it was read from, when it was read from one: set
   * by the readers from the parser's location. Not part of equality.
   *
   * @see #origin()
   */
  @Value.Auxiliary
  Optional<SourcePosition> source();

  /**
   * Where the objective was first written, when it came to this document from another: the original
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
    description().ifPresent(d -> Constraints.nonBlank("description", d));
    priority().ifPresent(p -> Constraints.nonBlank("priority", p));
    Constraints.nonBlankEach("tags", tags());
    Constraints.distinct("keyResults", ".id", keyResults().stream().map(kr -> kr.id()).toList());
    Constraints.distinct("initiatives", ".id", initiatives().stream().map(i -> i.id()).toList());
    cycle().ifPresent(this::checkCheckInDates);
  }

  private void checkCheckInDates(Cycle cycle) {
    LocalDate earliest = cycle.start().minus(CHECK_IN_GRACE);
    LocalDate latest = cycle.end().plus(CHECK_IN_GRACE);
    for (int k = 0; k < keyResults().size(); k++) {
      List<CheckIn> checkIns = keyResults().get(k).checkIns();
      for (int c = 0; c < checkIns.size(); c++) {
        LocalDate date = checkIns.get(c).date();
        if (date.isBefore(earliest) || date.isAfter(latest)) {
          throw new OkrValidationException(
              "keyResults[" + k + "].checkIns[" + c + "].date", date.toString(),
              "must lie within the cycle " + cycle + " (" + cycle.start() + " to " + cycle.end()
                  + ") or " + CHECK_IN_GRACE.getDays() + " days either side");
        }
      }
    }
  }

  /**
   * Builds an {@link Objective}: set {@code id} and {@code title} (required), then any of {@code
   * kind}, {@code owner}, {@code cycle}, {@code alignment}, {@code description}, {@code priority};
   * add key results with {@code addKeyResult}/{@code addKeyResults} (ids unique within the
   * objective) and initiatives with {@code addInitiative}; {@code from(objective)} starts from a
   * copy. {@code build()} validates (check-in dates within the cycle or 31 days either side) and
   * throws {@link OkrValidationException} naming the field, the value and the rule. A builder is
   * not thread-safe; the objective it builds is immutable.
   *
   * <pre>{@code
   * Objective onboarding = Objective.builder()
   *     .id("onboarding")
   *     .title("Delight new users with a seamless onboarding experience")
   *     .kind(ObjectiveKind.ASPIRATIONAL)
   *     .cycle(Cycle.parse("2026-Q3"))
   *     .addKeyResult(KeyResult.of("nps", "Increase NPS from 42 to 60"))
   *     .build();
   * }</pre>
   */
  final class Builder extends ImmutableObjective.Builder {}
}
