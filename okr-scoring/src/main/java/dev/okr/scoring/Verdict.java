package dev.okr.scoring;

/** How a score reads for its objective's kind (R6, R7). */
public enum Verdict {
  /** Committed and at 1.0: met. */
  MET,
  /** Committed and below 1.0: a miss that needs an explanation. */
  MISSED,
  /** Aspirational and below 0.3: the goal was unrealistic or under-resourced. */
  UNREALISTIC,
  /** Aspirational, from 0.3 up to the healthy range. */
  BELOW_EXPECTATION,
  /** Aspirational and in the healthy range, 0.6 to 0.7 by default. */
  HEALTHY,
  /** Aspirational, above the healthy range but short of 1.0. */
  ABOVE_EXPECTATION,
  /** Aspirational and at 1.0: possibly sandbagged, the goal not ambitious enough. */
  POSSIBLY_SANDBAGGED,
  /** The objective is labelled neither committed nor aspirational: only the colour applies. */
  UNLABELLED;

  /** {@code met}, {@code missed}, {@code healthy}, ... */
  public String id() {
    return Ids.of(this);
  }
}
