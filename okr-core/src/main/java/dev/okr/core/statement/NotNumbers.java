package dev.okr.core.statement;

import static dev.okr.core.statement.Candidate.NONE;
import static dev.okr.core.statement.Candidate.WEAK;

/**
 * The numbers of a statement that are no measurement, so never a baseline, target or stretch: they
 * stay part of the words around them, as names ("Day 7", "Tier 1") already do.
 *
 * <ul>
 *   <li>years: a four-digit whole number from 1900 to 2199 with no unit ("2026", "the 2023
 *       baseline", "2026-Q3", "2026-03-01"), unless it counts a plural noun ("2000 customers");
 *       quarters and fiscal years are words already ("Q3", "H1", "FY24", "FY2025");
 *   <li>dates: a day next to a month ("March 15", "30 April"), and "31/12", "12/31/2026" (a day and
 *       a month that cannot be a score, a third part, or "by", "on", "before", "until" before it);
 *   <li>clock times and ratios written with a colon ("9:30", "1:1s"), and "9 am";
 *   <li>versions: "2.0", "5.0" with no unit or role, a number before "release", "upgrade" or
 *       "migration", a dotted number after a piece of software ("sensor 7.3") or before a stage of
 *       release ("7.3 for macOS GA"), a number after a capitalised name or a mixed-case one ("Rails 6", "Java 17",
 *       "iOS 18", "Microsoft 365") or after an acronym that is not a metric ("ELK 6", "RFC 12");
 *       "v2", "v4.0", "1.29.3" are words already;
 *   <li>issue and ticket numbers: "#1234", "PR 12", "issue 42"; "JIRA-1234", "GTM-214" are words;
 *   <li>names with digits: "24/7", "customer 360", "3D" (a word), "P1" (a word), a numbered place or
 *       machine ("press 7", "labs 3 and 4", "wards 4-9");
 *   <li>plan lengths: a time before or after "roadmap", "plan", "strategy", "timebox", "pilot" ("12
 *       month roadmap", "roadmap (18 months)", "timebox 2 wks"), and a time written as an adjective
 *       ("90 day retention", "30 day active users");
 *   <li>"one" as a determiner or pronoun: "with one click", "pick one", "from one config file", "the
 *       old one", "one per release"; but "from 3 agencies to one" counts;
 *   <li>number words in names: "Pillar Two", "zero trust".
 * </ul>
 *
 * <p>Two numbers across an arrow ("TRIR 1.9 → 1.2", "iPaaS 18 -> 40") are a baseline and a target
 * unless a word of releases or upgrading, or a dotted number after a product's name ("Kubernetes
 * 1.27 -> 1.29"), makes them versions: the name before the first is then no reason to drop them.
 *
 * <p>Each test looks at the number and a few tokens around it.
 */
final class NotNumbers {
  private final Tokens t;
  private final int afterVerb;
  private final int contentStart;

  NotNumbers(Tokens t, int afterVerb, int contentStart) {
    this.t = t;
    this.afterVerb = afterVerb;
    this.contentStart = contentStart;
  }

  /**
   * Whether the quantity is no measurement; a date or time written in several tokens is taken whole,
   * extending {@link Candidate#last} and {@link Candidate#consumedEnd}.
   */
  boolean notANumber(Candidate q) {
    if (q.slot) {
      return false;
    }
    int k = q.number;
    if (t.kind[k] == Tokens.WORD) {
      return determinerOne(q) || namedWord(q) || zeroAsName(q);
    }
    boolean plain = q.base == null && q.per == null && q.bound == null && q.first == k && !multiplied(q);
    boolean unmarked = q.marker == NONE || q.marker == WEAK;
    boolean whole = t.decimals[k] == 0;
    if (whole && plain && year(q)) {
      return true;
    }
    if (whole && date(q)) {
      return true;
    }
    if (clock(q)) {
      return true;
    }
    if (unmarked && q.base == null && q.per == null && q.bound == null && numberedPlaceBefore(k)
        && !countsPlural(q.last + 1)) {
      return true; // "press 7", "labs 3 and 4", "floors 3-5": names, not counts
    }
    if (plain && unmarked && (inArrowPair(q) ? versionPair(q) : version(q) || named(q))) {
      return true;
    }
    if (plain && !unmarked && upgradedTo(q)) {
      return true;
    }
    if (q.bound == null && unmarked && Lexicon.seconds(q.base) > 0 && planLength(q)) {
      return true;
    }
    return q.bound != null && unmarked && qualifier(q);
  }

