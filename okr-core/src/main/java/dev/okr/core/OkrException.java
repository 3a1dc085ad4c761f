package dev.okr.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The one family of errors okr reports about what it was given: every exception the library throws
 * for bad input or a bad request is one. Each names where the problem is ({@link #path()}), the
 * value found ({@link #value()}) and the rule that value broke ({@link #rule()}), so that an
 * application can catch this one type and show the parts to its own users; subtypes add what they
 * know (a file and line, an id). A builder whose required field was never set throws one too
 * ({@link OkrValidationException}), not a bare {@code IllegalStateException}.
 *
 * <p>Programming errors that no input can cause are not in the family: a null where the API forbids
 * it ({@code NullPointerException}), an argument only code can pass (an empty group to roll up, a
 * rounding to 16 places: {@code IllegalArgumentException}), a broken invariant ({@code
 * IllegalStateException}, {@code AssertionError}).
 */
public abstract class OkrException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates an exception.
   *
   * @param message the whole message, as {@link #getMessage()} returns it
   * @param path where the problem is, e.g. {@code objectives[2].keyResults[0].target}; empty for
   *     the whole input
   * @param value the offending value as text, or {@code null} when it was missing or is not known
   * @param rule the rule broken, e.g. {@code must differ from the baseline}
   * @param cause the underlying error, if any
   */
  protected OkrException(String message, String path, @Nullable String value, String rule, @Nullable Throwable cause) {
    super(message, cause);
    this.path = requireNonNull(path, "path");
    this.value = value;
    this.rule = requireNonNull(rule, "rule");
  }

  /** Where the problem is: a field's path, a column, a setting; empty when it concerns the whole input. */
  public String path() {
    return path;
  }

  /** The offending value as text, or {@code null} when it was missing or is not known. */
  public @Nullable String value() {
    return value;
  }

  /** The rule broken, without the path or the value: {@code must be greater than 0}. */
  public String rule() {
    return rule;
  }
}
