package dev.okr.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Passes a YAML document through to the parser and notes where its characters outside the Basic
 * Multilingual Plane stand, so that columns can be given in UTF-16 code units.
 *
 * <p>SnakeYAML counts a column per code point, where Java strings, SARIF and LSP count UTF-16 code
 * units: after an emoji such as 🚀 its columns fall one short. This reader counts lines as
 * SnakeYAML does ({@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028, U+2029) and keeps, for
 * each line that has any, the code-point columns of its supplementary characters; {@link
 * #utf16Column(int, int)} adds one for each that stands before a column. Lines without such
 * characters cost nothing. Not thread-safe: one instance per document read.
 */
final class Utf16Columns extends FilterReader {
  /** Per 1-based line that has any: the code-point columns of its supplementary characters. */
  private final Map<Integer, Columns> supplementary = new HashMap<>();
  private int line = 1;
  private int column;
  private boolean afterCarriageReturn;
  private boolean afterHighSurrogate;

  Utf16Columns(Reader in) {
    super(in);
  }

  /**
   * The UTF-16 column of a position the parser gave in code points.
   *
   * @param line the 1-based line
   * @param codePointColumn the 1-based column in code points
   * @return the 1-based column in UTF-16 code units
   */
  int utf16Column(int line, int codePointColumn) {
    Columns columns = supplementary.get(line);
    return columns == null ? codePointColumn : codePointColumn + columns.before(codePointColumn - 1);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    return n;
  }

  private void see(char c) {
    if (afterHighSurrogate) {
      afterHighSurrogate = false;
      if (Character.isLowSurrogate(c)) {
        note(line, column);
        column++;
        return;
      }
      column++; // a lone high surrogate, which the parser will refuse
    }
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (c == '\n') {
        return; // \r\n: one line break, counted at the \r
      }
    }
    switch (c) {
      case '\r' -> {
        afterCarriageReturn = true;
        newLine();
      }
      case '\n', '\u0085', '\u2028', '\u2029' -> newLine();
      default -> {
        if (Character.isHighSurrogate(c)) {
          afterHighSurrogate = true;
        } else {
          column++;
        }
      }
    }
  }

  private void newLine() {
    line++;
    column = 0;
  }

  private void note(int atLine, int atColumn) {
    supplementary.computeIfAbsent(atLine, l -> new Columns()).add(atColumn);
  }

  /** The 0-based code-point columns of one line's supplementary characters, ascending. */
  private static final class Columns {
    private int[] columns = new int[4];
    private int count;

    void add(int column) {
      if (count == columns.length) {
        columns = Arrays.copyOf(columns, count * 2);
      }
      columns[count++] = column;
    }

    /** How many stand before the 0-based code-point column. */
    int before(int column) {
      int at = Arrays.binarySearch(columns, 0, count, column);
      return at >= 0 ? at : -at - 1;
    }
  }
}
