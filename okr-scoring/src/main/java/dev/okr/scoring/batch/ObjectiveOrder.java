package dev.okr.scoring.batch;

/** What the batch grader may assume about the order of rows, for objective rollups. */
public enum ObjectiveOrder {
  /**
   * Rows may come in any order (default): one running rollup per objective is kept until the end,
   * so memory grows with the number of objectives (not rows); rollups are written at the end, in
   * the order objectives first appeared.
   */
  ANY,
  /**
   * The rows of each objective are contiguous: a rollup is written as soon as the objective id
   * changes, and memory stays flat. Rows of one objective that are not contiguous give one rollup
   * per run of rows, each with its own first and last line.
   */
  CONTIGUOUS,
  /** No objective rollups are computed or written. */
  NONE
}