  /**
   * A bound that says which things are meant, not how far to go: "all quotes above €50k", "every
   * account >$50k ARR", "all vendor contracts over $50k", "every ticket older than 30 days", "apps
   * with > 10 users", "long-tail accounts (<$5k)".
   */
  private boolean qualifier(Candidate q) {
    int b = q.first;
    if (b == q.number || !isComparison(b)) {
      return false; // "5+ opps", "within 5 days": a level to reach
    }
    boolean atLeastOrMost = t.isWord(b, "at") || t.isWord(b, "minimum") || t.isWord(b, "maximum") || t.isWord(b, "a");
    if ((t.isWord(b - 1, "with") || t.isWord(b - 1, "without")) && !atLeastOrMost) {
      return true;
    }
    if (t.isPunct(b - 1, '(') && t.isPunct(q.last + 1, ')')) {
      return true;
    }
    // "all vendor contracts over $50k": a determiner of all, then the noun group the bound qualifies
    for (int k = b - 2; k >= b - 1 - QUALIFIED_NOUNS && k >= contentStart && t.isWord(k + 1); k--) {
      String d = t.w(k);
      if (d.equals("all") || d.equals("every") || d.equals("each") || d.equals("any")) {
        return true;
      }
    }
    return false;
  }

  /** Words of a noun group looked past between "all" and a bound that qualifies it. */
  private static final int QUALIFIED_NOUNS = 4;

  private boolean multiplied(Candidate q) {
    return q.value != t.value[q.number];
  }

  // ---- years and dates ------------------------------------------------------------------------

  private boolean year(Candidate q) {
    int k = q.number;
    if (t.digits[k] != 4 || q.value < 1900 || q.value > 2199) {
      return false;
    }
    if (t.isWord(k + 1) && !t.attached(k + 1)) {
      String next = t.word(k + 1);
      // "2000 customers": a count of a plural noun
      if (next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !Lexicon.isMonth(next)
          && Lexicon.duration(next, false) == null) {
        return false;
      }
    }
    // "2026-03-01", "2026-Q3", "2026/27": the rest of the date is part of it
    int e = k;
    while ((t.isPunct(e + 1, '-') || t.isPunct(e + 1, '/')) && t.attached(e + 1) && t.attached(e + 2)
        && (t.isNumber(e + 2) || t.isWord(e + 2)) && e < k + 4) {
      e += 2;
    }
    absorb(q, e);
    return true;
  }

  private boolean date(Candidate q) {
    int k = q.number;
    double v = q.value;
    if (v < 1 || v > 31 || q.bound != null || q.first != k && !t.isPunct(q.first, '~')) {
      return false;
    }
    if (q.base == null && (isMonthAt(k - 1) || isMonthAt(k + 1))) {
      return true; // "March 15", "30 April"
    }
    // "31/12", "12/31/2026", "by 30/06": the scan read "/12" as a score out of 12
    if (t.isPunct(k + 1, '/') && t.attached(k + 1) && t.isNumber(k + 2) && t.attached(k + 2) && t.decimals[k + 2] == 0) {
      double m = t.value[k + 2];
      boolean third = t.isPunct(k + 3, '/') && t.attached(k + 3) && t.isNumber(k + 4) && t.attached(k + 4);
      boolean dayMonth = m >= 1 && m <= 12 && v > m || v <= 12 && m > 12 && m <= 31;
      boolean named = v == 24 && m == 7; // "24/7 coverage"
      if (third || dayMonth || named || m >= 1 && m <= 31 && datePreposition(q.first - 1)) {
        absorb(q, third ? k + 4 : k + 2);
        return true;
      }
    }
    return false;
  }

