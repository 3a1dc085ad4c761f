package dev.okr.lint;

import dev.okr.core.OkrException;
import org.jspecify.annotations.Nullable;

/**
 * A lint configuration is wrong: the message names the setting's path ({@code
 * thresholds.staleCheckInDays}), the value found, the line of the file when known, and what was
 * expected.
 */
public final class LintConfigException extends OkrException {
  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * Creates an exception.
   *
   * @param path the setting's path, e.g. {@code rules.kr-task-like}
   * @param value the offending value, or {@code null} when it was missing
   * @param line the 1-based line in the configuration file, or 0 when unknown
   * @param rule what was expected
   */
  public LintConfigException(String path, @Nullable Object value, int line, String rule) {
    super((line > 0 ? "line " + line + ": " : "") + path + ": " + rule
        + " (was " + (value == null ? "missing" : "\"" + value + "\"") + ")",
        path, value == null ? null : String.valueOf(value), rule, null);
    this.line = line;
  }

  /** The same error found at a line of the file. */
  public LintConfigException atLine(int line) {
    return new LintConfigException(path(), value(), line, rule());
  }

  /** The same error, with the file named in its path. */
  public LintConfigException inFile(String file) {
    return new LintConfigException(file + ": " + path(), value(), line, rule());
  }

  /** The 1-based line in the configuration file, or 0 when unknown. */
  public int line() {
    return line;
  }
}
