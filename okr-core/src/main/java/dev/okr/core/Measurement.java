package dev.okr.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a key result measures and the numbers that define success: its type, unit, baseline,
 * target and optional stretch target, or its milestones.
 *
 * <p>Baseline and target may each be missing: a key result can be known by halves, and saying so
 * is okr-lint's job ({@code kr-no-baseline}, {@code kr-no-target}). What is given must be
 * consistent: an increase goes up from its baseline, a decrease goes down, a stretch lies beyond
 * the target, and only milestone key results have milestones.
 */
@Value.Immutable
public interface Measurement extends WithMeasurement {

  /** How the key result is measured. */
  MeasurementType type();

  /** The unit of the numbers, e.g. {@code %}, {@code USD}, {@code hours}, {@code users}. */
  Optional<String> unit();

  /** The value at the start of the cycle. */
  OptionalDouble baseline();

  /** The value that scores 1.0; for {@code AT_LEAST} and {@code AT_MOST}, the level to hold. */
  OptionalDouble target();

  /** A value beyond the target that some tools score above 1.0. */
  OptionalDouble stretch();

  /** The milestones of a {@code MILESTONES} key result, in order. */
  List<Milestone> milestones();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** An increase from a baseline to a target. */
  static Measurement increase(double baseline, double target) {
    return builder().type(MeasurementType.INCREASE).baseline(baseline).target(target).build();
  }

  /** A decrease from a baseline to a target. */
  static Measurement decrease(double baseline, double target) {
    return builder().type(MeasurementType.DECREASE).baseline(baseline).target(target).build();
  }

  /**
   * Checks the structural rules; every builder and copy calls it.
   *
   * @throws OkrValidationException naming the field, the value and the rule broken
   */
  @Value.Check
  default void check() {
    MeasurementType type = type();
    baseline().ifPresent(v -> Constraints.finite("baseline", v));
    target().ifPresent(v -> Constraints.finite("target", v));
    stretch().ifPresent(v -> Constraints.finite("stretch", v));
    unit().ifPresent(u -> Constraints.nonBlank("unit", u));
    if (!type.isNumeric()) {
      rejectNumber("baseline", baseline(), type);
      rejectNumber("target", target(), type);
      rejectNumber("stretch", stretch(), type);
    }
    if (type == MeasurementType.MILESTONES) {
      if (milestones().isEmpty()) {
        throw new OkrValidationException("milestones", "[]", "a milestones key result needs at least one milestone");
      }
      Constraints.distinct("milestones", ".name", milestones().stream().map(Milestone::name).toList());
    } else if (!milestones().isEmpty()) {
      throw new OkrValidationException(
          "milestones", milestones().stream().map(Milestone::name).toList(),
          "only a milestones key result has milestones, not " + type.id());
    }
    if (type == MeasurementType.INCREASE || type == MeasurementType.DECREASE) {
      checkDirection(type == MeasurementType.INCREASE ? 1 : -1);
    }
    if ((type == MeasurementType.AT_LEAST || type == MeasurementType.AT_MOST)
        && stretch().isPresent()
        && target().isPresent()) {
      requireBeyond("stretch", stretch().getAsDouble(), target().getAsDouble(), type == MeasurementType.AT_LEAST ? 1 : -1, "the target", "");
    }
  }

  private void checkDirection(int sign) {
    String word = sign > 0 ? "an increase" : "a decrease";
    if (baseline().isPresent() && target().isPresent()) {
      double baseline = baseline().getAsDouble();
      double target = target().getAsDouble();
      if (baseline == target) {
        throw new OkrValidationException(
            "target", target, "must differ from the baseline " + OkrValidationException.show(baseline) + " for " + word);
      }
      if (Math.signum(target - baseline) != sign) { // the message is made only when it is thrown
        requireBeyond("target", target, baseline, sign, "the baseline", " for " + word);
      }
    }
    if (stretch().isPresent() && target().isPresent()) {
      requireBeyond("stretch", stretch().getAsDouble(), target().getAsDouble(), sign, "the target", "");
    }
  }

  private static void requireBeyond(String path, double value, double reference, int sign, String what, String why) {
    if (Math.signum(value - reference) != sign) {
      throw new OkrValidationException(
          path, value, "must be " + (sign > 0 ? "above " : "below ") + what + " " + OkrValidationException.show(reference) + why);
    }
  }

  private static void rejectNumber(String path, OptionalDouble value, MeasurementType type) {
    if (value.isPresent()) {
      throw new OkrValidationException(path, value.getAsDouble(), "a " + type.id() + " key result has no " + path);
    }
  }

  /**
   * Builds a {@link Measurement}: set {@code type} (required), then what the type needs: {@code baseline} and {@code target} for an
   * increase or decrease, {@code target} for at-least and at-most, nothing for binary, {@code
   * addMilestones} for milestones; {@code unit} and {@code stretch} are optional. {@code
   * Measurement.increase(from, to)} is the short form of the most common case. {@code from(other)} starts from a copy; {@code build()} validates and
   * throws {@link OkrValidationException} naming the field, the value and the rule. A builder is not
   * thread-safe; what it builds is immutable.
   */
  final class Builder extends ImmutableMeasurement.Builder {}
}
