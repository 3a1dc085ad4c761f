package dev.okr.core.statement;

import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a statement says into a {@link Measurement}, by the rules documented on {@link
 * KeyResultStatement#measurement()}. Every measurement it builds is valid by construction: values
 * are finite, a baseline lies on the right side of the target, and a stretch beyond it.
 */
final class MeasurementRules {
  private final @Nullable Candidate baseline;
  private final @Nullable Candidate target;
  private final @Nullable Candidate stretch;
  /** Whether the metric falls as things improve; asked only when the side is not stated. */
  private final BooleanSupplier lowerIsBetter;

  MeasurementRules(@Nullable Candidate baseline, @Nullable Candidate target, @Nullable Candidate stretch,
      BooleanSupplier lowerIsBetter) {
    this.baseline = baseline;
    this.target = target;
    this.stretch = stretch;
    this.lowerIsBetter = lowerIsBetter;
  }

  /** The measurement for a statement read with this direction, kind and numbers, if any. */
  @Nullable Measurement measurement(
      @Nullable Direction direction, StatementKind kind, boolean numbers, @Nullable Quantity base,
      @Nullable Quantity goal, @Nullable Quantity extra, @Nullable String unit, @Nullable RelativeChange change) {
    if (direction == null) {
      return null;
    }
    if (!numbers) {
      return kind == StatementKind.TASK ? Measurement.builder().type(MeasurementType.BINARY).build() : null;
    }
    switch (direction) {
      case INCREASE:
      case DECREASE:
        return change(direction == Direction.INCREASE ? MeasurementType.INCREASE : MeasurementType.DECREASE,
            numbers, goal, extra, unit, change);
      case AT_LEAST:
        return level(MeasurementType.AT_LEAST, base, goal, extra, unit);
      case AT_MOST:
        return level(MeasurementType.AT_MOST, base, goal, extra, unit);
      case MAINTAIN:
        if (!numbers) {
          return null;
        }
        MeasurementType side = goal != null && goal.value() == 0 || lowerIsBetter.getAsBoolean()
            ? MeasurementType.AT_MOST : MeasurementType.AT_LEAST;
        return level(side, base, goal, extra, unit);
      case REACH_ZERO:
        if (base != null && baseline != null && Candidate.compatible(baseline, target)) {
          double from = Candidate.inUnitOf(baseline, target);
          return numbers(MeasurementType.DECREASE, unit, from, 0.0, null);
        }
        return Measurement.builder().type(MeasurementType.BINARY).build();
      case ACHIEVE:
        if (numbers) {
          MeasurementType type = lowerIsBetter.getAsBoolean() ? MeasurementType.DECREASE : MeasurementType.INCREASE;
          return numbers(type, unit, null, goal == null ? null : goal.value(), stretchBeyond(type, goal, extra));
        }
        return kind == StatementKind.TASK ? Measurement.builder().type(MeasurementType.BINARY).build() : null;
      default:
        return null;
    }
  }

  private @Nullable Measurement change(
      MeasurementType type, boolean numbers, @Nullable Quantity goal, @Nullable Quantity extra,
      @Nullable String unit, @Nullable RelativeChange change) {
    if (!numbers) {
      return null;
    }
    Double from = baseline != null && !baseline.slot && (target == null || Candidate.compatible(baseline, target))
        ? (target == null || target.slot ? baseline.value : Candidate.inUnitOf(baseline, target)) : null;
    if (goal != null) {
      return numbers(type, unit, from, goal.value(), stretchBeyond(type, goal, extra));
    }
    if (change != null && change.amount() != 0) {
      String changeUnit = change.unit().orElse(null);
      if ("%".equals(changeUnit)) {
        return from == null
            ? numbers(type, "% of baseline", 100.0, 100 + change.amount(), null)
            : numbers(type, unit, from, from * (1 + change.amount() / 100), null);
      }
      if (from != null && Candidate.compatibleBase(changeUnit, baseline.base)) {
        return numbers(type, unit, from, from + change.amount(), null);
      }
      return numbers(type, unit != null ? unit : changeUnit, from, null, null);
    }
    return numbers(type, unit, from, null, null);
  }

  private @Nullable Measurement level(
      MeasurementType type, @Nullable Quantity base, @Nullable Quantity goal, @Nullable Quantity extra,
      @Nullable String unit) {
    Double from = base != null && (target == null || Candidate.compatible(baseline, target))
        ? (target == null || target.slot ? base.value() : Candidate.inUnitOf(baseline, target)) : null;
    return numbers(type, unit, from, goal == null ? null : goal.value(), stretchBeyond(type, goal, extra));
  }

  private @Nullable Double stretchBeyond(MeasurementType type, @Nullable Quantity goal, @Nullable Quantity extra) {
    if (extra == null || stretch == null || target != null && !Candidate.compatible(stretch, target)) {
      return null;
    }
    double value = target == null || target.slot ? extra.value() : Candidate.inUnitOf(stretch, target);
    if (goal == null) {
      return value;
    }
    boolean up = type == MeasurementType.INCREASE || type == MeasurementType.AT_LEAST;
    return up && value > goal.value() || !up && value < goal.value() ? value : null;
  }

  private static Measurement numbers(
      MeasurementType type, @Nullable String unit, @Nullable Double baseline, @Nullable Double target,
      @Nullable Double stretch) {
    Measurement.Builder b = Measurement.builder().type(type);
    if (unit != null) {
      b.unit(unit);
    }
    if (baseline != null && !(target != null && baseline.doubleValue() == target.doubleValue()
        && (type == MeasurementType.INCREASE || type == MeasurementType.DECREASE))) {
      boolean ok = target == null
          || type == MeasurementType.INCREASE && baseline < target
          || type == MeasurementType.DECREASE && baseline > target
          || type == MeasurementType.AT_LEAST || type == MeasurementType.AT_MOST;
      if (ok) {
        b.baseline(baseline);
      }
    }
    if (target != null) {
      b.target(target);
    }
    if (stretch != null) {
      b.stretch(stretch);
    }
    return b.build();
  }
}
