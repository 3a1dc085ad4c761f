package dev.okr.scoring;

/**
 * The traffic-light colour shown with a key result or objective. Once the cycle has ended it is the
 * colour of the final grade's verdict ({@link Verdict#colour()}); during the cycle, the colour of
 * the status against the expected pace ({@link TrackStatus#colour()}). An unlabelled objective's
 * score takes its colour from {@link Bands#colours()} or custom bands.
 */
public enum Colour {
  /** Failed to make real progress. */
  RED,
  /** Progress made, but short of completion. */
  YELLOW,
  /** Delivered. */
  GREEN;

  /** {@code red}, {@code yellow} or {@code green}. */
  public String id() {
    return Ids.of(this);
  }
}
