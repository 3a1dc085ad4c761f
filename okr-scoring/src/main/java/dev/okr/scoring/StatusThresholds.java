package dev.okr.scoring;

/**
 * When a key result is on track, at risk or off track, and what that is judged on.
 *
 * <p>The status compares a score with the progress expected by now ({@code elapsed fraction *
 * expectation}), or, under {@link Basis#FORECAST}, the forecast end score with the expectation:
 * {@link TrackStatus#ON_TRACK} when short by at most {@link #onTrack()} (default 0.1: the 10%
 * buffer of linear expected-progress tracking, as in Ally.io's and Innovation Minds' help pages),
 * {@link TrackStatus#AT_RISK} when short by at most {@link #atRisk()} (default 0.25: our choice, a
 * quarter of the scale, about three weeks behind a linear pace in a 13-week quarter), else {@link
 * TrackStatus#OFF_TRACK}.
 *
 * @param onTrack the largest shortfall still on track, in [0, 1]
 * @param atRisk the largest shortfall still at risk, at least {@code onTrack}
 * @param basis what the status is judged on
 */
public record StatusThresholds(double onTrack, double atRisk, Basis basis) {

  /** What the status is judged on. */
  public enum Basis {
    /** The score against the progress expected by now (default). */
    PACE,
    /** The forecast end score against the expectation; the pace when there is no forecast. */
    FORECAST
  }

  /**
   * Validates the thresholds.
   *
   * @throws IllegalArgumentException when a threshold lies outside [0, 1] or onTrack exceeds atRisk
   */
  public StatusThresholds {
    if (!(onTrack >= 0 && onTrack <= 1 && atRisk >= onTrack && atRisk <= 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 <= onTrack <= atRisk <= 1 (were " + onTrack + ", " + atRisk + ")");
    }
    java.util.Objects.requireNonNull(basis, "basis");
  }

  /** The defaults: 0.1, 0.25, judged on the pace. */
  public static StatusThresholds defaults() {
    return new StatusThresholds(0.1, 0.25, Basis.PACE);
  }

  /** The status of a shortfall (expected minus actual; negative when ahead). */
  public TrackStatus of(double shortfall) {
    if (shortfall <= onTrack) {
      return TrackStatus.ON_TRACK;
    }
    return shortfall <= atRisk ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
  }
}
