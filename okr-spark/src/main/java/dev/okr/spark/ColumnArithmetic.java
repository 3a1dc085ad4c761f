package dev.okr.spark;

import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import dev.okr.scoring.Arithmetic;
import dev.okr.scoring.Rounding;
import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.internal.Literal;

/**
 * {@link Arithmetic} on Spark double columns, with Java's double semantics where Spark's differ.
 * A null operand gives null (a missing number stays missing), except in {@link #min}/{@link #max}
 * with a constant and in a clamp; callers check for nulls first.
 *
 * <p>An operation refers to a computed operand once where it can: a formula nests operations (a
 * contribution is rounded, then clamped by a max in a min), and an operation that copied its
 * operands would copy the whole formula below it each time, so a profile's score would grow
 * exponentially with its depth (beyond the JVM's 64 KB method limit for generated code).
 *
 * <ul>
 *   <li>Division by zero does not fail the job under ANSI mode (Spark 4's default): {@code
 *       try_divide}, and for a zero divisor the dividend times an infinity, which is NaN for a zero
 *       or NaN dividend, else an infinity of the dividend's sign (the divisor's zero is taken as
 *       {@code +0.0}; the formulas divide by zero only on rows they reject).
 *   <li>Comparisons with NaN are false (Spark orders NaN above every number): {@link #less} is
 *       {@code signum(b - a) = 1}, which is false where either is NaN.
 *   <li>{@link #min}/{@link #max} are {@link Math#min(double, double)}/{@link Math#max(double,
 *       double)}: with a constant operand (as in the clamp) Spark's {@code greatest}, the constant
 *       placed so that ties give Java's zero, and {@code min(a, b) = -max(-a, -b)}; a null other
 *       operand then gives the constant ({@code greatest} skips nulls). Without a constant, {@code
 *       when}: NaN wins, {@code -0.0} is below {@code 0.0}. {@link #choose} of a clamp ({@code
 *       x < k ? k : x} or {@code k < x ? k : x}, a constant {@code k}, as a contribution's cap and
 *       floor) is {@code greatest} too, with {@code x} once (and a null {@code x} gives {@code k}).
 *   <li>{@link #round} is {@link Rounding#apply(double)}: {@code bround(x, 12)} to shed binary noise
 *       (below 12 places), then {@code round} (half-up), for floor and truncate of the value moved
 *       just short of half a unit down (floor) or towards zero (truncate). At 12 places and more,
 *       floor and truncate step back one unit from the half-up result where it went the wrong way.
 *       Exact where the 12-place value has at most 15 significant digits, so for |x| &lt; 1000
 *       (scores and capped contributions are in [0, 1]).
 * </ul>
 */
final class ColumnArithmetic implements Arithmetic<Column, Column> {
  /** The one instance; stateless. */
  static final ColumnArithmetic INSTANCE = new ColumnArithmetic();

  private static final int NOISE_PLACES = 12;

  private ColumnArithmetic() {}

  @Override
  public Column number(double value) {
    return lit(value);
  }

  @Override
  public Column plus(Column a, Column b) {
    return a.plus(b);
  }

  @Override
  public Column minus(Column a, Column b) {
    return a.minus(b);
  }

  @Override
  public Column times(Column a, Column b) {
    return a.multiply(b);
  }

  @Override
  public Column dividedBy(Column a, Column b) {
    // try_divide gives null for a zero divisor instead of failing under ANSI mode; then a times an
    // infinity is NaN for a zero or NaN dividend, else an infinity of its sign (b * 0 keeps a null
    // divisor null)
    return coalesce(try_divide(a, b), a.multiply(b.multiply(lit(0.0)).plus(lit(Double.POSITIVE_INFINITY))));
  }

  @Override
  public Column abs(Column a) {
    return org.apache.spark.sql.functions.abs(a);
  }

  @Override
  public Column min(Column a, Column b) {
    if (constant(a) != null || constant(b) != null) {
      // Math.min(a, b) == -Math.max(-a, -b), and negation keeps the constant a constant
      return negated(max(negated(a), negated(b)));
    }
    return when(isnan(a).or(isnan(b)), lit(Double.NaN))
        // of two zeros, -0.0 if either is: -((-a) + (-b))
        .when(a.equalTo(lit(0.0)).and(b.equalTo(lit(0.0))), negate(negate(a).plus(negate(b))))
        .when(a.lt(b), a)
        .otherwise(b);
  }

