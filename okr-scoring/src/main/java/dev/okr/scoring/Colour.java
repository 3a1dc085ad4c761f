package dev.okr.scoring;

/** The traffic-light colour of a score (R7), as assigned by {@link Bands#colours()} or custom bands. */
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
