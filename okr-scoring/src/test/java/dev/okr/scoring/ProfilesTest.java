package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.RejectedRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every profile's edge cases, each against the source its page in {@code docs/profiles/} cites:
 * a flat range (baseline equal to target), a regression past the baseline, an overshoot past the
 * target, and rounding; regression and overshoot both for an increase and for a decrease. Where no
 * source states a case, the profile keeps okr's default and the test says so.
 */
class ProfilesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /** The score of a key result with one check-in at {@code current}, under the profile. */
  private static Score.Scored score(Profile profile, Measurement measurement, double current) {
    KeyResult kr = KeyResult.builder().id("kr").statement("s").measurement(measurement)
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), current)).build();
    return Scores.scored(Scorer.of(profile).score(kr, DAY));
  }

  /**
   * A baseline equal to the target as the scorer meets it. The model refuses such an increase or
   * decrease, so it reaches the scorer as an observation, as a batch row does.
   */
  private static Score.Scored flat(Profile profile) {
    Observation flatFive = Observation.builder("kr", MeasurementType.INCREASE).baseline(5).target(5)
        .current(Observation.Reading.value(5)).build();
    return Scores.scored(Scorer.of(profile).score(flatFive));
  }

  /** A baseline equal to the target as the batch grader meets it: "score 0.5", "unscored" or "rejected: reason". */
  private static String flatRow(Profile profile) {
    Columns columns = Columns.of(List.of("objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight"));
    KeyResultRow row = KeyResultRow.of(2, columns, List.of("O1", "K1", "", "increase", "5", "5", "5", "1"));
    List<String> seen = new ArrayList<>();
    BatchGrader.builder().profile(profile).build().grade(Stream.of(row), new BatchSink() {
      @Override
      public void graded(GradedRow graded) {
        seen.add(graded.score() instanceof Score.Scored scored ? "score " + scored.value() : "unscored");
      }

      @Override
      public void rejected(RejectedRow rejected) {
        seen.add("rejected: " + rejected.reason());
      }
    });
    assertThat(seen).hasSize(1);
    return seen.get(0);
  }

  private static void rejectsFlatRange(Profile profile) {
    assertThatThrownBy(() -> flat(profile)).isInstanceOf(ScoringException.class).hasMessageContaining("flat-range=reject");
    assertThat(flatRow(profile)).startsWith("rejected: target 5 must differ from the baseline").contains("flat-range=reject");
  }

  /** A regression under okr's default: the attainment is kept, value and contribution are 0. */
  private static void regressionScoresZero(Profile profile) {
    Score.Scored up = score(profile, Measurement.increase(20, 100), 10);
    assertThat(up.attainment()).isEqualTo(-0.125);
    assertThat(up.value()).isZero();
    assertThat(up.contribution()).isZero();
    Score.Scored down = score(profile, Measurement.decrease(100, 60), 110);
    assertThat(down.attainment()).isEqualTo(-0.25);
    assertThat(down.value()).isZero();
    assertThat(down.contribution()).isZero();
  }

  /** An overshoot under okr's default: the attainment is kept, value and contribution stop at 1. */
  private static void overshootCapsAtOne(Profile profile) {
    Score.Scored up = score(profile, Measurement.increase(0, 100), 150);
    assertThat(up.attainment()).isEqualTo(1.5);
    assertThat(up.value()).isEqualTo(1.0);
    assertThat(up.contribution()).isEqualTo(1.0);
    Score.Scored down = score(profile, Measurement.decrease(100, 60), 50);
    assertThat(down.attainment()).isEqualTo(1.25);
    assertThat(down.value()).isEqualTo(1.0);
    assertThat(down.contribution()).isEqualTo(1.0);
  }

  /** No rounding, okr's default: two thirds keep every digit. */
  private static void doesNotRound(Profile profile) {
    assertThat(profile.scoring().rounding()).isEqualTo(Rounding.none());
    assertThat(score(profile, Measurement.increase(0, 3), 2).value()).isEqualTo(2.0 / 3);
    assertThat(score(profile, Measurement.decrease(3, 0), 1).value()).isEqualTo(2.0 / 3);
  }

  @Nested
  class Okr {
    // okr's own choices: okr-scoring/docs/README.md#policies

    @Test
    void flatRangeIsRejected() {
      rejectsFlatRange(Profiles.okr());
    }

    @Test
    void regressionScoresZero() {
      ProfilesTest.regressionScoresZero(Profiles.okr());
    }

    @Test
    void overshootCapsAtOne() {
      ProfilesTest.overshootCapsAtOne(Profiles.okr());
    }

    @Test
    void roundingIsNone() {
      doesNotRound(Profiles.okr());
    }
  }

  @Nested
  class Gitlab {
    // https://gitlab.com/gitlab-org/gitlab/-/blob/master/ee/app/models/work_items/progress.rb
    // (compute_progress, check_start_end_values_to_not_be_same) and its spec,
    // ee/spec/models/work_items/progress_spec.rb, whose (start, end, current) -> progress cases are used here

    @Test
    void flatRangeIsRejectedAsGitlabsValidationDoes() {
      // "Start value cannot be same as end value": the progress is not saved (compute_progress's
      // `return 0 if start_value === end_value` never reaches the database)
      rejectsFlatRange(Profiles.gitlab());
    }

    @Test
    void regressionIsZeroInEitherDirection() {
      // spec: (10, 30, 5) -> 0 and (30, 10, 40) -> 0
      assertThat(score(Profiles.gitlab(), Measurement.increase(10, 30), 5).value()).isZero();
      assertThat(score(Profiles.gitlab(), Measurement.increase(10, 30), 5).contribution()).isZero();
      assertThat(score(Profiles.gitlab(), Measurement.decrease(30, 10), 40).value()).isZero();
      assertThat(score(Profiles.gitlab(), Measurement.decrease(30, 10), 40).contribution()).isZero();
    }

    @Test
    void overshootIsCappedAt100InEitherDirection() {
      // spec: (10, 30, 40) -> 100 and (30, 10, 5) -> 100; between: (10, 30, 20), (30, 10, 20) and (-30, -10, -20) -> 50
      assertThat(score(Profiles.gitlab(), Measurement.increase(10, 30), 40).contribution()).isEqualTo(1.0);
      assertThat(score(Profiles.gitlab(), Measurement.decrease(30, 10), 5).contribution()).isEqualTo(1.0);
      assertThat(score(Profiles.gitlab(), Measurement.increase(10, 30), 20).value()).isEqualTo(0.5);
      assertThat(score(Profiles.gitlab(), Measurement.decrease(30, 10), 20).value()).isEqualTo(0.5);
      assertThat(score(Profiles.gitlab(), Measurement.increase(-30, -10), -20).value()).isEqualTo(0.5);
    }

    @Test
    void roundingIsToTheNearestWholePercent() {
      // (... * 100).round: 2/3 is 67 (the older .to_i gave 66); the spec's 29 and 94 stay 29 and 94
      assertThat(score(Profiles.gitlab(), Measurement.increase(0, 3), 2).value()).isEqualTo(0.67);
      assertThat(score(Profiles.gitlab(), Measurement.decrease(3, 0), 2).value()).isEqualTo(0.33);
      assertThat(score(Profiles.gitlab(), Measurement.increase(0, 100), 29).value()).isEqualTo(0.29);
      assertThat(score(Profiles.gitlab(), Measurement.increase(0, 100), 94).value()).isEqualTo(0.94);
      assertThat(score(Profiles.gitlab(), Measurement.increase(0, 8), 5.5).value()).isEqualTo(0.69);
    }
  }

  @Nested
  class Quantive {
    // https://help.quantive.com/en/articles/3849793-how-kr-progress-is-calculated-in-quantive

    @Test
    void flatRangeIsUnknownSoOkrsDefaultRejects() {
      // the page's formulas divide by (target - initial); what Quantive does when it is 0 is not stated
      rejectsFlatRange(Profiles.quantive());
    }

    @Test
    void regressionIsKeptNegative() {
      // "Should increase/decrease progress is not limited so it can be out of the 0% to 100% range"
      Score.Scored up = score(Profiles.quantive(), Measurement.increase(20, 100), 10);
      assertThat(up.contribution()).isEqualTo(-0.125);
      assertThat(up.value()).isZero();
      // "should decrease KR % = (initial-actual)/(initial-target)*100": (100 - 110) / (100 - 60)
      assertThat(score(Profiles.quantive(), Measurement.decrease(100, 60), 110).contribution()).isEqualTo(-0.25);
    }

    @Test
    void overshootIsKept() {
      // "KR Update 3 = 50 bugs equals to 125% KR progress" (from 100 to 60 bugs)
      Score.Scored down = score(Profiles.quantive(), Measurement.decrease(100, 60), 50);
      assertThat(down.contribution()).isEqualTo(1.25);
      assertThat(down.value()).isEqualTo(1.0);
      assertThat(score(Profiles.quantive(), Measurement.increase(0, 100), 150).contribution()).isEqualTo(1.5);
    }

    @Test
    void roundingIsUnknownSoOkrsDefaultDoesNotRound() {
      doesNotRound(Profiles.quantive());
    }
  }

  @Nested
  class OkrTracker {
    // https://github.com/oslokommune/okr-tracker/blob/main/functions/progress/handleKeyResultProgress.js:
    // scaleLinear().domain([startValue, targetValue]).clamp(true) with d3-scale ^3.2.3 (functions/package.json)

    @Test
    void flatRangeIsHalfAsD3MapsAnEmptyDomain() {
      // https://github.com/d3/d3-scale/blob/main/src/continuous.js: normalize(a, b) is constant(0.5) when b - a is 0
      assertThat(flat(Profiles.okrTracker()).value()).isEqualTo(0.5);
      assertThat(flatRow(Profiles.okrTracker())).isEqualTo("score 0.5");
    }

    @Test
    void regressionIsClampedToZero() {
      regressionScoresZero(Profiles.okrTracker());
    }

    @Test
    void overshootIsClampedToOne() {
      overshootCapsAtOne(Profiles.okrTracker());
    }

    @Test
    void progressionIsStoredUnrounded() {
      // the stored progression rolls up unrounded; the UI shows it with format('.0%'), whole percent,
      // as okr shows a profile that does not round (two places of the [0, 1] scale)
      doesNotRound(Profiles.okrTracker());
    }
  }

  @Nested
  class PuzzleOkr {
    // https://github.com/puzzle/okr/blob/main/frontend/src/app/shared/common.ts (isInValid, calculateCurrentPercentage)

    @Test
    void flatRangeIsZeroAsTheEvaluationViewCoalesces() {
      // backend/src/main/resources/db/migration/V3_6_0__add_evaluation_view.sql:
      // COALESCE(((value_metric - baseline) / NULLIF(stretch_goal - baseline, 0)), 0)
      assertThat(flat(Profiles.puzzleOkr()).value()).isZero();
      assertThat(flatRow(Profiles.puzzleOkr())).isEqualTo("score 0.0");
    }

    @Test
    void regressionIsZeroInEitherDirection() {
      // isInValid: value < baseline < stretchGoal, or value > baseline > stretchGoal, gives 0
      regressionScoresZero(Profiles.puzzleOkr());
    }

    @Test
    void overshootIsKeptInEitherDirection() {
      // abs(value - baseline) / abs(stretchGoal - baseline) * 100, not capped: 100 and above is the stretch zone
      Score.Scored up = score(Profiles.puzzleOkr(), Measurement.increase(0, 100), 150);
      assertThat(up.value()).isEqualTo(1.0);
      assertThat(up.contribution()).isEqualTo(1.5);
      assertThat(score(Profiles.puzzleOkr(), Measurement.decrease(100, 60), 50).contribution()).isEqualTo(1.25);
    }

    @Test
    void percentageIsNotRounded() {
      // the scoring component compares the unrounded percentage with 30, 70 and 100 and shows no number
      doesNotRound(Profiles.puzzleOkr());
    }
  }

  @Nested
  class Perdoo {
    // https://support.perdoo.com/en/articles/4898961-understand-how-progress-is-calculated-for-okrs
    // https://support.perdoo.com/en/articles/3130225-is-key-result-progress-above-100-counted-in-objective-success

    @Test
    void flatRangeIsUnknownSoOkrsDefaultRejects() {
      rejectsFlatRange(Profiles.perdoo());
    }

    @Test
    void regressionCountsZero() {
      // "Any negative values will be treated as 0% in this weighting process"; the direction is not
      // stated, so a decrease is the mirror image, okr's default
      regressionScoresZero(Profiles.perdoo());
    }

    @Test
    void overshootIsCappedAt100() {
      // "it's important that the impact of a Key Result's progress be capped at 100%": 0% and 200% give 50%
      Score.Scored twice = score(Profiles.perdoo(), Measurement.increase(0, 100), 200);
      assertThat(twice.attainment()).isEqualTo(2.0);
      assertThat(twice.contribution()).isEqualTo(1.0);
      overshootCapsAtOne(Profiles.perdoo());
    }

    @Test
    void roundingIsUnknownSoOkrsDefaultDoesNotRound() {
      // the pages show 33% for one key result in three at 100%; whether that is rounded or truncated is not stated
      doesNotRound(Profiles.perdoo());
    }
  }

  @Nested
  class ProfitCo {
    // https://www.profit.co/answers/kpis/how-does-the-two-progress-calculations-for-the-control-kpi-key-result-work-in-profit-co/

    @Test
    void flatRangeIsUnknownSoOkrsDefaultRejects() {
      rejectsFlatRange(Profiles.profitCo());
    }

    @Test
    void regressionIsUnknownSoOkrsDefaultScoresZero() {
      regressionScoresZero(Profiles.profitCo());
    }

    @Test
    void overshootIsUnknownSoOkrsDefaultCaps() {
      overshootCapsAtOne(Profiles.profitCo());
    }

    @Test
    void roundingIsToTheNearestWholePercent() {
      // the control KPI table: 1/13 = 8, 2/13 = 15, 3/13 = 23, 4/13 = 31, 7/13 = 54, 9/13 = 69
      Profile p = Profiles.profitCo();
      assertThat(score(p, Measurement.increase(0, 13), 1).value()).isEqualTo(0.08);
      assertThat(score(p, Measurement.increase(0, 13), 2).value()).isEqualTo(0.15);
      assertThat(score(p, Measurement.increase(0, 13), 3).value()).isEqualTo(0.23);
      assertThat(score(p, Measurement.increase(0, 13), 4).value()).isEqualTo(0.31);
      assertThat(score(p, Measurement.decrease(13, 0), 6).value()).isEqualTo(0.54);
      assertThat(score(p, Measurement.increase(0, 13), 9).value()).isEqualTo(0.69);
    }
  }

  @Nested
  class Tability {
    // https://guides.tability.io/docs/become-a-tability-power-user/features/outcomes-key-results/outcome-types
    // names the outcome types (From X to Y with "Starting at" and "Target", Stay above X, Stay below X) but
    // not how their progress is computed: every case below is okr's default

    @Test
    void flatRangeIsUnknownSoOkrsDefaultRejects() {
      rejectsFlatRange(Profiles.tability());
    }

    @Test
    void regressionIsUnknownSoOkrsDefaultScoresZero() {
      regressionScoresZero(Profiles.tability());
    }

    @Test
    void overshootIsUnknownSoOkrsDefaultCaps() {
      overshootCapsAtOne(Profiles.tability());
    }

    @Test
    void roundingIsUnknownSoOkrsDefaultDoesNotRound() {
      doesNotRound(Profiles.tability());
    }
  }

  @Nested
  class VivaGoals {
    // https://learn.microsoft.com/en-us/viva/goals/viva-goals-healthy-okr-program/kr-types names the key
    // result types (Reach, Increase from, Decrease from, Stay below, Stay above, baseline) but not how their
    // progress is computed: every case below is okr's default

    @Test
    void flatRangeIsUnknownSoOkrsDefaultRejects() {
      rejectsFlatRange(Profiles.vivaGoals());
    }

    @Test
    void regressionIsUnknownSoOkrsDefaultScoresZero() {
      regressionScoresZero(Profiles.vivaGoals());
    }

    @Test
    void overshootIsUnknownSoOkrsDefaultCaps() {
      overshootCapsAtOne(Profiles.vivaGoals());
    }

    @Test
    void roundingIsUnknownSoOkrsDefaultDoesNotRound() {
      doesNotRound(Profiles.vivaGoals());
    }
  }

  @Test
  void everyProfileIsRegisteredByNameAndHasAPage() throws IOException {
    assertThat(Profiles.all()).containsOnlyKeys(
        "okr", "gitlab", "quantive", "okr-tracker", "puzzle-okr", "perdoo", "profit-co", "tability", "viva-goals");
    assertThat(Profiles.named("tability")).isSameAs(Profiles.tability());
    assertThat(Profiles.named("viva-goals")).isSameAs(Profiles.vivaGoals());
    for (String name : Profiles.all().keySet()) {
      Path page = Path.of("docs", "profiles", name + ".md");
      assertThat(page).as("the page of profile %s", name).exists();
      assertThat(edgeCaseRows(Files.readAllLines(page)))
          .as("the edge cases on %s", page)
          .extracting(row -> row.get(0))
          .containsExactly("flat range (baseline = target)", "regression (past the baseline)",
              "overshoot (past the target)", "rounding", "decreasing metrics");
    }
  }

  @Test
  void everyEdgeCaseOnAPageHasItsSourceOrSaysOkrsDefault() throws IOException {
    for (String name : Profiles.all().keySet()) {
      Path page = Path.of("docs", "profiles", name + ".md");
      for (List<String> row : edgeCaseRows(Files.readAllLines(page))) {
        assertThat(row).as("%s: %s", page, row.get(0)).hasSize(3);
        String source = row.get(2);
        assertThat(source.isBlank()).as("%s: %s has a source", page, row.get(0)).isFalse();
        if (source.contains("unknown")) {
          assertThat(source).as("%s: %s", page, row.get(0)).contains("unknown: okr's default");
        }
      }
    }
  }

  /** The rows of the table under the page's "## Edge cases" heading, each as its cells. */
  private static List<List<String>> edgeCaseRows(List<String> lines) {
    List<List<String>> rows = new ArrayList<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Edge cases");
        continue;
      }
      if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| case ")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }
}
