package dev.okr.core.outline;

import dev.okr.core.Reported;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text of an objective or key result as read from a span of a line, with the noise of real
 * documents taken out and kept: an owner prefix ({@code CFO:}, {@code VP Eng KR:}, {@code @dana -},
 * {@code [Owner: Priya]}), a priority tag ({@code P0}, {@code `P1`}, {@code [p2]}, {@code (high)}),
 * and the score or status the author reported ({@code (7/10)}, {@code => Done}, {@code --> 66%},
 * {@code ACHIEVED}, {@code ✅}). Checkboxes, emphasis markers, code ticks and link syntax are dropped
 * (a link keeps its text).
 *
 * @param label the label the span started with ({@code KR2:}), NONE if none
 * @param text the text, empty when nothing but noise was there
 * @param start the index in the line of the text's first character
 * @param owner the owner named in the text, or null
 * @param priority the priority tag, normalised ({@code P1}, {@code high}), or null
 * @param reported the reported score or status, or null
 */
record ElementText(Label label, String text, int start, @Nullable String owner, @Nullable String priority,
    @Nullable Reported reported) {

  /** How far from either end of a span noise is looked for (keeps hostile long lines linear). */
  private static final int WINDOW = 100;

  private static final String ROLE =
      "(?:C[A-Z]{1,3}O|VP|SVP|EVP|GM|PM|EM|TPM|PMM|Head|Director|Lead|Manager|Chief|Owner|DRI)";
  private static final String CAP_WORD = "(?:(?!KRs?\\b)[A-Z][\\w&/.']*)";

  /** {@code CFO:}, {@code VP Eng KR:}, {@code Head of Sales -}, {@code Eng Lead KR:}. */
  private static final Pattern ROLE_PREFIX = Pattern.compile(
      "^(" + "(?:" + CAP_WORD + "\\s+){0,2}" + ROLE + "(?:\\s+(?:of\\s+)?" + CAP_WORD + "){0,2}" + ")"
          + "(?:\\s+KRs?)?\\s*(?::|\\s[-\u2013\u2014])\\s+");

  /** {@code @dana -}, {@code @dana:}, {@code @dana }. */
  private static final Pattern HANDLE_PREFIX = Pattern.compile("^(@[\\w.-]+)\\s*(?:[:\u2013\u2014-]\\s*)?\\s");

  /** {@code [Owner: Priya]}, {@code (DRI: Sam Lee)}, {@code Owner: Sam -}. */
  private static final Pattern BRACKET_OWNER = Pattern.compile(
      "[\\[(]\\s*(?i:owner|owners|dri|lead|responsible|assignee)\\s*[:=]\\s*([^\\])]{1,40}?)\\s*[\\])]");

  /** {@code — @dana}, {@code (@dana)}, {@code - Owner: Sam} at the end. */
  private static final Pattern OWNER_TAIL = Pattern.compile(
      "(?:\\s+[-\u2013\u2014]\\s*|\\s*\\(\\s*|\\s+)(@[\\w.-]+)\\s*\\)?\\s*$"
          + "|\\s+[-\u2013\u2014|]\\s*(?i:owner|dri)\\s*[:=]\\s*([^|()\\[\\]]{1,40}?)\\s*$");

  /** A priority at the start: {@code P0}, {@code `P1`}, {@code [p2]}, {@code (high)}, {@code Priority: high}. */
  private static final Pattern PRIORITY_PREFIX = Pattern.compile(
      "^(?:[\\[(`]\\s*([Pp][0-4])\\s*[\\])`]|([Pp][0-4])(?![\\w.%-])(?!\\s+(?i:incidents?|bugs?|issues?|tickets?|"
          + "defects?|outages?|alerts?|pages?|escalations?|vulnerabilit\\w*|findings?|cases?|sev\\w*)\\b)"
          + "|[\\[(]\\s*(?i:(high|medium|low|critical|must|should|could)(?:\\s+priority)?)\\s*[\\])]"
          + "|(?i:priority|prio)\\s*[:=]\\s*(\\w+))\\s*(?:[:\u2013\u2014-]\\s*)?\\s");

  /** A priority at the end: {@code (P1)}, {@code [p2]}, {@code `P0`}, {@code (high priority)}. */
  private static final Pattern PRIORITY_TAIL = Pattern.compile(
      "\\s*(?:[\\[(`]\\s*([Pp][0-4])\\s*[\\])`]|[\\[(]\\s*(?i:(high|medium|low|critical)(?:\\s+priority)?)\\s*[\\])]"
          + "|[-\u2013\u2014|]\\s*([Pp][0-4]))\\s*$");

  private static final String STATUS_EMOJI = "(?:\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u274C|\u2716\uFE0F?"
      + "|\uD83D\uDFE2|\uD83D\uDFE1|\uD83D\uDFE0|\uD83D\uDD34|\u26A0\uFE0F?|\uD83D\uDEA7|\u23F3|\uD83C\uDF89)";

  /** A status emoji at the start. */
  private static final Pattern REPORTED_PREFIX = Pattern.compile("^" + STATUS_EMOJI + "\\s*");

  /** Bullets that are not Markdown list markers. */
  private static final String BULLETS = "\u2022\u00B7\u25E6\u25AA\u2023\u2013\u2014\u25CB\u25CF\u25A0\u25A1\u25BA\u25B8";

  /** A list marker the Markdown parser left in a paragraph line: {@code 1.}, {@code 2)}, {@code (3)}, {@code -}. */
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)|[a-z]\\)|[-*+])\\s+");

  /** An HTML line break, as wiki exports write one inside a table cell. */
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)\\s*<br\\s*/?>\\s*");

  /** A checkbox: {@code [ ]}, {@code [x]}. */
  private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX\u2713\u2714]\\]\\s+");

  /** Link syntax {@code [text](url)}; emphasis, strike-through and code markers. */
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]]{0,300})\\]\\([^()\\s]{0,500}(?:\\s+\"[^\"]{0,100}\")?\\)");

  /**
   * Reads the element text in {@code line[from, to)}: label, noise, text.
   *
   * @param line the whole line
   */
  static ElementText read(String line, int from, int to) {
    int s = Text.skipSpaces(line, from, to);
    int e = Text.trimEnd(line, s, to);
    String owner = null;
    String priority = null;
    Reported reported = null;
    Label label = new Label(Label.Kind.NONE, s, false);
    // leading noise, in any order
    for (int round = 0; round < 4 && s < e; round++) {
      int before = s;
      String head = line.substring(s, Math.min(e, s + WINDOW));
      Matcher m;
      char first = line.charAt(s);
      if (BULLETS.indexOf(first) >= 0 && s + 1 < e && Character.isWhitespace(line.charAt(s + 1))) {
        s++;
      } else if (round == 0 && (Character.isDigit(first) || "(-*+".indexOf(first) >= 0
          || first >= 'a' && first <= 'z' && head.length() > 1 && head.charAt(1) == ')')
          && (m = LIST_MARKER.matcher(head)).lookingAt()) {
        s += m.end();
      } else if (first == '[' && (m = CHECKBOX.matcher(head)).lookingAt()) {
        s += m.end();
      } else if (reported == null && first > 0x2000 && (m = REPORTED_PREFIX.matcher(head)).lookingAt()
          && Reported.parse(m.group().strip()).isPresent()) {
        reported = Reported.parse(m.group().strip()).orElseThrow();
        s += m.end();
      } else if (label.kind() == Label.Kind.NONE
          && (label = Label.at(line, Text.skipEmphasis(line, s, e), e)).kind() != Label.Kind.NONE) {
        s = label.textStart();
      } else if (priority == null && "[(`pP".indexOf(first) >= 0 && (m = PRIORITY_PREFIX.matcher(head)).lookingAt()) {
        priority = priority(m);
        s += m.end();
      } else if (owner == null && first == '@' && (m = HANDLE_PREFIX.matcher(head)).lookingAt()) {
        owner = m.group(1);
        s += m.end();
      } else if (owner == null && (first == '[' || first == '(') && (m = BRACKET_OWNER.matcher(head)).lookingAt()) {
        owner = m.group(1).strip();
        s += m.end();
      } else if (owner == null && Character.isUpperCase(first) && mayBePrefixed(head)
          && (m = ROLE_PREFIX.matcher(head)).lookingAt()) {
        owner = m.group(1).strip();
        s += m.end();
        // "VP Eng KR: …" — the KR label came with the owner
      }
      s = Text.skipSpaces(line, Text.skipEmphasis(line, s, e), e);
      if (s == before) {
        break;
      }
    }
    // trailing noise, in any order
    for (int round = 0; round < 4 && s < e; round++) {
      int windowStart = Math.max(s, e - WINDOW);
      String tail = line.substring(windowStart, e);
      Matcher m;
      int cut = -1;
      Reported report = reported == null ? null : NO_REPORT;
      int reportAt = report == null && mayHoldReport(tail) ? reportAt(tail) : -1;
      if (reportAt >= 0 && hasTextBefore(line, s, windowStart + reportAt)) {
        String candidate = tail.substring(reportAt).strip();
        reported = Reported.parse(withoutLeadingDash(candidate)).orElseThrow();
        cut = windowStart + reportAt;
      } else if (priority == null && endsLikePriority(tail) && (m = PRIORITY_TAIL.matcher(tail)).find()
          && hasTextBefore(line, s, windowStart + m.start())) {
        priority = priority(m);
        cut = windowStart + m.start();
      } else if (owner == null && endsWithBracket(tail) && (m = BRACKET_OWNER.matcher(tail)).find() && m.end() >= tail.strip().length() - 1
          && Text.trimEnd(tail, 0, tail.length()) == m.end() && hasTextBefore(line, s, windowStart + m.start())) {
        owner = m.group(1).strip();
        cut = windowStart + m.start();
      } else if (owner == null && mayNameOwner(tail) && (m = OWNER_TAIL.matcher(tail)).find() && hasTextBefore(line, s, windowStart + m.start())) {
        owner = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        cut = windowStart + m.start();
      }
      if (cut < 0) {
        break;
      }
      e = Text.trimEnd(line, s, cut);
      while (e > s && ",;".indexOf(line.charAt(e - 1)) >= 0) {
        e = Text.trimEnd(line, s, e - 1);
      }
    }
    int[] span = Text.clean(line, s, e);
    if (span[0] >= span[1]) {
      return new ElementText(label, "", s, owner, priority, reported);
    }
    String text = plain(line.substring(span[0], span[1]));
    return new ElementText(label, text, firstOf(text, line, span[0], span[1]), owner, priority, reported);
  }

  /**
   * Where {@code text}, read from {@code line[from, to)} with markup dropped, starts in the line:
   * past any markup before it that {@link #plain} left out but {@link Text#clean} kept, such as a
   * code tick left open ({@code ```Launch} reads as {@code Launch}).
   */
  private static int firstOf(String text, String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (line.charAt(i) == text.charAt(0)) {
        return i;
      }
    }
    return from;
  }

  /** The text without a leading dash, colon or bar and the blanks after it. */
  private static String withoutLeadingDash(String text) {
    if (text.isEmpty() || "-\u2013\u2014:|".indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return text.substring(1).strip();
  }

  /** Cheap tests that rule a pattern out before it runs (these run for every line of a document). */
  private static boolean mayBePrefixed(String head) {
    int limit = Math.min(head.length(), 60);
    for (int k = 1; k < limit; k++) {
      char c = head.charAt(k);
      if (c == ':' || (c == '-' || c == '\u2013' || c == '\u2014') && head.charAt(k - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHoldReport(String tail) {
    int capitals = 0;
    for (int k = 0; k < tail.length(); k++) {
      char c = tail.charAt(k);
      if (c == '>' || c == '(' || c == '[' || c == ':' || c > 0x2000
          || (c == '-' || c == '|') && k > 0 && tail.charAt(k - 1) == ' ' && k + 1 < tail.length()
              && tail.charAt(k + 1) == ' ') {
        return true;
      }
      capitals = c >= 'A' && c <= 'Z' ? capitals + 1 : 0;
      if (capitals >= 4) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsLikePriority(String tail) {
    int e = Text.trimEnd(tail, 0, tail.length());
    if (e == 0) {
      return false;
    }
    char last = tail.charAt(e - 1);
    return last == ')' || last == ']' || last == '`' || Character.isDigit(last) && e >= 2
        && (tail.charAt(e - 2) == 'P' || tail.charAt(e - 2) == 'p');
  }

  private static boolean endsWithBracket(String tail) {
    int e = Text.trimEnd(tail, 0, tail.length());
    return e > 0 && (tail.charAt(e - 1) == ')' || tail.charAt(e - 1) == ']');
  }

  private static boolean mayNameOwner(String tail) {
    if (tail.indexOf('@') >= 0) {
      return true;
    }
    String lower = tail.toLowerCase(Locale.ROOT);
    return lower.contains("owner") || lower.contains("dri");
  }

  /** A placeholder meaning "a report was already found". */
  private static final Reported NO_REPORT = Reported.ofStatus("done", "done");

  /** The most characters a reported score or status at the end of a statement takes. */
  private static final int REPORT_LENGTH = 40;

  /** Labels that introduce a reported score or status ({@code Status: at risk}). */
  private static final String[] REPORT_LABELS = {"status", "score", "grade", "result", "progress"};

  /**
   * The earliest index in {@code tail} from which the rest reads as a report, or -1. A report may
   * start at an arrow ({@code => Done}, {@code --> 66%}), a bracket ({@code (7/10)}), a label
   * ({@code Status: at risk}), a dash or bar between blanks ({@code - done}), a status emoji, or a
   * word in capitals ({@code ACHIEVED}); what follows must read as a report, whole ({@link
   * Reported#parse}). Arrows like {@code ->} that also mean "to" ({@code 2% -> 3%}) and dashes count
   * only before a status, not a number.
   */
  private static int reportAt(String tail) {
    int n = tail.length();
    // a report is short: "(7/10)", "=> Done", "Status: off track", "--> 66% (0.7)"
    for (int k = Math.max(0, n - REPORT_LENGTH); k < n; k++) {
      char c = tail.charAt(k);
      boolean strong = false;
      boolean weak = false;
      boolean candidate = false;
      if (c == '=' || c == '-') {
        int q = k;
        while (q < n && tail.charAt(q) == c) {
          q++;
        }
        if (q < n && tail.charAt(q) == '>') {
          strong = c == '=' || q - k >= 2;
          weak = !strong;
          candidate = true;
        } else if (c == '-' && q == k + 1 && k > 0 && tail.charAt(k - 1) == ' ' && q < n && tail.charAt(q) == ' ') {
          weak = true;
          candidate = true;
        }
      } else if (c == '\u2192') {
        weak = true;
        candidate = true;
      } else if (c == '(' || c == '[' || c == '\u21D2' || c == '\u27F9' || c == '\u27F6' || c > 0x2000 && c != '\u2013'
          && c != '\u2014' && c != '\u2019' && c != '\u201C' && c != '\u201D') {
        candidate = true;
      } else if ((c == '\u2013' || c == '\u2014' || c == '|' || c == ':') && k > 0 && tail.charAt(k - 1) == ' '
          && k + 1 < n && tail.charAt(k + 1) == ' ') {
        weak = true;
        candidate = true;
      } else if (Character.isLetter(c) && (k == 0 || !Character.isLetterOrDigit(tail.charAt(k - 1)))) {
        candidate = startsReportLabel(tail, k) || capitals(tail, k) >= 4;
      }
      if (!candidate) {
        continue;
      }
      Optional<Reported> r = Reported.parse(withoutLeadingDash(tail.substring(k).strip()));
      if (r.isPresent() && (!weak || r.get().status().isPresent() && r.get().score().isEmpty())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsReportLabel(String tail, int k) {
    char c = Character.toLowerCase(tail.charAt(k));
    if (c != 's' && c != 'g' && c != 'r' && c != 'p') {
      return false;
    }
    for (String label : REPORT_LABELS) {
      if (tail.regionMatches(true, k, label, 0, label.length())) {
        int q = Text.skipSpaces(tail, k + label.length(), tail.length());
        return q < tail.length() && (tail.charAt(q) == ':' || tail.charAt(q) == '=');
      }
    }
    return false;
  }

  private static int capitals(String tail, int k) {
    int q = k;
    while (q < tail.length() && tail.charAt(q) >= 'A' && tail.charAt(q) <= 'Z') {
      q++;
    }
    return q - k;
  }

  private static boolean hasTextBefore(String line, int s, int cut) {
    return Text.hasWord(line, s, cut);
  }

  private static String priority(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      String p = m.group(g);
      if (p != null) {
        return p.length() == 2 && (p.charAt(0) == 'p' || p.charAt(0) == 'P') ? p.toUpperCase(Locale.ROOT)
            : p.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The text without link syntax, emphasis and code markers. */
  static String plain(String text) {
    if (text.indexOf('[') < 0 && text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('`') < 0
        && text.indexOf('~') < 0 && text.indexOf('<') < 0) {
      return text;
    }
    String out = text.indexOf('[') >= 0 ? LINK.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1))) : text;
    out = out.replace("**", "").replace("__", "").replace("~~", "").replace("`", "");
    if (out.indexOf('<') >= 0) {
      out = LINE_BREAK.matcher(out).replaceAll(" "); // a line break inside a table cell
    }
    String stripped = out.strip();
    return stripped.isEmpty() ? text : stripped;
  }
}
