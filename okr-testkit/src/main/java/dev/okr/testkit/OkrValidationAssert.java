package dev.okr.testkit;

import dev.okr.core.OkrValidationException;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/** Assertions on an {@link OkrValidationException}: its path, value, rule and message. */
public final class OkrValidationAssert extends AbstractObjectAssert<OkrValidationAssert, OkrValidationException> {

  OkrValidationAssert(OkrValidationException actual) {
    super(actual, OkrValidationAssert.class);
  }

  /** The error names exactly this path, e.g. {@code objectives[2].keyResults[0].measurement.target}. */
  public OkrValidationAssert hasPath(String path) {
    isNotNull();
    if (!actual.path().equals(path)) {
      failWithMessage("Expected the path%n  %s%nbut the error names%n  %s%nin: %s", path, actual.path(), actual.getMessage());
    }
    return this;
  }

  /** The error names exactly this rule, e.g. {@code must not be blank}. */
  public OkrValidationAssert hasRule(String rule) {
    isNotNull();
    if (!actual.rule().equals(rule)) {
      failWithMessage("Expected the rule%n  %s%nbut the error names%n  %s%nin: %s", rule, actual.rule(), actual.getMessage());
    }
    return this;
  }

  /** The error shows this offending value, as text. */
  public OkrValidationAssert hasValue(String value) {
    isNotNull();
    if (!value.equals(actual.value())) {
      failWithMessage("Expected the value%n  %s%nbut the error shows%n  %s%nin: %s", value, actual.value(), actual.getMessage());
    }
    return this;
  }

  /** The error says the value is missing. */
  public OkrValidationAssert hasNoValue() {
    isNotNull();
    if (actual.value() != null) {
      failWithMessage("Expected no value but the error shows%n  %s%nin: %s", actual.value(), actual.getMessage());
    }
    return this;
  }

  /** The error's whole message is exactly this. */
  public OkrValidationAssert hasMessage(String message) {
    isNotNull();
    if (!Objects.equals(actual.getMessage(), message)) {
      failWithMessage("Expected the message%n  %s%nbut was%n  %s", message, actual.getMessage());
    }
    return this;
  }

  /** The error reports the break: its path, value and rule, exactly. */
  public OkrValidationAssert reports(BrokenOkrSet broken) {
    hasPath(broken.path()).hasRule(broken.rule());
    @Nullable String value = broken.value();
    return value == null ? hasNoValue() : hasValue(value);
  }
}
