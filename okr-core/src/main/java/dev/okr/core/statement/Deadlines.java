package dev.okr.core.statement;

/**
 * Finds the deadlines of a statement ("by end of Q3", "within 60 days of launch", "this quarter")
 * and marks their tokens as taken, so that their numbers are not read as baselines or targets.
 */
final class Deadlines {
  private final Tokens t;
  private final int n;
  private final byte[] use;
  /** The first and last token of the first deadline, or -1. */
  int start = -1;
  int end = -1;
  /** When the first deadline is a span of time ("within 5 days"), the token of its number; else -1. */
  int spanNumber = -1;

  Deadlines(Tokens t) {
    this.t = t;
    this.n = t.size;
    this.use = t.use;
  }

  /** Marks every deadline at or after token {@code from} as taken, and remembers the first. */
  void find(int from) {
    for (int i = from; i < n; i++) {
      if (use[i] != Tokens.FREE || !t.isWord(i) || !Lexicon.mayOpenDeadline(t.first(i), t.length(i))) {
        continue;
      }
      int last = deadlineAt(i);
      if (last >= i) {
        for (int k = i; k <= last; k++) {
          use[k] = Tokens.DEADLINE;
        }
        if (start < 0) {
          start = i;
          end = last;
          String w = t.word(i);
          if ((w.equals("within") || w.equals("in")) && t.isNumber(i + 1)) {
            spanNumber = i + 1;
          }
        }
        i = last;
      }
    }
  }

  /** The last token of a deadline starting at {@code i}, or -1. */
  private int deadlineAt(int i) {
    String w = t.word(i);
    if (!Lexicon.mayOpenDeadline(w)) {
      return -1;
    }
    if (w.equals("this") || w.equals("next") || w.equals("current")) {
      return t.isWord(i + 1) && Lexicon.period(t.word(i + 1)) != null ? i + 1 : -1;
    }
    if (w.equals("end") && t.isWord(i + 1, "of")) {
      return timeEnd(i, true);
    }
    if (w.equals("eoq") || w.equals("eoy")) {
      return i;
    }
    int j = i + 1;
    if (w.equals("no") && t.isWord(i + 1, "later") && t.isWord(i + 2, "than")) {
      w = "by";
      j = i + 3;
    }
    if (!Lexicon.isDeadlinePreposition(w)) {
      return -1;
    }
    boolean within = w.equals("within") || w.equals("over") || w.equals("in");
    if (within) {
      int k = spanOfTime(j);
      if (k >= 0) {
        return k;
      }
    }
    boolean open = w.equals("by") || w.equals("before") || w.equals("until") || w.equals("till")
        || w.equals("through") || w.equals("thru") || w.equals("at");
    if (w.equals("within") || w.equals("over")) {
      return -1;
    }
    return timeEnd(j, open);
  }

  /** "60 days of launch", "the next 6 weeks", "the quarter", "90 days post-launch". */
  private int spanOfTime(int j) {
    int k = j;
    if (t.isWord(k, "the")) {
      k++;
    }
    String w = t.w(k);
    if (w.equals("next") || w.equals("first") || w.equals("coming") || w.equals("following")) {
      k++;
    }
    if (k > j && t.isWord(k) && Lexicon.period(t.word(k)) != null && !isNumberAt(k)) {
      return k;
    }
    if (!isNumberAt(k) || !t.isWord(k + 1) || !Lexicon.isLongDuration(Lexicon.duration(t.word(k + 1), false))) {
      return -1;
    }
    int end = k + 1;
    String next = t.w(end + 1);
    if (next.startsWith("post") || next.equals("after-launch")) {
      return end + 1;
    }
    if (next.equals("of") || next.equals("after") || next.equals("from") || next.equals("following")
        || next.equals("since")) {
      int m = end + 2;
      int words = 0;
      while (words < 3 && t.isWord(m) && !Lexicon.isRoleWord(t.word(m)) && !isNumberAt(m)) {
        m++;
        words++;
      }
      return words > 0 ? m - 1 : end;
    }
    return end;
  }

  /**
   * The last token of an event named after "by the" or "before the" ("the board meeting", "the
   * spring offsite", "the annual conference"): up to three words ending in an event, or -1.
   */
  private int eventEnd(int k) {
    for (int m = k; m < k + 3 && t.isWord(m) && !isNumberAt(m); m++) {
      if (Lexicon.isEvent(t.word(m))) {
        return m;
      }
    }
    return -1;
  }

  private boolean isNumberAt(int k) {
    return t.isNumber(k) || t.isWord(k) && Lexicon.numberWord(t.word(k)) >= 0;
  }


