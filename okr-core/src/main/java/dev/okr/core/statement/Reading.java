package dev.okr.core.statement;

import static dev.okr.core.statement.Candidate.BASELINE;
import static dev.okr.core.statement.Candidate.NONE;
import static dev.okr.core.statement.Candidate.RELATIVE;
import static dev.okr.core.statement.Candidate.STRETCH;
import static dev.okr.core.statement.Candidate.TARGET;
import static dev.okr.core.statement.Candidate.WEAK;
import static dev.okr.core.statement.Candidate.compatible;
import static dev.okr.core.statement.Candidate.inUnitOf;
import static dev.okr.core.statement.Candidate.unitOf;

import dev.okr.core.Measurement;
import dev.okr.core.statement.Lexicon.VerbClass;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a statement. Passes over the tokens, each linear with a lookahead or lookbehind
 * of a few tokens:
 *
 * <ol>
 *   <li>skip bullets, numbering, a "KR1:" label and a priority tag ("[P1]", "P0 -"), and find the
 *       leading verb;
 *   <li>find deadlines and set their tokens aside ({@link Deadlines});
 *   <li>find the numbers with their units, bounds and markers ({@link QuantityScan}), set aside the
 *       ones that are no measurement (years, dates, versions, names: {@link NotNumbers}) and a score
 *       or status reported after the statement ("(0.7)", "--> 66%");
 *   <li>give quantities their roles: marked ones first, then the first unmarked one whose unit
 *       agrees becomes the target, then an unmarked one in parentheses the baseline; the rest are
 *       part of the metric ("Day 7", "3+ weekly sessions");
 *   <li>with a baseline and no other target, read a span of time taken for the deadline as the
 *       target ("reimbursed within 5 days (was 14)");
 *   <li>take the metric phrase: the words between the verb and the first number in a role, or,
 *       when there are none, the words after that number ("60% of [content creators…]");
 *   <li>decide direction, kind, what is missing and the measurement.
 * </ol>
 */
final class Reading {
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
  private List<Candidate> quantities = List.of();
  private @Nullable Candidate baseline;
  private @Nullable Candidate target;
  private @Nullable Candidate stretch;
  private @Nullable Candidate relative;
  private double implicitChange;
  /** The word that states {@link #implicitChange} ("Double", "halved"), or -1. */
  private int implicitAt = -1;
  private int metricStart = -1;
  private int metricEnd = -1;

  Reading(String text, Lexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    this.t = Tokens.scan(text);
    this.n = t.size;
    this.use = t.use;
    this.depth = t.depth;
  }

  KeyResultStatement read() {
    try {
      return readTokens();
    } finally {
      t.release();
    }
  }

  private KeyResultStatement readTokens() {
    skipLead();
    findVerb();
    if (verbClass == null && Language.notEnglish(t, contentStart)) {
      // nothing is read from a statement in another language: no reading beats a wrong one
      return ImmutableKeyResultStatement.builder().text(text).kind(StatementKind.UNREADABLE).build();
    }
    Deadlines deadlines = new Deadlines(t);
    deadlines.find(afterVerb);
    deadlineStart = deadlines.start;
    deadlineEnd = deadlines.end;
    QuantityScan scan = new QuantityScan(t, afterVerb, contentStart);
    quantities = scan.scan();
    assignRoles();
    if (target == null && relative == null && baseline != null && deadlines.spanNumber >= 0) {
      spanAsTarget(scan, deadlines.spanNumber);
    }
    findMultiplierParticiple();
    propagateUnits();
    consumeRoles();
    findMetric();
    return build();
  }

  // ---- lead and verb -----------------------------------------------------------------------

