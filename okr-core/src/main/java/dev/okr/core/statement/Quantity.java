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
}
