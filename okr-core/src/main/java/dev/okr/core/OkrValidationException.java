package dev.okr.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A value broke a structural rule of the model.
 *
 * <p>The message names the path of the offending field ({@code
 * objectives[2].keyResults[0].target}), the value found and the rule broken, so an application can
 * show it to its own users as is. The parts are also available separately.
 */
public final class OkrValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final boolean text;
  private final String rule;

  /**
   * Creates an exception.
   *
   * @param path the path of the field, e.g. {@code keyResults[0].target}
   * @param value the offending value as text, or {@code null} when it was absent
   * @param rule the rule broken, e.g. {@code must differ from the baseline}
   */
  public OkrValidationException(String path, @Nullable Object value, String rule) {
    this(path, value == null ? null : String.valueOf(value), value instanceof CharSequence, rule);
  }

  private OkrValidationException(String path, @Nullable String value, boolean text, String rule) {
    super(format(path, value, text, rule));
    this.path = requireNonNull(path, "path");
    this.value = value;
    this.text = text;
    this.rule = requireNonNull(rule, "rule");
  }

  /** The path of the offending field, relative to the value being built. */
  public String path() {
    return path;
  }

  /** The offending value as text, or {@code null} when the value was missing. */
  public @Nullable String value() {
    return value;
  }

  /** The rule broken. */
  public String rule() {
    return rule;
  }

  /**
   * The same violation seen from an enclosing value: {@code keyResults[0]} prefixed to {@code
   * target} gives {@code keyResults[0].target}.
   */
  public OkrValidationException under(String prefix) {
    String joined = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
    OkrValidationException moved = new OkrValidationException(joined, value, text, rule);
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  private static String format(String path, @Nullable String value, boolean text, String rule) {
    if (path.isEmpty() && value != null) {
      // A value validated on its own, e.g. a cycle's text: "2026-Q5" is not a valid cycle: ...
      return quote(value, text) + " " + rule;
    }
    String shown = value == null ? "missing" : quote(value, text);
    return (path.isEmpty() ? "" : path + ": ") + rule + " (was " + shown + ")";
  }

  private static String quote(String value, boolean text) {
    return text ? "\"" + value + "\"" : value;
  }
}
