package dev.okr.spark;

import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import dev.okr.core.MeasurementType;
import dev.okr.scoring.BinaryStrategy;
import dev.okr.scoring.LinearStrategy;
import dev.okr.scoring.MaintainStrategy;
import dev.okr.scoring.MilestonesStrategy;
import dev.okr.scoring.Profile;
import dev.okr.scoring.ScoringException;
import dev.okr.scoring.ScoringPolicy;
import dev.okr.scoring.StretchStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * A profile's score of one-row key results as Spark columns: Catalyst expressions built from the
 * strategies' and the profile's own formulas ({@link LinearStrategy#attainment}, {@link
 * StretchStrategy#attainment}, {@link MaintainStrategy#holds}, {@link ScoringPolicy#contribution}
 * and {@link ScoringPolicy#value}) over {@link ColumnArithmetic}, so Spark optimises and generates
 * code for them and no row leaves the JVM's generated code for a UDF.
 *
 * <p>A row is what a batch CSV row says of a key result: its type ({@code increase}, {@code
 * decrease}, {@code at-least}, {@code at-most}, {@code binary}, {@code milestones}; case ignored,
 * {@code _} for {@code -}), baseline, target, current value and stretch target, as doubles, null
 * when missing. A maintain key result is scored on its one (latest) value, a binary one on current 1
 * (achieved) or 0, a milestones one on current milestones done of target milestones.
 *
 * <p>The score is null when the row cannot be scored, and {@link #reason} then says why: a missing
 * or non-finite number, a target on the wrong side of the baseline, a flat range or no current
 * value under the profile's policies, or numbers that overflow. Scores agree with {@link
 * dev.okr.scoring.Scorer} to the last bit, scored or not.
 *
 * <p>Only the built-in strategies are expressions. A type that the profile scores with another
 * strategy (an application's own, found by {@link dev.okr.scoring.ScoringStrategies}) is scored by
 * {@link dev.okr.scoring.Scorer} in a UDF when the profile is given as a {@link ProfileSource}, which
 * executors can rebuild it from; given as a {@link Profile}, it is refused with {@link
 * IllegalArgumentException}. For SQL, {@link OkrFunctions} registers the same scores as functions;
 * {@link OkrGrades} reads scores as the grade and colour of the objective's kind.
 */
public final class OkrColumns {
  private static final ColumnArithmetic A = ColumnArithmetic.INSTANCE;
  private static final Column NO_SCORE = lit(null).cast(DataTypes.DoubleType);
  private static final Column NO_REASON = lit(null).cast(DataTypes.StringType);

  private OkrColumns() {}

  /**
   * The score in [0, 1] under {@code profile}, or null when the row cannot be scored.
   *
   * @throws IllegalArgumentException when the profile names a strategy that is not built in (give a
   *     {@link ProfileSource} for that)
   */
  public static Column score(Profile profile, Column krType, Column baseline, Column target, Column current, Column stretch) {
    return outcome(profile, null, new Row(krType, baseline, target, current, stretch)).score;
  }

  /**
   * The score under the profile {@code source} gives: expressions for the built-in strategies, and
   * for any other strategy the profile names (an application's own) a UDF that scores the row with
   * {@link dev.okr.scoring.Scorer}, built on each executor from the source.
   */
  public static Column score(ProfileSource source, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(source.profile(), source, new Row(krType, baseline, target, current, stretch)).score;
  }

  /**
   * Why the row cannot be scored under {@code profile}, or null when it is scored.
   *
   * @throws IllegalArgumentException when the profile names a strategy that is not built in
   */
  public static Column reason(Profile profile, Column krType, Column baseline, Column target, Column current, Column stretch) {
    return outcome(profile, null, new Row(krType, baseline, target, current, stretch)).reason;
  }

  /** {@link #reason(Profile, Column, Column, Column, Column, Column)} under the profile {@code source} gives, any strategy. */
  public static Column reason(ProfileSource source, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(source.profile(), source, new Row(krType, baseline, target, current, stretch)).reason;
  }

  /**
   * The attainment under {@code profile}: what the strategy measured before the profile's policies
   * (above 1 past the target, below 0 short of the baseline), or the outcome a fixed score stands
   * for (1 or 0 for a binary or held level); null when the row cannot be scored. The batch grader's
   * {@code attainment} column.
   *
   * @throws IllegalArgumentException when the profile names a strategy that is not built in
   */
  public static Column attainment(Profile profile, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(profile, null, new Row(krType, baseline, target, current, stretch)).attainment;
  }

  /** {@link #attainment(Profile, Column, Column, Column, Column, Column)} under the profile {@code source} gives, any strategy. */
  public static Column attainment(ProfileSource source, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(source.profile(), source, new Row(krType, baseline, target, current, stretch)).attainment;
  }

  /**
   * The contribution under {@code profile}: the attainment after the profile's overshoot,
   * below-baseline and rounding policies, before the clamp to [0, 1]; what an objective's rollup
   * combines ({@link OkrRollups}). Null when the row cannot be scored.
   *
   * @throws IllegalArgumentException when the profile names a strategy that is not built in
   */
  public static Column contribution(Profile profile, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(profile, null, new Row(krType, baseline, target, current, stretch)).contribution;
  }

  /** {@link #contribution(Profile, Column, Column, Column, Column, Column)} under the profile {@code source} gives, any strategy. */
  public static Column contribution(ProfileSource source, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    return outcome(source.profile(), source, new Row(krType, baseline, target, current, stretch)).contribution;
  }

  /**
   * The struct {@code (score double, reason string)}: {@link #score} and {@link #reason} together.
   *
   * @throws IllegalArgumentException when the profile names a strategy that is not built in
   */
  public static Column grade(Profile profile, Column krType, Column baseline, Column target, Column current, Column stretch) {
    Outcome o = outcome(profile, null, new Row(krType, baseline, target, current, stretch));
    return struct(o.score.as("score"), o.reason.as("reason"));
  }

  /** {@link #grade(Profile, Column, Column, Column, Column, Column)} under the profile {@code source} gives, any strategy. */
  public static Column grade(ProfileSource source, Column krType, Column baseline, Column target, Column current,
      Column stretch) {
    Outcome o = outcome(source.profile(), source, new Row(krType, baseline, target, current, stretch));
    return struct(o.score.as("score"), o.reason.as("reason"));
  }

  /** The inputs of a row. */
  private record Row(Column type, Column baseline, Column target, Column current, Column stretch) {}

  /** The score, attainment, contribution and reason columns; the first three or the reason null on each row. */
  private record Outcome(Column score, Column attainment, Column contribution, Column reason) {}

  /** No score, for this reason. */
  private static Outcome none(Column reason) {
    return new Outcome(NO_SCORE, NO_SCORE, NO_SCORE, reason);
  }

  private static Outcome none(String reason) {
    return none(lit(reason));
  }

  private static Outcome outcome(Profile profile, @Nullable ProfileSource source, Row row) {
    Objects.requireNonNull(profile, "profile");
    ScoringPolicy policy = profile.scoring();
    Column type = lower(trim(row.type));
    Cases cases = new Cases();
    cases.reject(notFinite(row.baseline), "baseline is not a finite number");
    cases.reject(notFinite(row.target), "target is not a finite number");
    cases.reject(notFinite(row.current), "current is not a finite number");
    cases.reject(notFinite(row.stretch), "stretch is not a finite number");
    for (MeasurementType t : MeasurementType.values()) {
      if (t == MeasurementType.DECREASE && sameStrategies(profile, MeasurementType.INCREASE, t)) {
        continue;   // scored with increase, as the row's type says
      }
      Column isType = isType(type, t);
      Direction direction = new Direction(t, null);
      if (t == MeasurementType.INCREASE && sameStrategies(profile, t, MeasurementType.DECREASE)) {
        // one expression for both directions, the way chosen by the row: half the generated code
        // (one isin, so that a row's type is trimmed and lowered once to find the branch)
        MeasurementType d = MeasurementType.DECREASE;
        isType = type.isin(t.id(), t.id().replace('-', '_'), d.id(), d.id().replace('-', '_'));
        direction = new Direction(t, isType(type, d));
      }
      String plain;
      String stretched;
      try {
        plain = profile.strategyFor(t, false);
        stretched = profile.strategyFor(t, true);
      } catch (ScoringException none) {
        cases.add(isType, none(none.getMessage()));
        continue;
      }
      Outcome withStretch = strategy(stretched, direction, row, policy, source);
      Outcome without = plain.equals(stretched) ? withStretch : strategy(plain, direction, row, policy, source);
      if (without == withStretch) {
        cases.add(isType, withStretch);
      } else {
        cases.add(row.stretch.isNotNull().and(isType), withStretch);
        cases.add(isType, without);
      }
    }
    return cases.otherwise(none("unknown key result type"));
  }

  private static Column isType(Column type, MeasurementType t) {
    return type.isin(t.id(), t.id().replace('-', '_'));
  }

  /** Whether the profile scores two types with the same strategies, with and without a stretch. */
  private static boolean sameStrategies(Profile profile, MeasurementType a, MeasurementType b) {
    try {
      return profile.strategyFor(a, false).equals(profile.strategyFor(b, false))
          && profile.strategyFor(a, true).equals(profile.strategyFor(b, true));
    } catch (ScoringException none) {
      return false;
    }
  }

  /**
   * The type a strategy scores and the way progress reads: {@code isDecrease} null for one type,
   * else increase and decrease together, the way chosen by the row's type.
   */
  private record Direction(MeasurementType type, Column isDecrease) {
    boolean directed() {
      return isDecrease != null || type == MeasurementType.INCREASE || type == MeasurementType.DECREASE;
    }

    /** {@code down} for a decrease, else {@code up}. */
    Column pick(Column down, Column up) {
      if (isDecrease != null) {
        return org.apache.spark.sql.functions.when(isDecrease, down).otherwise(up);
      }
      return type == MeasurementType.DECREASE ? down : up;
    }
  }

  private static Outcome strategy(String name, Direction direction, Row row, ScoringPolicy policy,
      @Nullable ProfileSource source) {
    MeasurementType type = direction.type;
    return switch (name) {
      case LinearStrategy.NAME -> linear(direction, row, policy);
      case StretchStrategy.NAME -> stretch(direction, row, policy);
      case MaintainStrategy.NAME -> maintain(type, row, policy);
      case BinaryStrategy.NAME -> binary(row, policy);
      case MilestonesStrategy.NAME -> milestones(row, policy);
      default -> {
        if (source == null) {
          throw new IllegalArgumentException("the " + name + " strategy for " + type.id()
              + " is not built in; okr-spark scores only linear, stretch, maintain, binary and milestones as expressions;"
              + " give a ProfileSource to score it with Scorer in a UDF");
        }
        Column scored = StrategyUdf.column(source, row.type, row.baseline, row.target, row.current, row.stretch);
        yield new Outcome(scored.getField("score"), scored.getField("attainment"), scored.getField("contribution"),
            scored.getField("reason"));
      }
    };
  }

  private static Outcome linear(Direction type, Row row, ScoringPolicy policy) {
    Cases cases = new Cases();
    cases.reject(row.baseline.isNull(), "missing baseline");
    cases.reject(row.target.isNull(), "missing target");
    cases.add(row.baseline.equalTo(row.target), flatRange(policy));
    cases.add(wrongSide(type, row), none(wrongSideReason(type)));
    cases.add(row.current.isNull(), noCheckIn(policy));
    return measured(cases, LinearStrategy.attainment(A, row.baseline, row.target, row.current), policy);
  }

  private static Outcome stretch(Direction type, Row row, ScoringPolicy policy) {
    Cases cases = new Cases();
    cases.reject(row.baseline.isNull(), "missing baseline");
    cases.reject(row.target.isNull(), "missing target");
    cases.reject(row.stretch.isNull(), "missing stretch");
    cases.add(row.baseline.equalTo(row.target), flatRange(policy));
    cases.add(wrongSide(type, row), none(wrongSideReason(type)));
    Column beyond = type.pick(A.less(row.stretch, row.target), A.less(row.target, row.stretch));
    cases.reject(not(beyond), "stretch must lie beyond the target");
    cases.add(row.current.isNull(), noCheckIn(policy));
    return measured(cases, StretchStrategy.attainment(A, row.baseline, row.target, row.stretch, row.current, policy), policy);
  }

  private static Outcome maintain(MeasurementType type, Row row, ScoringPolicy policy) {
    Cases cases = new Cases();
    if (type != MeasurementType.AT_LEAST && type != MeasurementType.AT_MOST) {
      return cases.otherwise(none("the maintain strategy scores at-least and at-most key results"));
    }
    cases.reject(row.target.isNull(), "missing target");
    boolean latest = policy.maintainMode() == ScoringPolicy.MaintainMode.LATEST_VALUE;
    if (!latest && policy.periodBasis() == ScoringPolicy.PeriodBasis.PLANNED) {
      return cases.otherwise(none("period-basis=planned needs the key result's cycle to count the planned periods"));
    }
    cases.add(row.current.isNull(), noCheckIn(policy));
    Column held = A.choose(MaintainStrategy.holds(A, type == MeasurementType.AT_LEAST, row.target, row.current,
        policy.tolerance(), policy.boundComparison()), A.number(1), A.number(0));
    // the latest value is an outcome; one period of one row is a share, held / 1
    return latest ? cases.otherwise(fixed(held, policy)) : measured(cases, held, policy);
  }

  private static Outcome binary(Row row, ScoringPolicy policy) {
    Cases cases = new Cases();
    cases.add(row.current.isNull(), noCheckIn(policy));
    cases.reject(not(row.current.isin(1.0, 0.0)), "binary current must be 1 (achieved) or 0");
    return cases.otherwise(fixed(A.choose(row.current.equalTo(lit(1.0)), A.number(1), A.number(0)), policy));
  }

  private static Outcome milestones(Row row, ScoringPolicy policy) {
    Cases cases = new Cases();
    cases.reject(row.target.isNull().or(A.less(row.target, lit(1.0))).or(not(whole(row.target))),
        "milestones need target = the number of milestones, at least 1");
    cases.add(row.current.isNull(), noCheckIn(policy));
    cases.reject(A.less(row.current, lit(0.0)).or(A.less(row.target, row.current)).or(not(whole(row.current))),
        "milestones need current = the number done, 0 to target");
    return measured(cases, A.dividedBy(row.current, row.target), policy);
  }

  /** The last case: a measured attainment through the policy's contribution and the clamp. */
  private static Outcome measured(Cases cases, Column attainment, ScoringPolicy policy) {
    cases.reject(notFinite(attainment), "the numbers overflow when scored");
    Column contribution = policy.contribution(A, attainment);
    return cases.otherwise(new Outcome(ScoringPolicy.value(A, contribution), attainment, contribution, NO_REASON));
  }

  /** A score fixed by an outcome or a policy: the attainment; only rounded, the contribution; then clamped, the score. */
  private static Outcome fixed(Column outcome, ScoringPolicy policy) {
    Column contribution = A.round(outcome, policy.rounding());
    return new Outcome(ScoringPolicy.value(A, contribution), outcome, contribution, NO_REASON);
  }

  private static Outcome flatRange(ScoringPolicy policy) {
    ScoringPolicy.FlatRange flat = policy.flatRange();
    return switch (flat) {
      case REJECT -> none("the baseline equals the target (flat-range=reject)");
      case NO_SCORE -> none("the baseline equals the target (flat-range=no-score)");
      case ZERO, ONE, HALF -> fixed(A.number(flat.fixedScore().getAsDouble()), policy);
    };
  }

  private static Outcome noCheckIn(ScoringPolicy policy) {
    return switch (policy.noCheckIns()) {
      case NO_SCORE -> none("no check-in");
      case ZERO -> fixed(A.number(0), policy);
    };
  }

  private static Column wrongSide(Direction type, Row row) {
    return type.directed() ? type.pick(not(A.less(row.target, row.baseline)), not(A.less(row.baseline, row.target))) : lit(false);
  }

  private static Column wrongSideReason(Direction type) {
    return type.pick(lit("target must be below the baseline for a decrease"),
        lit("target must be above the baseline for an increase"));
  }

  /** NaN or an infinity, not null: x * 0 is NaN for exactly those (and null for null). */
  private static Column notFinite(Column number) {
    return isnan(number.multiply(lit(0.0)));
  }

  private static Column whole(Column number) {
    return number.equalTo(bround(number, 0));
  }

  /** Cases in order, the first whose condition holds deciding the row. */
  private static final class Cases {
    private final List<Column> conditions = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Column condition, Outcome outcome) {
      conditions.add(condition);
      outcomes.add(outcome);
    }

    void reject(Column condition, String reason) {
      add(condition, none(reason));
    }

    Outcome otherwise(Outcome last) {
      return new Outcome(chain(Outcome::score, last), chain(Outcome::attainment, last), chain(Outcome::contribution, last),
          chain(Outcome::reason, last));
    }

    private Column chain(java.util.function.Function<Outcome, Column> part, Outcome last) {
      if (conditions.isEmpty()) {
        return part.apply(last);
      }
      Column c = org.apache.spark.sql.functions.when(conditions.get(0), part.apply(outcomes.get(0)));
      for (int i = 1; i < conditions.size(); i++) {
        c = c.when(conditions.get(i), part.apply(outcomes.get(i)));
      }
      return c.otherwise(part.apply(last));
    }
  }
}
