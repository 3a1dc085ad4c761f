package dev.okr.core.outline;

import org.immutables.value.Value;

/** A non-blank line of an outline that was not read as an objective, key result or initiative. */
@Value.Immutable
public interface UnplacedLine {

  /** The 1-based line number. */
  int line();

  /** The 1-based column of its first non-blank char. */
  int column();

  /** The line as written, without its line break. */
  String text();

  /** Why it was not placed, e.g. "key result label without a statement". */
  String reason();

  /**
   * A line left unplaced, e.g. to lint lines another reader left: its 1-based number, the 1-based
   * column of its first non-blank character, the line as written and why it was not placed.
   */
  static UnplacedLine of(int line, int column, String text, String reason) {
    return ImmutableUnplacedLine.builder().line(line).column(column).text(text).reason(reason).build();
  }
}
