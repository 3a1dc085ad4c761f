package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
    MeasurementType type = observation.type();
    if (!TYPES.contains(type)) {
      throw new ScoringException("measurement.type", type.id(), "the maintain strategy scores at-least and at-most key results");
    }
    double level = Observation.require(observation.target(), "target", NAME);
    Bound bound = new Bound(type == MeasurementType.AT_LEAST, level, policy.tolerance(), policy.boundComparison());
    Consumer<Workings> read = w -> w.policy("maintain-mode", Ids.of(policy.maintainMode()))
        .policy("tolerance", policy.tolerance())
        .policy("bound", Ids.of(policy.boundComparison()))
        .input("direction", type.id()).input("level", level);
    if (policy.maintainMode() == ScoringPolicy.MaintainMode.LATEST_VALUE) {
      Optional<Observation.Reading> reading = observation.current();
      if (reading.isEmpty()) {
        return new Attainment.NoReading(read);
      }
      double current = reading.get().number(NAME);
      boolean holds = bound.holds(current);
      return new Attainment.Outcome(holds ? 1 : 0, w -> read.andThen(x -> x.checkIn(reading.get()).input("current", current))
          .accept(w.formula("score = " + (holds ? "1: " : "0: ") + Numbers.format(current) + (holds ? " keeps " : " breaks ")
              + bound.describe())));
    }
    int days = policy.periodDays();
    Consumer<Workings> periods = read.andThen(w -> w.policy("period-days", Integer.toString(days))
        .policy("period-basis", Ids.of(policy.periodBasis())));
    Optional<Cycle> cycle = context.cycle();
    if (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED && cycle.isEmpty()) {
      throw new ScoringException("cycle", null, "period-basis=planned needs the key result's cycle to count the planned periods");
    }
    if (observation.date().isEmpty()) {
      return onePeriod(observation, bound, periods);
    }
    return shareOfPeriods(observation.checkIns(), observation.date().get(), cycle, policy, bound, periods);
  }

  /**
   * An undated observation (a batch row): its one reading is its one period, held or not. With no
   * date and no cycle there is nothing to plan periods against, so only {@link
   * ScoringPolicy.PeriodBasis#SO_FAR} comes here.
   */
  private static Attainment onePeriod(Observation observation, Bound bound, Consumer<Workings> periods) {
    Optional<Observation.Reading> reading = observation.current();
    if (reading.isEmpty()) {
      return new Attainment.NoReading(periods);
    }
    int held = bound.holds(reading.get().number(NAME)) ? 1 : 0;
    return Attainment.measured(held, periods.andThen(w -> w.input("check-ins", 1).input("periods-held", held).input("periods", 1)
        .formula("attainment = periods holding " + bound.describe() + " / periods so far = " + held + " / 1 = " + held)));
  }

  private static Attainment shareOfPeriods(List<CheckIn> checkIns, LocalDate date, Optional<Cycle> cycle, ScoringPolicy policy,
      Bound bound, Consumer<Workings> periods) {
    int days = policy.periodDays();
    LocalDate anchor;
    LocalDate last;
    Consumer<Workings> read = periods;
    if (cycle.isPresent()) {
      anchor = cycle.get().start();
      last = date.isBefore(cycle.get().end()) ? date : cycle.get().end();
      read = periods.andThen(w -> w.input("cycle", cycle.get()));
    } else {
      Optional<LocalDate> first = checkIns.stream().map(CheckIn::date).filter(d -> !d.isAfter(date)).min(LocalDate::compareTo);
      if (first.isEmpty()) {
        return new Attainment.NoReading(read);
      }
      anchor = first.get();
      last = date;
    }
    if (last.isBefore(anchor)) {
      return new Attainment.NoReading(read);
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
      broken[period] |= !bound.holds(checkIn.value().orElseThrow(
          () -> new ScoringException("checkIns.value", null, "the " + NAME + " strategy needs a number")));
      counted++;
    }
    if (counted == 0) {
      return new Attainment.NoReading(read);
    }
    int held = 0;
    for (int i = 0; i <= current; i++) {
      if (seen[i] && !broken[i]) {
        held++;
      }
    }
    int denominator;
    String over;
    if (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED) {
      denominator = (int) ((cycle.orElseThrow().lengthInDays() + days - 1) / days);
      over = "planned periods";
    } else {
      LocalDate currentLastDay = anchor.plusDays((long) (current + 1) * days - 1);
      if (cycle.isPresent() && currentLastDay.isAfter(cycle.get().end())) {
        currentLastDay = cycle.get().end();
      }
      boolean currentEnded = !date.isBefore(currentLastDay);
      denominator = current + (seen[current] || currentEnded ? 1 : 0);
      over = "periods so far";
    }
    double share = (double) held / denominator;
    int checkInsCounted = counted;
    int periodsHeld = held;
    int periodCount = denominator;
    return Attainment.measured(share, read.andThen(w -> w.input("check-ins", checkInsCounted).input("periods-held", periodsHeld)
        .input("periods", periodCount).formula("attainment = periods holding " + bound.describe() + " / " + over + " = "
            + periodsHeld + " / " + periodCount + " = " + Numbers.format(share))));
  }

  /** A maintain key result's bound with its tolerance. */
  private record Bound(boolean atLeast, double level, double tolerance, ScoringPolicy.BoundComparison comparison) {
    boolean holds(double value) {
      double slack = tolerance * Math.abs(level);
      if (atLeast) {
        double floor = level - slack;
        return comparison == ScoringPolicy.BoundComparison.INCLUSIVE ? value >= floor : value > floor;
      }
      double ceiling = level + slack;
      return comparison == ScoringPolicy.BoundComparison.INCLUSIVE ? value <= ceiling : value < ceiling;
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
