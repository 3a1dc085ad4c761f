package dev.okr.core.io;

/**
 * Where a reader of text stands: the 1-based line and column (in UTF-16 code units) of the next
 * char. A line ends at LF, CR or CR LF (counted once). The one count of lines and columns for the
 * readers that name where bad input sits (documents' control characters, the batch CSV's bytes and
 * quotes). Not thread-safe: each reader keeps its own.
 */
public final class TextPosition {
  /** A position at line 1, column 1. */
  public TextPosition() {}

  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  /** Moves past one char. */
  public void advance(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
    } else if (c == '\r') {
      line++;
      column = 1;
    } else {
      column++;
    }
    afterCr = c == '\r';
  }

  /** The 1-based line of the next char. */
  public long line() {
    return line;
  }

  /** The 1-based column of the next char. */
  public long column() {
    return column;
  }
}
