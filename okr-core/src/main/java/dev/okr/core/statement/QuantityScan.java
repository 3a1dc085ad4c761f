package dev.okr.core.statement;

import static dev.okr.core.statement.Candidate.BASELINE;
import static dev.okr.core.statement.Candidate.NONE;
import static dev.okr.core.statement.Candidate.RELATIVE;
import static dev.okr.core.statement.Candidate.STRETCH;
import static dev.okr.core.statement.Candidate.TARGET;
import static dev.okr.core.statement.Candidate.WEAK;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the numbers of a statement, left to right: each number, number word or placeholder with
 * its currency, multiplier, unit, per-period and bound, and the marker before or after it that
 * suggests its role ("from", "to", "up from", "by", "stretch", "today"). Lookahead and lookbehind
 * are a few tokens, and no number looks back into the one before it, so the scan is linear.
 */
final class QuantityScan {
  /** Tokens looked past a number for a detached "per month": "300 leads (PQLs) per month". */
  private static final int PER_LOOKAHEAD = 8;

  private final String text;
  private final Tokens t;
  private final int n;
  private final byte[] use;
  private final int[] depth;
  private final int afterVerb;
  private final List<Candidate> quantities = new ArrayList<>(4);
  /** The last token taken by a number found so far; later numbers look back no further. */
  private int claimed = -1;

  private final NotNumbers notNumbers;

  QuantityScan(Tokens t, int afterVerb, int contentStart) {
    this.notNumbers = new NotNumbers(t, afterVerb, contentStart);
    this.text = t.text;
    this.t = t;
    this.n = t.size;
    this.use = t.use;
    this.depth = t.depth;
    this.afterVerb = afterVerb;
  }

  /** The numbers at or after the start, in order. */
  List<Candidate> scan() {
    for (int i = afterVerb; i < n; i++) {
      if (use[i] != Tokens.FREE) {
        continue;
      }
      Candidate q = quantityAt(i);
      if (q != null) {
        quantities.add(q);
        claimed = Math.max(claimed, Math.max(q.consumedEnd, q.perEnd));
        i = q.last;
      }
    }
    dropReportedScore();
    return quantities;
  }

  /** Words that may follow a status reported after an arrow: "=> 85% rolled out". */
  private static final int STATUS_WORDS = 3;

  /**
   * Drops a score or status the author reported after the statement, which is no part of it: "(0.7)",
   * "(7/10)", "(6/8)", "(112/140 => 80%)", "--> 66%", "=> 0.4"; and, after a statement with no other
   * number, "-> 66%", " - 70%" and "=> 85% rolled out". Its tokens are marked {@link Tokens#NOISE}.
   */
  private void dropReportedScore() {
    if (quantities.isEmpty()) {
      return;
    }
    Candidate q = quantities.get(quantities.size() - 1);
    int end = Math.max(q.consumedEnd, q.perEnd);
    int words = 0;
    for (int k = end + 1; k < n; k++) {
      if (t.kind[k] == Tokens.WORD && t.depth[k] == 0 && ++words <= STATUS_WORDS) {
        continue; // "rolled out": allowed only after an arrow, below
      }
      if (t.kind[k] != Tokens.PUNCT || t.isPunct(k, '(') || Lexicon.currency(t.symbol[k]) != null) {
        return; // not at the end: words, numbers or a new parenthesis follow
      }
    }
    if (q.slot || q.marker != NONE && q.marker != WEAK) {
      return;
    }
    boolean score = q.value >= 0 && q.value <= 1 && t.kind[q.number] == Tokens.NUMBER && t.decimals[q.number] > 0
        && q.base == null && q.per == null;
    boolean alone = true;
    for (int c = 0; c < quantities.size() - 1; c++) {
      alone &= quantities.get(c).label;
    }
    int from = -1;
    int dropped = 1;
    if (words > 0) {
      if (!alone || !"%".equals(q.base) || !t.isPunct(q.first - 1, '>') || !t.attached(q.first - 1)
          || !(t.isPunct(q.first - 2, '=') || t.isPunct(q.first - 2, '-') && t.isPunct(q.first - 3, '-'))) {
        return;
      }
      from = t.isPunct(q.first - 2, '=') ? q.first - 2 : q.first - 3; // "=> 85% rolled out"
    } else if (t.isPunct(q.first - 1, '(') && t.isPunct(end + 1, ')') && (score || isProgress(q))) {
      from = q.first - 1; // "(0.7)", "(7/10)", "(6/8)"
    } else if (t.arrowEndsAt(q.first - 1)) {
      boolean ascii = t.isPunct(q.first - 1, '>');
      int a = ascii ? q.first - 2 : q.first - 1;
      boolean dashes = ascii && t.isPunct(a - 1, '-') && t.attached(a);
      while (ascii && t.isPunct(a - 1, '-') && t.attached(a)) {
        a--;
      }
      Candidate before = quantities.size() >= 2 ? quantities.get(quantities.size() - 2) : null;
      if (before != null && isProgress(before) && before.consumedEnd + 1 == a && t.isPunct(before.first - 1, '(')
          && t.isPunct(end + 1, ')') && "%".equals(q.base)) {
        from = before.first - 1; // "(112/140 => 80%)": done out of all, and the share it makes
        dropped = 2;
      } else if (!startsPair(before, a, q, score) && (dashes || score || alone || ownTarget(q))) {
        from = a; // "--> 66%", "=> 0.4", "... the web clipper -> 66%", "within 24h → 84%"
      }
    } else if (alone && "%".equals(q.base) && end + 1 == n && isSpacedDash(q.first - 1)) {
      from = q.first - 1; // "Line 2 retrofit - 70%": a share done, after a dash
      while (t.isPunct(from - 1, '-') && t.attached(from)) {
        from--;
      }
    }
    if (from < 0) {
      return;
    }
    for (int k = from; k < n; k++) {
      if (use[k] == Tokens.FREE) {
        use[k] = Tokens.NOISE;
      }
    }
    for (int d = 0; d < dropped; d++) {
      quantities.remove(quantities.size() - 1);
    }
  }

