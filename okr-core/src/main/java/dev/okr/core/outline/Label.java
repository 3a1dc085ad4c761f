package dev.okr.core.outline;

import java.util.Locale;

/**
 * The label a line, heading or table cell may start with ({@code Objective 2 -}, {@code O1.}, {@code
 * KR1.2:}, {@code Key Result #3}, {@code Key results:}, {@code Initiatives:}), and where the text
 * after it starts.
 *
 * @param kind what the label names
 * @param textStart the index where the text after the label (and its punctuation) starts
 * @param numbered whether a number follows the label word ({@code KR 2})
 */
record Label(Kind kind, int textStart, boolean numbered) {

  /** What a label names. */
  enum Kind {
    NONE, OBJECTIVE, OBJECTIVES, KEY_RESULT, KEY_RESULTS, INITIATIVE, INITIATIVES;

    boolean isObjective() {
      return this == OBJECTIVE || this == OBJECTIVES;
    }

    boolean isKeyResult() {
      return this == KEY_RESULT || this == KEY_RESULTS;
    }

    boolean isInitiative() {
      return this == INITIATIVE || this == INITIATIVES;
    }
  }

  /** The label at {@code p} in {@code s}, looking no further than {@code end}; {@code NONE} if there is none. */
  static Label at(String s, int p, int end) {
    Label none = new Label(Kind.NONE, p, false);
    int q = p;
    while (q < end && q - p < 12 && isAsciiLetter(s.charAt(q))) {
      q++;
    }
    String word = s.substring(p, q).toLowerCase(Locale.ROOT);
    Kind kind;
    boolean plural = false;
    switch (word) {
      case "objective", "goal" -> kind = Kind.OBJECTIVE;
      case "objectives", "goals" -> {
        kind = Kind.OBJECTIVES;
        plural = true;
      }
      case "o" -> kind = q < end && Character.isDigit(s.charAt(q)) ? Kind.OBJECTIVE : Kind.NONE;
      case "kr" -> kind = Kind.KEY_RESULT;
      case "krs" -> {
        kind = Kind.KEY_RESULTS;
        plural = true;
      }
      case "results" -> {
        kind = Kind.KEY_RESULTS;
        plural = true;
      }
      case "initiative" -> kind = Kind.INITIATIVE;
      case "initiatives" -> {
        kind = Kind.INITIATIVES;
        plural = true;
      }
      case "key" -> {
        int r = Text.skipSpaces(s, q, end);
        if (r > q && r + 6 <= end && s.regionMatches(true, r, "result", 0, 6)) {
          q = r + 6;
          if (q < end && (s.charAt(q) == 's' || s.charAt(q) == 'S')) {
            q++;
            plural = true;
          }
          kind = plural ? Kind.KEY_RESULTS : Kind.KEY_RESULT;
          if (q < end && Character.isLetter(s.charAt(q))) {
            kind = Kind.NONE;
          }
        } else {
          kind = Kind.NONE;
        }
      }
      default -> kind = Kind.NONE;
    }
    if (kind == Kind.NONE) {
      return none;
    }
    int k = q;
    int afterWord = Text.skipSpaces(s, k, end);
    boolean numbered = false;
    int num = afterWord < end && s.charAt(afterWord) == '#' ? afterWord + 1 : afterWord;
    if (word.equals("o")) {
      num = k;
    }
    int d = Text.digits(s, num, end);
    if (d > num) {
      numbered = true;
      while (d + 1 < end && s.charAt(d) == '.' && Character.isDigit(s.charAt(d + 1))) {
        d = Text.digits(s, d + 1, end);
      }
      k = d;
    } else if (word.equals("o")) {
      return none;
    } else if (q < end && Character.isLetterOrDigit(s.charAt(q))) {
      return none;
    }
    k = Text.skipEmphasis(s, k, end);
    int after = Text.skipSpaces(s, k, end);
    if (after < end && ":.)-\u2013\u2014".indexOf(s.charAt(after)) >= 0) {
      k = after + 1;
      // "O1.2." or "KR 1 -:" — one more punctuation mark
      k = Text.skipEmphasis(s, k, end);
    } else if (after >= end) {
      k = end;
    } else if (!(numbered && after > k)) {
      return none;
    } else if (word.equals("goal") || word.equals("results")) {
      // "Goal 2 grow revenue" is too loose; "Results 3 …" likewise
      return none;
    }
    if ((word.equals("results") || word.equals("goals") || word.equals("goal")) && !numbered
        && Text.skipSpaces(s, Text.skipEmphasis(s, k, end), end) < end) {
      // "Results: 40% more sign-ups" and "Goal: …" with text are labels only with a number
      if (!word.equals("goal")) {
        return none;
      }
    }
    k = Text.skipSpaces(s, Text.skipEmphasis(s, k, end), end);
    if (!plural && !numbered && k >= end && kind == Kind.KEY_RESULT) {
      kind = Kind.KEY_RESULTS;
    }
    return new Label(kind, Math.min(k, end), numbered);
  }

  private static boolean isAsciiLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
