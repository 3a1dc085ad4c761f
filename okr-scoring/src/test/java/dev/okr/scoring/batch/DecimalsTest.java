package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch number reader: numbers a CSV may hold are read as {@link Double#parseDouble} reads
 * them (signs, fractions, exponents of either sign, long mantissas past the exact fast path), and
 * what is not a finite decimal number is rejected with the reason. {@link DecimalsPropertiesTest}
 * checks written decimals at large.
 */
class DecimalsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5|5.0",
      "-5|-5.0",
      "+5|5.0",
      "-0.25|-0.25",
      "12.5|12.5",
      "'  12.5  '|12.5",
      ".5|0.5",
      "5.|5.0",
      "007|7.0",
      "1e2|100.0",
      "1E2|100.0",
      "1e+2|100.0",
      "1e-2|0.01",
      "-1e-2|-0.01",
      "2.5e-3|0.0025",
      "1e22|1.0E22",
      "1e-22|1.0E-22",
      "3e23|3.0E23",
      "4e-23|4.0E-23",
      "1e308|1.0E308",
      "1e-400|0.0",
      "99.99|99.99",
      "0.1|0.1",
      "123456789012345678901234|1.2345678901234569E23",
      "0.1234567890123456789012|0.12345678901234568",
      "9007199254740993|9.007199254740992E15",
      "900719925474099.3|9.007199254740992E14",
  })
  void readsTheNumberParseDoubleReads(String text, double expected) {
    assertThat(Decimals.parse(text)).isEqualTo(expected).isEqualTo(Double.parseDouble(text.strip()));
  }

  @Test
  void aMinusSignMakesTheNumberNegativeOnBothPaths() {
    assertThat(Decimals.parse("-5")).isEqualTo(-5.0);
    assertThat(Decimals.parse("-1e30")).isEqualTo(-1e30);
    assertThat(Decimals.parse("-123456789012345678901")).isEqualTo(-1.2345678901234568E20);
    assertThat(Decimals.parse("-0")).isEqualTo(-0.0);
    assertThat(1 / Decimals.parse("-0")).isNegative();
  }

  @Test
  void aNegativeExponentDividesAndAPositiveOneMultiplies() {
    assertThat(Decimals.parse("1e-2")).isEqualTo(0.01);
    assertThat(Decimals.parse("1e+2")).isEqualTo(100.0);
    assertThat(Decimals.parse("12.5e1")).isEqualTo(125.0);
    assertThat(Decimals.parse("12.5e-1")).isEqualTo(1.25);
    assertThat(Decimals.parse("1.5e-30")).isEqualTo(1.5e-30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", "+", ".", "-.", "abc", "1x", "1.2.3", "1 2", "--1", "+-1", "1e2e3", "NaN", "Infinity",
      "-Infinity", "0x10", "5d", "5f", "1_000", "e5", "١٢"})
  void whatIsNotADecimalNumberIsRejected(String text) {
    assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class).hasMessage("is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e", "1e+", "1E-", "2.5e "})
  void anExponentWithoutDigitsIsRejectedWithTheReason(String text) {
    assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class)
        .hasMessage("is not a number: the exponent has no digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e309", "-1e309", "1e400000", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"})
  void aNumberTooLargeToBeFiniteIsRejectedWithTheReason(String text) {
    assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class)
        .hasMessage("is too large to be a finite number");
  }

  @Test
  void aHugeExponentIsCappedNotWrappedAround() {
    // an exponent read digit by digit into an int would wrap past 2^31 and turn a huge number tiny
    assertThat(Decimals.parse("1e-99999999999")).isEqualTo(0.0);
    assertThatThrownBy(() -> Decimals.parse("1e99999999999")).hasMessage("is too large to be a finite number");
    assertThatThrownBy(() -> Decimals.parse("1e4294967297")).hasMessage("is too large to be a finite number");
  }

  @Test
  void withDecimalCommasACommaIsTheDecimalPoint() {
    assertThat(Decimals.parse("12,5", true)).isEqualTo(12.5);
    assertThat(Decimals.parse("-0,25", true)).isEqualTo(-0.25);
    assertThat(Decimals.parse("1,5e-2", true)).isEqualTo(0.015);
    assertThat(Decimals.parse("42", true)).isEqualTo(42.0);
    // the comma may be the first character
    assertThat(Decimals.parse(",5", true)).isEqualTo(0.5);
  }

  @Test
  void withDecimalCommasAPointOrASecondCommaIsRejectedAsAmbiguous() {
    assertThatThrownBy(() -> Decimals.parse("1.5", true)).isInstanceOf(NumberFormatException.class)
        .hasMessageStartingWith("is ambiguous with decimal commas: its \".\" could be a thousands separator");
    assertThatThrownBy(() -> Decimals.parse("1.000,5", true)).hasMessageStartingWith("is ambiguous with decimal commas");
    assertThatThrownBy(() -> Decimals.parse("1,000,5", true)).isInstanceOf(NumberFormatException.class)
        .hasMessageStartingWith("is not a number: it has more than one comma");
    assertThatThrownBy(() -> Decimals.parse("1,x", true)).hasMessage("is not a number");
    // the point or the first of two commas may be the first character
    assertThatThrownBy(() -> Decimals.parse(".5", true)).hasMessageStartingWith("is ambiguous with decimal commas");
    assertThatThrownBy(() -> Decimals.parse(",5,3", true)).hasMessageStartingWith("is not a number: it has more than one comma");
  }

  @Test
  void withDecimalPointsACommaIsRejectedAndTheDecimalCommaOptionNamedOnlyWhenItWouldRead() {
    assertThat(Decimals.parse("12.5", false)).isEqualTo(12.5);
    assertThatThrownBy(() -> Decimals.parse("12,5", false)).isInstanceOf(NumberFormatException.class)
        .hasMessageStartingWith("is not a number: it has a decimal comma")
        .hasMessageContaining("--decimal-comma");
    // two commas, a point beside the comma, or no number even with a point: the plain reason
    assertThatThrownBy(() -> Decimals.parse("1,000,000", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse("1,000.5", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse("a,b", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse("abc", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse(",", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse(",5", false)).hasMessageStartingWith("is not a number: it has a decimal comma");
  }
}
