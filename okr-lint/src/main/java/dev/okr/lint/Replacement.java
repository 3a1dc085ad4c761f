package dev.okr.lint;

import java.util.Objects;

/**
 * One change to a document's text: the characters {@code [startOffset, endOffset)} replaced by
 * {@link #text()} (an insertion when the range is empty). Offsets count UTF-16 code units from the
 * start of the text, and the lines and columns are 1-based with columns in UTF-16 code units, as
 * {@link Finding#position()} counts them; the end column is exclusive. Both forms are given so that
 * every client can use the one it knows: the Language Server Protocol takes lines and characters,
 * SARIF takes lines and columns or character offsets.
 *
 * @param startOffset the first character replaced
 * @param endOffset the character after the last one replaced; equal to {@code startOffset} for an insertion
 * @param startLine the 1-based line of {@code startOffset}
 * @param startColumn the 1-based column of {@code startOffset} on its line
 * @param endLine the 1-based line of {@code endOffset}
 * @param endColumn the 1-based column of {@code endOffset} on its line
 * @param text the new text
 */
public record Replacement(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn,
    String text) {

  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException if an offset is negative or the range ends before it starts,
   *     or a line or column is below 1
   */
  public Replacement {
    Objects.requireNonNull(text, "text");
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("a replacement needs 0 <= startOffset <= endOffset, was ["
          + startOffset + ", " + endOffset + ")");
    }
    if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1) {
      throw new IllegalArgumentException("a replacement's lines and columns count from 1, was " + startLine + ":"
          + startColumn + " to " + endLine + ":" + endColumn);
    }
  }

  /** Whether it inserts text without replacing any. */
  public boolean isInsertion() {
    return startOffset == endOffset;
  }
}