  /**
   * Whether {@code before} ends right before the arrow at token {@code a} and is where the change to
   * {@code q} starts: "0.08 -> 0.03", "40% --> 66%". A bound or a marked level before the arrow is a
   * statement of its own ("≥ 75% --> 71%", "from 18% to 40% --> 0.7", "reaches 12% --> 80%"), and a
   * score between 0 and 1
   * starts only from another one.
   */
  private boolean startsPair(@Nullable Candidate before, int a, Candidate q, boolean score) {
    if (before == null || before.label || before.slot || Math.max(before.consumedEnd, before.perEnd) + 1 != a
        || before.bound != null || !Candidate.compatible(before, q)
        || before.marker == WEAK && !t.isPunct(before.markerStart, ':')
        || before.marker != NONE && before.marker != WEAK && before.marker != BASELINE) {
      return false;
    }
    return !score || before.base == null && before.value >= 0 && before.value <= 1 && t.decimals[before.number] > 0;
  }

  /**
   * Whether a number before {@code q} already gives a level in its unit, so that "→ 84%" after "resolve
   * 90% of tickets within 24 hrs" reports where things stand.
   */
  private boolean ownTarget(Candidate q) {
    if (q.base == null) {
      return false;
    }
    for (int c = 0; c < quantities.size() - 1; c++) {
      Candidate o = quantities.get(c);
      if (!o.label && !o.slot && q.base.equals(o.base)) {
        return true;
      }
    }
    return false;
  }

  /** "7/10", "6/8": a whole count done out of a whole, no more than it. */
  private boolean isProgress(Candidate q) {
    return q.base != null && q.base.startsWith("out of ") && t.kind[q.number] == Tokens.NUMBER
        && t.decimals[q.number] == 0 && t.isNumber(q.last) && t.decimals[q.last] == 0 && q.value <= t.value[q.last]
        && q.per == null && q.bound == null;
  }

  /** Whether a dash stands alone at token {@code k}, spaces around it: " - ", " -- ", " – ". */
  private boolean isSpacedDash(int k) {
    if (!(t.isPunct(k, '-') || t.isPunct(k, '\u2013') || t.isPunct(k, '\u2014')) || t.attached(k + 1)) {
      return false;
    }
    int a = k;
    while (t.isPunct(a - 1, '-') && t.attached(a)) {
      a--;
    }
    return a > 0 && t.space[a];
  }

  /**
   * The quantity at token {@code i}, whose tokens were set aside (a deadline given back), read as if
   * no number came before it.
   */
  @Nullable Candidate reread(int i) {
    int saved = claimed;
    claimed = -1;
    try {
      return quantityAt(i);
    } finally {
      claimed = saved;
    }
  }

