package dev.okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a key result stands at a date of its cycle: its score, the progress expected by now,
 * and, while the cycle is in progress, the status against that pace and the forecast of its end
 * score; the owner's latest confidence. From the cycle's last day on ({@link Phase#ENDED}) there is
 * no status and no forecast: the key result then has a final grade ({@link Grader}) instead.
 *
 * @param phase whether the cycle is in progress or has ended at the date
 * @param score the score at the date
 * @param elapsed the elapsed fraction of the cycle at the date, in [0, 1]
 * @param expectation the end score the key result's kind expects: 1.0 committed, 0.7 aspirational
 * @param expected the score expected by now: {@code elapsed * expectation}
 * @param status the status against the expected pace; empty when the key result is unscored or the
 *     cycle has ended
 * @param basis what the status was judged on: the pace so far, or the forecast
 * @param forecast the forecast, when the cycle is in progress and at least two check-ins on different
 *     days are scored
 * @param confidence the confidence of the latest check-in on or before the date that gives one
 * @param confidenceDate the date of that check-in
 */
public record Progress(
    Phase phase,
    Score score,
    double elapsed,
    double expectation,
    double expected,
    Optional<TrackStatus> status,
    StatusThresholds.Basis basis,
    Optional<Forecast> forecast,
    OptionalDouble confidence,
    Optional<LocalDate> confidenceDate) {

  /**
   * The colour shown with the status while the cycle is in progress ({@link TrackStatus#colour()});
   * empty once it has ended (the final grade's colour applies then) or when unscored.
   */
  public Optional<Colour> colour() {
    return status.map(TrackStatus::colour);
  }
}