  private void skipLead() {
    int p = 0;
    int fillers = 0;
    while (p < n) {
      if (t.kind[p] == Tokens.PUNCT) {
        int cp = t.symbol[p];
        boolean signedNumber = (cp == '-' || cp == '\u2212' || cp == '+') && t.isNumber(p + 1) && t.attached(p + 1);
        if (Lexicon.currency(cp) != null || signedNumber) {
          break;
        }
        p++;
      } else if (t.kind[p] == Tokens.SLOT && text.charAt(t.start[p]) == '[' && (t.word(p).isEmpty()
          || t.word(p).equals("x") || Lexicon.isPriorityTag(t.word(p)))) {
        p++; // a check box, or a priority tag: "[P1]"; a bare "X" is a placeholder
      } else if (t.kind[p] == Tokens.WORD && Lexicon.isPriorityTag(t.word(p)) && isSeparator(p + 1)) {
        p += 2; // "P0 - Q3 bookings ..."
      } else if (t.kind[p] == Tokens.NUMBER && (t.isPunct(p + 1, '.') || t.isPunct(p + 1, ')'))
          && (p + 2 >= n || t.kind[p + 2] != Tokens.NUMBER)) {
        p += 2;
      } else if (t.kind[p] == Tokens.NUMBER && t.decimals[p] > 0 && t.isWord(p + 1)
          && Character.isUpperCase(text.charAt(t.start[p + 1])) && lexicon.verb(t.word(p + 1)) != null) {
        p++; // "1.3 Close Q3 books": numbering
      } else if (t.kind[p] == Tokens.WORD && isLabelStart(p)) {
        p = afterLabel(p);
      } else if (t.kind[p] == Tokens.WORD && fillers < 2 && Lexicon.isFiller(t.word(p)) && p + 1 < n
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
    String w = t.word(p);
    boolean kr = w.equals("kr") || w.startsWith("kr") && isDigits(w, 2) || w.equals("okr") && t.isNumber(p + 1);
    boolean keyResult = w.equals("key") && (t.isWord(p + 1, "result") || t.isWord(p + 1, "results"));
    if (!kr && !keyResult) {
      return false;
    }
    int q = keyResult ? p + 2 : p + 1;
    return t.isNumber(q) || isSeparator(q) || w.length() > 2;
  }

  private int afterLabel(int p) {
    int q = t.word(p).equals("key") ? p + 2 : p + 1;
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
    if (t.isWord(p + 1) && lexicon.mayStartPair(t.word(p))) {
      VerbClass two = lexicon.verb(t.word(p), t.word(p + 1));
      if (two != null) {
        setVerb(p, p + 1, two);
        return;
      }
    }
    VerbClass one = lexicon.verb(t.word(p));
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
            || t.isWord(next) && Lexicon.numberWord(t.word(next)) >= 0;
      }
    }
    return false;
  }

  private void setVerb(int from, int to, VerbClass verbClass) {
    verbStart = from;
    verbEnd = to;
    this.verbClass = verbClass;
    afterVerb = to + 1;
    if (from == to && !t.isWord(from + 1, "down")) {
      multiplierWord(from);
    }
  }

  /** Reads token {@code k} as a verb of multiplying ("Double", "tripled", "halving"), if it is one. */
  private boolean multiplierWord(int k) {
    String w = t.word(k);
    double change = w.startsWith("doubl") ? 100 : w.startsWith("tripl") ? 200 : w.startsWith("quadrupl") ? 300
        : w.startsWith("halv") ? -50 : 0;
    if (change == 0 || w.indexOf('-') >= 0) {
      return false;
    }
    implicitChange = change;
    implicitAt = k;
    return true;
  }

  /**
   * "Crash reports halved", "revenue doubled", "search volume doubles": a verb of multiplying in the
   * past or the present after the leading verb, when no other number gives a target.
   */
  private void findMultiplierParticiple() {
    if (implicitChange != 0 || target != null || relative != null) {
      return;
    }
    for (int k = afterVerb; k < n; k++) {
      if (use[k] == Tokens.FREE && t.isWord(k) && t.length(k) >= 6 && t.length(k) <= 10) {
        char c = t.first(k);
        char e = (char) (text.charAt(t.end[k] - 1) | 0x20);
        if ((c == 'd' || c == 't' || c == 'q' || c == 'h') && (e == 'd' || e == 's')
            && (t.word(k).endsWith("ed") || t.word(k).endsWith("es")) && multiplierWord(k)) {
          use[k] = Tokens.ROLE;
          return;
        }
      }
    }
  }

  // ---- roles -------------------------------------------------------------------------------

