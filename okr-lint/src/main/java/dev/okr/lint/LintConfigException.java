package dev.okr.lint;

import org.jspecify.annotations.Nullable;

/**
 * A lint configuration is wrong: the message names the setting's path ({@code
 * thresholds.staleCheckInDays}), the value found, the line of the file when known, and what was
 * expected.
 */
public final class LintConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final int line;
  private final String rule;

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
        + " (was " + (value == null ? "missing" : "\"" + value + "\"") + ")");
    this.path = path;
    this.value = value == null ? null : String.valueOf(value);
    this.line = line;
    this.rule = rule;
  }

  /** The same error found at a line of the file. */
  public LintConfigException atLine(int line) {
    return new LintConfigException(path, value, line, rule);
  }

  /** The same error, with the file named in its path. */
  public LintConfigException inFile(String file) {
    return new LintConfigException(file + ": " + path, value, line, rule);
  }

  /** What was expected. */
  public String rule() {
    return rule;
  }

  /** The setting's path. */
  public String path() {
    return path;
  }

  /** The offending value, or {@code null} when it was missing. */
  public @Nullable String value() {
    return value;
  }

  /** The 1-based line in the configuration file, or 0 when unknown. */
  public int line() {
    return line;
  }
}
