package dev.okr.scoring;

/**
 * Whether a key result is on course to meet its kind's expectation by the end of its cycle:
 * given only while the cycle is in progress ({@link Phase#IN_PROGRESS}).
 */
public enum TrackStatus {
  /** At or near the expected progress. */
  ON_TRACK,
  /** Behind, but within reach: discuss whether to adjust approach or resources. */
  AT_RISK,
  /** Far behind: likely to miss. */
  OFF_TRACK;

  /**
   * The colour shown with the status while the cycle is in progress: green on track, yellow at
   * risk, red off track.
   */
  public Colour colour() {
    return switch (this) {
      case ON_TRACK -> Colour.GREEN;
      case AT_RISK -> Colour.YELLOW;
      case OFF_TRACK -> Colour.RED;
    };
  }

  /** {@code on-track}, {@code at-risk} or {@code off-track}. */
  public String id() {
    return Ids.of(this);
  }
}
