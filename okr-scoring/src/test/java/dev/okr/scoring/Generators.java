package dev.okr.scoring;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the strategy laws: numbers, policies and key results shaped for one strategy at a
 * time. Whole documents come from okr-testkit's {@code OkrGen}. Numbers are hundredths, so sums and
 * differences stay exact enough to reason about.
 */
final class Generators {
  static final Cycle QUARTER = Cycle.quarter(2026, 1);
  static final LocalDate END = QUARTER.end();

  private Generators() {}

  /** A number in [-100000, 100000] with two decimals. */
  static Gen<Double> amounts() {
    return integers().between(-10_000_000, 10_000_000).map(i -> i / 100.0);
  }

  /** A non-zero distance in [0.01, 100000]. */
  static Gen<Double> distances() {
    return integers().between(1, 10_000_000).map(i -> i / 100.0);
  }

  /** Any scoring policy: every combination of the policies, some rounding, tolerances and period lengths. */
  static Gen<ScoringPolicy> policies() {
    Gen<ScoringPolicy.Overshoot> overshoot = Generate.enumValues(ScoringPolicy.Overshoot.class);
    Gen<ScoringPolicy.BelowBaseline> below = Generate.enumValues(ScoringPolicy.BelowBaseline.class);
    Gen<ScoringPolicy.NoCheckIns> none = Generate.enumValues(ScoringPolicy.NoCheckIns.class);
    Gen<Rounding> rounding = Generate.pick(List.of(
        Rounding.none(), Rounding.of(2, Rounding.Mode.HALF_UP), Rounding.of(2, Rounding.Mode.TRUNCATE),
        Rounding.of(1, Rounding.Mode.FLOOR), Rounding.of(0, Rounding.Mode.HALF_UP)));
    Gen<ScoringPolicy.MaintainMode> mode = Generate.enumValues(ScoringPolicy.MaintainMode.class);
    Gen<ScoringPolicy.PeriodBasis> basis = Generate.enumValues(ScoringPolicy.PeriodBasis.class);
    Gen<ScoringPolicy.BoundComparison> bound = Generate.enumValues(ScoringPolicy.BoundComparison.class);
    Gen<ScoringPolicy.StretchScale> scale = Generate.enumValues(ScoringPolicy.StretchScale.class);
    Gen<ScoringPolicy.CheckInSelection> selection = Generate.enumValues(ScoringPolicy.CheckInSelection.class);
    Gen<Integer> days = integers().between(1, 31);
    Gen<Double> tolerance = integers().between(0, 20).map(i -> i / 100.0);
    Gen<Double> targetScore = integers().between(1, 99).map(i -> i / 100.0);
    return overshoot.zip(below, none, rounding, (o, b, n, r) -> ScoringPolicy.builder()
            .overshoot(o).belowBaseline(b).noCheckIns(n).rounding(r).build())
        .zip(mode, basis, bound, (p, m, pb, bc) -> p.withMaintainMode(m).withPeriodBasis(pb).withBoundComparison(bc))
        .zip(scale, selection, days, (p, s, sel, d) -> p.withStretchScale(s).withCheckInSelection(sel).withPeriodDays(d))
        .zip(tolerance, targetScore, (p, t, ts) -> p.withTolerance(t).withStretchTargetScore(ts));
  }

  /** Policies without rounding, under which scores are continuous in their inputs. */
  static Gen<ScoringPolicy> unroundedPolicies() {
    return policies().map(p -> p.withRounding(Rounding.none()));
  }

  static Gen<Boolean> bools() {
    return booleans().all();
  }

  /** A key result of the given type with one value check-in at the cycle's end. */
  static KeyResult numeric(MeasurementType type, double baseline, double target, double current) {
    return numeric(Measurement.builder().type(type).baseline(baseline).target(target).build(), current);
  }

  static KeyResult numeric(Measurement measurement, double current) {
    return KeyResult.builder().id("kr").statement("generated")
        .measurement(measurement)
        .addCheckIns(CheckIn.value(END, current))
        .build();
  }
}
