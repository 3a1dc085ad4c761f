package dev.okr.scoring.batch;

import java.util.Objects;

/** A row the grader could not grade, with its line number and the reason. */
public final class RejectedRow implements RowResult {
  private final KeyResultRow row;
  private final String reason;

  RejectedRow(KeyResultRow row, String reason) {
    this.row = Objects.requireNonNull(row, "row");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  @Override
  public KeyResultRow row() {
    return row;
  }

  /** The 1-based line number. */
  public long line() {
    return row.line();
  }

  /** Why the row was rejected, naming the column and the value. */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "line " + line() + ": " + reason;
  }
}