  private boolean isMonthAt(int k) {
    // a cheap test first: month names are 3 to 9 letters and start with one of "jfmasond"
    if (!t.isWord(k) || t.length(k) < 3 || t.length(k) > 9 || "jfmasond".indexOf(t.first(k)) < 0
        || !Lexicon.isMonth(t.word(k))) {
      return false;
    }
    // "may" is a month only when written "May"
    return !t.word(k).equals("may") || t.text.charAt(t.start[k]) == 'M';
  }

  private boolean datePreposition(int k) {
    String w = t.w(k);
    return w.equals("by") || w.equals("on") || w.equals("before") || w.equals("until") || w.equals("till")
        || w.equals("due") || w.equals("since") || w.equals("after");
  }

  /**
   * "9:30", "17:00" and "9 am" are times of day; "1:1s" are meetings. A ratio with one digit after
   * its colon ("8:1", "3:2") is one number, its quotient.
   */
  private boolean clock(Candidate q) {
    int k = q.number;
    if (t.isPunct(k + 1, ':') && t.attached(k + 1) && t.isNumber(k + 2) && t.attached(k + 2) && t.decimals[k] == 0) {
      double m = t.value[k + 2];
      boolean time = t.digits[k + 2] == 2 && m < 60 && q.value < 24;
      boolean meetings = q.value == 1 && m == 1;
      if (!time && !meetings && m > 0) {
        q.value = q.value / m;
        absorb(q, k + 2);
        return false;
      }
      absorb(q, k + 2);
      return true;
    }
    return t.decimals[k] == 0 && q.value <= 12 && (t.isWord(q.last + 1, "am") || t.isWord(q.last + 1, "pm"));
  }

  /** Whether an arrow ("->", "=>", "→") ends just before token {@code k}. */
  private boolean arrowBefore(int k) {
    return t.isPunct(k - 1, '\u2192') || t.isPunct(k - 1, '\u21D2') || t.isPunct(k - 1, '\u27F6')
        || t.isPunct(k - 1, '>') && (t.isPunct(k - 2, '-') || t.isPunct(k - 2, '='));
  }

  /** The first token of the arrow that ends just before token {@code k}. */
  private int arrowStart(int k) {
    return t.isPunct(k - 1, '>') ? k - 2 : k - 1;
  }

  private void absorb(Candidate q, int last) {
    if (last > q.last) {
      q.last = last;
      q.consumedEnd = Math.max(q.consumedEnd, last);
    }
  }

  /**
   * Whether the bare number is the start of a change written with an arrow or "to" to another number
   * ("TRIR 1.9 → 1.2", "iPaaS 18 -> 40", "users on Slack 300 to 800"): two numbers across an arrow
   * are a baseline and a target unless something says they are versions.
   */
  private boolean inArrowPair(Candidate q) {
    int j = t.isWord(q.last + 1, "to") ? q.last + 2 : t.arrowEnd(q.last + 1);
    if (j < 0) {
      return false;
    }
    if (t.isPunct(j) && (Lexicon.currency(t.symbol[j]) != null || t.symbol[j] == '~' || t.symbol[j] == '\u00B1')) {
      j++;
    }
    return t.isNumber(j);
  }

  /** Tokens looked back for a word of upgrading before a pair of versions. */
  private static final int PAIR_LOOKBACK = 10;

