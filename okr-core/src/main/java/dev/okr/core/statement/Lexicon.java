package dev.okr.core.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words the parser looks up: a {@link Vocabulary} compiled into hash maps, and the fixed
 * grammar words of units, periods, deadlines and markers (switches on strings).
 */
final class Lexicon {

  /** The class of a leading verb. */
  enum VerbClass { INCREASE, DECREASE, MAINTAIN, ACHIEVE, OUTPUT, MONITOR }

  private final Map<String, VerbClass> verbs = new HashMap<>();
  /** Two-word verbs by their first word, then their second. */
  private final Map<String, Map<String, VerbClass>> pairs = new HashMap<>();
  private final Set<String> outputNouns;
  /** The lengths (below 64) and first chars of the output nouns, to skip most lookups cheaply. */
  private final long outputNounLengths;
  private final boolean[] outputNounFirsts = new boolean[128];
  private final Set<String> lowerIsBetter;

  Lexicon(Vocabulary vocabulary) {
    put(vocabulary.increaseVerbs(), VerbClass.INCREASE);
    put(vocabulary.decreaseVerbs(), VerbClass.DECREASE);
    put(vocabulary.maintainVerbs(), VerbClass.MAINTAIN);
    put(vocabulary.achieveVerbs(), VerbClass.ACHIEVE);
    put(vocabulary.outputVerbs(), VerbClass.OUTPUT);
    put(vocabulary.monitorVerbs(), VerbClass.MONITOR);
    outputNouns = new HashSet<>(vocabulary.outputNouns());
    lowerIsBetter = new HashSet<>(vocabulary.lowerIsBetterWords());
    long lengths = 0;
    for (String noun : outputNouns) {
      lengths |= noun.length() < 64 ? 1L << noun.length() : 1L << 63;
      char c = noun.charAt(0);
      if (c < 128) {
        outputNounFirsts[c] = true;
      }
    }
    outputNounLengths = lengths;
  }

  private void put(Set<String> words, VerbClass verbClass) {
    for (String w : words) {
      int space = w.indexOf(' ');
      if (space < 0) {
        verbs.put(w, verbClass);
      } else {
        pairs.computeIfAbsent(w.substring(0, space), k -> new HashMap<>()).put(w.substring(space + 1), verbClass);
      }
    }
  }

