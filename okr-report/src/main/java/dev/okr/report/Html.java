package dev.okr.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.OptionalDouble;

/**
 * Text and numbers as the page writes them: every user text escaped by Guava's HTML escaper (so a
 * {@code <script>} in a title is shown, not run), every number in a {@code data-} attribute written
 * as the grade JSON writes it (whole numbers without a fraction, others as Java's shortest form).
 */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private Html() {}

  /** The text escaped for an element's content or a quoted attribute. */
  static String text(String text) {
    return ESCAPER.escape(text);
  }

  /** A number as {@code okr grade --format json} writes it. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** {@code  name="value"} for a number that is present; nothing for one that is not. */
  static String data(String name, OptionalDouble value) {
    return value.isPresent() ? " data-" + name + "=\"" + number(value.getAsDouble()) + "\"" : "";
  }

  /** {@code  name="value"} for a present number. */
  static String data(String name, double value) {
    return " data-" + name + "=\"" + number(value) + "\"";
  }

  /** A score for people to read: two places at most, {@code 0.46}. */
  static String shown(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A share as a percentage for people: {@code 75%}. */
  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
  }
}
