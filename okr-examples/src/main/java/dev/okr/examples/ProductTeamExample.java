package dev.okr.examples;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.statement.ResolvedMeasurement;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Progress;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.RollupScore;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Example 1, for developers embedding OKR logic in their own app: a product team's quarter.
 *
 * <p>The team types its key results as sentences (taken from seed 001, a guide to product OKRs);
 * the app fills each measurement from its statement with {@link ResolvedMeasurement}. Every
 * Monday the app records a check-in per key result (values from a small table standing in for the
 * team's dashboards). At week 7 it shows progress, status and forecast; at the end of the
 * quarter, the grades. Everything is immutable: recording a check-in makes a new set.
 */
public final class ProductTeamExample {
  /** The quarter planned. */
  static final Cycle QUARTER = Cycle.parse("2026-Q3");

  /** The Mondays of the quarter: 13 weekly check-ins. */
  static final int WEEKS = 13;

  /** The week of the mid-cycle review (weeks 6-7 of a 13-week quarter). */
  static final int MID_CYCLE_WEEK = 7;

  /**
   * Where each key result really goes, as the share of its range covered by the end of the
   * quarter, and how fast: a value of 1.0 at week 13 reaches the target exactly.
   */
  private static final Map<String, double[]> SHARE_BY_WEEK = Map.of(
      "activation-time", ramp(1.0, 0.0),
      "activation-completion", ramp(0.85, 0.0),
      "activation-tickets", ramp(0.55, 0.3),
      "retention-wau", ramp(0.7, 0.0),
      "retention-30-day", ramp(0.35, 0.5),
      "retention-nps", ramp(1.0, -0.3));

  private ProductTeamExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    OkrSet okrs = plan();
    out.println("Planned " + okrs.objectives().size() + " objectives for " + QUARTER + "; measurements read from the statements:");
    for (Objective o : okrs.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        out.println("  " + kr.id() + ": " + describe(kr.measurement().orElseThrow()) + "  <- \"" + kr.statement() + "\"");
      }
    }
    Scorer scorer = Scorer.defaults();
    ProgressTracker tracker = ProgressTracker.of(scorer);
    for (int week = 1; week <= WEEKS; week++) {
      LocalDate monday = QUARTER.start().plusDays(5 + 7L * (week - 1)); // 2026-07-06 is the first Monday
      okrs = recordWeek(okrs, week, monday);
      if (week == MID_CYCLE_WEEK) {
        midCycle(okrs, tracker, monday, out);
      }
    }
    grades(okrs, scorer, QUARTER.end(), out);
  }

  /** The team's objectives, its key results typed as sentences and measured from them. */
  static OkrSet plan() {
    Objective activation = Objective.builder()
        .id("activation")
        .title("Help new users reach their first value moment faster")
        .kind(ObjectiveKind.ASPIRATIONAL)
        .owner(Owner.team("Onboarding"))
        .cycle(QUARTER)
        .addKeyResult(typed("activation-time", "Reduce median time-to-first-key-action from 14 days to 7 days"))
        .addKeyResult(typed("activation-completion", "Increase onboarding completion rate from 38% to 65%"))
        .addKeyResult(typed("activation-tickets", "Reduce support tickets related to getting-started issues by 40%"))
        .build();
    Objective retention = Objective.builder()
        .id("retention")
        .title("Build a product experience that keeps users coming back")
        .kind(ObjectiveKind.COMMITTED)
        .owner(Owner.team("Engagement"))
        .cycle(QUARTER)
        .addKeyResult(typed("retention-wau", "Increase weekly active users (WAU) from 10,000 to 15,000"))
        .addKeyResult(typed("retention-30-day", "Raise 30-day retention rate from 45% to 60%"))
        .addKeyResult(typed("retention-nps", "Achieve a Net Promoter Score (NPS) of 50 or above, up from 32"))
        .build();
    return OkrSet.of(List.of(activation, retention));
  }

  /** A key result as a user types it, with the measurement its statement describes. */
  private static KeyResult typed(String id, String statement) {
    return ResolvedMeasurement.of(KeyResult.of(id, statement)).filled();
  }

  /** The set with one more check-in on every key result. */
  static OkrSet recordWeek(OkrSet okrs, int week, LocalDate date) {
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : okrs.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        Measurement m = kr.measurement().orElseThrow();
        double share = SHARE_BY_WEEK.get(kr.id())[week];
        double value = round(m.baseline().getAsDouble() + share * (m.target().getAsDouble() - m.baseline().getAsDouble()), 1);
        List<CheckIn> checkIns = new ArrayList<>(kr.checkIns());
        checkIns.add(CheckIn.value(date, value));
        keyResults.add(kr.withCheckIns(checkIns));
      }
      objectives.add(o.withKeyResults(keyResults));
    }
    return OkrSet.of(objectives);
  }

  private static void midCycle(OkrSet okrs, ProgressTracker tracker, LocalDate date, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "Mid-cycle review, %s (week %d of %d, %.0f%% of the quarter elapsed)%n",
        date, MID_CYCLE_WEEK, WEEKS, 100 * QUARTER.elapsedFraction(date));
    for (Objective o : okrs.objectives()) {
      out.println("  " + o.id() + " (" + o.kind().orElseThrow().id() + ")");
      for (Progress p : tracker.track(o, date)) {
        String forecast = p.forecast().map(f -> "forecast " + fixed(f.endScore())
            + f.chance().stream().mapToObj(c -> String.format(Locale.ROOT, " (chance %.0f%%)", 100 * c)).findFirst().orElse(""))
            .orElse("no forecast");
        out.printf(Locale.ROOT, "    %-22s score %s  expected %s  %-9s  %s%n", p.score().keyResultId(),
            p.score().valueIfScored().stream().mapToObj(ProductTeamExample::fixed).findFirst().orElse("unscored"),
            fixed(p.expected()), p.status().map(s -> s.id()).orElse("-"), forecast);
      }
    }
  }

  private static void grades(OkrSet okrs, Scorer scorer, LocalDate date, PrintStream out) {
    Grader grader = Grader.defaults();
    out.println();
    out.println("Final grades, " + date);
    for (Objective o : okrs.objectives()) {
      RollupScore rollup = scorer.score(o, date);
      if (rollup instanceof RollupScore.Scored scored) {
        Grade grade = grader.grade(o, scored.value());
        out.println("  " + o.id() + " (" + o.kind().orElseThrow().id() + "): " + fixed(scored.value()) + " "
            + grade.verdict().id() + " " + grade.colour().id() + (grade.needsExplanation() ? ", needs an explanation" : ""));
      } else {
        out.println("  " + o.id() + " (" + o.kind().orElseThrow().id() + "): unscored ("
            + ((RollupScore.Unscored) rollup).reason() + ")");
      }
      for (KeyResult kr : o.keyResults()) {
        if (!(scorer.score(kr, date) instanceof Score.Scored scored)) {
          out.printf(Locale.ROOT, "    %-22s unscored%n", kr.id());
          continue;
        }
        Grade g = grader.grade(kr, scored.value(), o.kind());
        out.printf(Locale.ROOT, "    %-22s %s %s %s%n", kr.id(), fixed(scored.value()), g.verdict().id(), g.colour().id());
      }
    }
  }

  private static String describe(Measurement m) {
    return m.type().id() + " from " + num(m.baseline().getAsDouble()) + " to " + num(m.target().getAsDouble())
        + m.unit().map(u -> " " + u).orElse("");
  }

  /**
   * A ramp over weeks 0..13 that ends at {@code end}; {@code bend} above 0 rises early and
   * flattens, below 0 starts slow; a small fixed wobble stands in for week-to-week noise.
   */
  private static double[] ramp(double end, double bend) {
    double[] share = new double[WEEKS + 1];
    for (int w = 0; w <= WEEKS; w++) {
      double t = (double) w / WEEKS;
      double wobble = w == 0 || w == WEEKS ? 0 : 0.03 * Math.sin(2.3 * w);
      share[w] = end * (t + bend * t * (1 - t)) + wobble;
    }
    return share;
  }

  private static double round(double value, int places) {
    return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String num(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
