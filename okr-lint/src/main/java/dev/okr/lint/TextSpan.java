package dev.okr.lint;

import org.immutables.value.Value;

/** A range of characters {@code [start, end)} in an element's statement or title. */
@Value.Immutable(builder = false, copy = false)
public abstract class TextSpan {
  TextSpan() {}

  /** The index of the first character, from 0. */
  @Value.Parameter
  public abstract int start();

  /** The index after the last character. */
  @Value.Parameter
  public abstract int end();

  /** The span {@code [start, end)}. */
  public static TextSpan of(int start, int end) {
    return ImmutableTextSpan.of(start, end);
  }

  /** The number of characters covered. */
  public int length() {
    return end() - start();
  }

  @Value.Check
  final void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("a span needs 0 <= start <= end, was [" + start() + ", " + end() + ")");
    }
  }

  /** {@code [3, 9)}. */
  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
