package dev.okr.scoring.batch;

/**
 * Where a reader of text stands: the 1-based line and column of the next char. A line ends at LF,
 * CR or CR LF (counted once). Not thread-safe: each reader keeps its own.
 */
final class TextPosition {
  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  /** Moves past one char. */
  void advance(char c) {
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
  long line() {
    return line;
  }

  /** The 1-based column of the next char. */
  long column() {
    return column;
  }
}
