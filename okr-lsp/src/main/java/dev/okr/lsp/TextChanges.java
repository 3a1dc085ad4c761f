package dev.okr.lsp;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies the changes of a {@code textDocument/didChange} to a text: a change without a range
 * replaces the whole text, a change with one replaces that range. Lines and characters count as the
 * protocol counts them by default, in UTF-16 code units, which are the indices of a Java {@code
 * String}; a line ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
final class TextChanges {
  private TextChanges() {}

  /** The text after the changes, applied in order. */
  static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
    String result = text;
    for (TextDocumentContentChangeEvent change : changes) {
      Range range = change.getRange();
      String replacement = change.getText() == null ? "" : change.getText();
      if (range == null) {
        result = replacement;
      } else {
        int start = offset(result, range.getStart());
        int end = Math.max(start, offset(result, range.getEnd()));
        result = result.substring(0, start) + replacement + result.substring(end);
      }
    }
    return result;
  }

  /**
   * The index in {@code text} of a position, clamped as the protocol asks: a character beyond its
   * line's end means the line's end, a line beyond the last the text's end.
   */
  static int offset(String text, Position position) {
    int line = Math.max(0, position.getLine());
    int i = 0;
    for (int l = 0; l < line; l++) {
      int next = nextLineStart(text, i);
      if (next < 0) {
        return text.length();
      }
      i = next;
    }
    int lineEnd = lineEnd(text, i);
    return Math.min(i + Math.max(0, position.getCharacter()), lineEnd);
  }

  /** The position of an index of {@code text}. */
  static Position position(String text, int offset) {
    int line = 0;
    int lineStart = 0;
    int end = Math.min(Math.max(0, offset), text.length());
    int i = 0;
    while (true) {
      int next = nextLineStart(text, i);
      if (next < 0 || next > end) {
        break;
      }
      line++;
      lineStart = next;
      i = next;
    }
    return new Position(line, end - lineStart);
  }

  /** The index where the line starting at {@code from} ends, before its line break. */
  static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The index of the next line's start after {@code from}, or -1 on the last line. */
  static int nextLineStart(String text, int from) {
    int i = lineEnd(text, from);
    if (i >= text.length()) {
      return -1;
    }
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }

  /** The index where 0-based line {@code line} starts, or -1 when the text has fewer lines. */
  static int lineStart(String text, int line) {
    int i = 0;
    for (int l = 0; l < line; l++) {
      i = nextLineStart(text, i);
      if (i < 0) {
        return -1;
      }
    }
    return i;
  }
}
