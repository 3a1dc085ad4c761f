package dev.okr.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The structural checks the value types share; each throws {@link OkrValidationException}. */
final class Constraints {
  private Constraints() {}

  static void nonBlank(String path, String value) {
    if (isBlank(value)) {
      throw new OkrValidationException(path, value, "must not be blank");
    }
  }

  /**
   * Whether the text shows nothing: empty, or only white space in the wide sense, which {@link
   * String#isBlank()} misses (no-break spaces U+00A0, U+202F) and invisible format characters
   * (zero-width space U+200B, byte order mark U+FEFF).
   */
  static boolean isBlank(String value) {
    // A loop rather than codePoints().allMatch(...): every model object checks its texts, and the
    // stream's spliterator and lambda cost more than the check itself on short texts.
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  static void finite(String path, double value) {
    if (!Double.isFinite(value)) {
      throw new OkrValidationException(path, value, "must be a finite number");
    }
  }

  static void positive(String path, double value) {
    finite(path, value);
    if (value <= 0) {
      throw new OkrValidationException(path, value, "must be greater than 0");
    }
  }

  static void unitInterval(String path, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new OkrValidationException(path, value, "must lie in [0, 1]");
    }
  }

  static void nonBlankEach(String path, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      nonBlank(path + "[" + i++ + "]", value);
    }
  }

  static void distinct(String path, Collection<String> values) {
    distinct(path, "", values);
  }

  /** Each value distinct; a repeat is reported at {@code path[i]} followed by {@code suffix}. */
  static void distinct(String path, String suffix, Collection<String> values) {
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (String value : values) {
      if (!seen.add(value)) {
        throw new OkrValidationException(path + "[" + i + "]" + suffix, value, "must not repeat an earlier entry");
      }
      i++;
    }
  }
}
