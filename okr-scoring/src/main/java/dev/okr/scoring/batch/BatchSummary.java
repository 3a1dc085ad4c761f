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
 */
public record BatchSummary(long rowsIn, long graded, long scored, long unscored, long rejected, long objectives) {

  /**
   * Checks that the counts add up.
   *
   * @throws IllegalArgumentException when they do not
   */
  public BatchSummary {
    if (rowsIn != graded + rejected || graded != scored + unscored) {
      throw new IllegalArgumentException("counts do not add up: in " + rowsIn + ", graded " + graded + " (scored "
          + scored + ", unscored " + unscored + "), rejected " + rejected);
    }
  }

  @Override
  public String toString() {
    return "rows in " + rowsIn + " = graded " + graded + " (scored " + scored + ", unscored " + unscored + ") + rejected "
        + rejected + "; objectives " + objectives;
  }
}
