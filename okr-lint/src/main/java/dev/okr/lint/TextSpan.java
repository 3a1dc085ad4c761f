package dev.okr.lint;

import org.immutables.value.Value;

/**
 * A range of characters {@code [start, end)} in an element's statement or title, counted in UTF-16
 * code units from 0: the indices of a Java {@code String}, as JavaScript, the Language Server
 * Protocol and SARIF (by default) count too. A character outside the Basic Multilingual Plane (an
 * emoji such as 🚀) takes two; a combining mark (the U+0301 of "é" written as e and U+0301) takes
 * one of its own. {@link #codePointStart(String)} and {@link #codePointEnd(String)} count in code
 * points instead, as Python indexes strings.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class TextSpan {
  TextSpan() {}

  /** The index of the first character, from 0, in UTF-16 code units. */
  @Value.Parameter
  public abstract int start();

  /** The index after the last character, in UTF-16 code units. */
  @Value.Parameter
  public abstract int end();

  /** The span {@code [start, end)}. */
  public static TextSpan of(int start, int end) {
    return ImmutableTextSpan.of(start, end);
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end() - start();
  }

  /**
   * The start counted in code points of {@code text}, the text the span refers to: one less than
   * {@link #start()} for each character outside the Basic Multilingual Plane before it.
   *
   * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
   */
  public int codePointStart(String text) {
    return text.codePointCount(0, start());
  }

  /**
   * The end counted in code points of {@code text}, the text the span refers to.
   *
   * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
   */
  public int codePointEnd(String text) {
    return text.codePointCount(0, end());
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
