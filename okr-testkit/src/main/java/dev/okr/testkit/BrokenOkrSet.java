package dev.okr.testkit;

import static java.util.Objects.requireNonNull;

import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A valid document and one field of it to break, with what validation must then report: the path
 * of the field from the document's root ({@code objectives[2].keyResults[0].measurement.target}),
 * the offending value and the rule. Made by {@link OkrGen#broken()}; immutable.
 *
 * <p>{@link #build()} rebuilds the document with the field broken, each enclosing value through its
 * builder, putting each level's path segment in front of the error the way a document reader does.
 * A test then checks that the error names exactly {@link #path()}:
 *
 * <pre>{@code
 * qt().forAll(OkrGen.broken()).checkAssert(broken ->
 *     assertThatValidation(broken::build).reports(broken));
 * }</pre>
 */
public final class BrokenOkrSet {
  private final Violation violation;
  private final OkrSet valid;
  private final String path;
  private final @Nullable String value;
  private final String rule;
  private final UnaryOperator<OkrSet> breaker;

  BrokenOkrSet(
      Violation violation, OkrSet valid, String path, @Nullable Object value, String rule,
      UnaryOperator<OkrSet> breaker) {
    this.violation = requireNonNull(violation);
    this.valid = requireNonNull(valid);
    this.path = requireNonNull(path);
    this.value = value == null ? null : String.valueOf(value);
    this.rule = requireNonNull(rule);
    this.breaker = requireNonNull(breaker);
  }

  /** The rule broken. */
  public Violation violation() {
    return violation;
  }

  /** The valid document the field is broken in. */
  public OkrSet valid() {
    return valid;
  }

  /** The path of the broken field from the document's root, as validation must name it. */
  public String path() {
    return path;
  }

  /**
   * The offending value as {@link OkrValidationException#value()} gives it, or {@code null} when
   * the broken field is one that is missing.
   */
  public @Nullable String value() {
    return value;
  }

  /** The rule as {@link OkrValidationException#rule()} must give it. */
  public String rule() {
    return rule;
  }

  /**
   * Rebuilds {@link #valid()} with the field broken.
   *
   * @return the document, only if validation failed to notice the break
   * @throws OkrValidationException as validation reports the break
   */
  public OkrSet build() {
    return breaker.apply(valid);
  }

  /** {@code TARGET_EQUALS_BASELINE at objectives[0].keyResults[1].measurement.target = 42.0: must ...}. */
  @Override
  public String toString() {
    return violation + " at " + path + " = " + (value == null ? "(missing)" : "\"" + value + "\"") + ": " + rule
        + " in " + valid;
  }
}