  private @Nullable Candidate quantityAt(int i) {
    int k = i;
    String currency = null;
    boolean negative = false;
    boolean plus = false;
    if (t.kind[k] == Tokens.PUNCT) {
      currency = Lexicon.currency(t.symbol[k]);
      int cp = t.symbol[k];
      if (currency != null && (t.isNumber(k + 1) || k + 1 < t.size && t.kind[k + 1] == Tokens.SLOT && t.attached(k + 1))) {
        k++; // "$50", or "$N" left to fill in
      } else if ((cp == '-' || cp == '\u2212') && t.isNumber(k + 1) && t.attached(k + 1)
          && (t.space[k] || t.isPunct(k - 1, '('))) {
        negative = true;
        currency = null;
        k++;
      } else if (cp == '+' && (t.isNumber(k + 1) || Lexicon.currency(t.symbol(k + 1)) != null && t.isNumber(k + 2))
          && t.attached(k + 1) && (t.space[k] || t.isPunct(k - 1, '('))) {
        plus = true; // "+25%", "+$2M": a change, unless a marker says otherwise
        k++;
        currency = t.kind[k] == Tokens.PUNCT ? Lexicon.currency(t.symbol[k]) : null;
        if (currency != null) {
          k++;
        }
      } else {
        return null;
      }
    }
    if (use[k] != Tokens.FREE) {
      return null;
    }
    double value = 0;
    boolean slot = false;
    wordKind = WORD_NUMBER;
    if (t.kind[k] == Tokens.NUMBER) {
      if (Double.isNaN(t.value[k])) {
        return null;
      }
      value = negative ? -t.value[k] : t.value[k];
    } else if (t.kind[k] == Tokens.WORD) {
      value = wordValue(k, currency == null && !negative);
      if (Double.isNaN(value)) {
        return null;
      }
    } else if (t.kind[k] == Tokens.SLOT && isNumericSlot(k)) {
      slot = true;
    } else {
      return null;
    }
    byte kind = wordKind;
    Candidate q = new Candidate();
    q.first = i;
    q.number = k;
    q.value = value;
    q.slot = slot;
    q.base = currency;
    q.label = currency == null && !negative && !plus && !q.slot && isLabelled(i);
    q.last = suffixes(q, k + 1);
    q.consumedEnd = q.last;
    if (q.label && t.kind[k] == Tokens.NUMBER && ("%".equals(q.base) || q.base != null && t.arrowEnd(q.last + 1) > 0)) {
      q.label = false; // "Android 98.1%", "PR 10 days → 3 days": a name never carries a unit of measure
    }
    if (q.per == null && !q.label) {
      detachedPer(q);
    }
    prefix(q);
    trailing(q);
    q.inParens = depth[k] > 0;
    q.top = kind == WORD_TOP || t.isWord(i - 1, "top");
    if (!q.label && notNumbers.notANumber(q)) {
      q.label = true;
    }
    if (!q.label && isBare(q) && (t.arrowEndsAt(q.first - 1) || t.isWord(q.first - 1, "to")) && !quantities.isEmpty()) {
      Candidate from = quantities.get(quantities.size() - 1);
      // "Kubernetes 1.27 -> 1.29", "Java 11 to 17": a bare number an arrow or "to" leads to from a
      // version is one too
      q.label = from.label && isBare(from) && (t.arrowEnd(from.last + 1) == q.first || from.last + 2 == q.first);
    }
    if (kind == WORD_HALF || kind == WORD_FRACTION) {
      q.base = "%";
      q.marker = RELATIVE;
      q.markerStart = kind == WORD_HALF ? k - 1 : k - 2;
    }
    // "+12 → +25": a signed level on either side of an arrow, not a change
    if (plus && (q.marker == NONE || q.marker == WEAK) && q.bound == null && !q.label
        && t.arrowEnd(q.consumedEnd + 1) < 0 && !t.arrowEndsAt(q.first - 1)) {
      q.marker = RELATIVE;
      q.sign = 1;
      q.markerStart = q.first;
    }
    return q;
  }

  /** Whether a number is written bare: no unit, per-period, bound or currency. */
  private static boolean isBare(Candidate q) {
    return q.base == null && q.per == null && q.bound == null && q.first == q.number;
  }

  private static final byte WORD_NUMBER = 0;
  private static final byte WORD_HALF = 1;
  private static final byte WORD_FRACTION = 2;
  private static final byte WORD_TOP = 3;
  /** What the last {@link #wordValue} read: a number word, "half", a fraction, "top-N". */
  private byte wordKind;

  /**
   * The value of a number written as a word ("twelve", "zero", "break-even", "half" after "by",
   * "a third" after "by", "top-40"), setting {@link #wordKind}; NaN when the word is no number.
   * Only number words when {@code plain} is false (after a currency sign or a minus).
   */
  private double wordValue(int k, boolean plain) {
    if (plain) {
      if (isHalf(k)) {
        wordKind = WORD_HALF;
        return 50;
      }
      double f = fraction(k);
      if (f > 0) {
        wordKind = WORD_FRACTION;
        return f;
      }
      int top = topN(k);
      if (top > 0) {
        wordKind = WORD_TOP; // "top-40 accounts", "Top-3 on the leaderboard"
        return top;
      }
      if (t.isWord(k, "break-even") || t.isWord(k, "breakeven")) {
        return 0; // "from -8% to break-even"
      }
    }
    int ordinal = percentileRank(k);
    if (ordinal >= 0) {
      return ordinal; // "at or above the 70th percentile"
    }
    int v = Lexicon.mayBeNumberWord(t.first(k), t.length(k)) ? Lexicon.numberWord(t.word(k)) : -1;
    if (v < 0 || v == 1 && (t.isWord(k + 1, "of") || t.isWord(k + 1, "another")
        || t.isWord(k + 1, "by") && t.isWord(k + 2, "one"))) {
      return Double.NaN;
    }
    return v;
  }

