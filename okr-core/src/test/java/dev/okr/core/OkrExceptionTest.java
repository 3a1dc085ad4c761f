package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.okr.core.io.OkrFormatException;
import dev.okr.core.io.OkrReader;
import org.junit.jupiter.api.Test;

/** Every error about bad input is an {@link OkrException} naming its path, value and rule. */
class OkrExceptionTest {
  @Test
  void aBuilderMissingRequiredFieldsNamesThem() {
    OkrValidationException e = catchThrowableOfType(OkrValidationException.class, () -> KeyResult.builder().build());

    assertThat(e).isInstanceOf(OkrException.class).hasMessage("id, statement: is required (was missing)");
    assertThat(e.path()).isEqualTo("id, statement");
    assertThat(e.value()).isNull();
    assertThat(e.rule()).isEqualTo("is required");
  }

  @Test
  void aBuilderMissingOneFieldNamesIt() {
    OkrValidationException e = catchThrowableOfType(OkrValidationException.class,
        () -> KeyResult.builder().id("nps").build());

    assertThat(e).hasMessage("statement: is required (was missing)");
  }

  @Test
  void aBrokenRuleIsOne() {
    OkrValidationException e = catchThrowableOfType(OkrValidationException.class,
        () -> Measurement.increase(42, 42));

    assertThat(e).isInstanceOf(OkrException.class);
    assertThat(e.rule()).isNotEmpty();
  }

  @Test
  void anUnknownIdIsOne() {
    OkrSet set = OkrSet.of(java.util.List.of());
    UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
        () -> set.replace(KeyResult.builder().id("nps").statement("Increase NPS from 42 to 60").build()));

    assertThat(e).isInstanceOf(OkrException.class).hasMessage("no key result with id \"nps\" in this set");
    assertThat(e.path()).isEqualTo("id");
    assertThat(e.value()).isEqualTo("nps");
  }

  @Test
  void aDocumentThatCannotBeReadIsOne() {
    OkrFormatException e = catchThrowableOfType(OkrFormatException.class,
        () -> OkrReader.yaml().read("objectives:\n  - id: o1\n    title: 7\n    keyResults: nope\n", "q3.yaml"));

    assertThat(e).isInstanceOf(OkrException.class);
    assertThat(e.path()).startsWith("objectives[0]");
    assertThat(e.rule()).isEqualTo(e.problem());
  }
}