  /** The class of a one-word verb, allowing for "-s", "-es", "-ed" and "-ing" endings. */
  @Nullable VerbClass verb(String w) {
    VerbClass c = verbs.get(w);
    if (c != null || w.length() < 3) {
      return c;
    }
    for (String stem : stems(w)) {
      c = verbs.get(stem);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The class of a two-word verb such as "roll out" or "rolling out". */
  @Nullable VerbClass verb(String first, String second) {
    Map<String, VerbClass> seconds = pairs.get(first);
    if (seconds == null && first.length() >= 3) {
      for (String stem : stems(first)) {
        seconds = pairs.get(stem);
        if (seconds != null) {
          break;
        }
      }
    }
    return seconds == null ? null : seconds.get(second);
  }

  /** Whether the first word of a statement could start a two-word verb, so its second word matters. */
  boolean mayStartPair(String first) {
    if (pairs.containsKey(first)) {
      return true;
    }
    for (String stem : first.length() >= 3 ? stems(first) : new String[0]) {
      if (pairs.containsKey(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String[] stems(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ing")) {
      String stem = w.substring(0, n - 3);
      return new String[] {stem, stem + "e", undouble(stem)};
    }
    if (n > 3 && w.endsWith("ed")) {
      String stem = w.substring(0, n - 2);
      return new String[] {stem, w.substring(0, n - 1), undouble(stem)};
    }
    if (n > 3 && w.endsWith("es")) {
      return new String[] {w.substring(0, n - 1), w.substring(0, n - 2)};
    }
    if (n > 2 && w.endsWith("s") && !w.endsWith("ss")) {
      return new String[] {w.substring(0, n - 1)};
    }
    return new String[0];
  }

  private static String undouble(String stem) {
    int n = stem.length();
    return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
  }

  /** A cheap test that is false for most words that are not output nouns, from their first char and length. */
  boolean mayBeOutputNoun(char first, int length) {
    long bit = length < 64 ? 1L << length : 1L << 63;
    return (outputNounLengths & bit) != 0 && (first >= 128 || outputNounFirsts[first]);
  }

  boolean isOutputNoun(String w) {
    return outputNouns.contains(w);
  }

  /** Whether the word, or a part of it between hyphens, is a metric that falls as things improve. */
  boolean isLowerIsBetter(String w) {
    if (lowerIsBetter.contains(w)) {
      return true;
    }
    if (w.indexOf('-') < 0) {
      return false;
    }
    int from = 0;
    while (from <= w.length()) {
      int dash = w.indexOf('-', from);
      int to = dash < 0 ? w.length() : dash;
      if (to > from && lowerIsBetter.contains(w.substring(from, to))) {
        return true;
      }
      if (dash < 0) {
        break;
      }
      from = dash + 1;
    }
    return false;
  }

  // ---- The fixed grammar -------------------------------------------------------------------

  /** Letters that may stick to a number and still be read as its unit or multiplier. */
  static boolean isAttachedSuffix(String s) {
    switch (s) {
      case "k": case "m": case "b": case "bn": case "mm": case "mn": case "x":
      case "s": case "ms": case "sec": case "secs": case "min": case "mins":
      case "h": case "hr": case "hrs": case "d": case "w": case "wk": case "wks":
      case "mo": case "mos": case "y": case "yr": case "yrs":
      case "pp": case "ppt": case "pts": case "pt": case "bps":
      case "usd": case "eur": case "gbp":
      case "kb": case "mb": case "gb": case "tb":
        return true;
      default:
        return false;
    }
  }

  /**
   * The normalised time unit of a word, or null; single letters ("s", "h", "d", "w", "y") only
   * when stuck to the number.
   */
  static @Nullable String duration(String w, boolean attached) {
    switch (w) {
      case "ms": case "msec": case "msecs": case "millisecond": case "milliseconds":
        return "milliseconds";
      case "sec": case "secs": case "second": case "seconds":
        return "seconds";
      case "min": case "mins": case "minute": case "minutes":
        return "minutes";
      case "hr": case "hrs": case "hour": case "hours":
        return "hours";
      case "day": case "days":
        return "days";
      case "wk": case "wks": case "week": case "weeks":
        return "weeks";
      case "mo": case "mos": case "month": case "months":
        return "months";
      case "quarter": case "quarters":
        return "quarters";
      case "yr": case "yrs": case "year": case "years":
        return "years";
      case "s":
        return attached ? "seconds" : null;
      case "h":
        return attached ? "hours" : null;
      case "d":
        return attached ? "days" : null;
      case "w":
        return attached ? "weeks" : null;
      case "y":
        return attached ? "years" : null;
      default:
        return null;
    }
  }

  /** Seconds in one of the normalised time units, or 0 for other units. */
  static double seconds(@Nullable String unit) {
    if (unit == null) {
      return 0;
    }
    switch (unit) {
      case "milliseconds": return 0.001;
      case "seconds": return 1;
      case "minutes": return 60;
      case "hours": return 3_600;
      case "days": return 86_400;
      case "weeks": return 604_800;
      case "months": return 2_629_746;
      case "quarters": return 7_889_238;
      case "years": return 31_556_952;
      default: return 0;
    }
  }

  /** Whether a time unit is long enough to be a deadline after "within": days and longer. */
  static boolean isLongDuration(@Nullable String unit) {
    return seconds(unit) >= 86_400;
  }

  static @Nullable String currency(int symbol) {
    switch (symbol) {
      case '$': return "USD";
      case '\u20AC': return "EUR";
      case '\u00A3': return "GBP";
      case '\u00A5': return "JPY";
      case '\u20B9': return "INR";
      default: return null;
    }
  }

  static @Nullable String currency(String w) {
    switch (w) {
      case "usd": case "dollars": case "dollar": return "USD";
      case "eur": case "euros": case "euro": return "EUR";
      case "gbp": return "GBP";
      case "jpy": case "yen": return "JPY";
      case "inr": case "rupees": return "INR";
      default: return null;
    }
  }

  /**
   * The power of ten of a multiplier word ("k" 3, "million" 6), or 0; letters only when stuck to
   * the number.
   */
  static int multiplier(String w, boolean attached) {
    switch (w) {
      case "thousand": return 3;
      case "million": case "millions": case "mn": case "mm": return 6;
      case "billion": case "billions": case "bn": return 9;
      case "k": return attached ? 3 : 0;
      case "m": return attached ? 6 : 0;
      case "b": return attached ? 9 : 0;
      default: return 0;
    }
  }

  /**
   * A cheap test on a word's first char and length, false for any word not in a fixed list: lets
   * the scanner skip most lookups without making the word's string.
   */
  private static final class Shapes {
    private static final int MAX = 16;
    private final boolean[] shapes = new boolean[26 * MAX];

    Shapes(String... words) {
      for (String w : words) {
        shapes[(w.charAt(0) - 'a') * MAX + Math.min(w.length(), MAX - 1)] = true;
      }
    }

    boolean mayBe(char first, int length) {
      if (first < 'a' || first > 'z') {
        return first >= 128;
      }
      return shapes[(first - 'a') * MAX + Math.min(length, MAX - 1)];
    }
  }

  private static final String[] UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  private static final Shapes NUMBER_WORDS;

  static {
    java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(UNITS));
    words.addAll(java.util.List.of(TENS));
    words.addAll(java.util.List.of("zero", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"));
    for (String tens : TENS) {
      for (String unit : UNITS) {
        words.add(tens + "-" + unit);
      }
    }
    NUMBER_WORDS = new Shapes(words.toArray(String[]::new));
  }

  private static final Shapes DEADLINE_OPENERS = new Shapes("this", "next", "current", "end", "eoq", "eoy", "no",
      "by", "before", "until", "till", "through", "thru", "in", "during", "over", "within", "at");

  /** A cheap test that is false for most words that are not numbers written as words. */
  static boolean mayBeNumberWord(char first, int length) {
    return NUMBER_WORDS.mayBe(first, length);
  }

  /** The value of a small number written as a word ("zero", "two", "twenty-five"), or -1. */
  static int numberWord(String w) {
    if (w.length() < 3 || "zotfsen".indexOf(w.charAt(0)) < 0) {
      return -1;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      int tens = simpleNumber(w.substring(0, dash));
      int units = simpleNumber(w.substring(dash + 1));
      return tens >= 20 && tens % 10 == 0 && units >= 1 && units <= 9 ? tens + units : -1;
    }
    return simpleNumber(w);
  }

  private static int simpleNumber(String w) {
    switch (w) {
      case "zero": return 0;
      case "one": return 1;
      case "two": return 2;
      case "three": return 3;
      case "four": return 4;
      case "five": return 5;
      case "six": return 6;
      case "seven": return 7;
      case "eight": return 8;
      case "nine": return 9;
      case "ten": return 10;
      case "eleven": return 11;
      case "twelve": return 12;
      case "thirteen": return 13;
      case "fourteen": return 14;
      case "fifteen": return 15;
      case "sixteen": return 16;
      case "seventeen": return 17;
      case "eighteen": return 18;
      case "nineteen": return 19;
      case "twenty": return 20;
      case "thirty": return 30;
      case "forty": return 40;
      case "fifty": return 50;
      case "sixty": return 60;
      case "seventy": return 70;
      case "eighty": return 80;
      case "ninety": return 90;
      default: return -1;
    }
  }

  /** The normalised period of a word such as "month", "mo", "days", "sprint", or null. */
  static @Nullable String period(String w) {
    switch (w) {
      case "second": case "seconds": case "sec": return "second";
      case "minute": case "minutes": case "min": return "minute";
      case "hour": case "hours": case "hr": return "hour";
      case "day": case "days": return "day";
      case "week": case "weeks": case "wk": return "week";
      case "month": case "months": case "mo": return "month";
      case "quarter": case "quarters": case "qtr": return "quarter";
      case "year": case "years": case "yr": return "year";
      case "sprint": case "sprints": return "sprint";
      default: return null;
    }
  }

  /** "quarter-over-quarter", "QoQ", "YoY" and the like: a change repeated each period. */
  static boolean isPeriodOverPeriod(String w) {
    switch (w) {
      case "quarter-over-quarter": case "month-over-month": case "year-over-year":
      case "week-over-week": case "day-over-day": case "qoq": case "mom": case "yoy":
      case "wow": case "dod": case "q-o-q": case "m-o-m": case "y-o-y": case "w-o-w":
        return true;
      default:
        return false;
    }
  }

  /**
   * Words before a number that make it part of a name: "Day 7", "Top 10", "Tier 1", "Sprint 4", and
   * places and scopes that are numbered: "ward 3", "Line 5", "Scope 2".
   */
  static boolean isLabel(String w) {
    switch (w) {
      case "day": case "week": case "month": case "year": case "quarter": case "d": case "w":
      case "q": case "p": case "h": case "tier": case "level":
      case "version": case "v": case "phase": case "step": case "sprint": case "stage":
      case "series": case "round": case "wave": case "cohort": case "gen": case "generation":
      case "grade": case "kr": case "okr": case "amendment": case "pillar": case "o": case "objective": case "result": case "number": case "no":
      case "iso": case "soc": case "pci": case "rev": case "release": case "chapter": case "part":
      case "section": case "item": case "type": case "class": case "category": case "priority":
      case "severity": case "sev": case "region": case "team": case "group": case "web": case "covid":
      case "room": case "floor": case "building": case "ward": case "wing": case "line": case "gate": case "bay":
      case "zone": case "plant": case "scope": case "season": case "episode": case "fy": case "rfc": case "pr": case "issue": case "ticket":
      case "cve": case "art": case "article": case "jira": case "epic": case "ios": case "android":
      case "java": case "python": case "rails": case "node": case "windows": case "macos": case "react":
      case "postgres": case "kubernetes": case "php": case "ruby": case "angular": case "ubuntu":
        return true;
      default:
        return false;
    }
  }

  /**
   * Acronyms of metrics, which a number after them measures ("NPS 45", "CSAT 4.2"); other
   * all-capital words before a number name a thing and a version ("ELK 6", "RFC 12", "TCF 2.2").
   */
  static boolean isMetricAcronym(String w) {
    switch (w) {
      case "nps": case "enps": case "csat": case "ces": case "arr": case "mrr": case "iarr": case "acv":
      case "tcv": case "nrr": case "grr": case "ndr": case "mau": case "dau": case "wau": case "cac":
      case "ltv": case "clv": case "roi": case "roas": case "gmv": case "aov": case "arpu": case "arpa":
      case "sla": case "slo": case "sli": case "mttr": case "mttd": case "mtta": case "mtbf": case "kpi":
      case "ctr": case "cpc": case "cpa": case "cpl": case "cpm": case "cvr": case "sql": case "sqls":
      case "mql": case "mqls": case "pql": case "pqls": case "sal": case "sals": case "fcr": case "aht":
      case "frt": case "dso": case "dpo": case "dio": case "ebitda": case "opex": case "capex": case "cogs":
      case "gm": case "qbr": case "qbrs": case "acos": case "tacos": case "ctc": case "otd": case "oee":
      case "mape": case "wer": case "bleu": case "auc": case "map": case "ndcg": case "mrr@10": case "okr":
      case "okrs": case "p50": case "p90": case "p95": case "p99": case "ttfb": case "lcp": case "fid":
      case "cls": case "inp": case "fcp": case "tti": case "rps": case "qps": case "tps": case "iops":
      case "gpu": case "cpu": case "ram": case "usd": case "eur": case "gbp": case "nav": case "aum":
      case "ap": case "ar": case "hc": case "fte": case "ftes": case "ote": case "rpo": case "rto":
        return true;
      default:
        return false;
    }
  }

  static boolean isMonth(String w) {
    switch (w) {
      case "january": case "february": case "march": case "april": case "may": case "june":
      case "july": case "august": case "september": case "october": case "november":
      case "december": case "jan": case "feb": case "mar": case "apr": case "jun": case "jul":
      case "aug": case "sep": case "sept": case "oct": case "nov": case "dec":
        return true;
      default:
        return false;
    }
  }

  /** "q3", "q3'26", "q3-2026", "h2", "fy26", "2026-q3", "2026-h1". */
  static boolean isQuarterName(String w) {
    int n = w.length();
    if (n < 2) {
      return false;
    }
    if (n == 7 && w.charAt(4) == '-' && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(3))) {
      return isQuarterName(w.substring(5));
    }
    char c0 = w.charAt(0);
    char c1 = w.charAt(1);
    if (c0 == 'q' && c1 >= '1' && c1 <= '4' || c0 == 'h' && (c1 == '1' || c1 == '2')) {
      for (int i = 2; i < n; i++) {
        char c = w.charAt(i);
        if (!(c >= '0' && c <= '9' || c == '\'' || c == '-' || c == '_')) {
          return false;
        }
      }
      return true;
    }
    if (c0 == 'f' && c1 == 'y' && n >= 4 && n <= 6) {
      for (int i = 2; i < n; i++) {
        if (w.charAt(i) < '0' || w.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Places and machines that sites number rather than count: a number after one names it ("press
   * 7", "labs 3 and 4", "wards 4-9", "station 40", "floors 3-5").
   */
  static boolean isNumberedPlace(String w) {
    switch (w) {
      case "line": case "lines": case "lab": case "labs": case "press": case "presses": case "floor": case "floors":
      case "room": case "rooms": case "station": case "stations": case "ward": case "wards": case "hood": case "hoods":
      case "gate": case "gates": case "dock": case "docks": case "bay": case "bays": case "building": case "buildings":
      case "zone": case "zones": case "wing": case "wings": case "hall": case "halls": case "aisle": case "aisles":
      case "lane": case "lanes": case "terminal": case "terminals": case "platform": case "platforms":
      case "theatre": case "theatres": case "theater": case "theaters": case "oven": case "ovens": case "kiln": case "kilns":
      case "cell": case "cells": case "booth": case "booths": case "berth": case "berths": case "hangar": case "hangars":
      case "warehouse": case "warehouses": case "plant": case "plants": case "block": case "blocks":
        return true;
      default:
        return false;
    }
  }

  /** Words naming an event a result can be due by: "by the board meeting", "before the offsite". */
  static boolean isEvent(String w) {
    switch (w) {
      case "meeting": case "offsite": case "off-site": case "all-hands": case "summit": case "conference":
      case "kickoff": case "kick-off": case "retreat": case "qbr": case "townhall": case "town-hall":
      case "holidays": case "festival":
        return true;
      default:
        return false;
    }
  }

  /** Words naming a point or span of time after "by", "the", "this", "end of". */
  static boolean isTimeWord(String w) {
    switch (w) {
      case "quarter": case "month": case "year": case "half": case "sprint": case "week":
      case "cycle": case "period": case "launch": case "release": case "ga": case "eoq":
      case "eoy": case "eom": case "eow": case "quarter-end": case "year-end": case "month-end":
      case "go-live": case "semester": case "season": case "summer": case "winter": case "spring":
      case "autumn": case "fall":
        return true;
      default:
        return isQuarterName(w) || isMonth(w);
    }
  }

  /** A cheap test that is false for most words that cannot start a deadline. */
  static boolean mayOpenDeadline(char first, int length) {
    return DEADLINE_OPENERS.mayBe(first, length);
  }

  /** Words a deadline can start with: its prepositions, "this", "next", "end", "no later than". */
  static boolean mayOpenDeadline(String w) {
    switch (w) {
      case "this": case "next": case "current": case "end": case "eoq": case "eoy": case "no":
        return true;
      default:
        return isDeadlinePreposition(w);
    }
  }

  /** Prepositions that open a deadline. */
  static boolean isDeadlinePreposition(String w) {
    switch (w) {
      case "by": case "before": case "until": case "till": case "through": case "thru":
      case "in": case "during": case "over": case "within": case "at":
        return true;
      default:
        return false;
    }
  }

  static boolean isDeterminer(String w) {
    switch (w) {
      case "a": case "an": case "the": case "our": case "its": case "their": case "your": case "my":
      case "his": case "her": case "this": case "these": case "those":
        return true;
      default:
        return false;
    }
  }

  /** Words that cannot end a metric phrase. */
  static boolean isDanglingWord(String w) {
    switch (w) {
      case "is": case "are": case "was": case "be": case "of": case "at": case "to": case "for":
      case "and": case "or": case "with": case "by": case "in": case "on": case "from": case "as":
      case "than": case "a": case "an": case "the": case "will": case "should":
        return true;
      default:
        return false;
    }
  }

  /** Words that end the noun group a number counts: prepositions and relative pronouns. */
  static boolean endsNounGroup(String w) {
    switch (w) {
      case "of": case "for": case "in": case "on": case "at": case "with": case "from": case "to":
      case "among": case "by": case "within": case "per": case "during": case "across":
      case "through": case "over": case "under": case "after": case "before": case "into":
      case "via": case "than": case "that": case "which": case "who": case "whose": case "where":
      case "when": case "while": case "using": case "is": case "are":
        return true;
      default:
        return false;
    }
  }

  /** Words that mark a role or join clauses, which a noun group or deadline tail stops at. */
  static boolean isRoleWord(String w) {
    switch (w) {
      case "from": case "to": case "by": case "up": case "down": case "and": case "or":
      case "with": case "while": case "for":
        return true;
      default:
        return false;
    }
  }

  /**
   * Words between a marker and its number, skipped when looking for the marker: approximations
   * ("from about 40", "to basically zero") and payment terms ("from net 30 to net 60").
   */
  static boolean isApproximation(String w) {
    switch (w) {
      case "about": case "around": case "approximately": case "approx": case "roughly": case "nearly":
      case "almost": case "circa": case "basically": case "some": case "ca": case "net":
        return true;
      default:
        return false;
    }
  }

  /** A priority tag: "p0" to "p4". */
  static boolean isPriorityTag(String w) {
    return w.length() == 2 && w.charAt(0) == 'p' && w.charAt(1) >= '0' && w.charAt(1) <= '4';
  }

  /** Words that may come before the verb and are skipped: "To increase", "We will reduce". */
  static boolean isFiller(String w) {
    switch (w) {
      case "to": case "we": case "will": case "we'll": case "must": case "should": case "shall":
        return true;
      default:
        return false;
    }
  }
}
