package dev.okr.scoring.batch;

/**
 * What the batch grader makes of one row: a {@link GradedRow} (scored or unscored, with its
 * grade) or a {@link RejectedRow} (with its line and the reason), said by the type.
 */
public sealed interface RowResult permits GradedRow, RejectedRow {

  /** The input row, values as given. */
  KeyResultRow row();
}
