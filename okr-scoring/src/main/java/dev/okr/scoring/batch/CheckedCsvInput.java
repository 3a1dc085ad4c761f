package dev.okr.scoring.batch;

import dev.okr.core.io.TextPosition;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through to the parser, skipping a leading byte order mark (U+FEFF, which Excel's
 * "CSV UTF-8" writes) and following the quotes as FastCSV reads them (a field is quoted when its
 * first character is {@code "}; {@code ""} inside it is one quote), so that a quoted field left
 * open at the end of the input stops the run with the line where it began, rather than the rest
 * of the file being read into one field.
 */
final class CheckedCsvInput extends FilterReader {
  private boolean started;
  private final TextPosition position = new TextPosition();
  private boolean fieldStart = true;
  private boolean quoted;
  private boolean quoteSeen;
  private long openLine;
  private long openColumn;

  private final char delimiter;

  CheckedCsvInput(Reader in) {
    this(in, ',');
  }

  CheckedCsvInput(Reader in, char delimiter) {
    super(in);
    this.delimiter = delimiter;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n;
    do {
      n = in.read(cbuf, off, len);
      if (n < 0) {
        if (quoted && !quoteSeen) {
          throw new BatchException(openLine, "column " + openColumn + ": a quoted field begins here and its closing"
              + " quote is missing, so the rest of the input would be read into one field");
        }
        return -1;
      }
      if (!started && n > 0) {
        started = true;
        if (cbuf[off] == '\uFEFF') {
          System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
          n--;
        }
      }
    } while (n == 0 && len > 0);
    follow(cbuf, off, off + n);
    return n;
  }

  private void follow(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c != '"') {
            quoted = false;
            fieldStart = c == delimiter || c == '\n' || c == '\r';
          }
        } else if (c == '"') {
          quoteSeen = true;
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        openLine = position.line();
        openColumn = position.column();
        fieldStart = false;
      } else {
        fieldStart = c == delimiter || c == '\n' || c == '\r';
      }
      position.advance(c);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
