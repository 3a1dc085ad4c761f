package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores a key result that keeps a metric at or above ({@code at-least}) or at or below ({@code
 * at-most}) a level ("Maintain 99.99% uptime"). The level is the measurement's target.
 *
 * <p>Under {@link ScoringPolicy.MaintainMode#SHARE_OF_PERIODS} (default) the cycle is cut into
 * check-in periods of {@link ScoringPolicy#periodDays()} days from its start (from the first
 * check-in when no cycle is known); a period holds when it has at least one check-in and every
 * check-in in it keeps the bound, within the {@link ScoringPolicy#tolerance()}; a period without a
 * check-in does not hold. The score is the share of periods held, over the periods so far or all
 * planned periods ({@link ScoringPolicy.PeriodBasis}). Check-ins dated before the first period or
 * after the cycle's end are not counted. An undated observation (a batch row) has one reading, so
 * one period, held or not; {@link ScoringPolicy.PeriodBasis#PLANNED} needs the cycle, which it
 * lacks. Under {@link ScoringPolicy.MaintainMode#LATEST_VALUE} the
 * score is 1 when the check-in that counts keeps the bound, else 0.
 *
 * <p>Named {@value #NAME}.
 */
public final class MaintainStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "maintain";

  private static final Set<MeasurementType> TYPES =
      Sets.immutableEnumSet(MeasurementType.AT_LEAST, MeasurementType.AT_MOST);

  /** The service constructor; the strategy is stateless. */
  public MaintainStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<MeasurementType> types() {
    return TYPES;
  }

  @Override
  public Attainment attain(Observation observation, ScoringContext context) {
    ScoringPolicy policy = context.policy();
    Bound bound = bound(observation, policy);
    if (policy.maintainMode() == ScoringPolicy.MaintainMode.LATEST_VALUE) {
      return observation.hasReading() ? new Attainment.Outcome(bound.holds(observation.readingNumber(NAME)) ? 1 : 0)
          : LinearStrategy.NO_READING;
    }
    if (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED && context.cycle().isEmpty()) {
      throw new ScoringException("cycle", null, "period-basis=planned needs the key result's cycle to count the planned periods");
    }
    Periods periods = periods(observation, context.cycle(), policy, bound);
    return periods == null ? LinearStrategy.NO_READING : new Attainment.Measured((double) periods.held / periods.count);
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings w) {
    ScoringPolicy policy = context.policy();
    Bound bound = bound(observation, policy);
    w.policy("maintain-mode", Ids.of(policy.maintainMode())).policy("tolerance", policy.tolerance())
        .policy("bound", Ids.of(policy.boundComparison()))
        .input("direction", observation.type().id()).input("level", bound.level());
    if (policy.maintainMode() == ScoringPolicy.MaintainMode.LATEST_VALUE) {
      if (attainment instanceof Attainment.Outcome) {
        Observation.Reading reading = observation.current().orElseThrow();
        double current = reading.number(NAME);
        boolean holds = bound.holds(current);
        w.checkIn(reading).input("current", current).formula("score = " + (holds ? "1: " : "0: ") + Numbers.format(current)
            + (holds ? " keeps " : " breaks ") + bound.describe());
      }
      return;
    }
    w.policy("period-days", Integer.toString(policy.periodDays())).policy("period-basis", Ids.of(policy.periodBasis()));
    if (observation.date().isPresent()) {
      context.cycle().ifPresent(cycle -> w.input("cycle", cycle));
    }
    if (attainment instanceof Attainment.Measured m) {
      Periods p = periods(observation, context.cycle(), policy, bound);
      w.input("check-ins", p.checkIns).input("periods-held", p.held).input("periods", p.count)
          .formula("attainment = periods holding " + bound.describe() + " / " + p.over + " = " + p.held + " / " + p.count
              + " = " + Numbers.format(m.attainment()));
    }
  }

  /** The key result's bound, after checking its type and level. */
  private static Bound bound(Observation observation, ScoringPolicy policy) {
    MeasurementType type = observation.type();
    if (!TYPES.contains(type)) {
      throw new ScoringException("measurement.type", type.id(), "the maintain strategy scores at-least and at-most key results");
    }
    double level = Observation.require(observation.targetOrNaN(), "target", NAME);
    return new Bound(type == MeasurementType.AT_LEAST, level, policy.tolerance(), policy.boundComparison());
  }

  /**
   * The periods counted: how many held the bound, over how many, from how many check-ins; {@code
   * null} when no check-in counts. An undated observation (a batch row) has one reading, so one
   * period, held or not.
   */
  private static @Nullable Periods periods(Observation observation, Optional<Cycle> cycle, ScoringPolicy policy, Bound bound) {
    if (observation.date().isEmpty()) {
      return observation.hasReading()
          ? new Periods(bound.holds(observation.readingNumber(NAME)) ? 1 : 0, 1, 1, "periods so far")
          : null;
    }
    LocalDate date = observation.date().get();
    List<CheckIn> checkIns = observation.checkIns();
    int days = policy.periodDays();
    LocalDate anchor;
    LocalDate last;
    if (cycle.isPresent()) {
      anchor = cycle.get().start();
      last = date.isBefore(cycle.get().end()) ? date : cycle.get().end();
    } else {
      // the earliest check-in; when it falls after the date, so does every other, and no period counts
      Optional<LocalDate> first = checkIns.stream().map(CheckIn::date).min(LocalDate::compareTo);
      if (first.isEmpty()) {
        return null;
      }
      anchor = first.get();
      last = date;
    }
    if (last.isBefore(anchor)) {
      return null;
    }
    int current = (int) (ChronoUnit.DAYS.between(anchor, last) / days);
    boolean[] seen = new boolean[current + 1];
    boolean[] broken = new boolean[current + 1];
    int counted = 0;
    for (CheckIn checkIn : checkIns) {
      LocalDate d = checkIn.date();
      if (d.isBefore(anchor) || d.isAfter(last)) {
        continue;
      }
      int period = (int) (ChronoUnit.DAYS.between(anchor, d) / days);
      seen[period] = true;
      broken[period] |= !bound.holds(checkIn.value().orElseThrow(() -> Observation.Reading.noNumber(NAME)));
      counted++;
    }
    if (counted == 0) {
      return null;
    }
    int held = 0;
    for (int i = 0; i <= current; i++) {
      if (seen[i] && !broken[i]) {
        held++;
      }
    }
    if (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED) {
      return new Periods(held, (int) ((cycle.orElseThrow().lengthInDays() + days - 1) / days), counted, "planned periods");
    }
    LocalDate currentLastDay = anchor.plusDays((long) (current + 1) * days - 1);
    if (cycle.isPresent() && currentLastDay.isAfter(cycle.get().end())) {
      currentLastDay = cycle.get().end();
    }
    boolean currentEnded = !date.isBefore(currentLastDay);
    return new Periods(held, current + (seen[current] || currentEnded ? 1 : 0), counted, "periods so far");
  }

  /** Periods held of those counted, from how many check-ins, and what was counted over. */
  private record Periods(int held, int count, int checkIns, String over) {}

  /**
   * Whether {@code value} keeps a maintain key result's bound: at or above ({@code atLeast}) or at
   * or below its {@code level}, within {@code tolerance} of the level's magnitude, the level itself
   * holding it or not as {@code comparison} says. In any arithmetic; the one place the comparison
   * lives.
   */
  public static <N, B> B holds(Arithmetic<N, B> a, boolean atLeast, N level, N value, double tolerance,
      ScoringPolicy.BoundComparison comparison) {
    N slack = a.times(a.number(tolerance), a.abs(level));
    boolean inclusive = comparison == ScoringPolicy.BoundComparison.INCLUSIVE;
    if (atLeast) {
      N floor = a.minus(level, slack);
      return inclusive ? a.lessOrEqual(floor, value) : a.less(floor, value);
    }
    N ceiling = a.plus(level, slack);
    return inclusive ? a.lessOrEqual(value, ceiling) : a.less(value, ceiling);
  }

  /** A maintain key result's bound with its tolerance. */
  private record Bound(boolean atLeast, double level, double tolerance, ScoringPolicy.BoundComparison comparison) {
    boolean holds(double value) {
      return MaintainStrategy.holds(Arithmetic.doubles(), atLeast, level, value, tolerance, comparison);
    }

    String describe() {
      String op = atLeast
          ? (comparison == ScoringPolicy.BoundComparison.INCLUSIVE ? ">= " : "> ")
          : (comparison == ScoringPolicy.BoundComparison.INCLUSIVE ? "<= " : "< ");
      double edge = atLeast ? level - tolerance * Math.abs(level) : level + tolerance * Math.abs(level);
      return op + Numbers.format(edge);
    }
  }
}