  private void assignRoles() {
    Candidate previous = null;
    for (Candidate q : quantities) {
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
      } else if (previous != null && baseline == null && isToAfter(previous, q)) {
        baseline = take(previous); // "Median query time 14s to 3s": the start, with no "from"
      } else if (previous != null && baseline == null && !previous.assigned && startsArrowToWords(previous, q)) {
        baseline = take(previous);
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
      // the first unmarked number, one after "top" ("top 10 partners") only when there is no other
      for (int pass = 0; pass < 2 && target == null; pass++) {
        for (Candidate q : quantities) {
          if (!q.label && !q.assigned && (q.marker == NONE || q.marker == WEAK) && compatible(q, baseline)
              && (pass == 1 || !q.top)) {
            target = take(q);
            break;
          }
        }
      }
    }
    if (target != null && baseline == null && target.into) {
      baselineBeforeInto();
    }
    if (target != null && baseline == null) {
      // "Increase NPS to 60 (42)": a number alone in parentheses, with no bound; "(4 per region)"
      // splits the target among things, and is no start
      for (Candidate q : quantities) {
        if (!q.label && !q.assigned && q.inParens && (q.marker == NONE || q.marker == WEAK)
            && !q.slot && q.bound == null && aloneInParens(q) && compatible(q, target)
            && (q.per == null || Lexicon.period(q.per) != null)) {
          baseline = take(q);
          break;
        }
      }
    }
  }

  /** "Consolidate 9 bank accounts into 4": the number before "into" is where it starts. */
  private void baselineBeforeInto() {
    Candidate before = null;
    for (Candidate q : quantities) {
      if (q == target) {
        break;
      }
      if (!q.label && !q.assigned && !q.top && (q.marker == NONE || q.marker == WEAK) && compatible(q, target)) {
        before = q;
      }
    }
    if (before != null) {
      baseline = take(before);
    }
  }

  /** Whether a number is all its parentheses hold: "(5%)", not "(3+ contacts on site)". */
  private boolean aloneInParens(Candidate q) {
    return t.isPunct(q.markerStart - 1, '(') && t.isPunct(Math.max(q.consumedEnd, q.perEnd) + 1, ')');
  }

  /**
   * "Expense claims reimbursed within 5 days (was 14)": with a baseline and no other target, a span
   * of time read as the deadline is the level to reach.
   */
  private void spanAsTarget(QuantityScan scan, int number) {
    for (int k = deadlineStart; k <= deadlineEnd; k++) {
      use[k] = Tokens.FREE;
    }
    Candidate q = scan.reread(number);
    if (q == null || q.label || !compatible(q, baseline)) {
      for (int k = deadlineStart; k <= deadlineEnd; k++) {
        use[k] = Tokens.DEADLINE;
      }
      return;
    }
    target = take(q);
    deadlineStart = -1;
    deadlineEnd = -1;
  }

  private static Candidate take(Candidate q) {
    q.assigned = true;
    return q;
  }

  /**
   * Whether {@code b} is a target marked by "to" right after {@code a}, an unmarked number in the
   * same unit: "OTD 88% to 96%", "Runway 14 to 24 months". With no "from", a bare first number
   * after a verb that is no change reads as a range ("Hire 2 to 3 engineers"), and is left alone;
   * one written with its unit ("lift retention 20% to 24%") is where the change starts. After a verb
   * of keeping, "A to B" is a band to stay in ("Keep CPU utilisation 40 to 60%").
   */
  private boolean isToAfter(Candidate a, Candidate b) {
    return b.marker == TARGET && t.isWord(b.markerStart, "to") && b.markerStart == a.consumedEnd + 1
        && !a.assigned && (a.marker == NONE || a.marker == WEAK) && a.bound == null && !a.top && !a.slot
        && compatible(a, b) && verbClass != VerbClass.MAINTAIN
        && (a.base != null || verbClass == null || verbClass == VerbClass.INCREASE || verbClass == VerbClass.DECREASE);
  }

  private boolean isArrowBetween(Candidate a, Candidate b) {
    int from = a.consumedEnd + 1;
    int to = b.first;
    if (to - from >= 2 && t.isWord(from) && t.isWord(b.last + 1) && t.word(from).equals(t.word(b.last + 1))) {
      from++; // "1.8 t → 1.2 t": a unit the reader does not know, written on both sides
    }
    return t.arrowEnd(from) == to && compatible(a, b);
  }

