package dev.okr.core.statement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change relative to the level at the start: "by 25%", "25% quarter-over-quarter", "by 10
 * points", "Double" (+100%), "Halve" (-50%), "3x" (+200%). A multiple is given as a percentage here;
 * the statement's {@linkplain KeyResultStatement#target() target} keeps it as written ({@code 3 x}).
 */
@Value.Immutable
public interface RelativeChange extends Phrase {

  /** The change, negative when the statement brings the metric down: -25 for "Reduce … by 25%". */
  double amount();

  /** The unit of the change: {@code %} for a share of the starting level, else e.g. {@code pp}. */
  Optional<String> unit();

  /** The period the change repeats over, when written: "quarter-over-quarter", "YoY". */
  Optional<Phrase> period();
}
