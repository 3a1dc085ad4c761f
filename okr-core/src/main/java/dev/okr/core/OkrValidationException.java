package dev.okr.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A value broke a structural rule of the model, or a builder was built without a required field.
 *
 * <p>The message names the path of the offending field ({@code
 * objectives[2].keyResults[0].target}), the value found and the rule broken, so an application can
 * show it to its own users as is. The parts are also available separately.
 */
public final class OkrValidationException extends OkrException {
  private static final long serialVersionUID = 1L;

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

  /**
   * Creates the exception a builder throws when required fields were never set, naming them: {@code
   * id, statement: is required (was missing)}. Called by the builders that Immutables generates
   * (the style's {@code throwForInvalidImmutableState}); applications need not call it.
   *
   * @param message the generated message, which lists the fields not set last, in brackets
   */
  public OkrValidationException(String message) {
    this(namesIn(message), null, REQUIRED, detail(null, REQUIRED));
  }

  /** The names listed last in brackets, as Immutables writes them: {@code "... not set [id, statement]"}. */
  private static String namesIn(String message) {
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    return open >= 0 && close > open ? message.substring(open + 1, close) : "";
  }

  private static final String REQUIRED = "is required";

  private OkrValidationException(String path, @Nullable String value, String rule, String detail) {
    super(format(path, detail), path, value, rule, null);
    this.detail = requireNonNull(detail, "detail");
  }

  /**
   * The same violation seen from an enclosing value: {@code keyResults[0]} prefixed to {@code
   * target} gives {@code keyResults[0].target}.
   */
  public OkrValidationException under(String prefix) {
    String path = path();
    String joined = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
    return new OkrValidationException(joined, value(), rule(), detail);
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
