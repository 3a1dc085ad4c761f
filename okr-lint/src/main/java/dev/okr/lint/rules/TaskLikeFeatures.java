package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the task-or-outcome model ({@link TaskLikeModel}) sees of a key-result statement: its words
 * and word pairs (numbers folded into a few shapes: {@code <num>}, {@code <pct>}, {@code <money>},
 * {@code <x>}), its first words, and what okr-core's statement reader found (the words of its metric, its kind, whether it
 * states a target, a baseline (a value or a placeholder to fill in) or a relative change, its direction). One place for the features,
 * so that training and linting see the same.
 */
final class TaskLikeFeatures {
  private TaskLikeFeatures() {}

  /** Words that carry no sign of task or outcome in the first place of a statement. */
  private static final Set<String> LEAD_NOISE = Set.of("kr", "okr", "o", "p", "the", "a", "an", "to", "we", "our");

  /** The features of a statement, without repeats, in a fixed order. */
  static List<String> of(String statement, KeyResultStatement parsed) {
    List<String> tokens = tokens(withoutNumbering(withoutReport(withoutDeadline(statement, parsed))));
    Set<String> out = new LinkedHashSet<>(tokens.size() * 4);
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      out.add("w:" + t);
      if (t.startsWith("<") && k + 1 < tokens.size() && !tokens.get(k + 1).startsWith("<")) {
        // what a number counts: "60 models" against "60% of users"
        out.add("counts:" + tokens.get(k + 1));
      }
      if ((t.equals("<pct>") && k + 1 < tokens.size() && tokens.get(k + 1).equals("of")
          || t.equals("every") || t.equals("all") || t.equals("each")) && k + 2 < tokens.size()) {
        // who or what a share covers: "100% of laptops", "every contract"
        int noun = t.equals("<pct>") ? k + 2 : k + 1;
        out.add("covers:" + tokens.get(noun));
      }
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      out.add("b:" + tokens.get(k) + "_" + tokens.get(k + 1));
    }
    List<String> words = new ArrayList<>();
    for (String t : tokens) {
      if (!t.startsWith("<") && !LEAD_NOISE.contains(t) && !(t.length() == 2 && t.charAt(0) == 'p'
          && Character.isDigit(t.charAt(1)))) {
        words.add(t);
      }
    }
    if (!words.isEmpty()) {
      out.add("first:" + words.get(0));
      if (words.size() > 1) {
        out.add("first2:" + words.get(0) + "_" + words.get(1));
      }
      out.add("last:" + words.get(words.size() - 1));
    }
    if (!tokens.isEmpty() && tokens.get(0).startsWith("<")) {
      out.add("starts:number");
    }
    // what the reader took for the metric: "median time-to-first-value" against "box sizes"
    parsed.metric().ifPresent(m -> {
      for (String t : tokens(m.text())) {
        if (!t.startsWith("<")) {
          out.add("metric:" + t);
        }
      }
    });
    out.add("kind:" + parsed.kind().name().toLowerCase(Locale.ROOT));
    out.add("target:" + (parsed.target().isPresent() || parsed.targetPlaceholder().isPresent()));
    out.add("baseline:" + (parsed.baseline().isPresent() || parsed.baselinePlaceholder().isPresent()));
    if (parsed.relativeChange().isPresent()) {
      out.add("relative");
    }
    parsed.direction().ifPresent(d -> out.add("direction:" + d.name().toLowerCase(Locale.ROOT)));
    parsed.verb().ifPresent(v -> out.add("verb:" + v.text().toLowerCase(Locale.ROOT)));
    out.add("length:" + Math.min(words.size() / 4, 5));
    return List.copyOf(out);
  }

  /**
   * The statement without the deadline the reader found ("by end of Q3", "before the board
   * meeting"): when a result is due says nothing of whether it is a task or an outcome.
   */
  static String withoutDeadline(String statement, KeyResultStatement parsed) {
    return parsed.deadline()
        .filter(d -> d.start() >= 0 && d.end() <= statement.length() && d.start() < d.end())
        .map(d -> statement.substring(0, d.start()) + " " + statement.substring(d.end()))
        .orElse(statement);
  }

  /**
   * A numbering before the statement: "KR1:", "KR 2 -", "Key Result 3.", "OKR 1.2 -", "3.", "2)", a
   * bullet. It says where a key result stands in a list, nothing of what it is.
   */
  private static final Pattern NUMBERING = Pattern.compile(
      "^\\s*(?:(?i:kr|okr|key\\s+result)(?:\\s*\\d+(?:\\.\\d+)*)?\\s*[:.)\u2013\u2014-]+(?=\\s)"
          + "|\\d+(?:\\.\\d+)*[.)](?=\\s)|[\u2022*\u2013-](?=\\s))\\s*");

  /** The statement without a numbering before it ({@link #NUMBERING}). */
  static String withoutNumbering(String statement) {
    Matcher m = NUMBERING.matcher(statement);
    return m.lookingAt() ? statement.substring(m.end()) : statement;
  }

  /**
   * The statement without a score or status its author appended after an arrow ({@code => Done},
   * {@code --> 66%}, {@code → 0.7}): what was reported says nothing of what was meant.
   */
  static String withoutReport(String statement) {
    int cut = statement.length();
    for (String arrow : new String[] {"=>", "-->", "->", "\u2192", "\u21D2"}) {
      int at = statement.indexOf(arrow);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return statement.substring(0, cut);
  }

  /**
   * The statement's words, lower-cased, with numbers as shapes: {@code 40%} is {@code <pct>},
   * {@code $2M} {@code <money>}, {@code 3x} {@code <x>}, other numbers {@code <num>}.
   */
  static List<String> tokens(String statement) {
    String s = statement.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int n = s.length();
    int k = 0;
    while (k < n) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        int q = k;
        while (q < n && (Character.isLetterOrDigit(s.charAt(q)) || (s.charAt(q) == '-' || s.charAt(q) == '\'')
            && q + 1 < n && Character.isLetter(s.charAt(q + 1)))) {
          q++;
        }
        out.add(s.substring(k, q));
        k = q;
      } else if (Character.isDigit(c)) {
        boolean money = k > 0 && "$\u20AC\u00A3\u00A5".indexOf(s.charAt(k - 1)) >= 0;
        int q = k;
        while (q < n && (Character.isDigit(s.charAt(q)) || (s.charAt(q) == '.' || s.charAt(q) == ',')
            && q + 1 < n && Character.isDigit(s.charAt(q + 1)))) {
          q++;
        }
        String shape = "<num>";
        if (q < n && s.charAt(q) == '%') {
          shape = "<pct>";
          q++;
        } else if (q < n && s.charAt(q) == 'x' && (q + 1 == n || !Character.isLetter(s.charAt(q + 1)))) {
          shape = "<x>";
          q++;
        } else if (money || q < n && "kmb".indexOf(s.charAt(q)) >= 0 && (q + 1 == n || !Character.isLetter(s.charAt(q + 1)))) {
          shape = money ? "<money>" : "<num>";
          if (q < n && "kmb".indexOf(s.charAt(q)) >= 0) {
            q++;
          }
        }
        out.add(shape);
        k = q;
      } else {
        k++;
      }
    }
    return out;
  }
}