  /**
   * The last token of a time expression at {@code j} ("Q3", "Q3 2026", "the end of the quarter",
   * "March 31, 2026", "2026", "launch"), or -1. Bare time words such as "launch" count only when
   * {@code open}.
   */
  private int timeEnd(int j, boolean open) {
    int k = j;
    if (t.isWord(k, "the")) {
      k++;
      if (open) {
        int event = eventEnd(k);
        if (event >= 0) {
          return event;
        }
      }
    }
    String w = t.w(k);
    if ((w.equals("end") || w.equals("start") || w.equals("beginning") || w.equals("middle")
        || w.equals("close") || w.equals("mid")) && t.isWord(k + 1, "of")) {
      k += 2;
      if (t.isWord(k, "the") || t.isWord(k, "this") || t.isWord(k, "next")) {
        k++;
      }
      if (t.isWord(k) && Lexicon.isTimeWord(t.word(k))) {
        String unit = t.word(k);
        if ((unit.equals("week") || unit.equals("sprint") || unit.equals("day") || unit.equals("month"))
            && t.isNumber(k + 1) && t.decimals[k + 1] == 0) {
          return k + 1; // "by end of sprint 22"
        }
        return withYear(k);
      }
      return isYear(k) ? k : -1;
    }
    if (t.isWord(k)) {
      w = t.word(k);
      if (Lexicon.isQuarterName(w)) {
        return withYear(k);
      }
      if (Lexicon.isMonth(w)) {
        int e = k;
        if (t.isNumber(e + 1) && t.decimals[e + 1] == 0 && t.value[e + 1] >= 1 && t.value[e + 1] <= 31) {
          e++;
        } else if (t.isWord(e + 1) && isOrdinal(t.word(e + 1))) {
          e++;
        }
        return afterMonth(e);
      }
      boolean article = k > j || w.equals("this") || w.equals("next");
      if ((w.equals("this") || w.equals("next") || w.equals("current")) && t.isWord(k + 1)
          && Lexicon.period(t.word(k + 1)) != null) {
        return k + 1;
      }
      if ((w.equals("week") || w.equals("sprint") || w.equals("day") || w.equals("month"))
          && t.isNumber(k + 1) && t.decimals[k + 1] == 0) {
        return k + 1;
      }
      if (Lexicon.isTimeWord(w) && (open || article) && (article || !w.equals("half"))) {
        return withYear(k);
      }
      if (isOrdinal(w) && t.isWord(k + 1) && Lexicon.isMonth(t.word(k + 1))) {
        return afterMonth(k + 1);
      }
      return -1;
    }
    if (t.isNumber(k) && t.decimals[k] == 0 && t.value[k] >= 1 && t.value[k] <= 31 && t.isWord(k + 1)
        && Lexicon.isMonth(t.word(k + 1))) {
      return afterMonth(k + 1);
    }
    if (t.isNumber(k) && t.decimals[k] == 0 && t.value[k] >= 1 && t.value[k] <= 31 && t.isPunct(k + 1, '/')
        && t.attached(k + 1) && t.isNumber(k + 2) && t.attached(k + 2) && t.decimals[k + 2] == 0
        && t.value[k + 2] >= 1 && t.value[k + 2] <= 31) {
      // "by 30/06", "by 12/31/2026"
      boolean year = t.isPunct(k + 3, '/') && t.attached(k + 3) && t.isNumber(k + 4) && t.attached(k + 4);
      return year ? k + 4 : k + 2;
    }
    if (isYear(k)) {
      if (t.isPunct(k + 1, '-') && t.attached(k + 1) && t.isNumber(k + 2) && t.attached(k + 2)) {
        if (t.isPunct(k + 3, '-') && t.attached(k + 3) && t.isNumber(k + 4) && t.attached(k + 4)) {
          return k + 4;
        }
        return k + 2;
      }
      return k;
    }
    return -1;
  }

  /** The end of a date whose month (and day) end at {@code e}: ", 2027", " 2027", or nothing. */
  private int afterMonth(int e) {
    if (t.isPunct(e + 1, ',') && isYearAfterDate(e + 2)) {
      return e + 2;
    }
    return isYearAfterDate(e + 1) ? e + 1 : e;
  }

  private int withYear(int k) {
    return isYearAfterDate(k + 1) ? k + 1 : k;
  }

  /** "31st", "2nd", "3rd", "4th". */
  private static boolean isOrdinal(String w) {
    int n = w.length();
    if (n < 3 || n > 4 || !Character.isDigit(w.charAt(0))) {
      return false;
    }
    String suffix = w.substring(n - 2);
    return (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
        && Character.isDigit(w.charAt(n - 3));
  }

  /** A year right after a month or quarter: "Q3 2026 for", "March 31, 2027". */
  private boolean isYearAfterDate(int k) {
    return t.isNumber(k) && t.digits[k] == 4 && t.decimals[k] == 0 && t.value[k] >= 1900 && t.value[k] <= 2199
        && !t.isPunct(k + 1, '%');
  }

  private boolean isYear(int k) {
    return t.isNumber(k) && t.digits[k] == 4 && t.decimals[k] == 0 && t.value[k] >= 1900 && t.value[k] <= 2199
        && !t.isWord(k + 1) && !t.isPunct(k + 1, '%');
  }
}
