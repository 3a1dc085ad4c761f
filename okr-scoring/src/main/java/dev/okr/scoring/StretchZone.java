package dev.okr.scoring;

/**
 * Where a stretch-scored key result stands: short of the commitment, committed, at target, or at
 * the stretch. Assigned from the score by {@link Bands#stretchZones()} or a profile's own bands.
 */
public enum StretchZone {
  /** Below the commitment. */
  FAIL,
  /** The commitment is met, the target is not. */
  COMMIT,
  /** The target is met, the stretch is not. */
  TARGET,
  /** The stretch is met. */
  STRETCH;

  /** {@code fail}, {@code commit}, {@code target} or {@code stretch}. */
  public String id() {
    return Ids.of(this);
  }
}
