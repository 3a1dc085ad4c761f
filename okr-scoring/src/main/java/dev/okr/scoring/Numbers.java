package dev.okr.scoring;

import java.math.BigDecimal;

/** Formats numbers for explanations: shortest decimal form, no exponent, no trailing zeros. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = Double.toString(value);
    return text.indexOf('E') < 0 ? text : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
