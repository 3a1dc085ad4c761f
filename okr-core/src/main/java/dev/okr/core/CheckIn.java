package dev.okr.core;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated update of a key result: a measured value, an achieved flag, or the milestones done,
 * with an optional confidence in [0, 1] and a note.
 */
@Value.Immutable
public interface CheckIn extends WithCheckIn {

  /** What a check-in records. */
  enum Kind {
    /** A measured value, for numeric key results. */
    VALUE,
    /** Achieved or not, for binary key results. */
    ACHIEVED,
    /** The names of the milestones done, for milestone key results. */
    MILESTONES
  }

  /** The day of the check-in. */
  LocalDate date();

  /** The measured value, for numeric key results. */
  OptionalDouble value();

  /** Whether a binary key result is achieved. */
  Optional<Boolean> achieved();

  /** The names of the milestones done so far, for milestone key results. */
  Optional<ImmutableSet<String>> milestonesDone();

  /** The owner's confidence of reaching the target, in [0, 1]. */
  OptionalDouble confidence();

  /** A free-text note. */
  Optional<String> note();

  /** What this check-in records. */
  default Kind kind() {
    if (value().isPresent()) {
      return Kind.VALUE;
    }
    return achieved().isPresent() ? Kind.ACHIEVED : Kind.MILESTONES;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A check-in of a measured value. */
  static CheckIn value(LocalDate date, double value) {
    return builder().date(date).value(value).build();
  }

  /** A check-in of a binary key result. */
  static CheckIn achieved(LocalDate date, boolean achieved) {
    return builder().date(date).achieved(achieved).build();
  }

  /** A check-in of the milestones done. */
  static CheckIn milestonesDone(LocalDate date, Iterable<String> done) {
    return builder().date(date).milestonesDone(ImmutableSet.copyOf(done)).build();
  }

  /**
   * Checks the structural rules; every builder and copy calls it.
   *
   * @throws OkrValidationException naming the field, the value and the rule broken
   */
  @Value.Check
  default void check() {
    java.util.List<String> recorded = new java.util.ArrayList<>(3);
    if (value().isPresent()) {
      recorded.add("value");
    }
    if (achieved().isPresent()) {
      recorded.add("achieved");
    }
    if (milestonesDone().isPresent()) {
      recorded.add("milestonesDone");
    }
    if (recorded.size() != 1) {
      throw new OkrValidationException(
          recorded.isEmpty() ? "value" : recorded.get(1), recorded.isEmpty() ? null : String.join(" and ", recorded),
          "a check-in records exactly one of value, achieved or milestonesDone");
    }
    value().ifPresent(v -> Constraints.finite("value", v));
    confidence().ifPresent(c -> Constraints.unitInterval("confidence", c));
    milestonesDone().ifPresent(done -> Constraints.nonBlankEach("milestonesDone", done));
    note().ifPresent(n -> Constraints.nonBlank("note", n));
  }

  /**
   * Builds a {@link CheckIn}: {@code CheckIn.value(date, 24.5)}, {@code CheckIn.achieved(date, true)} and the other factories
   * cover the usual cases; the builder adds {@code confidence} (0 to 1) and {@code note}. Set the
   * {@code date} and exactly one of {@code value}, {@code achieved} or {@code milestonesDone}. {@code from(other)} starts from a copy; {@code build()} validates and
   * throws {@link OkrValidationException} naming the field, the value and the rule. A builder is not
   * thread-safe; what it builds is immutable.
   */
  final class Builder extends ImmutableCheckIn.Builder {}
}
