package dev.okr.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the command line writes numbers: whole numbers without a fraction, others in full. */
final class Numbers {
  private Numbers() {}

  /** {@code 42} for 42.0, {@code 0.35} for 0.35, {@code 1.0E300} stays as Java writes it. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A number rounded to {@code places} decimals for people to read: {@code 0.46}. */
  static String round(double value, int places) {
    return new BigDecimal(Double.toString(value)).setScale(places, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A share as a percentage for people: {@code 75%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** The number as a JSON number (whole numbers without a fraction), or null. */
  static void write(JsonGenerator g, OptionalDouble value) throws IOException {
    if (value.isEmpty()) {
      g.writeNull();
    } else if (value.getAsDouble() == Math.rint(value.getAsDouble()) && Math.abs(value.getAsDouble()) < 1e15) {
      g.writeNumber((long) value.getAsDouble());
    } else {
      g.writeNumber(value.getAsDouble());
    }
  }
}
