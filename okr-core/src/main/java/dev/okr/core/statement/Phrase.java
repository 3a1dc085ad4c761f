package dev.okr.core.statement;

import org.immutables.value.Value;

/**
 * A piece of a statement as written, with its place: {@code statement.substring(start(), end())}
 * equals {@link #text()}. Places count UTF-16 chars from 0, like {@link String#substring(int, int)}.
 */
@Value.Immutable
public interface Phrase {

  /** The phrase as written. */
  String text();

  /** The index of its first char in the statement. */
  int start();

  /** The index just after its last char. */
  int end();
}
