package dev.okr.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of every message about an unknown name (a document's field, a CSV column, a
 * command): the known name a misspelt one is nearest to, by edit distance (Levenshtein) ignoring
 * case, within {@value #MAX_DISTANCE} edits.
 */
public final class Spelling {
  /** How many edits (insertions, deletions, substitutions) a near miss may be away. */
  public static final int MAX_DISTANCE = 2;

  private Spelling() {}

  /**
   * The known name nearest to {@code name}, ignoring case, if one is at most {@value
   * #MAX_DISTANCE} edits away; the first of equally near ones.
   *
   * @param name the name as written, e.g. {@code titel}
   * @param known the names that exist, e.g. {@code title, description}
   */
  public static Optional<String> closest(String name, Iterable<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : known) {
      int d = distance(wanted, candidate.toLowerCase(Locale.ROOT), MAX_DISTANCE);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The edit distance (Levenshtein) between {@code a} and {@code b}, or {@code limit + 1} when it is
   * beyond {@code limit}; case counts.
   */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = row;
      row = t;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
