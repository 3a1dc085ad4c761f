package dev.okr.scoring;

import dev.okr.core.OkrException;
import org.jspecify.annotations.Nullable;

/**
 * A key result cannot be scored as given: a number the strategy needs is missing, the baseline
 * equals the target under {@link ScoringPolicy.FlatRange#REJECT}, no strategy scores its type, or a
 * strategy or profile is asked for by a name none has.
 *
 * <p>Like {@code OkrValidationException}, the message names the path of the field, the value found
 * and the rule broken, and the parts are available separately.
 */
public final class ScoringException extends OkrException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param path the field, e.g. {@code measurement.baseline}
   * @param value the offending value, or {@code null} when it is missing
   * @param rule what the strategy needs, e.g. {@code the linear strategy needs a baseline}
   */
  public ScoringException(String path, @Nullable Object value, String rule) {
    super(path + ": " + rule + " (was " + (value == null ? "missing" : value) + ")", path,
        value == null ? null : String.valueOf(value), rule, null);
  }
}
