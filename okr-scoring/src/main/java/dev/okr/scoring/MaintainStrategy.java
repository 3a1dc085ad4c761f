package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

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
 * after the cycle's end are not counted. Under {@link ScoringPolicy.MaintainMode#LATEST_VALUE} the
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
  public Score score(KeyResult keyResult, LocalDate date, ScoringContext context) {
    ScoringPolicy policy = context.policy();
    ScoreDraft draft = new ScoreDraft(NAME, keyResult, policy)
        .policy("maintain-mode", Ids.of(policy.maintainMode()))
        .policy("tolerance", Numbers.format(policy.tolerance()))
        .policy("bound", Ids.of(policy.boundComparison()));
    Measurement measurement = draft.measurement();
    if (!TYPES.contains(measurement.type())) {
      throw new ScoringException("measurement.type", measurement.type().id(), "the maintain strategy scores at-least and at-most key results");
    }
    boolean atLeast = measurement.type() == MeasurementType.AT_LEAST;
    double level = draft.require(measurement.target(), "target");
    draft.input("direction", measurement.type().id()).input("level", level);
    Bound bound = new Bound(atLeast, level, policy.tolerance(), policy.boundComparison());
    if (policy.maintainMode() == ScoringPolicy.MaintainMode.LATEST_VALUE) {
      Optional<CheckIn> checkIn = draft.checkIn(date);
      if (checkIn.isEmpty()) {
        return draft.noCheckIn(date);
      }
      double current = checkIn.get().value().orElseThrow();
      draft.input("current", current);
      boolean holds = bound.holds(current);
      return draft.fixed(holds ? 1 : 0, "score = " + (holds ? "1: " : "0: ") + Numbers.format(current) + (holds ? " keeps " : " breaks ")
          + bound.describe());
    }
    return shareOfPeriods(keyResult, date, context.cycle(), policy, draft, bound);
  }

  private static Score shareOfPeriods(
      KeyResult keyResult, LocalDate date, Optional<Cycle> cycle, ScoringPolicy policy, ScoreDraft draft, Bound bound) {
    int days = policy.periodDays();
    draft.policy("period-days", Integer.toString(days)).policy("period-basis", Ids.of(policy.periodBasis()));
    if (policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED && cycle.isEmpty()) {
      throw new ScoringException("cycle", null, "period-basis=planned needs the key result's cycle to count the planned periods");
    }
    LocalDate anchor;
    LocalDate last;
    if (cycle.isPresent()) {
      anchor = cycle.get().start();
      last = date.isBefore(cycle.get().end()) ? date : cycle.get().end();
      draft.input("cycle", cycle.get());
    } else {
      Optional<LocalDate> first = keyResult.checkIns().stream().map(CheckIn::date).filter(d -> !d.isAfter(date)).min(LocalDate::compareTo);
      if (first.isEmpty()) {
        return draft.noCheckIn(date);
      }
      anchor = first.get();
      last = date;
    }
    if (last.isBefore(anchor)) {
      return draft.noCheckIn(date);
    }
    int current = (int) (ChronoUnit.DAYS.between(anchor, last) / days);
    boolean[] seen = new boolean[current + 1];
    boolean[] broken = new boolean[current + 1];
    int counted = 0;
    for (CheckIn checkIn : keyResult.checkIns()) {
      LocalDate d = checkIn.date();
      if (d.isBefore(anchor) || d.isAfter(last)) {
        continue;
      }
      int period = (int) (ChronoUnit.DAYS.between(anchor, d) / days);
      seen[period] = true;
      broken[period] |= !bound.holds(checkIn.value().orElseThrow());
      counted++;
    }
    if (counted == 0) {
      return draft.noCheckIn(date);
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
    draft.input("check-ins", counted).input("periods-held", held).input("periods", denominator);
    double share = (double) held / denominator;
    return draft.fromAttainment(share, "attainment = periods holding " + bound.describe() + " / " + over + " = " + held + " / "
        + denominator + " = " + Numbers.format(share), null);
  }

  /**
   * Whether {@code value} keeps a level under the policy's tolerance and bound comparison; the one
   * place the rule lives, shared with the batch grader.
   */
  public static boolean holds(boolean atLeast, double level, double value, ScoringPolicy policy) {
    return new Bound(atLeast, level, policy.tolerance(), policy.boundComparison()).holds(value);
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
