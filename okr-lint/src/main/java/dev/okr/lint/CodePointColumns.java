package dev.okr.lint;

import dev.okr.core.SourcePosition;
import java.util.Arrays;

/**
 * Turns a column in UTF-16 code units, as {@link SourcePosition} counts, into one in code points,
 * as Python indexes strings, for one document's text. Lines end at {@code \n}, {@code \r\n} or
 * {@code \r}, as {@link SourcePosition} says. The line starts are found once, on the first call;
 * {@link Fixes} finds offsets and positions with them too. Not thread-safe: one instance per lint
 * call.
 */
final class CodePointColumns {
  private final String text;
  private int[] lineStarts;

  CodePointColumns(String text) {
    this.text = text;
  }

  /**
   * The 1-based column in code points of a 1-based UTF-16 column on a 1-based line: one less for
   * each character outside the Basic Multilingual Plane before it on its line. A position past the
   * text's lines or past its line's end counts what there is and the rest one a column.
   */
  int codePointColumn(int line, int utf16Column) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return utf16Column;
    }
    int start = starts[line - 1];
    int end = Math.min(text.length(), start + utf16Column - 1);
    int beyond = start + utf16Column - 1 - end;
    return text.codePointCount(start, end) + beyond + 1;
  }

  /** The text the columns are counted in. */
  String text() {
    return text;
  }

  /** The offset of a 1-based line's first character, or -1 past the last line. */
  int lineStart(int line) {
    int[] starts = lineStarts();
    return line < 1 || line > starts.length ? -1 : starts[line - 1];
  }

  /** The number of lines (a text without a line break has one). */
  int lineCount() {
    return lineStarts().length;
  }

  /** The offset where the line that starts at {@code lineStart} ends, before its line break. */
  int lineEnd(int lineStart) {
    int i = lineStart;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The 1-based line of an offset. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts(), offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 0;
      starts[count++] = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }
}
