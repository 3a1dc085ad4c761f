package dev.okr.scoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a key result stands during its cycle (R8): its score, the progress expected by now, the
 * status, the forecast of its end score and the owner's latest confidence.
 *
 * @param score the score at the date
 * @param elapsed the elapsed fraction of the cycle at the date, in [0, 1]
 * @param expectation the end score the key result's kind expects: 1.0 committed, 0.7 aspirational
 * @param expected the score expected by now: {@code elapsed * expectation}
 * @param status the status, empty when the key result is unscored
 * @param basis what the status was judged on: the pace so far, or the forecast
 * @param forecast the forecast, when at least two check-ins on different days are scored
 * @param confidence the confidence of the latest check-in on or before the date that gives one
 * @param confidenceDate the date of that check-in
 */
public record Progress(
    Score score,
    double elapsed,
    double expectation,
    double expected,
    Optional<TrackStatus> status,
    StatusThresholds.Basis basis,
    Optional<Forecast> forecast,
    OptionalDouble confidence,
    Optional<LocalDate> confidenceDate) {}
