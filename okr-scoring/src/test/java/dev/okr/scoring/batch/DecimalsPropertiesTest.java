package dev.okr.scoring.batch;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/**
 * Any decimal written with up to 18 digits, its point anywhere, an optional sign and an exponent in
 * any of its forms is read exactly as {@link Double#parseDouble} reads it, on the fast exact path
 * and off it.
 */
class DecimalsPropertiesTest {

  @Test
  void anyWrittenDecimalIsReadExactlyAsParseDoubleReadsIt() {
    qt().forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L), integers().between(0, 20),
            integers().between(-40, 40), integers().between(0, 3))
        .checkAssert((digits, point, exponent, form) -> {
          String text = written(digits, point, exponent, form);
          assertThat(Decimals.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        });
  }

  /** A decimal with its point {@code point} digits from the right, and an exponent in one of four forms. */
  private static String written(long digits, int point, int exponent, int form) {
    String sign = digits < 0 ? "-" : (form == 3 ? "+" : "");
    String body = Long.toString(Math.abs(digits));
    if (point > 0) {
      while (body.length() <= point) {
        body = "0" + body;
      }
      body = body.substring(0, body.length() - point) + "." + body.substring(body.length() - point);
    }
    String e = switch (form) {
      case 0 -> "";
      case 1 -> "e" + exponent;
      case 2 -> "E" + (exponent >= 0 ? "+" : "") + exponent;
      default -> "e" + exponent;
    };
    return sign + body + e;
  }
}
