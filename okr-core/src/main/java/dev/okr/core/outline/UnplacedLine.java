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

  /** Why it was not placed, e.g. "list item outside any objective". */
  String reason();
}
