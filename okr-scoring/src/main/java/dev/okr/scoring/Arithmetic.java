package dev.okr.scoring;

/**
 * Arithmetic over one representation of numbers, so that each built-in formula is written once and
 * computed on doubles (by {@link Scorer} and the batch grader) or built as an expression (by
 * okr-spark, as Spark columns that Catalyst optimises). {@link #doubles()} is the arithmetic every
 * score in this module is computed with.
 *
 * <p>The operations keep Java's double semantics: a NaN operand gives NaN, a comparison with NaN is
 * false, and {@link #min}/{@link #max} behave as {@link Math#min(double, double)} and {@link
 * Math#max(double, double)}. An implementation on another representation keeps them for the
 * numbers it can hold, and says how it treats a missing one.
 *
 * @param <N> a number
 * @param <B> a truth value
 */
public interface Arithmetic<N, B> {

  /** The constant {@code value}. */
  N number(double value);

  /** {@code a + b}. */
  N plus(N a, N b);

  /** {@code a - b}. */
  N minus(N a, N b);

  /** {@code a * b}. */
  N times(N a, N b);

  /** {@code a / b}. */
  N dividedBy(N a, N b);

  /** {@code |a|}. */
  N abs(N a);

  /** The smaller of two numbers, as {@link Math#min(double, double)}. */
  N min(N a, N b);

  /** The larger of two numbers, as {@link Math#max(double, double)}. */
  N max(N a, N b);

  /** {@code a < b}. */
  B less(N a, N b);

  /** {@code a <= b}. */
  B lessOrEqual(N a, N b);

  /** {@code then} where {@code condition} holds, else {@code otherwise}. */
  N choose(B condition, N then, N otherwise);

  /** {@code value} rounded as {@code rounding} says ({@link Rounding#apply(double)} on doubles). */
  N round(N value, Rounding rounding);

  /** Arithmetic on Java doubles: the one every score of this module is computed with. */
  static Arithmetic<Double, Boolean> doubles() {
    return DoubleArithmetic.INSTANCE;
  }
}
