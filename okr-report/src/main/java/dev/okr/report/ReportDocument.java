package dev.okr.report;

import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.lint.Finding;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Phase;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.TrackStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * One graded document as the report shows it. The numbers are the ones the grading shows (already
 * rounded as its profile rounds them), so that the page and {@code okr grade --format json} agree;
 * the report draws them and does not score anything itself.
 *
 * @param name the document's name, as the user gave it
 * @param date the date graded at
 * @param profile the scoring profile's name
 * @param objectives one entry per objective, in document order
 * @param portfolio the portfolio figures, when they could be computed
 * @param portfolioNote why they could not be, when they could not
 * @param findings the lint findings of the document (active, suppressed and baselined)
 */
public record ReportDocument(String name, LocalDate date, String profile, List<ObjectiveEntry> objectives,
    Optional<Portfolio.Report> portfolio, Optional<String> portfolioNote, List<Finding> findings) {

  /** Copies the lists. */
  public ReportDocument {
    objectives = List.copyOf(objectives);
    findings = List.copyOf(findings);
  }

  /**
   * An objective's results.
   *
   * @param objective the objective
   * @param phase the phase of its cycle at the date, when it has a cycle
   * @param score its rolled-up score, as shown
   * @param grade its final grade, once graded
   * @param status its status against the pace, while its cycle is in progress
   * @param colour the colour shown: the grade's, else the status's
   * @param expected the score expected by now, as shown, while its cycle is in progress
   * @param note why it has no score, when it has none
   * @param keyResults its key results' results, in order
   */
  public record ObjectiveEntry(Objective objective, Optional<Phase> phase, OptionalDouble score, Optional<Grade> grade,
      Optional<TrackStatus> status, Optional<Colour> colour, OptionalDouble expected, Optional<String> note,
      List<KeyResultEntry> keyResults) {

    /** Copies the list. */
    public ObjectiveEntry {
      keyResults = List.copyOf(keyResults);
    }
  }

  /**
   * A key result's results.
   *
   * @param keyResult the key result, with the measurement it was scored by
   * @param phase the phase of its objective's cycle at the date
   * @param score its score, as shown
   * @param attainment its attainment (unrounded, as the grading reports it)
   * @param grade its final grade, once graded
   * @param status its status against the pace, while the cycle is in progress
   * @param colour the colour shown: the grade's, else the status's
   * @param expected the score expected by now, as shown, while the cycle is in progress
   * @param forecast the forecast's line, while the cycle is in progress and two check-ins allow one
   * @param forecastScore the forecast end score, as shown
   * @param chance the chance of reaching the expectation, as shown
   * @param expectation the end score the objective's kind expects (1.0 committed, 0.7 aspirational)
   * @param note why it is unscored or cannot be scored, when it is
   * @param history its attainment at each check-in day up to the date, for the history chart
   */
  public record KeyResultEntry(KeyResult keyResult, Optional<Phase> phase, OptionalDouble score, OptionalDouble attainment,
      Optional<Grade> grade, Optional<TrackStatus> status, Optional<Colour> colour, OptionalDouble expected,
      Optional<Forecast> forecast, OptionalDouble forecastScore, OptionalDouble chance, OptionalDouble expectation,
      Optional<String> note, List<Point> history) {

    /** Copies the list. */
    public KeyResultEntry {
      history = List.copyOf(history);
    }
  }

  /**
   * A key result's attainment on a check-in day.
   *
   * @param date the day
   * @param elapsed the elapsed fraction of the cycle on that day, in [0, 1]
   * @param attainment the attainment scored as of that day (1 = target reached; may leave [0, 1])
   */
  public record Point(LocalDate date, double elapsed, double attainment) {

    /**
     * The attainment of {@code keyResult} at each of its check-in days on or before {@code date},
     * scored by {@code scorer} as of that day in {@code cycle}: the points its forecast is fitted to.
     * Days on which it cannot be scored yet are left out.
     */
    public static List<Point> history(Scorer scorer, KeyResult keyResult, Cycle cycle, LocalDate date) {
      TreeSet<LocalDate> days = new TreeSet<>();
      keyResult.checkIns().forEach(c -> {
        if (!c.date().isAfter(date)) {
          days.add(c.date());
        }
      });
      List<Point> points = new ArrayList<>();
      for (LocalDate day : days) {
        if (scorer.score(keyResult, day, Optional.of(cycle)) instanceof Score.Scored scored) {
          points.add(new Point(day, cycle.elapsedFraction(day), scored.attainment()));
        }
      }
      return points;
    }
  }
}
