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
  private final String rule;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param path the path of the field, e.g. {@code keyResults[0].target}
   * @param value the offending value as text, or {@code null} when it was absent
   * @param rule the rule broken, e.g. {@code must differ from the baseline}
   */
  public OkrValidationException(String path, @Nullable Object value, String rule) {
    this(path, value == null ? null : String.valueOf(value), rule, detail(value, rule));
  }

  private OkrValidationException(String path, @Nullable String value, String rule, String detail) {
    super(format(path, detail));
    this.path = requireNonNull(path, "path");
    this.value = value;
    this.rule = requireNonNull(rule, "rule");
    this.detail = detail;
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
    return new OkrValidationException(joined, value, rule, detail);
  }

  /** The message without the path: the rule and the value, e.g. {@code must be greater than 0 (was -1)}. */
  public String detail() {
    return detail;
  }

  private static String format(String path, String detail) {
    return path.isEmpty() ? detail : path + ": " + detail;
  }

  private static String detail(@Nullable Object value, String rule) {
    return rule + " (was " + (value == null ? "missing" : show(value)) + ")";
  }

  /** A value as messages show it: text in quotes, whole numbers without a fraction. */
  static String show(Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    if (value instanceof Double d) {
      return show(d.doubleValue());
    }
    return String.valueOf(value);
  }

  /** A number as messages show it: {@code 42}, not {@code 42.0}. */
  static String show(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
