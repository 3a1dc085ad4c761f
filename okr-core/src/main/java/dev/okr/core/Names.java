package dev.okr.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks enum constants up by their stable document names. */
final class Names {
  private Names() {}

  static <E extends Enum<E>> E lookup(String label, E[] values, Function<E, String> id, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (E value : values) {
      if (id.apply(value).equals(wanted)) {
        return value;
      }
    }
    String accepted = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    throw new OkrValidationException("", text, "is not a known " + label + "; expected one of: " + accepted);
  }
}
