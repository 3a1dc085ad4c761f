package dev.okr.scoring;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A key result cannot be scored as given: a number the strategy needs is missing, the baseline
 * equals the target under {@link ScoringPolicy.FlatRange#REJECT}, no strategy scores its type.
 *
 * <p>Like {@code OkrValidationException}, the message names the path of the field, the value found
 * and the rule broken, and the parts are available separately.
 */
public final class ScoringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String rule;

  /**
   * Creates an exception.
   *
   * @param path the field, e.g. {@code measurement.baseline}
   * @param value the offending value, or {@code null} when it is missing
   * @param rule what the strategy needs, e.g. {@code the linear strategy needs a baseline}
   */
  public ScoringException(String path, @Nullable Object value, String rule) {
    super(path + ": " + rule + " (was " + (value == null ? "missing" : value) + ")");
    this.path = requireNonNull(path, "path");
    this.value = value == null ? null : String.valueOf(value);
    this.rule = requireNonNull(rule, "rule");
  }

  /** The path of the offending field. */
  public String path() {
    return path;
  }

  /** The offending value as text, or {@code null} when it was missing. */
  public @Nullable String value() {
    return value;
  }

  /** What the strategy needs. */
  public String rule() {
    return rule;
  }
}
