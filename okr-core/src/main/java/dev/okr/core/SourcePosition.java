package dev.okr.core;

import org.immutables.value.Value;

/**
 * Where an element was read from: a 1-based line and column in its source document. Kept so that
 * errors and lint findings can point at the text; never part of an element's equality.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SourcePosition {
  SourcePosition() {}

  /** The 1-based line. */
  @Value.Parameter
  public abstract int line();

  /** The 1-based column. */
  @Value.Parameter
  public abstract int column();

  /** The position at a line and column, both 1-based. */
  public static SourcePosition of(int line, int column) {
    return ImmutableSourcePosition.of(line, column);
  }

  @Value.Check
  final void check() {
    if (line() < 1) {
      throw new OkrValidationException("line", line(), "must be at least 1");
    }
    if (column() < 1) {
      throw new OkrValidationException("column", column(), "must be at least 1");
    }
  }

  /** {@code 12:3}. */
  @Override
  public String toString() {
    return line() + ":" + column();
  }
}
