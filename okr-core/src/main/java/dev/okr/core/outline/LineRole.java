package dev.okr.core.outline;

/** What a non-blank line of an outline was read as. Every non-blank line has exactly one role. */
public enum LineRole {
  /** The line where an objective's text starts. */
  OBJECTIVE,
  /** The line where a key result's text starts (a table row holding one). */
  KEY_RESULT,
  /**
   * A line holding both an objective and its first key result: a table row with an objective cell
   * and a key-result cell.
   */
  OBJECTIVE_AND_KEY_RESULT,
  /** The line where an initiative's text starts. */
  INITIATIVE,
  /**
   * A line that belongs to the element above it: the wrapped rest of its text, an objective's
   * description, or a note under a key result.
   */
  DETAIL,
  /**
   * A line that is not OKRs: a title, a person's, team's or period's heading, a {@code Key
   * results:} heading, an {@code Owner:} line, front matter, prose, a table's header and rule, a
   * table of contents, definitions, schedules, examples, retrospective notes.
   */
  STRUCTURE,
  /** A line that looks like part of the OKRs but could not be placed; see {@link OutlineImport#unplaced()}. */
  UNPLACED
}