  /**
   * "3 days → same day (< 8h)": a level an arrow leads from to words is where things start, when a
   * later number gives where they go.
   */
  private boolean startsArrowToWords(Candidate q, Candidate next) {
    int a = t.arrowEnd(Math.max(q.consumedEnd, q.perEnd) + 1);
    return a >= 0 && t.isWord(a) && next.first > a && (q.marker == NONE || q.marker == WEAK) && q.bound == null
        && !q.slot && !next.label && compatible(q, next);
  }

  private void propagateUnits() {
    String base = firstNonNull(target == null ? null : target.base, baseline == null ? null : baseline.base,
        stretch == null ? null : stretch.base);
    String per = firstNonNull(target == null ? null : target.per, baseline == null ? null : baseline.per,
        stretch == null ? null : stretch.per);
    propagate(target, base, per);
    propagate(baseline, base, per);
    propagate(stretch, base, per);
  }

  private void propagate(@Nullable Candidate q, @Nullable String base, @Nullable String per) {
    if (q != null) {
      if (q.base == null && (q == target || compatible(q, target))) {
        q.base = base;
      }
      if (q.per == null) {
        q.per = per;
      }
    }
  }

  private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b, @Nullable String c) {
    return a != null ? a : b != null ? b : c;
  }

  private void consumeRoles() {
    consume(baseline);
    consume(target);
    consume(stretch);
    consume(relative);
  }

  private void consume(@Nullable Candidate q) {
    if (q == null) {
      return;
    }
    mark(q.markerStart, q.consumedEnd);
    if (q.perStart >= 0) {
      mark(q.perStart, q.perEnd);
    }
    if (q.popStart >= 0) {
      mark(q.popStart, q.popEnd);
    }
  }

  private void mark(int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < n; k++) {
      if (use[k] == Tokens.FREE) {
        use[k] = Tokens.ROLE;
      }
    }
  }

  // ---- metric ------------------------------------------------------------------------------

  private void findMetric() {
    int from = afterVerb;
    int end = regionEnd(from);
    if (!trimInto(from, end)) {
      int k = end;
      while (k < n && use[k] == Tokens.ROLE) {
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
    while (k < n && use[k] == Tokens.FREE && !(depth[k] == 0 && (t.isPunct(k, ',') || t.isPunct(k, ';')))) {
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
      if (t.kind[s] == Tokens.PUNCT && !hasCloser(s, e) || t.isWord(s) && (Lexicon.isDeterminer(t.word(s))
          || t.word(s).equals("of"))) {
        s++;
        changed = true;
      } else if (t.kind[e] == Tokens.PUNCT && !hasOpener(s, e) || t.isWord(e) && Lexicon.isDanglingWord(t.word(e))) {
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

  // ---- the statement -----------------------------------------------------------------------

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
      Direction said = verbDirection();
      if (said != null) {
        b.verbDirection(said);
      }
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
    Quantity shown = goal != null ? goal : change != null ? relativeTarget(change) : null;
    if (shown != null) {
      b.target(shown);
    }
    if (extra != null) {
      b.stretch(extra);
    }
    if (target != null && target.slot) {
      b.targetPlaceholder(phrase(target.first, target.last));
    } else if (target == null && relative != null && relative.slot) {
      b.targetPlaceholder(phrase(relative.first, relative.last)); // "coverage at [N]x"
    }
    if (baseline != null && baseline.slot) {
      b.baselinePlaceholder(phrase(baseline.first, baseline.last));
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
    // Added straight to the builder, which makes its own set: no EnumSet to copy it from.
    if (!values) {
      b.addMissing(Missing.NUMBER);
    }
    if (metricStart < 0) {
      b.addMissing(Missing.METRIC);
    }
    if (goal == null && change == null) {
      b.addMissing(Missing.TARGET);
    }
    boolean needsBaseline = direction == Direction.INCREASE || direction == Direction.DECREASE
        || direction == Direction.ACHIEVE && target != null;
    if (needsBaseline && base == null && change == null) {
      b.addMissing(Missing.BASELINE);
    }
    if (deadlineStart < 0) {
      b.addMissing(Missing.DEADLINE);
    }
    Measurement measurement = new MeasurementRules(baseline, target, stretch, this::lowerIsBetter)
        .measurement(direction, kind, values, base, goal, extra, unit, change);
    if (measurement != null) {
      b.measurement(measurement);
    }
    return b.build();
  }

  /** The way the verb's class points, if it points one. */
  private @Nullable Direction verbDirection() {
    if (verbClass == VerbClass.INCREASE) {
      return Direction.INCREASE;
    }
    if (verbClass == VerbClass.DECREASE) {
      return Direction.DECREASE;
    }
    return verbClass == VerbClass.MAINTAIN ? Direction.MAINTAIN : null;
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
      if (!t.isWord(k) || t.length(k) <= 5 && Lexicon.endsNounGroup(t.word(k))) {
        return false;
      }
      if (lexicon.mayBeOutputNoun(t.first(k), t.length(k)) && lexicon.isOutputNoun(t.word(k))) {
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
      if (t.isWord(k) && lexicon.isLowerIsBetter(t.word(k))) { // rare: only to choose a side
        return true;
      }
    }
    return false;
  }

  private int changeSign() {
    if (relative != null && relative.sign != 0) {
      return relative.sign;
    }
    if (relative != null) {
      // "Build minutes per merged PR reduced by a third": the verb right before the change
      int m = relative.markerStart - 1;
      if (m >= afterVerb && t.isWord(m) && use[m] == Tokens.FREE) {
        VerbClass c = lexicon.verb(t.word(m));
        if (c == VerbClass.DECREASE || c == VerbClass.INCREASE) {
          return c == VerbClass.DECREASE ? -1 : 1;
        }
      }
    }
    return verbClass == VerbClass.DECREASE ? -1 : 1;
  }

  /**
   * A multiple written with the number ("2x", "3×") as a factor of the starting level: one that
   * brings the metric down divides it ("Cut costs 2x" is 0.5).
   */
  private double factor(Candidate q) {
    return changeSign() < 0 && q.value > 1 ? 1 / q.value : q.value;
  }

  private @Nullable RelativeChange relativeChange() {
    if (relative != null && !relative.slot) {
      double amount = changeSign() * relative.value;
      String unit = "%".equals(relative.base) ? "%" : unitOf(relative);
      if ("x".equals(relative.base)) {
        amount = (factor(relative) - 1) * 100;
        unit = "%";
      }
      ImmutableRelativeChange.Builder c = ImmutableRelativeChange.builder()
          .text(text.substring(t.start[relative.markerStart], t.end[relative.consumedEnd]))
          .start(t.start[relative.markerStart])
          .end(t.end[relative.consumedEnd])
          .amount(amount);
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
          .text(text.substring(t.start[implicitAt], t.end[implicitAt]))
          .start(t.start[implicitAt])
          .end(t.end[implicitAt])
          .amount(implicitChange)
          .unit("%")
          .build();
    }
    return null;
  }

  /**
   * The target a relative change gives when no level is written: a multiple in {@code x} ("2x",
   * "Triple"), else the signed change in its unit ("by 25%", "Halve": -50%); see {@link Quantity}.
   */
  private Quantity relativeTarget(RelativeChange change) {
    ImmutableQuantity.Builder q = ImmutableQuantity.builder().relative(true);
    if (relative == null) {
      q.text(change.text()).start(change.start()).end(change.end());
      if (change.amount() > 0) {
        return q.value(1 + change.amount() / 100).unit("x").build();
      }
      return q.value(change.amount()).unit("%").build();
    }
    int from = t.start[relative.first];
    int to = t.end[relative.last];
    q.text(text.substring(from, to)).start(from).end(to);
    if ("x".equals(relative.base)) {
      q.value(factor(relative)).unit("x");
    } else {
      q.value(change.amount());
      change.unit().ifPresent(q::unit);
    }
    if (relative.bound != null) {
      q.bound(relative.bound);
    }
    return q.build();
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
    if (change != null && change.amount() != 0) {
      return change.amount() < 0 ? Direction.DECREASE : Direction.INCREASE;
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

  private @Nullable Quantity quantity(@Nullable Candidate q) {
    if (q == null || q.slot) {
      return null;
    }
    int from = t.start[q.first];
    int to = t.end[q.last];
    ImmutableQuantity.Builder b = ImmutableQuantity.builder()
        .relative(false)
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

}
