package dev.okr.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/**
 * Where each line of a text starts, found once so that turning many indices into protocol
 * positions (one per finding) costs a binary search each, not a scan of the text; lines end as
 * {@link TextChanges} ends them.
 */
final class LineIndex {
  private final String text;
  private final int[] starts;

  LineIndex(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    int i = 0;
    while (i >= 0) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
      }
      s[n++] = i;
      i = TextChanges.nextLineStart(text, i);
    }
    this.starts = Arrays.copyOf(s, n);
  }

  /** The index where a 0-based line starts, or -1 when the text has fewer lines. */
  int lineStart(int line) {
    return line >= 0 && line < starts.length ? starts[line] : -1;
  }

  /** The position of an index, as {@link TextChanges#position} gives it. */
  Position position(int offset) {
    int end = Math.min(Math.max(0, offset), text.length());
    int found = Arrays.binarySearch(starts, end);
    int line = found >= 0 ? found : -found - 2;
    return new Position(line, end - starts[line]);
  }
}
