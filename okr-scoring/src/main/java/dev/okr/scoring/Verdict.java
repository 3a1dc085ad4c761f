package dev.okr.scoring;

/**
 * How a final score reads for its objective's kind, once the cycle has ended ({@link
 * Phase#ENDED}). Each verdict has one colour ({@link #colour()}), so a grade's colour never
 * contradicts its words.
 */
public enum Verdict {
  /** Committed and at 1.0: met. Green. */
  MET(Colour.GREEN),
  /** Committed and below 1.0: a miss that needs an explanation. Red. */
  MISSED(Colour.RED),
  /** Aspirational and below 0.3: the goal was unrealistic or under-resourced. Red. */
  UNREALISTIC(Colour.RED),
  /** Aspirational, from 0.3 up to the healthy range. Yellow. */
  BELOW_EXPECTATION(Colour.YELLOW),
  /** Aspirational and in the healthy range, 0.6 to 0.7 by default. Green. */
  HEALTHY(Colour.GREEN),
  /**
   * Aspirational, above the healthy range: short of 1.0, or at 1.0 for a key result whose scale
   * cannot go beyond its target (binary, milestones, a level to stay at or above or below), where
   * reaching 1.0 is no sign of a goal set too low. Green.
   */
  ABOVE_EXPECTATION(Colour.GREEN),
  /**
   * Aspirational and at 1.0 on a scale that could have gone beyond the target (an increase or a
   * decrease): possibly sandbagged, the goal not ambitious enough. Green.
   */
  POSSIBLY_SANDBAGGED(Colour.GREEN),
  /** The objective is labelled neither committed nor aspirational: only the colour applies. */
  UNLABELLED(null);

  private final @org.jspecify.annotations.Nullable Colour colour;

  Verdict(@org.jspecify.annotations.Nullable Colour colour) {
    this.colour = colour;
  }

  /**
   * The colour of this verdict, or empty for {@link #UNLABELLED}, whose colour comes from the score
   * bands ({@link Bands#colours()}).
   */
  public java.util.Optional<Colour> colour() {
    return java.util.Optional.ofNullable(colour);
  }

  /** {@code met}, {@code missed}, {@code healthy}, ... */
  public String id() {
    return Ids.of(this);
  }
}
