package dev.okr.lint;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;

/**
 * How the linter reads a line of an outline that the outline reader did not place: its text after
 * the Markdown markup, and whether that text reads as a key-result statement (the criterion {@link
 * Document#unplaced()} documents).
 */
final class UnplacedLines {
  /** List bullets, as okr-core's outline reader knows them. */
  private static final String BULLETS = "-*+>\u2022\u00B7\u25E6\u25AA\u2023\u2013\u2014\u25CB\u25CF\u25A0\u25A1\u25BA\u25B8";

  private UnplacedLines() {}

  /**
   * A line's content.
   *
   * @param text the text after indentation, quote and list markers, a task box, emphasis and
   *     trailing HTML comments; the whole line from its first non-blank character for a table row
   * @param offset where {@code text} starts, counted from the line's first non-blank character
   * @param heading whether the line is a Markdown heading ({@code # ...})
   * @param tableRow whether the line is a table row ({@code | ... |})
   */
  record Content(String text, int offset, boolean heading, boolean tableRow) {

    /**
     * Whether the content reads as a key-result statement: not a heading, a table row or a
     * question, and okr-core's statement parser reads in it a leading verb it knows or a number in
     * a role (its kind is not {@code UNCLEAR}), where the number opens the statement or comes with
     * a baseline ("from 42 to 60").
     */
    boolean readsAsKeyResult() {
      if (heading || tableRow || text.isEmpty() || text.endsWith("?")) {
        return false;
      }
      KeyResultStatement s = KeyResultStatement.parse(text);
      if (s.kind() == StatementKind.UNCLEAR) {
        return false;
      }
      return s.verb().isPresent()
          || s.target().map(t -> t.start() == 0).orElse(false)
          || s.target().isPresent() && s.baseline().isPresent();
    }
  }

  /** The content of a line as written (with or without its indentation). */
  static Content content(String line) {
    int first = 0;
    while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
      first++;
    }
    int end = withoutTrailingComments(line, first);
    if (first < end && line.charAt(first) == '|') {
      return new Content(line.substring(first, end), 0, false, true);
    }
    int p = first;
    boolean heading = false;
    for (int markers = 0; markers < 3; markers++) {
      int q = marker(line, p, end);
      if (q < 0) {
        break;
      }
      heading |= line.charAt(p) == '#';
      p = skipSpaces(line, q, end);
    }
    int emphasis = p;
    while (p < end && (line.charAt(p) == '*' || line.charAt(p) == '_')) {
      p++;
    }
    if (p > emphasis) {
      while (end > p && (line.charAt(end - 1) == '*' || line.charAt(end - 1) == '_')) {
        end--;
      }
    }
    p = skipSpaces(line, p, end);
    while (end > p && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return new Content(line.substring(p, end), p - first, heading, false);
  }

  /** The end of the line without trailing {@code <!-- ... -->} comments and white space. */
  private static int withoutTrailingComments(String line, int from) {
    int end = line.length();
    while (true) {
      while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
        end--;
      }
      if (!line.startsWith("-->", end - 3) || end - 3 < from) {
        return end;
      }
      int open = line.lastIndexOf("<!--", end - 3);
      if (open < from) {
        return end;
      }
      end = open;
    }
  }

  /** The index after a heading, quote or list marker or a task box at {@code p}, or -1. */
  private static int marker(String line, int p, int end) {
    if (p >= end) {
      return -1;
    }
    char c = line.charAt(p);
    if (c == '#') {
      int q = p;
      while (q < end && line.charAt(q) == '#') {
        q++;
      }
      return q - p <= 6 && (q == end || Character.isWhitespace(line.charAt(q))) ? q : -1;
    }
    if (BULLETS.indexOf(c) >= 0) {
      return spaceAt(line, p + 1, end) ? p + 1 : -1;
    }
    if (c == '[' && p + 2 < end && line.charAt(p + 2) == ']' && " xX".indexOf(line.charAt(p + 1)) >= 0) {
      return spaceAt(line, p + 3, end) ? p + 3 : -1;
    }
    if (c == '(') {
      int q = digits(line, p + 1, end);
      return q > p + 1 && q < end && line.charAt(q) == ')' && spaceAt(line, q + 1, end) ? q + 1 : -1;
    }
    if (Character.isDigit(c)) {
      int q = digits(line, p, end);
      while (q + 1 < end && line.charAt(q) == '.' && Character.isDigit(line.charAt(q + 1))) {
        q = digits(line, q + 1, end);
      }
      return q < end && (line.charAt(q) == '.' || line.charAt(q) == ')') && spaceAt(line, q + 1, end) ? q + 1 : -1;
    }
    if (c >= 'a' && c <= 'z' && p + 1 < end && line.charAt(p + 1) == ')') {
      return spaceAt(line, p + 2, end) ? p + 2 : -1;
    }
    return -1;
  }

  private static boolean spaceAt(String line, int p, int end) {
    return p < end && Character.isWhitespace(line.charAt(p));
  }

  private static int digits(String line, int p, int end) {
    while (p < end && Character.isDigit(line.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int skipSpaces(String line, int p, int end) {
    while (p < end && Character.isWhitespace(line.charAt(p))) {
      p++;
    }
    return p;
  }
}
