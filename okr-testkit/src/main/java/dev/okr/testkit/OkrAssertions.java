package dev.okr.testkit;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * AssertJ entry point for the OKR model. Import its {@code assertThat} methods statically beside
 * AssertJ's own; Java picks the most specific one.
 *
 * <pre>{@code
 * assertThatValidation(() -> Measurement.increase(42, 42))
 *     .hasPath("target")
 *     .hasRule("must differ from the baseline 42 for an increase");
 * }</pre>
 */
public final class OkrAssertions {
  private OkrAssertions() {}

  /**
   * Runs {@code build} and asserts it throws an {@link OkrValidationException}, for further
   * assertions on it; fails if nothing, or something else, is thrown.
   */
  public static OkrValidationAssert assertThatValidation(ThrowingCallable build) {
    Throwable thrown = Assertions.catchThrowable(build);
    if (thrown == null) {
      throw new AssertionError("Expected an OkrValidationException but nothing was thrown");
    }
    if (!(thrown instanceof OkrValidationException e)) {
      throw new AssertionError("Expected an OkrValidationException but caught " + thrown, thrown);
    }
    return new OkrValidationAssert(e);
  }

  /** Assertions on a validation error. */
  public static OkrValidationAssert assertThat(OkrValidationException actual) {
    return new OkrValidationAssert(actual);
  }

  /** Assertions on a whole document. */
  public static OkrSetAssert assertThat(OkrSet actual) {
    return new OkrSetAssert(actual);
  }

  /** Assertions on an objective. */
  public static ObjectiveAssert assertThat(Objective actual) {
    return new ObjectiveAssert(actual);
  }

  /** Assertions on a key result. */
  public static KeyResultAssert assertThat(KeyResult actual) {
    return new KeyResultAssert(actual);
  }
}
