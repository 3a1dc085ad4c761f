package dev.okr.scoring.batch;

/**
 * The counts of a batch run. They always add up: {@code rowsIn == graded + rejected}, and {@code
 * graded == scored + unscored}.
 *
 * @param rowsIn the rows read, header excluded
 * @param graded the rows written to the graded output
 * @param scored the graded rows that have a score
 * @param unscored the graded rows without a score (no current value under {@code no-check-ins=no-score})
 * @param rejected the rows written to the rejects output
 * @param objectives the objective rollups written
 * @param blankLines the blank lines skipped (empty, or spaces only); not rows, so not in {@code rowsIn}
 */
public record BatchSummary(long rowsIn, long graded, long scored, long unscored, long rejected, long objectives,
    long blankLines) {

  /** Counts without blank lines. */
  public BatchSummary(long rowsIn, long graded, long scored, long unscored, long rejected, long objectives) {
    this(rowsIn, graded, scored, unscored, rejected, objectives, 0);
  }

  /**
   * Checks that the counts add up.
   *
   * @throws IllegalArgumentException when they do not
   */
  public BatchSummary {
    if (blankLines < 0) {
      throw new IllegalArgumentException("blank lines must not be negative (was " + blankLines + ")");
    }
    if (rowsIn != graded + rejected || graded != scored + unscored) {
      throw new IllegalArgumentException("counts do not add up: in " + rowsIn + ", graded " + graded + " (scored "
          + scored + ", unscored " + unscored + "), rejected " + rejected);
    }
  }

  @Override
  public String toString() {
    return "rows in " + rowsIn + " = graded " + graded + " (scored " + scored + ", unscored " + unscored + ") + rejected "
        + rejected + "; objectives " + objectives + (blankLines > 0 ? "; blank lines skipped " + blankLines : "");
  }

  /** These counts with {@code lines} blank lines skipped. */
  public BatchSummary withBlankLines(long lines) {
    return new BatchSummary(rowsIn, graded, scored, unscored, rejected, objectives, lines);
  }
}
