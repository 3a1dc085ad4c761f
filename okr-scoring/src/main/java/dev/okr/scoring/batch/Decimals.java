package dev.okr.scoring.batch;

/**
 * Reads numbers from text strictly: an optional sign, digits with an optional decimal point, an
 * optional exponent; surrounding spaces allowed. Rejects what {@link Double#parseDouble} would also
 * take but a CSV number should not be: {@code NaN}, {@code Infinity}, hexadecimal, {@code 5d}.
 * Common decimals take a fast, exactly rounded path (Clinger's); the rest go to {@link
 * Double#parseDouble} once their syntax is checked.
 */
final class Decimals {
  private static final double[] POWERS = new double[23];
  private static final long EXACT = 1L << 53;

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private Decimals() {}

  /**
   * The number in {@code text}, read with a decimal comma when {@code decimalComma} ({@code 12,5}
   * is 12.5; a {@code .}, which could be a thousands separator or a decimal point, or a second
   * comma is rejected as ambiguous), else as {@link #parse(String)} reads it, saying so when the
   * text would be a number with a decimal comma.
   *
   * @throws NumberFormatException saying what is wrong, when the text is not a finite decimal number
   */
  static double parse(String text, boolean decimalComma) {
    int comma = text.indexOf(',');
    if (!decimalComma) {
      try {
        return parse(text);
      } catch (NumberFormatException e) {
        if (comma >= 0 && text.indexOf(',', comma + 1) < 0 && text.indexOf('.') < 0 && isNumber(text.replace(',', '.'))) {
          throw new NumberFormatException("is not a number: it has a decimal comma, and numbers are read with a decimal point"
              + " unless decimal commas are on (okr batch-grade --decimal-comma)");
        }
        throw e;
      }
    }
    if (text.indexOf('.') >= 0) {
      throw new NumberFormatException("is ambiguous with decimal commas: its \".\" could be a thousands separator or a decimal point;"
          + " write the number without thousands separators and with a decimal comma");
    }
    if (comma >= 0 && text.indexOf(',', comma + 1) >= 0) {
      throw new NumberFormatException("is not a number: it has more than one comma (thousands separators are not read);"
          + " write the number without thousands separators and with one decimal comma");
    }
    return parse(comma < 0 ? text : text.replace(',', '.'));
  }

  /**
   * The number in {@code text}.
   *
   * @throws NumberFormatException saying what is wrong, when the text is not a finite decimal number
   */
  static double parse(String text) {
    int end = text.length();
    int i = 0;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    while (end > i && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = i;
    boolean negative = false;
    if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int exponent = 0;
    boolean digits = false;
    boolean exact = true;
    while (i < end && isDigit(text.charAt(i))) {
      digits = true;
      if (mantissa < 100_000_000_000_000_000L) {
        mantissa = mantissa * 10 + (text.charAt(i) - '0');
      } else {
        // a digit the mantissa cannot hold: the number leaves the fast path, so its exponent no longer counts
        exact = false;
      }
      i++;
    }
    if (i < end && text.charAt(i) == '.') {
      i++;
      while (i < end && isDigit(text.charAt(i))) {
        digits = true;
        if (mantissa < 100_000_000_000_000_000L) {
          mantissa = mantissa * 10 + (text.charAt(i) - '0');
          exponent--;
        } else {
          exact = false;
        }
        i++;
      }
    }
    if (!digits) {
      throw new NumberFormatException("is not a number");
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int e = 0;
      boolean exponentDigits = false;
      while (i < end && isDigit(text.charAt(i))) {
        exponentDigits = true;
        e = e < 100_000 ? e * 10 + (text.charAt(i) - '0') : e;
        i++;
      }
      if (!exponentDigits) {
        throw new NumberFormatException("is not a number: the exponent has no digits");
      }
      exponent += negativeExponent ? -e : e;
    }
    if (i != end) {
      throw new NumberFormatException("is not a number");
    }
    double value;
    if (exact && mantissa < EXACT && exponent >= -22 && exponent <= 22) {
      value = exponent >= 0 ? mantissa * POWERS[exponent] : mantissa / POWERS[-exponent];
      value = negative ? -value : value;
    } else {
      value = Double.parseDouble(text.substring(start, end));
    }
    if (!Double.isFinite(value)) {
      throw new NumberFormatException("is too large to be a finite number");
    }
    return value;
  }

  private static boolean isNumber(String text) {
    try {
      parse(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