  /**
   * The rank of an ordinal before "percentile" after a bound or "to" ("at or above the 70th
   * percentile", "to the 90th percentile"), or -1.
   */
  private int percentileRank(int k) {
    int len = t.length(k);
    if (len < 3 || len > 5 || t.first(k) < '0' || t.first(k) > '9' || !t.isWord(k + 1, "percentile")) {
      return -1;
    }
    int b = t.isWord(k - 1, "the") ? k - 2 : k - 1;
    switch (t.w(b)) {
      case "above": case "below": case "over": case "under": case "least": case "to": case "reach": case "exceed":
        break;
      default:
        return -1; // "latency at the 95th percentile": which latency is meant, not a level
    }
    int v = 0;
    int c = t.start[k];
    for (; c < t.end[k] && text.charAt(c) >= '0' && text.charAt(c) <= '9'; c++) {
      v = v * 10 + (text.charAt(c) - '0');
    }
    int rest = t.end[k] - c;
    return rest == 2 && v <= 100 && (text.regionMatches(true, c, "th", 0, 2) || text.regionMatches(true, c, "st", 0, 2)
        || text.regionMatches(true, c, "nd", 0, 2) || text.regionMatches(true, c, "rd", 0, 2)) ? v : -1;
  }

  /** The N of a word "top-N" ("top-40", "Top-3"), or 0. */
  private int topN(int k) {
    if (t.length(k) < 5 || t.length(k) > 8 || !text.regionMatches(true, t.start[k], "top-", 0, 4)) {
      return 0;
    }
    String w = t.word(k);
    int v = 0;
    for (int c = 4; c < w.length(); c++) {
      char ch = w.charAt(c);
      if (ch < '0' || ch > '9') {
        return 0;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /** "by a third", "by one third", "by two thirds", "by a quarter": a relative change in %, or 0. */
  private double fraction(int k) {
    if (!t.isWord(k) || k - 2 < afterVerb || !t.isWord(k - 2, "by")
        || use[k - 1] != Tokens.FREE || use[k - 2] != Tokens.FREE) {
      return 0;
    }
    String w = t.word(k);
    boolean one = t.isWord(k - 1, "a") || t.isWord(k - 1, "one");
    if (w.equals("third") && one) {
      return 100.0 / 3;
    }
    if (w.equals("thirds") && t.isWord(k - 1, "two")) {
      return 200.0 / 3;
    }
    if (w.equals("quarter") && one && !t.isWord(k + 1, "of")) {
      return 25;
    }
    return 0;
  }

  /** "by half", "in half": a relative change of 50%. */
  private boolean isHalf(int k) {
    return t.isWord(k, "half") && k - 1 >= afterVerb
        && (t.isWord(k - 1, "by") || t.isWord(k - 1, "in")) && use[k - 1] == Tokens.FREE;
  }

  private boolean isNumericSlot(int k) {
    String content = t.word(k);
    if (Lexicon.isPriorityTag(content)) {
      return false; // "[P1]": a priority, not a number left to fill in
    }
    if (t.isPunct(k + 1, '%')) {
      return true;
    }
    for (int c = 0; c < content.length(); c++) {
      if (!Character.isLetterOrDigit(content.charAt(c))) {
        return false;
      }
    }
    return !content.isEmpty() && content.length() <= 12;
  }

  private boolean isLabelled(int i) {
    if (t.isPunct(i - 1, '#')) {
      return true;
    }
    if (t.kind[i] == Tokens.NUMBER && (t.digits[i] < 0 || t.digits[i] > 3)) {
      return false; // "Plant 25,000 trees": a name numbers things with a short index, not an amount
    }
    // "per day 20": a per-period before the number, not a name
    return i - 1 >= afterVerb && t.isWord(i - 1) && use[i - 1] == Tokens.FREE && Lexicon.isLabel(t.word(i - 1))
        && !t.isWord(i - 2, "per") && !(t.isPunct(i - 2, '/') && t.attached(i - 1));
  }

  /** Reads the suffixes after the number; returns the last token of the quantity. */
  private int suffixes(Candidate q, int from) {
    int j = from;
    boolean multiplied = false;
    boolean progress = true;
    while (progress && j < n && use[j] == Tokens.FREE) {
      progress = false;
      boolean attached = t.attached(j);
      String w = t.w(j);
      if (!multiplied && !q.slot && t.isWord(j)) {
        int power = Lexicon.multiplier(w, attached);
        if (power > 0 && w.equals("m") && q.base == null && text.charAt(t.start[j]) == 'm') {
          power = 0;
        }
        if (power > 0) {
          double scaled = t.kind[q.number] == Tokens.NUMBER ? t.scaled(q.number, power) : q.value * Math.pow(10, power);
          q.value = q.value < 0 ? -Math.abs(scaled) : scaled;
          multiplied = true;
          j++;
          progress = true;
          continue;
        }
      }
      if (q.base == null) {
        String unit = unitAt(j, attached);
        if (unit != null) {
          q.base = unit;
          j = unitEnd;
          progress = true;
          continue;
        }
      }
      if (q.bound == null && t.isPunct(j, '+') && attached) {
        q.bound = Quantity.Bound.AT_LEAST;
        j++;
        progress = true;
        continue;
      }
      if (q.bound == null && (w.equals("or") || w.equals("and")) && t.isWord(j + 1) && use[j + 1] == Tokens.FREE) {
        Quantity.Bound b = boundAfterOr(t.word(j + 1));
        if (b != null) {
          q.bound = b;
          j += 2;
          progress = true;
          continue;
        }
      }
      if (q.bound == null && (w.equals("max") || w.equals("maximum"))) {
        q.bound = Quantity.Bound.AT_MOST;
        j++;
        progress = true;
        continue;
      }
      if (q.per == null) {
        int e = perAt(j, q);
        if (e >= j) {
          j = e + 1;
          progress = true;
          continue;
        }
      }
      if (q.popStart < 0 && t.isWord(j) && Lexicon.isPeriodOverPeriod(w)) {
        q.popStart = j;
        q.popEnd = j;
        j++;
        progress = true;
      }
    }
    return j - 1;
  }

  private int unitEnd;

  /** The unit at token {@code j}, setting {@link #unitEnd} past it; or null. */
  private @Nullable String unitAt(int j, boolean attached) {
    if (t.isPunct(j, '%')) {
      unitEnd = j + 1;
      return "%";
    }
    if (t.kind[j] == Tokens.PUNCT) {
      String c = Lexicon.currency(t.symbol[j]);
      if (c != null && attached) {
        unitEnd = j + 1;
        return c;
      }
      if (t.symbol[j] == '\u00D7' && attached) {
        unitEnd = j + 1;
        return "x";
      }
      if (t.symbol[j] == '/' && attached && t.isNumber(j + 1) && t.attached(j + 1) && use[j + 1] == Tokens.FREE) {
        unitEnd = j + 2;
        return "out of " + text.substring(t.start[j + 1], t.end[j + 1]);
      }
      return null;
    }
    if (!t.isWord(j)) {
      return null;
    }
    String w = t.word(j);
    switch (w) {
      case "percent": case "pct":
        unitEnd = j + 1;
        if (t.isWord(j + 1, "points") && use[j + 1] == Tokens.FREE) {
          unitEnd = j + 2;
          return "pp";
        }
        return "%";
      case "percentage":
        if (t.isWord(j + 1, "points") || t.isWord(j + 1, "point")) {
          unitEnd = j + 2;
          return "pp";
        }
        return null;
      case "per":
        if (t.isWord(j + 1, "cent")) {
          unitEnd = j + 2;
          return "%";
        }
        return null;
      case "pp": case "ppt":
        unitEnd = j + 1;
        return "pp";
      case "points": case "point": case "pts": case "pt":
        unitEnd = j + 1;
        return "points";
      case "bps":
        unitEnd = j + 1;
        return "bps";
      case "basis":
        if (t.isWord(j + 1, "points")) {
          unitEnd = j + 2;
          return "bps";
        }
        return null;
      case "x":
        if (attached) {
          unitEnd = j + 1;
          return "x";
        }
        return null;
      case "stars":
        unitEnd = j + 1;
        return "stars";
      case "kb": case "kilobytes":
        unitEnd = j + 1;
        return "KB";
      case "mb": case "megabytes":
        unitEnd = j + 1;
        return "MB";
      case "gb": case "gigabytes":
        unitEnd = j + 1;
        return "GB";
      case "tb": case "terabytes":
        unitEnd = j + 1;
        return "TB";
      case "out":
        if (t.isWord(j + 1, "of") && t.isNumber(j + 2) && use[j + 2] == Tokens.FREE) {
          unitEnd = j + 3;
          return "out of " + text.substring(t.start[j + 2], t.end[j + 2]);
        }
        return null;
      case "m":
        if (attached) {
          unitEnd = j + 1;
          return "minutes";
        }
        return null;
      default:
        break;
    }
    String c = Lexicon.currency(w);
    if (c != null) {
      unitEnd = j + 1;
      return c;
    }
    String d = Lexicon.duration(w, attached);
    if (d != null) {
      unitEnd = j + 1;
      return d;
    }
    return null;
  }

  private static Quantity.@Nullable Bound boundAfterOr(String w) {
    switch (w) {
      case "above": case "more": case "higher": case "greater": case "better": case "over": case "up":
        return Quantity.Bound.AT_LEAST;
      case "below": case "less": case "fewer": case "lower": case "under":
        return Quantity.Bound.AT_MOST;
      default:
        return null;
    }
  }

  /** "per month", "/month", "a month", "each week": sets the per-period; returns its last token or -1. */
  private int perAt(int j, Candidate q) {
    if (t.isWord(j, "per") && t.isWord(j + 1) && use[j + 1] == Tokens.FREE && !t.isWord(j + 1, "cent")
        && !Lexicon.isRoleWord(t.word(j + 1)) && !Lexicon.endsNounGroup(t.word(j + 1))) {
      String p = Lexicon.period(t.word(j + 1));
      q.per = p != null ? p : t.word(j + 1);
      return j + 1;
    }
    if (t.isPunct(j, '/') && t.isWord(j + 1) && t.attached(j + 1) && use[j + 1] == Tokens.FREE) {
      String p = Lexicon.period(t.word(j + 1));
      if (p != null) {
        q.per = p;
        return j + 1;
      }
    }
    String w = t.w(j);
    if ((w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every")) && t.isWord(j + 1)
        && use[j + 1] == Tokens.FREE) {
      String p = Lexicon.period(t.word(j + 1));
      if (p != null) {
        q.per = p;
        return j + 1;
      }
    }
    return -1;
  }

  /** "300 product-qualified leads (PQLs) per month": a per-period after the counted noun. */
  private void detachedPer(Candidate q) {
    int j = q.last + 1;
    int limit = Math.min(n, j + PER_LOOKAHEAD);
    int open = -1;
    while (j < limit && use[j] == Tokens.FREE) {
      if (t.isWord(j)) {
        String w = t.length(j) <= 5 ? t.word(j) : "";
        if (w.equals("per") || (w.equals("a") || w.equals("each") || w.equals("every")) && open < 0) {
          int e = perAt(j, q);
          if (e >= 0) {
            q.perStart = j;
            q.perEnd = e;
            return;
          }
        }
        if (t.length(j) <= 5 && Lexicon.isRoleWord(w)) {
          return;
        }
      } else if (t.isPunct(j, '(') && open < 0) {
        open = j;
      } else if (t.isPunct(j, ')') && open >= 0) {
        open = -1;
      } else {
        return;
      }
      j++;
    }
  }

  /** Reads the bound and role marker before the quantity. */
  private void prefix(Candidate q) {
    int k = q.first - 1;
    if (free(k) && (t.isPunct(k, '~') || t.isPunct(k, '\u2248') || t.isPunct(k, '\u223C') || t.isPunct(k, '\u00B1'))
        && t.attached(q.first)) {
      q.first = k; // "~300": about 300; "±8%": within 8% either way
      k--;
    }
    if (free(k) && t.isWord(k) && Lexicon.isApproximation(t.word(k))) {
      k--; // "from about 40", "to basically zero": the marker comes before
    }
    if (free(k) && t.isPunct(k, '-') && t.attached(k) && t.attached(k + 1) && t.isWord(k - 1, "sub")) {
      k--; // "sub-800ms": the hyphen joins the bound to the number
    }
    int b0 = -1;
    Quantity.Bound bound = null;
    if (free(k) && t.isWord(k)) {
      String w = t.word(k);
      String w1 = free(k - 1) ? t.w(k - 1) : "";
      if ((w.equals("least") || w.equals("most")) && w1.equals("at")) {
        bound = w.equals("least") ? Quantity.Bound.AT_LEAST : Quantity.Bound.AT_MOST;
        b0 = k - 1;
      } else if (w.equals("than")) {
        if (w1.equals("more") || w1.equals("greater") || w1.equals("higher") || w1.equals("older")
            || w1.equals("longer") || w1.equals("larger") || w1.equals("bigger")) {
          bound = Quantity.Bound.AT_LEAST;
        } else if (w1.equals("less") || w1.equals("fewer") || w1.equals("lower") || w1.equals("newer")
            || w1.equals("younger") || w1.equals("shorter") || w1.equals("smaller")) {
          bound = Quantity.Bound.AT_MOST;
        }
        if (bound != null) {
          b0 = k - 1;
          if (free(k - 2) && (t.isWord(k - 2, "no") || t.isWord(k - 2, "not"))) {
            bound = bound == Quantity.Bound.AT_LEAST ? Quantity.Bound.AT_MOST : Quantity.Bound.AT_LEAST;
            b0 = k - 2;
          }
        }
      } else if (w.equals("of") && (w1.equals("minimum") || w1.equals("maximum"))) {
        bound = w1.equals("minimum") ? Quantity.Bound.AT_LEAST : Quantity.Bound.AT_MOST;
        b0 = free(k - 2) && t.isWord(k - 2, "a") ? k - 2 : k - 1;
      } else if (w.equals("to") && w1.equals("up")) {
        bound = Quantity.Bound.AT_MOST;
        b0 = k - 1;
      } else {
        switch (w) {
          case "over": case "above": case "exceeding": case "beyond": case "minimum": case "min":
            bound = Quantity.Bound.AT_LEAST;
            b0 = k;
            break;
          case "under": case "below": case "max": case "maximum": case "within": case "sub":
            bound = Quantity.Bound.AT_MOST;
            b0 = k;
            break;
          default:
            break;
        }
      }
    } else if (free(k) && t.kind[k] == Tokens.PUNCT) {
      int cp = t.symbol[k];
      if (cp == '=' && free(k - 1) && (t.isPunct(k - 1, '>') || t.isPunct(k - 1, '<'))) {
        bound = t.isPunct(k - 1, '>') ? Quantity.Bound.AT_LEAST : Quantity.Bound.AT_MOST;
        b0 = k - 1;
      } else if (cp == '>' && t.attached(k) && (t.isPunct(k - 1, '-') || t.isPunct(k - 1, '='))) {
        bound = null; // "2 days -> 15 minutes", "14% => 7%": an arrow, not a bound
      } else if (cp == '>' || cp == '\u2265' || cp == '\u2A7E') {
        bound = Quantity.Bound.AT_LEAST;
        b0 = k;
      } else if (cp == '<' || cp == '\u2264' || cp == '\u2A7D') {
        bound = Quantity.Bound.AT_MOST;
        b0 = k;
      }
    }
    if (bound != null) {
      if (q.bound == null) {
        q.bound = bound;
      }
      q.first = b0;
      k = b0 - 1;
    }
    q.markerStart = q.first;
    marker(q, k);
  }

  /** Whether token {@code k} may still be read as part of a quantity's prefix. */
  private boolean free(int k) {
    return k >= afterVerb && k > claimed && k < n && use[k] == Tokens.FREE;
  }

  /** Reads the role marker that ends at token {@code k}. */
  private void marker(Candidate q, int k) {
    if (!free(k)) {
      return;
    }
    if (t.kind[k] == Tokens.PUNCT) {
      int cp = t.symbol[k];
      if (cp == ':') {
        String before = free(k - 1) ? t.w(k - 1) : "";
        byte role = roleOfLabel(before);
        if (role == NONE && free(k - 2) && t.isWord(k - 2, "last")) {
          role = BASELINE; // "(last survey: 12)"
        }
        if (role == STRETCH || role == TARGET && free(k - 2) && t.isWord(k - 2, "stretch")) {
          set(q, STRETCH, t.isWord(k - 2, "stretch") && role == TARGET ? k - 2 : k - 1);
        } else if (role != NONE) {
          set(q, role, k - 1);
        } else {
          set(q, WEAK, k);
        }
      } else if (cp == '.' && free(k - 1) && t.isWord(k - 1, "vs")) {
        set(q, BASELINE, k - 1);
      } else if (cp == '=') {
        set(q, WEAK, k);
      }
      return;
    }
    if (!t.isWord(k)) {
      return;
    }
    String w = t.word(k);
    String w1 = free(k - 1) ? t.w(k - 1) : "";
    switch (w) {
      case "from":
        if (w1.equals("up") || w1.equals("down") || w1.equals("increased") || w1.equals("decreased")
            || w1.equals("starting")) {
          set(q, BASELINE, k - 1);
        } else {
          set(q, BASELINE, k);
        }
        break;
      case "of":
        if (w1.equals("baseline")) {
          int s = k - 1;
          if (free(s - 1) && (t.isWord(s - 1, "a") || t.isWord(s - 1, "the"))) {
            s--;
          }
          if (free(s - 1) && t.isWord(s - 1, "from")) {
            s--;
          }
          set(q, BASELINE, s);
        } else if (w1.equals("target") || w1.equals("goal")) {
          int s = k - 1;
          boolean isStretch = free(s - 1) && t.isWord(s - 1, "stretch");
          if (isStretch) {
            s--;
          }
          if (free(s - 1) && (t.isWord(s - 1, "a") || t.isWord(s - 1, "the"))) {
            s--;
          }
          set(q, isStretch ? STRETCH : TARGET, s);
        } else if (w1.equals("stretch")) {
          set(q, STRETCH, k - 1);
        } else if (w1.equals("instead")) {
          set(q, BASELINE, k - 1); // "in 60 days instead of 90"
        } else {
          set(q, WEAK, k);
        }
        break;
      case "baseline": case "currently": case "current": case "vs": case "versus": case "was":
      case "previously": case "today": case "now":
        set(q, BASELINE, k);
        break;
      case "into":
        set(q, TARGET, k);
        q.into = true;
        break;
      case "up": case "down":
        if (k + 1 == q.first) {
          set(q, RELATIVE, k); // "down 30%", "up 12 points"
          q.sign = w.equals("up") ? 1 : -1;
        }
        break;
      case "target": case "goal":
        set(q, w1.equals("stretch") ? STRETCH : TARGET, w1.equals("stretch") ? k - 1 : k);
        break;
      case "stretch":
        set(q, STRETCH, k);
        break;
      case "to":
        if (w1.equals("compared")) {
          set(q, BASELINE, k - 1);
        } else {
          set(q, TARGET, k);
        }
        break;
      case "with":
        if (w1.equals("compared")) {
          set(q, BASELINE, k - 1);
        }
        break;
      case "at":
        if (w1.equals("starting")) {
          set(q, BASELINE, k - 1);
        } else {
          int now = nowBefore(k);
          set(q, now >= 0 ? BASELINE : WEAK, now >= 0 ? now : k);
        }
        break;
      case "by":
        if (w1.equals("up") || w1.equals("down")) {
          set(q, RELATIVE, k - 1);
          q.sign = w1.equals("up") ? 1 : -1;
        } else {
          set(q, RELATIVE, k);
        }
        break;
      case "had": case "saw": case "were": {
        int now = nowBefore(k);
        if (now >= 0) {
          set(q, BASELINE, now);
        }
        break;
      }
      case "is": case "are": case "be": case "reaches": case "equals": case "hits": {
        int now = nowBefore(k);
        set(q, now >= 0 ? BASELINE : WEAK, now >= 0 ? now : k);
        break;
      }
      default:
        if (w1.equals("last") || w1.equals("previous") || w1.equals("prior")) {
          if (Lexicon.period(w) != null) {
            set(q, BASELINE, k - 1); // "(last year -1.2%)", "prior quarter 41%"
          }
        }
        break;
    }
  }

  /** Words between "today" and a level that say it is where things stand: "today it is", "now we are at". */
  private static final int NOW_LOOKBACK = 3;

  /**
   * The token of "today", "currently" or "now" that a level's verb at {@code k} follows, with only
   * its subject and verb between ("today it is around 60%", "currently we are at 45%"), or -1.
   */
  private int nowBefore(int k) {
    boolean plain = true;
    for (int j = k - 1; j >= k - NOW_LOOKBACK_IN_PARENS && free(j) && t.isWord(j); j--) {
      String w = t.word(j);
      switch (w) {
        case "today": case "currently": case "now":
          // "(now falls over at 600 rps)": a parenthesis that opens with "now" says where things stand
          return plain && j >= k - NOW_LOOKBACK || t.isPunct(j - 1, '(') ? j : -1;
        case "it": case "we": case "they": case "is": case "are": case "was": case "it's": case "we're":
        case "had": case "were":
          break;
        default:
          if (plain && j >= k - NOW_LOOKBACK && Lexicon.period(w) != null && free(j - 1)
              && (t.isWord(j - 1, "last") || t.isWord(j - 1, "previous") || t.isWord(j - 1, "prior"))) {
            return j - 1; // "last year we had 7"
          }
          plain = false;
          break;
      }
    }
    return -1;
  }

  /** Words looked back inside a parenthesis for the "now" that opens it. */
  private static final int NOW_LOOKBACK_IN_PARENS = 5;

  private static byte roleOfLabel(String w) {
    switch (w) {
      case "baseline": case "current": case "currently": case "today": case "was": case "before":
        return BASELINE;
      case "target": case "goal":
        return TARGET;
      case "stretch":
        return STRETCH;
      default:
        return NONE;
    }
  }

  private static void set(Candidate q, byte role, int start) {
    q.marker = role;
    q.markerStart = Math.min(start, q.first);
  }

  /** "(42 today)", "35% last quarter", "70 stretch", "20% below the 2023 baseline". */
  private void trailing(Candidate q) {
    int j = q.perEnd >= 0 ? q.perEnd + 1 : q.last + 1;
    if (j >= n || use[j] != Tokens.FREE || !t.isWord(j)) {
      return;
    }
    String w = t.word(j);
    if ("%".equals(q.base) && (q.marker == NONE || q.marker == WEAK) && q.bound == null
        && (w.equals("below") || w.equals("above") || w.equals("lower") || w.equals("higher") || w.equals("less")
            || w.equals("more") || w.equals("fewer")) && !t.isNumber(j + 1) && !t.isPunct(j + 1)) {
      q.marker = RELATIVE; // a change from a level that is not stated: "10% more customers"
      q.sign = w.equals("above") || w.equals("higher") || w.equals("more") ? 1 : -1;
      q.markerStart = q.first;
      q.consumedEnd = Math.max(q.consumedEnd, j);
      return;
    }
    if (w.equals("today") || w.equals("currently") || w.equals("now") || w.equals("baseline")
        || w.equals("previously")) {
      if (q.marker == NONE || q.marker == WEAK) {
        q.marker = BASELINE;
      }
      q.consumedEnd = Math.max(q.consumedEnd, j);
    } else if (w.equals("last") && t.isWord(j + 1) && Lexicon.period(t.word(j + 1)) != null && use[j + 1] == Tokens.FREE) {
      if (q.marker == NONE || q.marker == WEAK) {
        q.marker = BASELINE;
      }
      q.consumedEnd = Math.max(q.consumedEnd, j + 1);
    } else if (w.equals("stretch") && (q.marker == NONE || q.marker == WEAK)) {
      q.marker = STRETCH;
      q.consumedEnd = Math.max(q.consumedEnd, j);
    }
  }
}
