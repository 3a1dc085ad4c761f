package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Phrase;
import dev.okr.lint.Scope;
import dev.okr.lint.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word-level judgements the statement rules share, on top of okr-core's statement parser: whole
 * words in a text, the leading word, and the span of the parser's verb. Never parses numbers: that
 * is the parser's job.
 */
final class Wording {
  private Wording() {}

  /** The text lower-cased once. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static final Scope.Key<String> LOWER_TEXT = Scope.Key.of("text in lower case");

  /** The element's {@linkplain Scope#text() text} in lower case, made once per lint call for all the rules that ask. */
  static String lowerText(Scope at) {
    return at.memo(LOWER_TEXT, (Scope s) -> lower(s.text()));
  }

  /**
   * Whether {@code lowerText} contains {@code phrase} (lower case) as whole words: bounded by
   * non-letters at both ends.
   */
  static boolean hasWords(String lowerText, String phrase) {
    return indexOfWords(lowerText, phrase) >= 0;
  }

  /** Where {@code phrase} (lower case) first stands in {@code lowerText} as whole words, or -1. */
  static int indexOfWords(String lowerText, String phrase) {
    int from = 0;
    while (true) {
      int at = lowerText.indexOf(phrase, from);
      if (at < 0) {
        return -1;
      }
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1));
      boolean endOk = end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }

  /** The first of {@code phrases} (lower case) found as whole words, with its place. */
  static Optional<TextSpan> findAny(String lowerText, Set<String> phrases) {
    return new Phrases(phrases).findIn(lowerText);
  }

  /**
   * Phrases indexed by their first word, found in one pass over a text: at each word, only the
   * phrases that start with that word are compared. Immutable.
   */
  static final class Phrases {
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    /**
     * Bit {@code c % 64} set for each first char {@code c} of a first word, and bit {@code length %
     * 64} for each first word's length: most words of a text fail one of these tests, and skip the
     * substring and map lookup (a filter only: a set bit may still be a miss).
     */
    private long firstChars;
    private long firstLengths;

    Phrases(Set<String> phrases) {
      for (String p : phrases) {
        String lower = lower(p);
        int end = 0;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
          end++;
        }
        String first = lower.substring(0, end);
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(lower);
        if (!first.isEmpty()) {
          firstChars |= 1L << first.charAt(0);
        }
        firstLengths |= 1L << first.length();
      }
    }

    private boolean mayStart(String lowerText, int from, int to) {
      return (firstLengths & 1L << (to - from)) != 0 && (firstChars & 1L << lowerText.charAt(from)) != 0;
    }

    /** The earliest phrase found as whole words (the longest of those starting there). */
    Optional<TextSpan> findIn(String lowerText) {
      int n = lowerText.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetterOrDigit(lowerText.charAt(i))) {
          i++;
          continue;
        }
        int wordEnd = i;
        while (wordEnd < n && Character.isLetterOrDigit(lowerText.charAt(wordEnd))) {
          wordEnd++;
        }
        List<String> candidates = mayStart(lowerText, i, wordEnd) ? byFirstWord.get(lowerText.substring(i, wordEnd)) : null;
        if (candidates != null) {
          int best = -1;
          for (String p : candidates) {
            int end = i + p.length();
            if (lowerText.startsWith(p, i) && (end == n || !Character.isLetterOrDigit(lowerText.charAt(end))) && end > best) {
              best = end;
            }
          }
          if (best >= 0) {
            return Optional.of(TextSpan.of(i, best));
          }
        }
        i = wordEnd;
      }
      return Optional.empty();
    }
  }

  /**
   * The index of the first letter after any label such as "KR1:", "Key result 2 -", "1.", "•" or
   * "-"; the text's length when it has no letter.
   */
  static int firstLetter(String lower) {
    int i = 0;
    int n = lower.length();
    while (i < n && !Character.isLetter(lower.charAt(i))) {
      i++;
    }
    int label = lower.startsWith("key result", i) ? i + 10 : lower.startsWith("kr", i) ? i + 2 : -1;
    if (label >= 0) {
      int j = label;
      while (j < n && (lower.charAt(j) == ' ' || Character.isDigit(lower.charAt(j)))) {
        j++;
      }
      if (j < n && (lower.charAt(j) == ':' || lower.charAt(j) == '.' || lower.charAt(j) == '-' || lower.charAt(j) == ')')
          && j > label) {
        i = j;
        while (i < n && !Character.isLetter(lower.charAt(i))) {
          i++;
        }
      }
    }
    return i;
  }

  /**
   * Whether a verb as written ("Launching", "Released", "Rolls out") is one of {@code verbs} (base
   * forms, lower case), trying the common English inflections.
   */
  static boolean verbIn(String written, Set<String> verbs) {
    String w = lower(written).trim();
    if (verbs.contains(w)) {
      return true;
    }
    int space = w.indexOf(' ');
    String head = space < 0 ? w : w.substring(0, space);
    String tail = space < 0 ? "" : w.substring(space);
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (head.endsWith(suffix) && head.length() > suffix.length() + 1) {
        String stem = head.substring(0, head.length() - suffix.length());
        if (verbs.contains(stem + tail) || verbs.contains(stem + "e" + tail)
            || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && verbs.contains(stem.substring(0, stem.length() - 1) + tail)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the text has a placeholder where a number goes, as templates write them: "[X]",
   * "[baseline]%", "<target>", "{n}".
   */
  static boolean hasPlaceholder(String text) {
    for (int i = 0; i < text.length(); i++) {
      char open = text.charAt(i);
      char close = open == '[' ? ']' : open == '<' ? '>' : open == '{' ? '}' : 0;
      if (close != 0) {
        int end = text.indexOf(close, i + 1);
        if (end > i + 1 && end - i <= 20) {
          return true;
        }
      }
    }
    return false;
  }

  /** The span of a parser phrase. */
  static TextSpan span(Phrase p) {
    return TextSpan.of(p.start(), p.end());
  }

  /** The parser's verb in lower case, or "". */
  static String verb(KeyResultStatement st) {
    return st.verb().map(v -> lower(v.text())).orElse("");
  }

  /** The statement text for messages, quoted and cut to 60 characters. */
  static String quote(Scope at) {
    String t = at.text().strip();
    return "\"" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\"";
  }
}
