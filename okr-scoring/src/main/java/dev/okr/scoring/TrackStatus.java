package dev.okr.scoring;

/** Whether a key result is on course to meet its kind's expectation by the end of its cycle (R8). */
public enum TrackStatus {
  /** At or near the expected progress. */
  ON_TRACK,
  /** Behind, but within reach: discuss whether to adjust approach or resources. */
  AT_RISK,
  /** Far behind: likely to miss. */
  OFF_TRACK;

  /** {@code on-track}, {@code at-risk} or {@code off-track}. */
  public String id() {
    return Ids.of(this);
  }
}
