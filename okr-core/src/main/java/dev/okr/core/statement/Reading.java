package dev.okr.core.statement;

import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.statement.Lexicon.VerbClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a statement. Passes over the tokens, each linear with a lookahead or lookbehind
 * of a few tokens:
 *
 * <ol>
 *   <li>skip bullets, numbering and a "KR1:" label, and find the leading verb;
 *   <li>find deadlines ("by end of Q3", "within 60 days of launch") and set their tokens aside;
 *   <li>find quantities: a number, number word or placeholder with its currency, multiplier, unit,
 *       per-period and bound, and the marker before or after it ("from", "to", "up from", "by",
 *       "stretch", "today");
 *   <li>give quantities their roles: marked ones first, then the first unmarked one whose unit
 *       agrees becomes the target, then an unmarked one in parentheses the baseline; the rest are
 *       part of the metric ("Day 7", "3+ weekly sessions");
 *   <li>take the metric phrase: the words between the verb and the first number in a role, or,
 *       when there are none, the words after that number ("60% of [content creators…]");
 *   <li>decide direction, kind, what is missing and the measurement.
 * </ol>
 */
final class Reading {
  private static final byte FREE = 0;
  private static final byte DEADLINE = 1;
  private static final byte ROLE = 2;

  private static final byte NONE = 0;
  private static final byte WEAK = 1;
  private static final byte BASELINE = 2;
  private static final byte TARGET = 3;
  private static final byte STRETCH = 4;
  private static final byte RELATIVE = 5;

  /** Tokens looked past a number for a detached "per month": "300 leads (PQLs) per month". */
  private static final int PER_LOOKAHEAD = 8;

  private final String text;
  private final Lexicon lexicon;
  private final Tokens t;
  private final int n;
  private final byte[] use;
  private final int[] depth;

  private int contentStart;
  private int verbStart = -1;
  private int verbEnd = -1;
  private @Nullable VerbClass verbClass;
  private int afterVerb;
  private int deadlineStart = -1;
  private int deadlineEnd = -1;
  private final List<Q> quantities = new ArrayList<>(4);
  private @Nullable Q baseline;
  private @Nullable Q target;
  private @Nullable Q stretch;
  private @Nullable Q relative;
  private double implicitChange;
  private int metricStart = -1;
  /** The last token taken by a quantity found so far; later quantities look back no further. */
  private int claimed = -1;
  private int metricEnd = -1;

  /** A quantity found in the text; mutable while the reading lasts. */
  private static final class Q {
    int first;
    int number;
    int last;
    int markerStart;
    int consumedEnd;
    int perStart = -1;
    int perEnd = -1;
    int popStart = -1;
    int popEnd = -1;
    byte marker = NONE;
    int sign;
    boolean slot;
    boolean label;
    boolean inParens;
    boolean assigned;
    double value;
    @Nullable String base;
    @Nullable String per;
    Quantity.@Nullable Bound bound;
  }

  Reading(String text, Lexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    this.t = Tokens.scan(text);
    this.n = t.size;
    this.use = new byte[n];
    this.depth = new int[n];
  }

  KeyResultStatement read() {
    computeDepth();
    skipLead();
    findVerb();
    findDeadlines();
    findQuantities();
    assignRoles();
    propagateUnits();
    consumeRoles();
    findMetric();
    return build();
  }

  // ---- 1. lead and verb ------------------------------------------------------------------

