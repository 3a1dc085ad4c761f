package dev.okr.cli;

import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.statement.ResolvedMeasurement;
import dev.okr.core.statement.StatementParser;
import dev.okr.lint.Linter;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Progress;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.RollupScore;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringException;
import dev.okr.scoring.TrackStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code okr grade} shows: each key result's score, grade, status and forecast, each
 * objective's rollup and grade, and the portfolio figures. The words follow the phase of the
 * objective's cycle at the date ({@link Phase}): while it is in progress, a status against the
 * expected pace (and, for key results, a forecast) with the status's colour, and no grade; from its
 * last day on, the final grade with the grade's colour, and no status or forecast. An objective
 * without a cycle has no phase: it is graded at the date. Key results without an explicit
 * measurement are measured by what their statement says ({@link ResolvedMeasurement}); one that
 * still cannot be scored is listed with the reason, and then its objective has no rollup and the
 * portfolio figures are left out, rather than computed over part of the document.
 *
 * @param file the document's name
 * @param date the date graded at
 * @param profile the scoring profile
 * @param objectives one entry per objective, in document order
 * @param portfolio the portfolio figures, or the reason they could not be computed
 */
record GradeReport(String file, LocalDate date, Profile profile, List<ObjectiveGrade> objectives,
    Optional<Portfolio.Report> portfolio, Optional<String> portfolioError) {

  /** The lint rule whose findings make a key result task-like in the portfolio's figure. */
  static final String TASK_LIKE_RULE = "kr-task-like";

  /**
   * A key result's results.
   *
   * @param keyResult the key result, with the measurement it was scored by
   * @param fromStatement the measurement fields read from the statement rather than given
   * @param progress the score with status and forecast, when the objective has a cycle
   * @param score the score, unless the key result cannot be scored
   * @param grade the grade, when scored
   * @param error why the key result cannot be scored
   */
  record KeyResultGrade(KeyResult keyResult, Set<ResolvedMeasurement.Field> fromStatement, Optional<Progress> progress,
      Optional<Score> score, Optional<Grade> grade, Optional<String> error) {

    /** The status against the expected pace, while the cycle is in progress. */
    Optional<TrackStatus> status() {
      return progress.flatMap(Progress::status);
    }

    /** The score, when the key result is scored. */
    Optional<Score.Scored> scored() {
      return score.filter(Score.Scored.class::isInstance).map(Score.Scored.class::cast);
    }

    /** Why the key result is unscored, when it is. */
    Optional<String> unscored() {
      return score.filter(Score.Unscored.class::isInstance).map(s -> ((Score.Unscored) s).reason());
    }

    /** The colour shown: the final grade's, else the status's. */
    Optional<Colour> colour() {
      return grade.map(Grade::colour).or(() -> status().map(TrackStatus::colour));
    }
  }

  /**
   * An objective's results.
   *
   * @param objective the objective
   * @param rollup its score rolled up from its key results, unless one cannot be scored
   * @param grade the grade, when scored
   * @param error why there is no rollup
   * @param keyResults its key results' results
   * @param phase the phase of its cycle at the date, when it has a cycle
   * @param expected the score expected by now, while its cycle is in progress
   * @param status its rollup's status against that pace, while its cycle is in progress
   */
  record ObjectiveGrade(Objective objective, Optional<RollupScore> rollup, Optional<Grade> grade, Optional<String> error,
      List<KeyResultGrade> keyResults, Optional<Phase> phase, Optional<Double> expected, Optional<TrackStatus> status) {

    /** The colour shown: the final grade's, else the status's. */
    Optional<Colour> colour() {
      return grade.map(Grade::colour).or(() -> status.map(TrackStatus::colour));
    }
  }

  /** How many key results cannot be scored. */
  long failures() {
    return objectives.stream().flatMap(o -> o.keyResults().stream()).filter(k -> k.error().isPresent()).count();
  }

  /** Grades a document at a date under a profile. */
  static GradeReport of(InputDocument document, LocalDate date, Profile profile) {
    StatementParser parser = StatementParser.standard();
    List<Objective> measured = new ArrayList<>();
    List<List<Set<ResolvedMeasurement.Field>>> read = new ArrayList<>();
    for (Objective o : document.set().objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      List<Set<ResolvedMeasurement.Field>> fields = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        ResolvedMeasurement resolved = parser.resolve(kr);
        keyResults.add(resolved.filled());
        fields.add(resolved.fromStatement());
      }
      measured.add(o.withKeyResults(keyResults));
      read.add(fields);
    }
    OkrSet set = OkrSet.of(measured);
    Scorer scorer = Scorer.of(profile);
    ProgressTracker tracker = ProgressTracker.of(scorer);
    Grader grader = Grader.defaults();

    List<ObjectiveGrade> objectives = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      Objective o = measured.get(i);
      List<KeyResultGrade> keyResults = new ArrayList<>();
      Optional<String> firstFailure = Optional.empty();
      for (int k = 0; k < o.keyResults().size(); k++) {
        KeyResult kr = o.keyResults().get(k);
        KeyResultGrade g = keyResult(kr, read.get(i).get(k), o, date, scorer, tracker, grader);
        if (g.error().isPresent() && firstFailure.isEmpty()) {
          firstFailure = Optional.of("key result " + kr.id() + " cannot be scored");
        }
        keyResults.add(g);
      }
      Optional<RollupScore> rollup = Optional.empty();
      Optional<Grade> grade = Optional.empty();
      Optional<String> error = firstFailure;
      Optional<Phase> phase = o.cycle().map(c -> Phase.of(c, date));
      boolean graded = phase.map(Phase::graded).orElse(true);
      Optional<Double> expected = Optional.empty();
      Optional<TrackStatus> status = Optional.empty();
      if (!graded) {
        Cycle cycle = o.cycle().orElseThrow();
        expected = Optional.of(cycle.elapsedFraction(date) * tracker.expectation(o.kind()));
      }
      if (error.isEmpty()) {
        try {
          RollupScore r = scorer.score(set, o.id(), date);
          rollup = Optional.of(r);
          if (r instanceof RollupScore.Scored scored && graded) {
            grade = Optional.of(grader.grade(o, scored.value()));
          } else if (r instanceof RollupScore.Scored scored) {
            status = tracker.status(scored.value(), o.kind(), o.cycle().orElseThrow(), date);
          }
        } catch (ScoringException e) {
          error = Optional.of(Errors.oneLine(e.getMessage()));
        }
      }
      objectives.add(new ObjectiveGrade(o, rollup, grade, error, keyResults, phase, expected, status));
    }

    Optional<Portfolio.Report> portfolio = Optional.empty();
    Optional<String> portfolioError = Optional.empty();
    long failures = objectives.stream().flatMap(o -> o.keyResults().stream()).filter(k -> k.error().isPresent()).count();
    if (failures > 0) {
      portfolioError = Optional.of("not computed: " + failures + " key result" + (failures == 1 ? "" : "s")
          + " cannot be scored (see above)");
    } else {
      Linter linter = Linter.withDefaults();
      try {
        portfolio = Optional.of(Portfolio.of(scorer)
            .withTaskLikeClassifier(kr -> linter.lintStatement(kr.statement()).active().stream()
                .anyMatch(f -> f.ruleId().equals(TASK_LIKE_RULE)))
            .analyse(set, date));
      } catch (ScoringException e) {
        portfolioError = Optional.of("not computed: " + Errors.oneLine(e.getMessage()));
      }
    }
    return new GradeReport(document.name(), date, profile, objectives, portfolio, portfolioError);
  }

  private static KeyResultGrade keyResult(KeyResult kr, Set<ResolvedMeasurement.Field> fromStatement, Objective o,
      LocalDate date, Scorer scorer, ProgressTracker tracker, Grader grader) {
    try {
      Optional<Progress> progress = Optional.empty();
      Score score;
      Optional<Cycle> cycle = o.cycle();
      if (cycle.isPresent()) {
        Progress p = tracker.track(kr, o.kind(), cycle.get(), date);
        progress = Optional.of(p);
        score = p.score();
      } else {
        score = scorer.score(kr, date);
      }
      // a final grade only once the cycle has ended (or when there is no cycle to be in progress)
      boolean graded = progress.map(p -> p.phase().graded()).orElse(true);
      Optional<Grade> grade = score instanceof Score.Scored scored && graded
          ? Optional.of(grader.grade(kr, scored.value(), o.kind()))
          : Optional.empty();
      return new KeyResultGrade(kr, fromStatement, progress, Optional.of(score), grade, Optional.empty());
    } catch (ScoringException e) {
      return new KeyResultGrade(kr, fromStatement, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(Errors.oneLine(e.getMessage())));
    }
  }
}