  /**
   * Whether a bare number an arrow leads from to another number is a version: the pair sits next to
   * a word of releases ("Postgres 12 -> 16 upgrade", "upgrade the runtime 3.8 → 3.12"), or the number
   * is dotted after a product's name written in lower case after a capital or in mixed case
   * ("Kubernetes 1.27 -> 1.29", "macOS 14.2 → 15.1"). An acronym ("TRIR 1.9 → 1.2") names a metric.
   */
  private boolean versionPair(Candidate q) {
    int k = q.number;
    if (isVersionNoun(k + 1)) {
      return true;
    }
    int other = t.isWord(q.last + 1, "to") ? q.last + 2 : t.arrowEnd(q.last + 1);
    if (t.isPunct(other)) {
      other++;
    }
    if (isVersionNoun(other + 1)) {
      return true;
    }
    if (measuredAfter(other + 1)) {
      return false; // "upgrades, 40 to 90 a month": a version has no unit or period
    }
    for (int j = k - 1; j >= Math.max(contentStart, k - PAIR_LOOKBACK); j--) {
      if (t.isPunct(j, ',') || t.isPunct(j, ';')) {
        break;
      }
      if (t.isWord(j) && t.length(j) >= 4 && isUpgradeWord(j)) {
        return true;
      }
    }
    int p = k - 1;
    if (t.decimals[k] == 0 || !t.isWord(p) || Lexicon.isMetricAcronym(t.word(p)) || !t.isNumber(other)
        || !versionStep(k, other)) {
      return false;
    }
    if (Character.isLowerCase(t.text.charAt(t.start[p])) && hasUpper(p)) {
      return true; // "macOS 14.2 → 15.1"
    }
    // a capital opening the statement is no name by itself: "Uptime 99.5 → 99.9", "Rating 4.3 → 4.7";
    // there a product's version shows in a two-digit minor part ("Kubernetes 1.27 -> 1.29")
    return capitalised(p) && (p > contentStart || t.decimals[k] == 2);
  }

  /** Largest major part a version in a pair is taken to have: "1.27", "3.12", not "99.5". */
  private static final int MAX_MAJOR = 30;

  /**
   * Whether the dotted numbers at {@code a} and {@code b} step forward as versions do, part by part
   * ("1.27 -> 1.29", "3.9 → 3.12"), with a small major part: a measure may go down, a version not.
   */
  private boolean versionStep(int a, int b) {
    if (t.mantissa[a] < 0 || t.mantissa[b] < 0 || t.decimals[b] == 0) {
      return false;
    }
    long majorA = (long) t.value[a];
    long majorB = (long) t.value[b];
    if (majorA < 1 || majorA > MAX_MAJOR || majorB > MAX_MAJOR) {
      return false;
    }
    long minorA = t.mantissa[a] % (long) Math.pow(10, t.decimals[a]);
    long minorB = t.mantissa[b] % (long) Math.pow(10, t.decimals[b]);
    return majorB > majorA || majorB == majorA && minorB > minorA;
  }

  /** Whether a unit or a period follows at token {@code j}: "%", "a month", "per week", "/day", "days". */
  private boolean measuredAfter(int j) {
    if (t.isPunct(j, '%') || t.isPunct(j, '/')) {
      return true;
    }
    String w = t.w(j);
    if (w.equals("a") || w.equals("per") || w.equals("each") || w.equals("every")) {
      return t.isWord(j + 1) && Lexicon.period(t.word(j + 1)) != null;
    }
    return !w.isEmpty() && Lexicon.duration(w, t.attached(j)) != null;
  }

  /** "upgrade", "upgraded", "migrate", "migration", "bump": words that move software between versions. */
  private boolean isUpgradeWord(int j) {
    String text = t.text;
    int s = t.start[j];
    return text.regionMatches(true, s, "upgrad", 0, 6) || text.regionMatches(true, s, "migrat", 0, 6)
        || text.regionMatches(true, s, "bump", 0, 4);
  }

