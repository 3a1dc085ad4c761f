package dev.okr.core.statement;

import org.jspecify.annotations.Nullable;

/**
 * A number found in a statement, with what is written around it: its unit, bound and the marker
 * that gives it a role ("from", "to", "by", "stretch"). Token indexes point into the statement's
 * {@link Tokens}. Mutable, and used only while one {@link Reading} lasts.
 */
final class Candidate {
  static final byte NONE = 0;
  static final byte WEAK = 1;
  static final byte BASELINE = 2;
  static final byte TARGET = 3;
  static final byte STRETCH = 4;
  static final byte RELATIVE = 5;

  /** The first token: a bound word, a currency sign, a minus or the number. */
  int first;
  /** The number, number word or placeholder token. */
  int number;
  /** The last token of the number with its suffixes. */
  int last;
  /** The first token of the marker before it; {@link #first} when there is none. */
  int markerStart;
  /** The last token taken with it, a trailing marker ("today") included. */
  int consumedEnd;
  /** A per-period written after the counted noun: "leads (PQLs) per month". */
  int perStart = -1;
  int perEnd = -1;
  /** A period-over-period word: "quarter-over-quarter". */
  int popStart = -1;
  int popEnd = -1;
  /** The role its marker gives it: one of the constants above. */
  byte marker = NONE;
  /** Whether its marker is "into": "Consolidate 9 bank accounts into 4" starts from the number before. */
  boolean into;
  /** +1 or -1 for "up by" and "down by", else 0. */
  int sign;
  /** Whether it is a placeholder such as "[X]", with no value. */
  boolean slot;
  /** Whether it is part of a name: "Day 7", "Tier 1". */
  boolean label;
  boolean inParens;
  /** Whether it follows "top": "top 10 accounts" counts them, but is a target only when nothing else is. */
  boolean top;
  /** Whether it was given a role. */
  boolean assigned;
  double value;
  @Nullable String base;
  @Nullable String per;
  Quantity.@Nullable Bound bound;

  /** Whether two numbers have units that can be compared: equal or absent, or both times. */
  static boolean compatible(Candidate a, @Nullable Candidate b) {
    if (b == null) {
      return true;
    }
    return compatibleBase(a.base, b.base) && (a.per == null || b.per == null || a.per.equals(b.per));
  }

  static boolean compatibleBase(@Nullable String a, @Nullable String b) {
    return a == null || b == null || a.equals(b) || Lexicon.seconds(a) > 0 && Lexicon.seconds(b) > 0;
  }

  /** The value of {@code q} in the time unit of {@code reference}, when both are times. */
  static double inUnitOf(Candidate q, Candidate reference) {
    double from = Lexicon.seconds(q.base);
    double to = Lexicon.seconds(reference.base);
    if (from > 0 && to > 0 && from != to) {
      return q.value * from / to;
    }
    return q.value;
  }

  /** The normalised unit as shown: "%", "USD per month", "per day". */
  static @Nullable String unitOf(@Nullable Candidate q) {
    if (q == null || q.base == null && q.per == null) {
      return null;
    }
    if (q.per == null) {
      return q.base;
    }
    return q.base == null ? "per " + q.per : q.base + " per " + q.per;
  }
}
