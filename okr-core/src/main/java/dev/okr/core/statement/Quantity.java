package dev.okr.core.statement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number in a statement with its unit and any bound written with it: "$50", "10,000", "under 3%",
 * "4.2+ out of 5", "50 or above", "zero".
 *
 * <p>{@link #value()} is the number as written, scaled by any multiplier ("$1.2M" is 1,200,000);
 * {@link #unit()} is normalised ({@code %}, {@code USD}, {@code EUR}, {@code minutes}, {@code
 * hours}, {@code out of 5}, {@code pp}, {@code per month}, {@code USD per month}, ...). A number written
 * without a unit takes the unit of the statement's other numbers: in "from 6 to 3 minutes" both are
 * minutes. A plain count has no unit: what it counts ("500 paid subscribers") is in the statement's
 * metric phrase.
 *
 * <p><b>Relative quantities.</b> A target may be written as a change from the level at the start
 * instead of a level: "by 25%", "up 30%", "10 points", "2x", "Triple", "Halve". Such a quantity is
 * {@linkplain #relative() relative}, and its value reads by its unit:
 *
 * <ul>
 *   <li>unit {@code x}: a multiple of the starting level, so the target is {@code value × start}:
 *       "2x", "3×", "Double" (2), "Triple" (3), "Quadruple" (4); a multiple written with a verb that
 *       brings the metric down is a fraction of the start: "Cut costs 2x" is 0.5;
 *   <li>any other unit: the signed change, negative when the metric goes down: "Reduce churn by 25%"
 *       is -25 {@code %} (of the starting level), "Raise NPS by 10 points" is 10 {@code points},
 *       "Grow MRR by $20k per month" is 20,000 {@code USD per month}. Halving is a change of -50%,
 *       however it is written: "Halve", "by half", "cut in half".
 * </ul>
 *
 * <p>{@link KeyResultStatement#relativeChange()} gives the same change normalised (a multiple as a
 * percentage: "Triple" is +200%), with the period it repeats over.
 */
@Value.Immutable
public interface Quantity extends Phrase {

  /** A limit written with the number. */
  enum Bound {
    /** "at least 2", "60%+", "50 or above", "over 90%". */
    AT_LEAST,
    /** "under 3%", "at most 5", "below 200 ms", "or fewer". */
    AT_MOST
  }

  /** The number, scaled by any multiplier such as {@code k} or {@code million}. */
  double value();

  /** The normalised unit, when written or carried over from the statement's other numbers. */
  Optional<String> unit();

  /** The limit written with the number, if any. */
  Optional<Bound> bound();

  /**
   * Whether the value is relative to the level at the start rather than a level itself: a change
   * ("by 25%", "+10 points") or a multiple ("3x", "Triple"); see the type's documentation for how
   * its value reads. False for a level ("to 3%", "under 300 ms", "zero").
   */
  boolean relative();
}
