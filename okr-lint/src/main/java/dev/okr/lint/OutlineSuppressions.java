package dev.okr.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code <!-- okr-lint-disable <rule-id> -- because ... -->} comments in a Markdown or
 * plain-text outline, in one pass over the text.
 */
final class OutlineSuppressions {
  static final String MARKER = "okr-lint-disable";

  /** A comment found: its 1-based line and column, the suppression text after the marker, and the next non-blank line after it that is not only comments. */
  static final class Comment {
    final int line;
    final int column;
    final String text;
    final boolean sharesLineWithContent;
    int nextContentLine;

    Comment(int line, int column, String text, boolean sharesLineWithContent) {
      this.line = line;
      this.column = column;
      this.text = text;
      this.sharesLineWithContent = sharesLineWithContent;
    }
  }

  private OutlineSuppressions() {}

  static List<Comment> scan(String text) {
    List<Comment> found = new ArrayList<>();
    List<Comment> waiting = new ArrayList<>();
    int lineStart = 0;
    int line = 1;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String content = text.substring(lineStart, lineEnd);
      StringBuilder rest = new StringBuilder();
      int from = 0;
      List<Comment> onLine = new ArrayList<>();
      while (true) {
        int open = content.indexOf("<!--", from);
        if (open < 0) {
          rest.append(content, from, content.length());
          break;
        }
        int close = content.indexOf("-->", open + 4);
        int end = close < 0 ? content.length() : close;
        rest.append(content, from, open);
        String inner = content.substring(open + 4, end).trim();
        if (inner.startsWith(MARKER)) {
          onLine.add(new Comment(line, open + 1, inner.substring(MARKER.length()).trim(), false));
        }
        from = close < 0 ? content.length() : close + 3;
      }
      boolean hasContent = !rest.toString().isBlank();
      for (Comment c : onLine) {
        Comment placed = hasContent ? new Comment(c.line, c.column, c.text, true) : c;
        if (hasContent) {
          placed.nextContentLine = line;
          found.add(placed);
        } else {
          waiting.add(placed);
        }
      }
      if (hasContent) {
        for (Comment w : waiting) {
          w.nextContentLine = line;
          found.add(w);
        }
        waiting.clear();
      }
      lineStart = lineEnd + 1;
      line++;
    }
    found.addAll(waiting);
    return found;
  }
}
