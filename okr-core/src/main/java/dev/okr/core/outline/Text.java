package dev.okr.core.outline;

/** Index arithmetic over one line of an outline: blanks, digits, emphasis markers, trimming. */
final class Text {
  private Text() {}

  static int skipSpaces(String s, int p, int end) {
    while (p < end && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  static int digits(String s, int p, int end) {
    while (p < end && Character.isDigit(s.charAt(p))) {
      p++;
    }
    return p;
  }

  static int skipEmphasis(String s, int p, int end) {
    while (p < end && (s.charAt(p) == '*' || s.charAt(p) == '_')) {
      p++;
    }
    return p;
  }

  /** The end of {@code s[from, to)} without trailing blanks. */
  static int trimEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** Whether {@code s[from, to)} holds a letter or a digit. */
  static boolean hasWord(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The number of words (runs of non-blanks) in {@code s}. */
  static int words(String s) {
    int words = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean blank = Character.isWhitespace(s.charAt(k));
      if (!blank && !in) {
        words++;
      }
      in = !blank;
    }
    return words;
  }

  /**
   * The span {@code [from, to)} without surrounding blanks, emphasis markers and matching quotes, as
   * {start, end}; an empty span at {@code from} when nothing with a letter or digit is left.
   */
  static int[] clean(String line, int from, int to) {
    int s = from;
    int e = Math.min(to, line.length());
    boolean changed = true;
    while (changed) {
      changed = false;
      s = skipSpaces(line, s, e);
      e = trimEnd(line, s, e);
      if (e - s >= 2) {
        char a = line.charAt(s);
        char b = line.charAt(e - 1);
        if (a == b && (a == '*' || a == '_' || a == '"' || a == '\'' || a == '`' || a == '~')
            || a == '\u201C' && b == '\u201D' || a == '\u2018' && b == '\u2019' || a == '\u00AB' && b == '\u00BB') {
          s++;
          e--;
          changed = true;
        }
      }
    }
    return hasWord(line, s, e) ? new int[] {s, e} : new int[] {from, from};
  }
}
