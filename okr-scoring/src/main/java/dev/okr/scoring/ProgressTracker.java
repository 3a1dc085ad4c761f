package dev.okr.scoring;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Tracks key results during their cycle: expected progress from the elapsed fraction, a status
 * with configurable thresholds, a least-squares forecast of the end score over the check-ins, and
 * the owner's confidence.
 *
 * <p>The kind decides the expectation: 1.0 for committed, 0.7 for aspirational (the upper end
 * of the healthy 0.6–0.7), 1.0 when the objective is unlabelled.
 *
 * <p>Status and forecast belong to the cycle in progress ({@link Phase#IN_PROGRESS}): from the
 * cycle's last day on, {@link #track} gives neither, and the key result is graded instead
 * ({@link Grader}). Immutable and thread-safe.
 */
public final class ProgressTracker {
  private final Scorer scorer;
  private final StatusThresholds thresholds;
  private final double committed;
  private final double aspirational;

  private ProgressTracker(Scorer scorer, StatusThresholds thresholds, double committed, double aspirational) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.committed = committed;
    this.aspirational = aspirational;
  }

  /** A tracker scoring with {@code scorer}, with the default thresholds and expectations. */
  public static ProgressTracker of(Scorer scorer) {
    return new ProgressTracker(scorer, StatusThresholds.defaults(), 1.0, 0.7);
  }

  /** The same tracker with these thresholds. */
  public ProgressTracker withThresholds(StatusThresholds thresholds) {
    return new ProgressTracker(scorer, thresholds, committed, aspirational);
  }

  /**
   * The same tracker with these end-of-cycle expectations.
   *
   * @throws IllegalArgumentException when an expectation lies outside (0, 1]
   */
  public ProgressTracker withExpectations(double committed, double aspirational) {
    for (double e : new double[] {committed, aspirational}) {
      if (!(e > 0 && e <= 1)) {
        throw new IllegalArgumentException("expectations must lie in (0, 1] (was " + e + ")");
      }
    }
    return new ProgressTracker(scorer, thresholds, committed, aspirational);
  }

  /** The end score expected of a key result of this kind. */
  public double expectation(Optional<ObjectiveKind> kind) {
    return kind.map(k -> k == ObjectiveKind.COMMITTED ? committed : aspirational).orElse(committed);
  }

  /**
   * The progress of every key result of an objective at {@code date}.
   *
   * @throws IllegalArgumentException when the objective has no cycle
   */
  public List<Progress> track(Objective objective, LocalDate date) {
    Cycle cycle = objective.cycle().orElseThrow(() -> new IllegalArgumentException(
        "objective " + objective.id() + " has no cycle; progress is measured against its cycle"));
    List<Progress> all = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      all.add(track(keyResult, objective.kind(), cycle, date));
    }
    return all;
  }

  /**
   * A key result's progress at {@code date} in {@code cycle}, for an objective of this kind: with a
   * status and a forecast while the cycle is in progress, without either once it has ended.
   */
  public Progress track(KeyResult keyResult, Optional<ObjectiveKind> kind, Cycle cycle, LocalDate date) {
    Score score = scorer.score(keyResult, date, Optional.of(cycle));
    Phase phase = Phase.of(cycle, date);
    double elapsed = cycle.elapsedFraction(date);
    double expectation = expectation(kind);
    double expected = elapsed * expectation;
    Optional<Forecast> forecast = phase == Phase.ENDED ? Optional.empty() : forecast(keyResult, cycle, date, expectation);
    StatusThresholds.Basis basis = thresholds.basis() == StatusThresholds.Basis.FORECAST && forecast.isPresent()
        ? StatusThresholds.Basis.FORECAST
        : StatusThresholds.Basis.PACE;
    Optional<TrackStatus> status = Optional.empty();
    if (score instanceof Score.Scored scored && phase == Phase.IN_PROGRESS) {
      double shortfall = basis == StatusThresholds.Basis.FORECAST
          ? expectation - forecast.get().endScore()
          : expected - scored.value();
      status = Optional.of(thresholds.of(shortfall));
    }
    CheckIn confident = null;
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (checkIn.confidence().isPresent() && !checkIn.date().isAfter(date)
          && (confident == null || !checkIn.date().isBefore(confident.date()))) {
        confident = checkIn;
      }
    }
    OptionalDouble confidence = confident == null ? OptionalDouble.empty() : confident.confidence();
    Optional<LocalDate> confidenceDate = Optional.ofNullable(confident).map(CheckIn::date);
    return new Progress(phase, score, elapsed, expectation, expected, status, basis, forecast, confidence, confidenceDate);
  }

  /**
   * The status of an objective's rolled-up score at {@code date} against the pace its kind expects
   * ({@code elapsed fraction * expectation}), judged with this tracker's thresholds on the pace;
   * empty once the cycle has ended, when the objective is graded instead.
   */
  public Optional<TrackStatus> status(double score, Optional<ObjectiveKind> kind, Cycle cycle, LocalDate date) {
    if (Phase.of(cycle, date) == Phase.ENDED) {
      return Optional.empty();
    }
    return Optional.of(thresholds.of(cycle.elapsedFraction(date) * expectation(kind) - score));
  }

  /**
   * The forecast from the scores at each check-in day on or before {@code date}: the key result
   * scored as of that day, against the elapsed fraction of the cycle on that day.
   */
  public Optional<Forecast> forecast(KeyResult keyResult, Cycle cycle, LocalDate date, double expectation) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (!checkIn.date().isAfter(date)) {
        days.add(checkIn.date());
      }
    }
    List<double[]> points = new ArrayList<>();
    TreeSet<Double> seen = new TreeSet<>();
    for (LocalDate day : days) {
      Score score = scorer.score(keyResult, day, Optional.of(cycle));
      double t = cycle.elapsedFraction(day);
      if (score instanceof Score.Scored scored) {
        if (seen.add(t)) {
          points.add(new double[] {t, scored.attainment()});
        } else {
          points.set(points.size() - 1, new double[] {t, scored.attainment()});
        }
      }
    }
    double[] t = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      t[i] = points.get(i)[0];
      y[i] = points.get(i)[1];
    }
    return Forecast.fit(t, y, expectation);
  }
}