  private boolean hasUpper(int p) {
    for (int c = t.start[p]; c < t.end[p]; c++) {
      if (Character.isUpperCase(t.text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  // ---- versions and names ---------------------------------------------------------------------

  /** "2.0", "in 5.0", "the 4.2 release", "Kubernetes 1.29 upgrade". */
  private boolean version(Candidate q) {
    int k = q.number;
    // "5.0", "4.x → 5.0"; after an arrow from a number ("3 → 4.0") it is a level
    if (t.decimals[k] == 1 && t.mantissa[k] >= 0 && t.mantissa[k] % 10 == 0
        && !(arrowBefore(q.first) && t.isNumber(arrowStart(q.first) - 1))) {
      return true;
    }
    if (t.digits[k] < 0) {
      return false; // "1,000 ...": thousands separators write an amount
    }
    if (t.isWord(k - 1, "the") && t.isWord(k + 1) && isVersionNoun(k + 2)) {
      return true; // "the 3.9 security release"
    }
    if (t.decimals[k] > 0 && (isProductNoun(k - 1) || stageNear(q.last + 1))) {
      return true; // "agent 7.3 for Windows", "7.3 for macOS GA": a build of software
    }
    return isVersionNoun(k + 1);
  }

  /** Tokens looked past a dotted number for the stage of a release: "7.3 for macOS GA". */
  private static final int STAGE_LOOKAHEAD = 4;

  /** Whether a stage of release ("GA", "beta", "LTS") comes within a few words from token {@code from}. */
  private boolean stageNear(int from) {
    for (int j = from; j < from + STAGE_LOOKAHEAD && t.isWord(j); j++) {
      switch (t.word(j)) {
        case "ga": case "beta": case "alpha": case "lts": case "preview": case "rc":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /** Whether token {@code k} names a piece of software that builds carry numbers: "sensor 7.3", "SDK 4.2". */
  private boolean isProductNoun(int k) {
    switch (t.w(k)) {
      case "sensor": case "agent": case "client": case "app": case "sdk": case "api": case "firmware":
      case "plugin": case "plug-in": case "driver": case "build": case "os": case "extension":
        return true;
      default:
        return false;
    }
  }

  /** Tokens looked back from a marker for a word of upgrading: "Upgrade the primary DB cluster from". */
  private static final int UPGRADE_LOOKBACK = 8;

  /**
   * A bare number that an upgrade starts from or goes to: "Upgrade the Postgres cluster from 11 to
   * 15", "Kafka upgraded to 3.6". Software is upgraded between versions; a measure is not upgraded.
   */
  private boolean upgradedTo(Candidate q) {
    int m = q.markerStart;
    if (m == q.first || !(t.isWord(m, "to") || t.isWord(m, "from"))) {
      return false;
    }
    for (int k = m - 1; k >= Math.max(contentStart, m - UPGRADE_LOOKBACK); k--) {
      if (t.isPunct(k, ',') || t.isPunct(k, ';')) {
        return false;
      }
      if (t.isWord(k) && t.length(k) >= 7 && t.text.regionMatches(true, t.start[k], "upgrad", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] VERSION_NOUNS = {
      "release", "upgrade", "update", "migration", "sdk", "cluster", "version", "runtime", "branch"};

  /** Whether token {@code k} is a word that a version number comes before: "release", "upgrade". */
  private boolean isVersionNoun(int k) {
    if (!t.isWord(k)) {
      return false;
    }
    for (String noun : VERSION_NOUNS) {
      if (t.isWord(k, noun)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number right after a name: a capitalised word inside the sentence ("Rails 6", "Microsoft
   * 365"), a mixed-case word ("iOS 18"), an acronym that is not a metric ("ELK 6", "RFC 12"), or
   * "customer 360".
   */
  private boolean named(Candidate q) {
    int k = q.number;
    if (q.value == 360 && t.isWord(k + 1)) {
      return true; // "customer 360 table", "360 feedback"
    }
    int p = k - 1;
    if (p < afterVerb) {
      return false;
    }
    if (!t.isWord(p)) {
      return t.isPunct(p, '.') && t.attached(p) && t.isWord(p - 1) && capitalised(p - 1) && t.length(p - 1) <= 4
          && p - 1 > contentStart; // "Art. 30", "Sec. 4"
    }
    if (t.isWord(p, "top")) {
      return false; // "top 10 accounts" counts them
    }
    int s = t.start[p];
    int e = t.end[p];
    String text = t.text;
    char c0 = text.charAt(s);
    int upper = 0;
    int lower = 0;
    for (int c = s; c < e; c++) {
      char ch = text.charAt(c);
      if (Character.isUpperCase(ch)) {
        upper++;
      } else if (Character.isLowerCase(ch)) {
        lower++;
      }
    }
    if (Character.isLowerCase(c0) && upper > 0) {
      return true; // "iOS 18", "macOS 15"
    }
    if (upper >= 2 && lower == 0) {
      // "Sign EMEA 40 new logos": a region or segment before a count of a plural noun
      return !Lexicon.isMetricAcronym(t.word(p)) && !countsPlural(q.last + 1);
    }
    return capitalised(p) && p > contentStart && !isMonthAt(p);
  }

  /** Numbers looked back over in a list of numbered places: "lines 1, 2, 5 and 7". */
  private static final int PLACE_LIST_LOOKBACK = 8;

  /**
   * Whether a numbered place or machine ({@link Lexicon#isNumberedPlace}) names the number at token
   * {@code k}, directly or through a list or range of such numbers: "press 7", "lines 2 and 4",
   * "wards 4-9", "floors 3–5".
   */
  private boolean numberedPlaceBefore(int k) {
    int p = k - 1;
    for (int steps = 0; steps < PLACE_LIST_LOOKBACK && p > afterVerb; steps++) {
      if (t.isWord(p) && Lexicon.isNumberedPlace(t.word(p))) {
        return true;
      }
      boolean between = t.isWord(p, "and") || t.isWord(p, "or") || t.isPunct(p, '-') || t.isPunct(p, '\u2013')
          || t.isPunct(p, ',') || t.isPunct(p, '&') || t.isPunct(p, '/');
      if (!between || !t.isNumber(p - 1)) {
        return false;
      }
      p -= 2; // past a number before "and", "-", ",": "labs 3 and 4", "wards 4-9"
    }
    return false;
  }

  /**
   * Whether a lower-case plural noun starts at token {@code j}, or after one lower-case word ("40 new
   * logos", "12 resellers"): what a number before it counts.
   */
  private boolean countsPlural(int j) {
    for (int k = j; k <= j + 1 && t.isWord(k) && Character.isLowerCase(t.text.charAt(t.start[k])); k++) {
      String w = t.word(k);
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !Lexicon.isMonth(w)
          && Lexicon.duration(w, false) == null) {
        return true;
      }
    }
    return false;
  }

  /** A word written with a capital and lower-case letters after it: "Rails", "Postgres", "OpenSearch". */
  private boolean capitalised(int p) {
    String text = t.text;
    int s = t.start[p];
    if (!Character.isUpperCase(text.charAt(s)) || t.length(p) < 2) {
      return false;
    }
    for (int c = s + 1; c < t.end[p]; c++) {
      if (Character.isLowerCase(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  // ---- plan lengths and adjectives ------------------------------------------------------------

  /** A bound written as a comparison: "over", "above", "under", "below", "more than", ">", "<". */
  private boolean isComparison(int b) {
    switch (t.w(b)) {
      case "over": case "above": case "under": case "below": case "more": case "less": case "fewer":
      case "greater": case "higher": case "lower": case "exceeding": case "older": case "newer":
      case "younger": case "longer": case "shorter": case "larger": case "bigger": case "smaller":
        return true;
      default:
        int cp = t.symbol(b);
        return cp == '>' || cp == '<' || cp == '\u2265' || cp == '\u2264';
    }
  }

  /**
   * "12 month roadmap", "roadmap (18 months)", "timebox 2 wks", "90 day retention", "starts 120
   * days before term end".
   */
  private boolean planLength(Candidate q) {
    int k = q.number;
    if (isPlanWord(q.last + 1)) {
      return true;
    }
    String after = t.w(q.last + 1);
    if (after.equals("before") || after.equals("after") || after.equals("prior") || after.equals("ahead")) {
      return true; // a time relative to an event, not a level
    }
    int p = q.first - 1;
    if (t.isPunct(p, '(') || t.isPunct(p, ':')) {
      p--;
    }
    if (p >= afterVerb && isPlanWord(p)) {
      return true;
    }
    // "90 day retention": a time written as an adjective, singular, before the noun it qualifies
    int unit = k + 1;
    if (q.value != 1 && q.per == null && q.last == unit && t.isWord(unit) && !t.attached(unit)
        && t.isWord(unit + 1)) {
      String u = t.word(unit);
      String next = t.word(unit + 1);
      boolean singular = u.equals("day") || u.equals("week") || u.equals("month") || u.equals("year")
          || u.equals("hour") || u.equals("minute") || u.equals("quarter");
      return singular && !Lexicon.isRoleWord(next) && !Lexicon.endsNounGroup(next) && !Lexicon.mayOpenDeadline(next)
          && !Lexicon.isDeterminer(next) && !Lexicon.isDanglingWord(next);
    }
    return false;
  }

  private boolean isPlanWord(int k) {
    switch (t.w(k)) {
      case "roadmap": case "roadmaps": case "plan": case "plans": case "strategy": case "vision":
      case "horizon": case "timebox": case "time-box": case "pilot": case "programme": case "program":
      case "contract": case "contracts": case "commitment": case "outlook": case "forecast":
        return true;
      default:
        return false;
    }
  }

  /** "with one click", "pick one", "from one config file": "one" as a determiner, not a count. */
  private boolean determinerOne(Candidate q) {
    int k = q.number;
    if (q.value != 1 || !t.isWord(k, "one") || q.bound != null || q.base != null) {
      return false;
    }
    if (t.isWord(k - 1) && (Lexicon.isDeterminer(t.word(k - 1)) || t.isWord(k - 2) && Lexicon.isDeterminer(t.word(k - 2)))) {
      return true; // "the old one", "this one": a pronoun
    }
    if (t.isWord(k + 1, "per") && t.isWord(k + 2)) {
      return Lexicon.period(t.word(k + 2)) == null; // "one per release"
    }
    if (q.per != null) {
      return false;
    }
    if (q.marker == Candidate.TARGET && t.isWord(q.markerStart, "to") && fromNumberBefore(q.markerStart)) {
      return false; // "from 3 agencies to one": a count that goes down to one
    }
    int next = q.last + 1;
    if (!t.isWord(next)) {
      return q.marker == NONE || q.marker == WEAK;
    }
    String w = t.word(next);
    return !Lexicon.isRoleWord(w) && !w.endsWith("s") && Lexicon.period(w) == null;
  }

  /** Tokens looked back from "to" for "from" and a number: "from 3 agencies to". */
  private static final int FROM_LOOKBACK = 8;

  /** Whether "from" and a number come shortly before token {@code to}, with no comma between. */
  private boolean fromNumberBefore(int to) {
    for (int j = to - 1; j > Math.max(afterVerb, to - FROM_LOOKBACK); j--) {
      if (t.isPunct(j, ',') || t.isPunct(j, ';')) {
        return false;
      }
      if (t.isNumber(j) && (t.isWord(j - 1, "from") || t.isPunct(j - 1) && t.isWord(j - 2, "from"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number word written with a capital after a capitalised word that is no verb: a name ("Pillar
   * Two", "Formula One"), not a count.
   */
  private boolean namedWord(Candidate q) {
    int k = q.number;
    int p = k - 1;
    return Character.isUpperCase(t.text.charAt(t.start[k])) && p >= afterVerb && t.isWord(p) && capitalised(p)
        && q.base == null && q.bound == null && (q.marker == NONE || q.marker == WEAK);
  }

  /** "zero trust": the name of a security model, not a level of zero. */
  private boolean zeroAsName(Candidate q) {
    return q.value == 0 && t.isWord(q.number, "zero") && t.isWord(q.number + 1, "trust");
  }
}
