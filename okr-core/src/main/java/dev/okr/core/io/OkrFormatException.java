package dev.okr.core.io;

import static java.util.Objects.requireNonNull;

import dev.okr.core.OkrException;
import dev.okr.core.TerminalText;

/**
 * A document could not be read: bad syntax, a value of the wrong type, an unknown field, or a model
 * rule broken. The message reads {@code q3.yaml:14:7 objectives[1].keyResults[0].target: expected
 * a number, got "sixty"}, on one line: control characters in it (from the document's text or its
 * name) are escaped as {@link TerminalText#escape(String)} does. The parts are available
 * separately, as they are.
 */
public final class OkrFormatException extends OkrException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  OkrFormatException(String source, int line, int column, String path, String problem, Throwable cause) {
    super(TerminalText.escape(format(source, line, column, path, problem)), path, null, problem, cause);
    this.source = requireNonNull(source);
    this.line = line;
    this.column = column;
    this.problem = requireNonNull(problem);
  }

  /** The name of the document, e.g. its file name. */
  public String source() {
    return source;
  }

  /** The 1-based line of the offending value, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending value, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The path of the offending field, e.g. {@code objectives[1].keyResults[0].target}; empty for the whole document. */
  @Override
  public String path() {
    return super.path();
  }

  /** What is wrong, without source, position or path. */
  public String problem() {
    return problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(' ');
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(problem).toString();
  }
}
