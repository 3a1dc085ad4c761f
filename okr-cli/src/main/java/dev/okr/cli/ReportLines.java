package dev.okr.cli;

import dev.okr.core.TerminalText;
import java.io.PrintWriter;

/**
 * The lines of a text report: every string printed has its control characters escaped ({@link
 * TerminalText}), so that an id, title or statement holding a line break or a terminal escape shows
 * as {@code \n} or <code>&#92;u001B</code> and cannot forge a report line. Only {@code println()} ends a
 * line. Flush it before the writer it prints to.
 */
final class ReportLines extends PrintWriter {
  ReportLines(PrintWriter out) {
    super(out);
  }

  @Override
  public void print(String text) {
    super.print(TerminalText.escape(String.valueOf(text)));
  }

  @Override
  public void print(Object value) {
    print(String.valueOf(value));
  }
}