  private void computeDepth() {
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (t.isPunct(i, ')') && d > 0) {
        d--;
      }
      depth[i] = d;
      if (t.isPunct(i, '(')) {
        d++;
      }
    }
  }

  private void skipLead() {
    int p = 0;
    int fillers = 0;
    while (p < n) {
      if (t.kind[p] == Tokens.PUNCT) {
        int cp = t.symbol[p];
        boolean signedNumber = (cp == '-' || cp == '\u2212') && t.isNumber(p + 1) && t.attached(p + 1);
        if (Lexicon.currency(cp) != null || signedNumber) {
          break;
        }
        p++;
      } else if (t.kind[p] == Tokens.SLOT && (t.word[p].isEmpty() || t.word[p].equals("x"))) {
        p++;
      } else if (t.kind[p] == Tokens.NUMBER && (t.isPunct(p + 1, '.') || t.isPunct(p + 1, ')'))
          && (p + 2 >= n || t.kind[p + 2] != Tokens.NUMBER)) {
        p += 2;
      } else if (t.kind[p] == Tokens.WORD && isLabelStart(p)) {
        p = afterLabel(p);
      } else if (t.kind[p] == Tokens.WORD && fillers < 2 && Lexicon.isFiller(t.word[p]) && p + 1 < n
          && t.kind[p + 1] == Tokens.WORD) {
        fillers++;
        p++;
      } else {
        break;
      }
    }
    contentStart = p;
  }

  /** "KR1:", "KR 2.", "Key Result 3 -", "KR:". */
  private boolean isLabelStart(int p) {
    String w = t.word[p];
    boolean kr = w.equals("kr") || w.startsWith("kr") && isDigits(w, 2);
    boolean keyResult = w.equals("key") && (t.isWord(p + 1, "result") || t.isWord(p + 1, "results"));
    if (!kr && !keyResult) {
      return false;
    }
    int q = keyResult ? p + 2 : p + 1;
    return t.isNumber(q) || isSeparator(q) || w.length() > 2;
  }

  private int afterLabel(int p) {
    int q = t.word[p].equals("key") ? p + 2 : p + 1;
    if (t.isNumber(q)) {
      q++;
    }
    while (t.isPunct(q, '.') && t.isNumber(q + 1) && t.attached(q + 1)) {
      q += 2;
    }
    if (isSeparator(q)) {
      q++;
    }
    return q;
  }

  private boolean isSeparator(int q) {
    return t.isPunct(q, ':') || t.isPunct(q, '.') || t.isPunct(q, ')') || t.isPunct(q, '-')
        || t.isPunct(q, '\u2013') || t.isPunct(q, '\u2014');
  }

  private static boolean isDigits(String w, int from) {
    if (from >= w.length()) {
      return false;
    }
    for (int i = from; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return true;
  }

  private void findVerb() {
    afterVerb = contentStart;
    if (!t.isWord(contentStart)) {
      return;
    }
    int p = contentStart;
    if (t.isWord(p + 1)) {
      VerbClass two = lexicon.verb(t.word[p], t.word[p + 1]);
      if (two != null) {
        setVerb(p, p + 1, two);
        return;
      }
    }
    VerbClass one = lexicon.verb(t.word[p]);
    if (one != null && !isMetricLabel(p + 1, one)) {
      setVerb(p, p, one);
    }
  }

  /**
   * Whether the words from {@code from} run to a colon followed by a number, making the first word
   * part of a metric label rather than a verb: "Deploy success rate: 97% → 99.9%". Verbs of
   * direction keep their meaning ("Reduce churn: from 5% to 3%").
   */
  private boolean isMetricLabel(int from, VerbClass verbClass) {
    if (verbClass == VerbClass.INCREASE || verbClass == VerbClass.DECREASE || verbClass == VerbClass.MAINTAIN) {
      return false;
    }
    for (int k = from; k < n; k++) {
      if (t.kind[k] == Tokens.NUMBER || t.kind[k] == Tokens.SLOT) {
        return false;
      }
      if (t.isPunct(k, ':')) {
        int next = k + 1;
        return t.isNumber(next) || t.isPunct(next) && Lexicon.currency(t.symbol[next]) != null
            || t.isWord(next) && Lexicon.numberWord(t.word[next]) >= 0;
      }
    }
    return false;
  }

  private void setVerb(int from, int to, VerbClass verbClass) {
    verbStart = from;
    verbEnd = to;
    this.verbClass = verbClass;
    afterVerb = to + 1;
    String w = t.word[from];
    if (from == to) {
      if (w.startsWith("doubl")) {
        implicitChange = 100;
      } else if (w.startsWith("tripl")) {
        implicitChange = 200;
      } else if (w.startsWith("quadrupl")) {
        implicitChange = 300;
      } else if (w.startsWith("halv")) {
        implicitChange = -50;
      }
    }
  }

  // ---- 2. deadlines ----------------------------------------------------------------------

  private void findDeadlines() {
    for (int i = afterVerb; i < n; i++) {
      if (use[i] != FREE || !t.isWord(i)) {
        continue;
      }
      int end = deadlineAt(i);
      if (end >= i) {
        for (int k = i; k <= end; k++) {
          use[k] = DEADLINE;
        }
        if (deadlineStart < 0) {
          deadlineStart = i;
          deadlineEnd = end;
        }
        i = end;
      }
    }
  }

  /** The last token of a deadline starting at {@code i}, or -1. */
  private int deadlineAt(int i) {
    String w = t.word[i];
    if (w.equals("this") || w.equals("next") || w.equals("current")) {
      return t.isWord(i + 1) && Lexicon.period(t.word[i + 1]) != null ? i + 1 : -1;
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
    if (k > j && t.isWord(k) && Lexicon.period(t.word[k]) != null && !isNumberAt(k)) {
      return k;
    }
    if (!isNumberAt(k) || !t.isWord(k + 1) || !Lexicon.isLongDuration(Lexicon.duration(t.word[k + 1], false))) {
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
      while (words < 3 && t.isWord(m) && !isRoleWord(t.word[m]) && !isNumberAt(m)) {
        m++;
        words++;
      }
      return words > 0 ? m - 1 : end;
    }
    return end;
  }

  private boolean isNumberAt(int k) {
    return t.isNumber(k) || t.isWord(k) && Lexicon.numberWord(t.word[k]) >= 0;
  }

  private static boolean isRoleWord(String w) {
    switch (w) {
      case "from": case "to": case "by": case "up": case "down": case "and": case "or":
      case "with": case "while": case "for":
        return true;
      default:
        return false;
    }
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
    }
    String w = t.w(k);
    if ((w.equals("end") || w.equals("start") || w.equals("beginning") || w.equals("middle")
        || w.equals("close") || w.equals("mid")) && t.isWord(k + 1, "of")) {
      k += 2;
      if (t.isWord(k, "the") || t.isWord(k, "this") || t.isWord(k, "next")) {
        k++;
      }
      if (t.isWord(k) && Lexicon.isTimeWord(t.word[k])) {
        return withYear(k);
      }
      return isYear(k) ? k : -1;
    }
    if (t.isWord(k)) {
      w = t.word[k];
      if (Lexicon.isQuarterName(w)) {
        return withYear(k);
      }
      if (Lexicon.isMonth(w)) {
        int e = k;
        if (t.isNumber(e + 1) && t.decimals[e + 1] == 0 && t.value[e + 1] >= 1 && t.value[e + 1] <= 31) {
          e++;
        }
        if (t.isPunct(e + 1, ',') && isYear(e + 2)) {
          return e + 2;
        }
        return isYear(e + 1) ? e + 1 : e;
      }
      boolean article = k > j || w.equals("this") || w.equals("next");
      if ((w.equals("this") || w.equals("next") || w.equals("current")) && t.isWord(k + 1)
          && Lexicon.period(t.word[k + 1]) != null) {
        return k + 1;
      }
      if ((w.equals("week") || w.equals("sprint") || w.equals("day") || w.equals("month"))
          && t.isNumber(k + 1) && t.decimals[k + 1] == 0) {
        return k + 1;
      }
      if (Lexicon.isTimeWord(w) && (open || article)) {
        return withYear(k);
      }
      return -1;
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

  private int withYear(int k) {
    return isYear(k + 1) ? k + 1 : k;
  }

  private boolean isYear(int k) {
    return t.isNumber(k) && t.digits[k] == 4 && t.decimals[k] == 0 && t.value[k] >= 1900 && t.value[k] <= 2199
        && !t.isWord(k + 1) && !t.isPunct(k + 1, '%');
  }

  // ---- 3. quantities ---------------------------------------------------------------------

  private void findQuantities() {
    for (int i = afterVerb; i < n; i++) {
      if (use[i] != FREE) {
        continue;
      }
      Q q = quantityAt(i);
      if (q != null) {
        quantities.add(q);
        claimed = Math.max(claimed, Math.max(q.consumedEnd, q.perEnd));
        i = q.last;
      }
    }
  }

  private @Nullable Q quantityAt(int i) {
    int k = i;
    String currency = null;
    boolean negative = false;
    if (t.kind[k] == Tokens.PUNCT) {
      currency = Lexicon.currency(t.symbol[k]);
      int cp = t.symbol[k];
      if (currency != null && t.isNumber(k + 1)) {
        k++;
      } else if ((cp == '-' || cp == '\u2212') && t.isNumber(k + 1) && t.attached(k + 1)
          && (t.space[k] || t.isPunct(k - 1, '('))) {
        negative = true;
        currency = null;
        k++;
      } else {
        return null;
      }
    }
    if (use[k] != FREE) {
      return null;
    }
    Q q = new Q();
    q.first = i;
    q.number = k;
    if (t.kind[k] == Tokens.NUMBER) {
      if (Double.isNaN(t.value[k])) {
        return null;
      }
      q.value = negative ? -t.value[k] : t.value[k];
    } else if (t.kind[k] == Tokens.WORD) {
      int v = Lexicon.numberWord(t.word[k]);
      if (v < 0 || v == 1 && (t.isWord(k + 1, "of") || t.isWord(k + 1, "another")
          || t.isWord(k + 1, "by") && t.isWord(k + 2, "one"))) {
        return null;
      }
      q.value = v;
    } else if (t.kind[k] == Tokens.SLOT && isNumericSlot(k)) {
      q.slot = true;
    } else {
      return null;
    }
    q.base = currency;
    q.label = currency == null && !negative && !q.slot && isLabelled(i);
    q.last = suffixes(q, k + 1);
    q.consumedEnd = q.last;
    if (q.per == null && !q.label) {
      detachedPer(q);
    }
    prefix(q);
    trailing(q);
    q.inParens = depth[k] > 0;
    return q;
  }

  private boolean isNumericSlot(int k) {
    String content = t.word[k];
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
    return i - 1 >= afterVerb && t.isWord(i - 1) && use[i - 1] == FREE && Lexicon.isLabel(t.word[i - 1]);
  }

  /** Reads the suffixes after the number; returns the last token of the quantity. */
  private int suffixes(Q q, int from) {
    int j = from;
    boolean multiplied = false;
    boolean progress = true;
    while (progress && j < n && use[j] == FREE) {
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
      if (q.bound == null && (w.equals("or") || w.equals("and")) && t.isWord(j + 1) && use[j + 1] == FREE) {
        Quantity.Bound b = boundAfterOr(t.word[j + 1]);
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
      if (t.symbol[j] == '/' && attached && t.isNumber(j + 1) && t.attached(j + 1) && use[j + 1] == FREE) {
        unitEnd = j + 2;
        return "out of " + text.substring(t.start[j + 1], t.end[j + 1]);
      }
      return null;
    }
    if (!t.isWord(j)) {
      return null;
    }
    String w = t.word[j];
    switch (w) {
      case "percent": case "pct":
        unitEnd = j + 1;
        if (t.isWord(j + 1, "points") && use[j + 1] == FREE) {
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
      case "out":
        if (t.isWord(j + 1, "of") && t.isNumber(j + 2) && use[j + 2] == FREE) {
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
  private int perAt(int j, Q q) {
    if (t.isWord(j, "per") && t.isWord(j + 1) && use[j + 1] == FREE && !t.isWord(j + 1, "cent")
        && !isRoleWord(t.word[j + 1]) && !Lexicon.endsNounGroup(t.word[j + 1])) {
      String p = Lexicon.period(t.word[j + 1]);
      q.per = p != null ? p : t.word[j + 1];
      return j + 1;
    }
    if (t.isPunct(j, '/') && t.isWord(j + 1) && t.attached(j + 1) && use[j + 1] == FREE) {
      String p = Lexicon.period(t.word[j + 1]);
      if (p != null) {
        q.per = p;
        return j + 1;
      }
    }
    String w = t.w(j);
    if ((w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every")) && t.isWord(j + 1)
        && use[j + 1] == FREE) {
      String p = Lexicon.period(t.word[j + 1]);
      if (p != null) {
        q.per = p;
        return j + 1;
      }
    }
    return -1;
  }

  /** "300 product-qualified leads (PQLs) per month": a per-period after the counted noun. */
  private void detachedPer(Q q) {
    int j = q.last + 1;
    int limit = Math.min(n, j + PER_LOOKAHEAD);
    int open = -1;
    while (j < limit && use[j] == FREE) {
      if (t.isWord(j)) {
        String w = t.word[j];
        if (w.equals("per") || (w.equals("a") || w.equals("each") || w.equals("every")) && open < 0) {
          int e = perAt(j, q);
          if (e >= 0) {
            q.perStart = j;
            q.perEnd = e;
            return;
          }
        }
        if (isRoleWord(w)) {
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
  private void prefix(Q q) {
    int k = q.first - 1;
    int b0 = -1;
    Quantity.Bound bound = null;
    if (free(k) && t.isWord(k)) {
      String w = t.word[k];
      String w1 = free(k - 1) ? t.w(k - 1) : "";
      if ((w.equals("least") || w.equals("most")) && w1.equals("at")) {
        bound = w.equals("least") ? Quantity.Bound.AT_LEAST : Quantity.Bound.AT_MOST;
        b0 = k - 1;
      } else if (w.equals("than")) {
        if (w1.equals("more") || w1.equals("greater") || w1.equals("higher")) {
          bound = Quantity.Bound.AT_LEAST;
        } else if (w1.equals("less") || w1.equals("fewer") || w1.equals("lower")) {
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
    return k >= afterVerb && k > claimed && k < n && use[k] == FREE;
  }

  /** Reads the role marker that ends at token {@code k}. */
  private void marker(Q q, int k) {
    if (!free(k)) {
      return;
    }
    if (t.kind[k] == Tokens.PUNCT) {
      int cp = t.symbol[k];
      if (cp == ':') {
        String before = free(k - 1) ? t.w(k - 1) : "";
        byte role = roleOfLabel(before);
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
    String w = t.word[k];
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
        } else {
          set(q, WEAK, k);
        }
        break;
      case "baseline": case "currently": case "current": case "vs": case "versus": case "was":
      case "previously": case "today":
        set(q, BASELINE, k);
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
          set(q, WEAK, k);
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
      case "is": case "are": case "be": case "reaches": case "equals": case "hits":
        set(q, WEAK, k);
        break;
      default:
        break;
    }
  }

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

  private static void set(Q q, byte role, int start) {
    q.marker = role;
    q.markerStart = Math.min(start, q.first);
  }

  /** "(42 today)", "35% last quarter", "70 stretch". */
  private void trailing(Q q) {
    int j = q.perEnd >= 0 ? q.perEnd + 1 : q.last + 1;
    if (j >= n || use[j] != FREE || !t.isWord(j)) {
      return;
    }
    String w = t.word[j];
    if (w.equals("today") || w.equals("currently") || w.equals("now") || w.equals("baseline")
        || w.equals("previously")) {
      if (q.marker == NONE || q.marker == WEAK) {
        q.marker = BASELINE;
      }
      q.consumedEnd = Math.max(q.consumedEnd, j);
    } else if (w.equals("last") && t.isWord(j + 1) && Lexicon.period(t.word[j + 1]) != null && use[j + 1] == FREE) {
      if (q.marker == NONE || q.marker == WEAK) {
        q.marker = BASELINE;
      }
      q.consumedEnd = Math.max(q.consumedEnd, j + 1);
    } else if (w.equals("stretch") && (q.marker == NONE || q.marker == WEAK)) {
      q.marker = STRETCH;
      q.consumedEnd = Math.max(q.consumedEnd, j);
    }
  }

  // ---- 4. roles --------------------------------------------------------------------------

  private void assignRoles() {
    Q previous = null;
    for (Q q : quantities) {
      if (q.label) {
        continue;
      }
      if (previous != null && isArrowBetween(previous, q)) {
        if (baseline == null && !previous.assigned) {
          baseline = take(previous);
        }
        if (target == null) {
          target = take(q);
        }
      }
      previous = q;
      if (q.assigned) {
        continue;
      }
      switch (q.marker) {
        case BASELINE:
          if (baseline == null) {
            baseline = take(q);
          }
          break;
        case TARGET:
          if (target == null) {
            target = take(q);
          }
          break;
        case STRETCH:
          if (stretch == null) {
            stretch = take(q);
          }
          break;
        case RELATIVE:
          if (relative == null) {
            relative = take(q);
          }
          break;
        default:
          if ((q.popStart >= 0 || "x".equals(q.base)) && relative == null) {
            relative = take(q);
          }
          break;
      }
    }
    if (target == null && relative == null) {
      for (Q q : quantities) {
        if (!q.label && !q.assigned && (q.marker == NONE || q.marker == WEAK) && compatible(q, baseline)) {
          target = take(q);
          break;
        }
      }
    }
    if (target != null && baseline == null) {
      for (Q q : quantities) {
        if (!q.label && !q.assigned && q.inParens && (q.marker == NONE || q.marker == WEAK)
            && !q.slot && compatible(q, target)) {
          baseline = take(q);
          break;
        }
      }
    }
  }

  private static Q take(Q q) {
    q.assigned = true;
    return q;
  }

  private boolean isArrowBetween(Q a, Q b) {
    int from = a.consumedEnd + 1;
    int to = b.first;
    if (to - from == 1) {
      return t.isPunct(from, '\u2192') || t.isPunct(from, '\u21D2') || t.isPunct(from, '\u27F6');
    }
    if (to - from == 2 && t.isPunct(from + 1, '>')) {
      return t.isPunct(from, '-') || t.isPunct(from, '=');
    }
    return false;
  }

  private static boolean compatible(Q a, @Nullable Q b) {
    if (b == null) {
      return true;
    }
    return compatibleBase(a.base, b.base) && (a.per == null || b.per == null || a.per.equals(b.per));
  }

  private static boolean compatibleBase(@Nullable String a, @Nullable String b) {
    return a == null || b == null || a.equals(b) || Lexicon.seconds(a) > 0 && Lexicon.seconds(b) > 0;
  }

  private void propagateUnits() {
    String base = null;
    String per = null;
    for (Q q : new Q[] {target, baseline, stretch}) {
      if (q != null) {
        if (base == null) {
          base = q.base;
        }
        if (per == null) {
          per = q.per;
        }
      }
    }
    for (Q q : new Q[] {target, baseline, stretch}) {
      if (q != null) {
        if (q.base == null && (q == target || compatible(q, target))) {
          q.base = base;
        }
        if (q.per == null) {
          q.per = per;
        }
      }
    }
  }

  private void consumeRoles() {
    for (Q q : new Q[] {baseline, target, stretch, relative}) {
      if (q == null) {
        continue;
      }
      mark(q.markerStart, q.consumedEnd);
      if (q.perStart >= 0) {
        mark(q.perStart, q.perEnd);
      }
      if (q.popStart >= 0) {
        mark(q.popStart, q.popEnd);
      }
    }
  }

  private void mark(int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < n; k++) {
      if (use[k] == FREE) {
        use[k] = ROLE;
      }
    }
  }

  // ---- 5. metric -------------------------------------------------------------------------

  private void findMetric() {
    int from = afterVerb;
    int end = regionEnd(from);
    if (!trimInto(from, end)) {
      int k = end;
      while (k < n && use[k] == ROLE) {
        k++;
      }
      if (k == end) {
        return;
      }
      if (t.isWord(k, "of")) {
        k++;
      }
      trimInto(k, regionEnd(k));
    }
  }

  /** The index of the first token at or after {@code from} that ends a metric region. */
  private int regionEnd(int from) {
    int k = from;
    while (k < n && use[k] == FREE && !(depth[k] == 0 && (t.isPunct(k, ',') || t.isPunct(k, ';')))) {
      k++;
    }
    return k;
  }

  /** Trims tokens [from, end) to a metric phrase; returns whether anything is left. */
  private boolean trimInto(int from, int end) {
    int s = from;
    int e = end - 1;
    boolean changed = true;
    while (changed && s <= e) {
      changed = false;
      if (t.kind[s] == Tokens.PUNCT && !hasCloser(s, e) || t.isWord(s) && (Lexicon.isDeterminer(t.word[s])
          || t.word[s].equals("of"))) {
        s++;
        changed = true;
      } else if (t.kind[e] == Tokens.PUNCT && !hasOpener(s, e) || t.isWord(e) && Lexicon.isDanglingWord(t.word[e])) {
        e--;
        changed = true;
      }
    }
    if (s > e) {
      return false;
    }
    metricStart = s;
    metricEnd = e;
    return true;
  }

  private boolean hasCloser(int s, int e) {
    int closer = closerOf(t.symbol[s]);
    if (closer < 0) {
      return false;
    }
    for (int k = s + 1; k <= e; k++) {
      if (t.isPunct(k, closer)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasOpener(int s, int e) {
    int cp = t.symbol[e];
    for (int k = s; k < e; k++) {
      if (t.kind[k] == Tokens.PUNCT && closerOf(t.symbol[k]) == cp) {
        return true;
      }
    }
    return false;
  }

  private static int closerOf(int cp) {
    switch (cp) {
      case '(': return ')';
      case '"': return '"';
      case '\'': return '\'';
      case '\u201C': return '\u201D';
      case '\u2018': return '\u2019';
      case '\u00AB': return '\u00BB';
      default: return -1;
    }
  }

  // ---- 6. the statement ------------------------------------------------------------------

  private KeyResultStatement build() {
    RelativeChange change = relativeChange();
    boolean numbers = baseline != null || target != null || stretch != null || relative != null || change != null;
    boolean values = baseline != null && !baseline.slot || target != null && !target.slot
        || stretch != null && !stretch.slot || change != null;
    StatementKind kind = kind(numbers);
    Direction direction = direction(numbers, change);
    ImmutableKeyResultStatement.Builder b = ImmutableKeyResultStatement.builder().text(text).kind(kind);
    if (verbStart >= 0) {
      b.verb(phrase(verbStart, verbEnd));
    }
    if (direction != null) {
      b.direction(direction);
    }
    if (metricStart >= 0) {
      b.metric(phrase(metricStart, metricEnd));
    }
    Quantity base = quantity(baseline);
    Quantity goal = quantity(target);
    Quantity extra = quantity(stretch);
    if (base != null) {
      b.baseline(base);
    }
    if (goal != null) {
      b.target(goal);
    }
    if (extra != null) {
      b.stretch(extra);
    }
    String unit = unitOf(target);
    if (unit == null) {
      unit = unitOf(baseline);
    }
    if (unit == null) {
      unit = unitOf(stretch);
    }
    if (unit != null) {
      b.unit(unit);
    }
    if (change != null) {
      b.relativeChange(change);
    }
    if (deadlineStart >= 0) {
      b.deadline(phrase(deadlineStart, deadlineEnd));
    }
    EnumSet<Missing> missing = EnumSet.noneOf(Missing.class);
    if (!values) {
      missing.add(Missing.NUMBER);
    }
    if (metricStart < 0) {
      missing.add(Missing.METRIC);
    }
    if (goal == null && change == null) {
      missing.add(Missing.TARGET);
    }
    boolean needsBaseline = direction == Direction.INCREASE || direction == Direction.DECREASE
        || direction == Direction.ACHIEVE && target != null;
    if (needsBaseline && base == null && change == null) {
      missing.add(Missing.BASELINE);
    }
    if (deadlineStart < 0) {
      missing.add(Missing.DEADLINE);
    }
    b.addAllMissing(missing);
    Measurement measurement = measurement(direction, kind, values, base, goal, extra, unit, change);
    if (measurement != null) {
      b.measurement(measurement);
    }
    return b.build();
  }

  private StatementKind kind(boolean numbers) {
    if (!numbers) {
      if (verbClass == null) {
        return StatementKind.UNCLEAR;
      }
      switch (verbClass) {
        case OUTPUT: case ACHIEVE: return StatementKind.TASK;
        case MONITOR: return StatementKind.KPI;
        default: return StatementKind.VAGUE;
      }
    }
    if (verbClass == VerbClass.MONITOR && target == null && relative == null) {
      return StatementKind.KPI;
    }
    if (verbClass == VerbClass.OUTPUT || countsOutputs()) {
      return StatementKind.OUTPUT;
    }
    return StatementKind.OUTCOME;
  }

  /** Whether the noun group that opens the metric phrase names outputs ("blog posts"). */
  private boolean countsOutputs() {
    if (metricStart < 0) {
      return false;
    }
    for (int k = metricStart; k <= metricEnd; k++) {
      if (!t.isWord(k) || Lexicon.endsNounGroup(t.word[k])) {
        return false;
      }
      if (lexicon.isOutputNoun(t.word[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean lowerIsBetter() {
    if (metricStart < 0) {
      return false;
    }
    for (int k = metricStart; k <= metricEnd; k++) {
      if (t.isWord(k) && lexicon.isLowerIsBetter(t.word[k])) {
        return true;
      }
    }
    return false;
  }

  private int changeSign() {
    if (relative != null && relative.sign != 0) {
      return relative.sign;
    }
    return verbClass == VerbClass.DECREASE ? -1 : 1;
  }

  private @Nullable RelativeChange relativeChange() {
    if (relative != null && !relative.slot) {
      double amount = relative.value;
      String unit = relative.base;
      if ("x".equals(unit)) {
        amount = (amount - 1) * 100;
        unit = "%";
      }
      ImmutableRelativeChange.Builder c = ImmutableRelativeChange.builder()
          .text(text.substring(t.start[relative.markerStart], t.end[relative.consumedEnd]))
          .start(t.start[relative.markerStart])
          .end(t.end[relative.consumedEnd])
          .amount(changeSign() * amount);
      if (unit != null) {
        c.unit(unit);
      }
      if (relative.popStart >= 0) {
        c.period(phrase(relative.popStart, relative.popEnd));
      }
      return c.build();
    }
    if (relative == null && target == null && implicitChange != 0) {
      return ImmutableRelativeChange.builder()
          .text(text.substring(t.start[verbStart], t.end[verbEnd]))
          .start(t.start[verbStart])
          .end(t.end[verbEnd])
          .amount(implicitChange)
          .unit("%")
          .build();
    }
    return null;
  }

  private @Nullable Direction direction(boolean numbers, @Nullable RelativeChange change) {
    VerbClass v = verbClass;
    boolean targetValue = target != null && !target.slot;
    boolean baselineValue = baseline != null && !baseline.slot;
    if (targetValue && target.value == 0 && (!baselineValue || baseline.value > 0)
        && (v == null || v == VerbClass.DECREASE || v == VerbClass.ACHIEVE || v == VerbClass.OUTPUT)) {
      return Direction.REACH_ZERO;
    }
    if (targetValue && baselineValue && compatible(baseline, target)) {
      double from = inUnitOf(baseline, target);
      if (target.value > from) {
        return Direction.INCREASE;
      }
      if (target.value < from) {
        return Direction.DECREASE;
      }
      return target.bound == Quantity.Bound.AT_LEAST ? Direction.AT_LEAST
          : target.bound == Quantity.Bound.AT_MOST ? Direction.AT_MOST : Direction.MAINTAIN;
    }
    if (change != null || relative != null) {
      return changeSign() < 0 ? Direction.DECREASE : Direction.INCREASE;
    }
    if (target != null) {
      if (v == VerbClass.INCREASE) {
        return Direction.INCREASE;
      }
      if (v == VerbClass.DECREASE) {
        return Direction.DECREASE;
      }
      if (target.bound != null) {
        return target.bound == Quantity.Bound.AT_LEAST ? Direction.AT_LEAST : Direction.AT_MOST;
      }
      return v == VerbClass.MAINTAIN ? Direction.MAINTAIN : Direction.ACHIEVE;
    }
    if (v == null || v == VerbClass.MONITOR) {
      return null;
    }
    switch (v) {
      case INCREASE: return Direction.INCREASE;
      case DECREASE: return Direction.DECREASE;
      case MAINTAIN: return Direction.MAINTAIN;
      default: return numbers && baseline != null ? null : Direction.ACHIEVE;
    }
  }

  /** The value of {@code q} in the time unit of {@code reference}, when both are times. */
  private static double inUnitOf(Q q, Q reference) {
    double from = Lexicon.seconds(q.base);
    double to = Lexicon.seconds(reference.base);
    if (from > 0 && to > 0 && from != to) {
      return q.value * from / to;
    }
    return q.value;
  }

  private static @Nullable String unitOf(@Nullable Q q) {
    if (q == null || q.base == null && q.per == null) {
      return null;
    }
    if (q.per == null) {
      return q.base;
    }
    return q.base == null ? "per " + q.per : q.base + " per " + q.per;
  }

  private @Nullable Quantity quantity(@Nullable Q q) {
    if (q == null || q.slot) {
      return null;
    }
    int from = t.start[q.first];
    int to = t.end[q.last];
    ImmutableQuantity.Builder b = ImmutableQuantity.builder()
        .text(text.substring(from, to))
        .start(from)
        .end(to)
        .value(q.value);
    String unit = unitOf(q);
    if (unit != null) {
      b.unit(unit);
    }
    if (q.bound != null) {
      b.bound(q.bound);
    }
    return b.build();
  }

  private Phrase phrase(int from, int to) {
    int s = t.start[from];
    int e = t.end[to];
    return ImmutablePhrase.builder().text(text.substring(s, e)).start(s).end(e).build();
  }

  // ---- the measurement -------------------------------------------------------------------

  private @Nullable Measurement measurement(
      @Nullable Direction direction, StatementKind kind, boolean numbers, @Nullable Quantity base,
      @Nullable Quantity goal, @Nullable Quantity extra, @Nullable String unit, @Nullable RelativeChange change) {
    if (direction == null) {
      return null;
    }
    if (!numbers) {
      return kind == StatementKind.TASK ? Measurement.builder().type(MeasurementType.BINARY).build() : null;
    }
    switch (direction) {
      case INCREASE:
      case DECREASE:
        return change(direction == Direction.INCREASE ? MeasurementType.INCREASE : MeasurementType.DECREASE,
            numbers, goal, extra, unit, change);
      case AT_LEAST:
        return level(MeasurementType.AT_LEAST, base, goal, extra, unit);
      case AT_MOST:
        return level(MeasurementType.AT_MOST, base, goal, extra, unit);
      case MAINTAIN:
        if (!numbers) {
          return null;
        }
        MeasurementType side = goal != null && goal.value() == 0 || lowerIsBetter()
            ? MeasurementType.AT_MOST : MeasurementType.AT_LEAST;
        return level(side, base, goal, extra, unit);
      case REACH_ZERO:
        if (base != null && baseline != null && compatible(baseline, target)) {
          double from = inUnitOf(baseline, target);
          return numbers(MeasurementType.DECREASE, unit, from, 0.0, null);
        }
        return Measurement.builder().type(MeasurementType.BINARY).build();
      case ACHIEVE:
        if (numbers) {
          MeasurementType type = lowerIsBetter() ? MeasurementType.DECREASE : MeasurementType.INCREASE;
          return numbers(type, unit, null, goal == null ? null : goal.value(), stretchBeyond(type, goal, extra));
        }
        return kind == StatementKind.TASK ? Measurement.builder().type(MeasurementType.BINARY).build() : null;
      default:
        return null;
    }
  }

  private @Nullable Measurement change(
      MeasurementType type, boolean numbers, @Nullable Quantity goal, @Nullable Quantity extra,
      @Nullable String unit, @Nullable RelativeChange change) {
    if (!numbers) {
      return null;
    }
    Double from = baseline != null && !baseline.slot && (target == null || compatible(baseline, target))
        ? (target == null || target.slot ? baseline.value : inUnitOf(baseline, target)) : null;
    if (goal != null) {
      return numbers(type, unit, from, goal.value(), stretchBeyond(type, goal, extra));
    }
    if (change != null && change.amount() != 0) {
      String changeUnit = change.unit().orElse(null);
      if ("%".equals(changeUnit)) {
        return from == null
            ? numbers(type, "% of baseline", 100.0, 100 + change.amount(), null)
            : numbers(type, unit, from, from * (1 + change.amount() / 100), null);
      }
      if (from != null && compatibleBase(changeUnit, baseline.base)) {
        return numbers(type, unit, from, from + change.amount(), null);
      }
      return numbers(type, unit != null ? unit : changeUnit, from, null, null);
    }
    return numbers(type, unit, from, null, null);
  }

  private @Nullable Measurement level(
      MeasurementType type, @Nullable Quantity base, @Nullable Quantity goal, @Nullable Quantity extra,
      @Nullable String unit) {
    Double from = base != null && (target == null || compatible(baseline, target))
        ? (target == null || target.slot ? base.value() : inUnitOf(baseline, target)) : null;
    return numbers(type, unit, from, goal == null ? null : goal.value(), stretchBeyond(type, goal, extra));
  }

  private @Nullable Double stretchBeyond(MeasurementType type, @Nullable Quantity goal, @Nullable Quantity extra) {
    if (extra == null || stretch == null || target != null && !compatible(stretch, target)) {
      return null;
    }
    double value = target == null || target.slot ? extra.value() : inUnitOf(stretch, target);
    if (goal == null) {
      return value;
    }
    boolean up = type == MeasurementType.INCREASE || type == MeasurementType.AT_LEAST;
    return up && value > goal.value() || !up && value < goal.value() ? value : null;
  }

  private static Measurement numbers(
      MeasurementType type, @Nullable String unit, @Nullable Double baseline, @Nullable Double target,
      @Nullable Double stretch) {
    Measurement.Builder b = Measurement.builder().type(type);
    if (unit != null) {
      b.unit(unit);
    }
    if (baseline != null && !(target != null && baseline.doubleValue() == target.doubleValue()
        && (type == MeasurementType.INCREASE || type == MeasurementType.DECREASE))) {
      boolean ok = target == null
          || type == MeasurementType.INCREASE && baseline < target
          || type == MeasurementType.DECREASE && baseline > target
          || type == MeasurementType.AT_LEAST || type == MeasurementType.AT_MOST;
      if (ok) {
        b.baseline(baseline);
      }
    }
    if (target != null) {
      b.target(target);
    }
    if (stretch != null) {
      b.stretch(stretch);
    }
    return b.build();
  }
}
