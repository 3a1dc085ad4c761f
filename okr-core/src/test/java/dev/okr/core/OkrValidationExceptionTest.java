package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OkrValidationExceptionTest {

  @Test
  void namesThePathTheRuleAndTheValue() {
    OkrValidationException e = new OkrValidationException("target", 42.0, "must differ from the baseline");
    assertThat(e).hasMessage("target: must differ from the baseline (was 42.0)");
    assertThat(e.path()).isEqualTo("target");
    assertThat(e.value()).isEqualTo("42.0");
    assertThat(e.rule()).isEqualTo("must differ from the baseline");
  }

  @Test
  void quotesTextAndSaysWhenTheValueIsMissing() {
    assertThat(new OkrValidationException("id", " ", "must not be blank")).hasMessage("id: must not be blank (was \" \")");
    OkrValidationException missing = new OkrValidationException("value", null, "is required");
    assertThat(missing).hasMessage("value: is required (was missing)");
    assertThat(missing.value()).isNull();
  }

  @Test
  void aValueCheckedOnItsOwnLeadsTheMessage() {
    assertThat(new OkrValidationException("", "26-Q1", "is not a cycle")).hasMessage("\"26-Q1\" is not a cycle");
    assertThat(new OkrValidationException("", null, "is required")).hasMessage("is required (was missing)");
  }

  @Test
  void underPrefixesThePath() {
    OkrValidationException e = new OkrValidationException("target", 42.0, "must differ from the baseline");
    OkrValidationException nested = e.under("keyResults[0].measurement").under("objectives[2]");
    assertThat(nested.path()).isEqualTo("objectives[2].keyResults[0].measurement.target");
    assertThat(nested).hasMessage("objectives[2].keyResults[0].measurement.target: must differ from the baseline (was 42.0)");
    assertThat(nested.value()).isEqualTo("42.0");
    assertThat(e.under("").path()).isEqualTo("target");
    // a number stays unquoted when moved under a prefix; it used to turn into text
    assertThat(new OkrValidationException("weight", 0.0, "must be greater than 0").under("keyResults[1]"))
        .hasMessage("keyResults[1].weight: must be greater than 0 (was 0.0)");
    assertThat(new OkrValidationException("id", "", "must not be blank").under("keyResults[1]"))
        .hasMessage("keyResults[1].id: must not be blank (was \"\")");
    assertThat(new OkrValidationException("", "x", "is not a cycle").under("cycle"))
        .hasMessage("cycle: is not a cycle (was \"x\")");
  }
}