  @Override
  public Column max(Column a, Column b) {
    Double k = constant(a);
    Double l = constant(b);
    if (k != null || l != null) {
      // greatest refers to each operand once and, as Math.max, gives NaN when either is NaN (Spark
      // orders NaN above every number); of equal operands it keeps the first, so a constant goes
      // first (0.0 of 0.0 and -0.0) unless it is -0.0
      Column fixed = k != null ? a : b;
      Column other = k != null ? b : a;
      boolean negativeZero = Double.doubleToRawLongBits(k != null ? k : l) == Double.doubleToRawLongBits(-0.0);
      return negativeZero ? greatest(other, fixed) : greatest(fixed, other);
    }
    return when(isnan(a).or(isnan(b)), lit(Double.NaN))
        // of two zeros, 0.0 if either is: a + b
        .when(a.equalTo(lit(0.0)).and(b.equalTo(lit(0.0))), a.plus(b))
        .when(a.gt(b), a)
        .otherwise(b);
  }

  @Override
  public Column less(Column a, Column b) {
    // b - a is above zero exactly where a < b, and NaN where either is NaN (or both are the same
    // infinity); signum keeps NaN, which equals no number: each operand is referred to once
    return new Less(a, b);
  }

  @Override
  public Column lessOrEqual(Column a, Column b) {
    Double k = constant(a) != null ? constant(a) : constant(b);
    if (k != null && Double.isFinite(k)) {
      // with a finite operand b - a is NaN only where the other is NaN
      return signum(b.minus(a)).isin(0.0, 1.0);
    }
    return a.leq(b).and(not(isnan(a))).and(not(isnan(b)));
  }

  @Override
  public Column choose(Column condition, Column then, Column otherwise) {
    if (condition instanceof Less less && constant(then) != null && !Double.isNaN(constant(then))) {
      double k = constant(then);
      // a clamp, x < k ? k : x or k < x ? k : x, with x once: greatest keeps its first operand of
      // two equal ones (so x, as the choice does) and gives NaN for a NaN x (as the choice does)
      if (less.a == otherwise && constant(less.b) != null && constant(less.b) == k) {
        return greatest(otherwise, then);
      }
      if (less.b == otherwise && constant(less.a) != null && constant(less.a) == k) {
        return negate(greatest(negated(otherwise), lit(-k)));
      }
    }
    return when(condition, then).otherwise(otherwise);
  }

  /** {@code a < b} as a column that remembers its operands, so that {@link #choose} sees a clamp. */
  private static final class Less extends Column {
    private final Column a;
    private final Column b;

    Less(Column a, Column b) {
      super(signum(b.minus(a)).equalTo(lit(1.0)).node());
      this.a = a;
      this.b = b;
    }
  }

  /** {@code -a}, a constant when {@code a} is one. */
  private static Column negated(Column a) {
    Double k = constant(a);
    return k != null ? lit(-k) : negate(a);
  }

  /** The value of a constant column ({@link #number}), or null when the column is not one. */
  private static Double constant(Column column) {
    return column.node() instanceof Literal literal && literal.value() instanceof Double value ? value : null;
  }

  @Override
  public Column round(Column value, Rounding rounding) {
    if (rounding.places().isEmpty()) {
      return value;
    }
    int places = rounding.places().get();
    if (places < NOISE_PLACES) {
      // The 12-place value e has no digits below 12 places, so e - (half a unit - half of 10^-12),
      // rounded half-up, is e rounded down (floor) and e + that is e rounded up: the shifted value
      // lies at least half of 10^-12 away from any tie, much more than binary rounding moves it
      // for |x| < 1000. Each refers to the value once (truncate twice: its sign picks the way).
      Column exact = bround(value, NOISE_PLACES);
      Column shift = lit(new BigDecimal("0.5").movePointLeft(places).subtract(new BigDecimal("0.5E-12")).doubleValue());
      return switch (rounding.mode()) {
        case HALF_UP -> org.apache.spark.sql.functions.round(exact, places);
        case FLOOR -> org.apache.spark.sql.functions.round(exact.minus(shift), places);
        case TRUNCATE -> org.apache.spark.sql.functions.round(exact.minus(signum(exact).multiply(shift)), places);
      };
    }
    Column halfUp = org.apache.spark.sql.functions.round(value, places);
    Column unit = lit(BigDecimal.ONE.movePointLeft(places).doubleValue());
    Column down = bround(halfUp.minus(unit), places);
    Column up = bround(halfUp.plus(unit), places);
    return switch (rounding.mode()) {
      case HALF_UP -> halfUp;
      case FLOOR -> when(less(value, halfUp), down).otherwise(halfUp);
      case TRUNCATE -> when(less(value, lit(0.0)), when(less(halfUp, value), up).otherwise(halfUp))
          .otherwise(when(less(value, halfUp), down).otherwise(halfUp));
    };
  }
}
