package dev.okr.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The stable lower-case, hyphenated names of enum constants, as used in explanations and documents. */
final class Ids {
  private Ids() {}

  private static final ClassValue<String[]> IDS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] ids = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return ids;
    }
  };

  /** {@code KEEP_NEGATIVE} becomes {@code keep-negative}; computed once per enum type. */
  static String of(Enum<?> constant) {
    return IDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * The constant named {@code text}, ignoring case and reading {@code _} as {@code -}.
   *
   * @throws IllegalArgumentException naming the accepted values when none matches
   */
  static <E extends Enum<E>> E lookup(Class<E> type, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(wanted)) {
        return constant;
      }
    }
    String accepted = Arrays.stream(type.getEnumConstants()).map(Ids::of).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " \"" + text + "\"; expected one of: " + accepted);
  }
}
