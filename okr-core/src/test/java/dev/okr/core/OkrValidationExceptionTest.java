package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OkrValidationExceptionTest {

  @Test
  void namesThePathTheRuleAndTheValue() {
    OkrValidationException e = new OkrValidationException("target", 42.5, "must differ from the baseline");
    assertThat(e).hasMessage("target: must differ from the baseline (was 42.5)");
    assertThat(e.path()).isEqualTo("target");
    assertThat(e.value()).isEqualTo("42.5");
    assertThat(e.rule()).isEqualTo("must differ from the baseline");
    assertThat(e.detail()).isEqualTo("must differ from the baseline (was 42.5)");
  }

  @Test
  void showsWholeNumbersWithoutAFractionButKeepsTheValueAsGiven() {
    OkrValidationException e = new OkrValidationException("target", 42.0, "must differ from the baseline");
    assertThat(e).hasMessage("target: must differ from the baseline (was 42)");
    assertThat(e.value()).isEqualTo("42.0");
    assertThat(new OkrValidationException("target", 1e300, "is large")).hasMessage("target: is large (was 1.0E300)");
  }

  @Test
  void quotesTextAndSaysWhenTheValueIsMissing() {
    assertThat(new OkrValidationException("id", " ", "must not be blank")).hasMessage("id: must not be blank (was \" \")");
    OkrValidationException missing = new OkrValidationException("value", null, "is required");
    assertThat(missing).hasMessage("value: is required (was missing)");
    assertThat(missing.value()).isNull();
  }

  @Test
  void aValueCheckedOnItsOwnHasNoPathInItsMessage() {
    // it read ": is not a cycle ..." before
    assertThat(new OkrValidationException("", "26-Q1", "is not a cycle")).hasMessage("is not a cycle (was \"26-Q1\")");
  }

  @Test
  void underPrefixesThePath() {
    OkrValidationException e = new OkrValidationException("target", 42.0, "must differ from the baseline");
    OkrValidationException nested = e.under("keyResults[0].measurement").under("objectives[2]");
    assertThat(nested.path()).isEqualTo("objectives[2].keyResults[0].measurement.target");
    assertThat(nested).hasMessage("objectives[2].keyResults[0].measurement.target: must differ from the baseline (was 42)");
    assertThat(nested.value()).isEqualTo("42.0");
    assertThat(e.under("").path()).isEqualTo("target");
    assertThat(new OkrValidationException("", "x", "is not a cycle").under("cycle"))
        .hasMessage("cycle: is not a cycle (was \"x\")");
  }

  @Test
  void underKeepsANumberANumber() {
    // the value used to be re-read as text when moved, and shown in quotes: (was "0.0")
    assertThat(new OkrValidationException("weight", 0.5, "must be greater than 1").under("keyResults[1]"))
        .hasMessage("keyResults[1].weight: must be greater than 1 (was 0.5)");
    assertThat(new OkrValidationException("id", "", "must not be blank").under("keyResults[1]"))
        .hasMessage("keyResults[1].id: must not be blank (was \"\")");
  }
}
