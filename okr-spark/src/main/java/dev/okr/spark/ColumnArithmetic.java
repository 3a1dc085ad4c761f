package dev.okr.spark;

import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import dev.okr.scoring.Arithmetic;
import dev.okr.scoring.Rounding;
import java.math.BigDecimal;
import org.apache.spark.sql.Column;

/**
 * {@link Arithmetic} on Spark double columns, with Java's double semantics where Spark's differ.
 * A null operand gives null (a missing number stays missing); callers check for nulls first.
 *
 * <ul>
 *   <li>Division by zero does not fail the job under ANSI mode (Spark 4's default): a zero divisor
 *       gives NaN for a zero or NaN dividend, else an infinity of the dividend's sign (the divisor's
 *       zero is taken as {@code +0.0}; the formulas divide by zero only on rows they reject).
 *   <li>Comparisons with NaN are false (Spark orders NaN above every number).
 *   <li>{@link #min}/{@link #max} are {@link Math#min(double, double)}/{@link Math#max(double,
 *       double)} with {@code when}: NaN wins, {@code -0.0} is below {@code 0.0} (Spark's {@code
 *       least}/{@code greatest} skip nulls and order NaN above every number).
 *   <li>{@link #round} is {@link Rounding#apply(double)}: {@code bround(x, 12)} to shed binary noise
 *       (below 12 places), then {@code round} (half-up); floor and truncate step back one unit from
 *       the half-up result where it went the wrong way, and {@code bround} the step. Exact where the
 *       12-place value has at most 15 significant digits, so for |x| &lt; 1000 (scores and capped
 *       contributions are in [0, 1]).
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
    Column byZero = when(isnan(a).or(a.equalTo(lit(0.0))), lit(Double.NaN))
        .when(a.gt(lit(0.0)), lit(Double.POSITIVE_INFINITY))
        .otherwise(lit(Double.NEGATIVE_INFINITY));
    return when(b.equalTo(lit(0.0)), byZero).otherwise(a.divide(b));
  }

  @Override
  public Column abs(Column a) {
    return org.apache.spark.sql.functions.abs(a);
  }

  @Override
  public Column min(Column a, Column b) {
    return when(isnan(a).or(isnan(b)), lit(Double.NaN))
        // of two zeros, -0.0 if either is: -((-a) + (-b))
        .when(a.equalTo(lit(0.0)).and(b.equalTo(lit(0.0))), negate(negate(a).plus(negate(b))))
        .when(a.lt(b), a)
        .otherwise(b);
  }

  @Override
  public Column max(Column a, Column b) {
    return when(isnan(a).or(isnan(b)), lit(Double.NaN))
        // of two zeros, 0.0 if either is: a + b
        .when(a.equalTo(lit(0.0)).and(b.equalTo(lit(0.0))), a.plus(b))
        .when(a.gt(b), a)
        .otherwise(b);
  }

  @Override
  public Column less(Column a, Column b) {
    return a.lt(b).and(not(isnan(a))).and(not(isnan(b)));
  }

  @Override
  public Column lessOrEqual(Column a, Column b) {
    return a.leq(b).and(not(isnan(a))).and(not(isnan(b)));
  }

  @Override
  public Column choose(Column condition, Column then, Column otherwise) {
    return when(condition, then).otherwise(otherwise);
  }

  @Override
  public Column round(Column value, Rounding rounding) {
    if (rounding.places().isEmpty()) {
      return value;
    }
    int places = rounding.places().get();
    Column exact = places < NOISE_PLACES ? bround(value, NOISE_PLACES) : value;
    Column halfUp = org.apache.spark.sql.functions.round(exact, places);
    Column unit = lit(BigDecimal.ONE.movePointLeft(places).doubleValue());
    Column down = bround(halfUp.minus(unit), places);
    Column up = bround(halfUp.plus(unit), places);
    return switch (rounding.mode()) {
      case HALF_UP -> halfUp;
      case FLOOR -> when(less(exact, halfUp), down).otherwise(halfUp);
      case TRUNCATE -> when(less(exact, lit(0.0)), when(less(halfUp, exact), up).otherwise(halfUp))
          .otherwise(when(less(exact, halfUp), down).otherwise(halfUp));
    };
  }
}
