package dev.okr.scoring.batch;

/**
 * Receives a batch run's results, on the calling thread and in input order, so implementations need
 * not be thread-safe.
 */
public interface BatchSink {
  /** A graded row. */
  void graded(GradedRow row);

  /** A rejected row. */
  void rejected(RejectedRow row);

  /** An objective's rollup; by default ignored. */
  default void rollup(ObjectiveRollup rollup) {}
}
