package dev.okr.core;

/**
 * User text as a line of a text report or a terminal may show it: every character that could end
 * the line, move the cursor, send a terminal escape or reorder what is shown is written as an
 * escape instead, so that no id, title, statement or message can forge a report line or drive the
 * terminal. {@code \n}, {@code \r} and {@code \t} are written as such; the other control
 * characters (U+0000–U+001F, U+007F–U+009F), the line and paragraph separators (U+2028, U+2029)
 * and the bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) as {@code \}{@code
 * uXXXX}, e.g. ESC as <code>&#92;u001B</code>. All other text, backslashes included, is left as it is.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text with its control characters escaped; the same string when it has none.
   *
   * @param text any text, e.g. a key result's statement
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /** Whether {@link #escape(String)} writes this character as an escape. */
  static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028' || c == '\u2029'
        || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
