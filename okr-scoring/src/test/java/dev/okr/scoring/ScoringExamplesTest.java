package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples: the tools' published cases, the seeds' key results, and every policy's edge. */
class ScoringExamplesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
  private static final Scorer OKR = Scorer.defaults();

  private static KeyResult kr(Measurement measurement, double... values) {
    KeyResult.Builder b = KeyResult.builder().id("kr-1").statement("statement").measurement(measurement);
    for (int i = 0; i < values.length; i++) {
      b.addCheckIns(CheckIn.value(LocalDate.of(2026, 1, 5).plusWeeks(i), values[i]));
    }
    return b.build();
  }

  @Test
  void quantiveDecreaseExampleFrom100To60() {
    // help.quantive.com "How KR progress is calculated": from 100 to 60 bugs, 80 = 50%, 70 = 75%, 50 = 125%
    Measurement bugs = Measurement.decrease(100, 60);
    assertThat(scored(OKR.score(kr(bugs, 80), DAY)).attainment()).isEqualTo(0.5);
    assertThat(scored(OKR.score(kr(bugs, 70), DAY)).attainment()).isEqualTo(0.75);
    Score.Scored fifty = scored(OKR.score(kr(bugs, 50), DAY));
    assertThat(fifty.attainment()).isEqualTo(1.25);
    assertThat(fifty.value()).isEqualTo(1.0);
    assertThat(fifty.contribution()).isEqualTo(1.0);
    Score.Scored kept = scored(Scorer.of(Profiles.quantive()).score(kr(bugs, 50), DAY));
    assertThat(kept.value()).isEqualTo(1.0);
    assertThat(kept.contribution()).isEqualTo(1.25);
  }

  @Test
  void quantiveStayBelowIsStrict() {
    // bounce rate below 25%: 27% -> 0%, 24% -> 100%, and the target itself is not inclusive
    Measurement bounce = Measurement.builder().type(MeasurementType.AT_MOST).baseline(30).target(25).build();
    Scorer quantive = Scorer.of(Profiles.quantive());
    assertThat(scored(quantive.score(kr(bounce, 27), DAY)).value()).isEqualTo(0.0);
    assertThat(scored(quantive.score(kr(bounce, 24), DAY)).value()).isEqualTo(1.0);
    assertThat(scored(quantive.score(kr(bounce, 25), DAY)).value()).isEqualTo(0.0);
  }

  @Test
  void seedKeyResultsScoreLinearly() {
    // "Increase NPS from 42 to 60" at 51; "Reduce churn rate from 5% to 3%" at 3.5%; "Lowering CAC from $50 to $35" at $41
    assertThat(scored(OKR.score(kr(Measurement.increase(42, 60), 51), DAY)).value()).isEqualTo(0.5);
    assertThat(scored(OKR.score(kr(Measurement.decrease(5, 3), 3.5), DAY)).value()).isCloseTo(0.75, within(1e-12));
    assertThat(scored(OKR.score(kr(Measurement.decrease(50, 35), 41), DAY)).value()).isCloseTo(0.6, within(1e-12));
    // "Reduce MTTR for P1 issues from 48 hours to 8 hours", worse than the baseline at 60 hours
    Score.Scored worse = scored(OKR.score(kr(Measurement.decrease(48, 8), 60), DAY));
    assertThat(worse.attainment()).isEqualTo(-0.3);
    assertThat(worse.value()).isEqualTo(0.0);
    assertThat(scored(Scorer.of(Profiles.quantive()).score(kr(Measurement.decrease(48, 8), 60), DAY)).contribution()).isEqualTo(-0.3);
  }

  @Test
  void theExplanationShowsStrategyPolicyInputsAndFormula() {
    Score.Scored score = scored(OKR.score(kr(Measurement.decrease(100, 60), 50), DAY));
    Explanation explanation = score.explanation();
    assertThat(explanation.strategy()).isEqualTo("linear");
    assertThat(explanation.policy()).containsEntry("overshoot", "cap").containsEntry("below-baseline", "zero")
        .containsEntry("no-check-ins", "no-score").containsEntry("rounding", "none");
    assertThat(explanation.inputs()).containsEntry("baseline", "100").containsEntry("target", "60")
        .containsEntry("current", "50").containsEntry("check-in", "2026-01-05");
    assertThat(explanation.formula())
        .isEqualTo("attainment = (current - baseline) / (target - baseline) = (50 - 100) / (60 - 100) = 1.25;"
            + " contribution = 1 (overshoot=cap); score = 1");
    assertThat(explanation.render()).contains("strategy: linear", "inputs: baseline=100, target=60");
  }

  @Test
  void theCheckInThatCountsIsTheLatestOnOrBeforeTheDate() {
    KeyResult kr = KeyResult.builder().id("kr-1").statement("s").measurement(Measurement.increase(0, 10))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 2, 1), 4))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), 6))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), 7))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 1, 1), 1))
        .build();
    assertThat(scored(OKR.score(kr, LocalDate.of(2026, 2, 15))).value()).isEqualTo(0.4);
    // of two check-ins on the same day, the last given counts
    assertThat(scored(OKR.score(kr, LocalDate.of(2026, 3, 1))).value()).isEqualTo(0.7);
    Score before = OKR.score(kr, LocalDate.of(2025, 12, 1));
    assertThat(before).isInstanceOf(Score.Unscored.class);
    assertThat(before.explanation().formula()).isEqualTo("no check-in on or before 2025-12-01");
    assertThat(((Score.Unscored) before).reason()).isEqualTo("no check-in on or before 2025-12-01");
    ScoringPolicy overall = ScoringPolicy.builder().checkInSelection(ScoringPolicy.CheckInSelection.LATEST_OVERALL).build();
    assertThat(scored(Scores.score(new LinearStrategy(), kr, LocalDate.of(2025, 12, 1), overall)).value()).isEqualTo(0.7);
  }

  @Test
  void noCheckInsIsUnscoredOrZeroByPolicy() {
    KeyResult none = KeyResult.builder().id("kr-1").statement("s").measurement(Measurement.increase(0, 10)).build();
    assertThat(OKR.score(none, DAY)).isInstanceOf(Score.Unscored.class);
    Score.Scored zero = scored(Scores.score(new LinearStrategy(), none, DAY, ScoringPolicy.builder().noCheckIns(ScoringPolicy.NoCheckIns.ZERO).build()));
    assertThat(zero.value()).isEqualTo(0.0);
    assertThat(zero.explanation().formula()).contains("no-check-ins=zero");
  }

  @Test
  void missingNumbersAreTypedErrorsNamingTheField() {
    KeyResult noBaseline = KeyResult.builder().id("kr-1").statement("s")
        .measurement(Measurement.builder().type(MeasurementType.INCREASE).target(10).build())
        .addCheckIns(CheckIn.value(DAY, 5)).build();
    assertThatThrownBy(() -> OKR.score(noBaseline, DAY))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.path()).isEqualTo("measurement.baseline");
          assertThat(e.value()).isNull();
          assertThat(e.getMessage()).isEqualTo("measurement.baseline: the linear strategy needs a baseline (was missing)");
        });
    KeyResult statementOnly = KeyResult.of("kr-2", "Improve onboarding experience");
    assertThatThrownBy(() -> OKR.score(statementOnly, DAY))
        .isInstanceOf(ScoringException.class).hasMessageContaining("measurement").hasMessageContaining("statement alone");
  }

  @Test
  void flatRangePolicies() {
    // the model rejects a flat increase, so a flat range reaches the pipeline as an observation (a batch row)
    Observation flatFive = Observation.builder("kr", MeasurementType.INCREASE).baseline(5).target(5)
        .current(Observation.Reading.value(7)).build();
    assertThatThrownBy(() -> OKR.score(flatFive))
        .isInstanceOf(ScoringException.class).hasMessage(
            "measurement.target: must differ from the baseline for linear scoring (flat-range=reject) (was 5)");
    for (ScoringPolicy.FlatRange flat : ScoringPolicy.FlatRange.values()) {
      Scorer scorer = Scorer.of(Profiles.okr().withScoring(ScoringPolicy.builder().flatRange(flat).build()));
      switch (flat) {
        case REJECT -> assertThatThrownBy(() -> scorer.score(flatFive)).isInstanceOf(ScoringException.class);
        case NO_SCORE -> assertThat(((Score.Unscored) scorer.score(flatFive)).reason())
            .isEqualTo("the baseline equals the target 5; flat-range=no-score leaves it unscored");
        case ZERO -> assertThat(scored(scorer.score(flatFive)).value()).isEqualTo(0.0);
        case ONE -> assertThat(scored(scorer.score(flatFive)).value()).isEqualTo(1.0);
        case HALF -> assertThat(scored(scorer.score(flatFive)).explanation().formula())
            .isEqualTo("the baseline equals the target 5; flat-range=half scores it 0.5");
      }
    }
  }

  @Test
  void roundingModes() {
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(0.285)).isEqualTo(0.29);
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(0.284)).isEqualTo(0.28);
    assertThat(Rounding.of(2, Rounding.Mode.TRUNCATE).apply(0.129)).isEqualTo(0.12);
    assertThat(Rounding.of(2, Rounding.Mode.TRUNCATE).apply(-0.129)).isEqualTo(-0.12);
    assertThat(Rounding.of(2, Rounding.Mode.FLOOR).apply(-0.121)).isEqualTo(-0.13);
    assertThat(Rounding.of(2, Rounding.Mode.TRUNCATE).apply((0.7 + 0.7 + 0.7) / 3)).isEqualTo(0.7);
    assertThat(Rounding.none().apply(1.0 / 3)).isEqualTo(1.0 / 3);
    assertThat(Rounding.of(0, Rounding.Mode.HALF_UP)).hasToString("0 places, half-up");
    assertThatThrownBy(() -> Rounding.of(16, Rounding.Mode.FLOOR)).isInstanceOf(IllegalArgumentException.class);
    // a key result rounded by the GitLab profile: 2/3 rounds to 0.67
    assertThat(scored(Scorer.of(Profiles.gitlab()).score(kr(Measurement.increase(0, 3), 2), DAY)).value()).isEqualTo(0.67);
  }

  @Test
  void stretchScoring() {
    Measurement m = Measurement.builder().type(MeasurementType.INCREASE).baseline(0).target(100).stretch(150).build();
    Score.Scored atTarget = scored(OKR.score(kr(m, 100), DAY));
    assertThat(atTarget.strategy()).isEqualTo("stretch");
    assertThat(atTarget.value()).isCloseTo(0.7, within(1e-12));
    assertThat(atTarget.zone()).contains(StretchZone.TARGET);
    assertThat(scored(OKR.score(kr(m, 50), DAY)).value()).isCloseTo(0.35, within(1e-12));
    assertThat(scored(OKR.score(kr(m, 50), DAY)).zone()).contains(StretchZone.COMMIT);
    assertThat(scored(OKR.score(kr(m, 125), DAY)).value()).isCloseTo(0.85, within(1e-12));
    assertThat(scored(OKR.score(kr(m, 150), DAY)).zone()).contains(StretchZone.STRETCH);
    assertThat(scored(OKR.score(kr(m, 10), DAY)).zone()).contains(StretchZone.FAIL);
    // puzzle's okr: linear to the stretch goal, zones at 30% and 70% (upper bounds inclusive)
    Scorer puzzle = Scorer.of(Profiles.puzzleOkr());
    assertThat(scored(puzzle.score(kr(m, 45), DAY)).value()).isEqualTo(0.3);
    assertThat(scored(puzzle.score(kr(m, 45), DAY)).zone()).contains(StretchZone.FAIL);
    assertThat(scored(puzzle.score(kr(m, 105), DAY)).zone()).contains(StretchZone.COMMIT);
    assertThat(scored(puzzle.score(kr(m, 120), DAY)).zone()).contains(StretchZone.TARGET);
    assertThat(scored(puzzle.score(kr(m, 180), DAY)).attainment()).isEqualTo(1.2);
    assertThat(scored(puzzle.score(kr(m, 180), DAY)).zone()).contains(StretchZone.STRETCH);
    // the stretch ignored: plain linear to the target
    assertThat(Scorer.of(Profiles.quantive()).score(kr(m, 100), DAY).strategy()).isEqualTo("linear");
  }

  @Test
  void binaryAndMilestones() {
    Measurement binary = Measurement.builder().type(MeasurementType.BINARY).build();
    KeyResult zeroDefects = KeyResult.builder().id("kr-1")
        .statement("Achieve zero critical defects released to production for two consecutive sprints")
        .measurement(binary).addCheckIns(CheckIn.achieved(LocalDate.of(2026, 2, 1), false))
        .addCheckIns(CheckIn.achieved(LocalDate.of(2026, 3, 1), true)).build();
    assertThat(scored(OKR.score(zeroDefects, LocalDate.of(2026, 2, 15))).value()).isEqualTo(0.0);
    assertThat(scored(OKR.score(zeroDefects, DAY)).value()).isEqualTo(1.0);

    Measurement milestones = Measurement.builder().type(MeasurementType.MILESTONES)
        .addMilestones(Milestone.of("design"), Milestone.of("pilot", 2), Milestone.of("rollout", 3)).build();
    KeyResult rollout = KeyResult.builder().id("kr-2").statement("s").measurement(milestones)
        .addCheckIns(CheckIn.milestonesDone(DAY, List.of("design", "pilot"))).build();
    Score.Scored score = scored(OKR.score(rollout, DAY));
    assertThat(score.value()).isEqualTo(0.5);
    assertThat(score.explanation().inputs()).containsEntry("done", "2").containsEntry("weight-total", "6");
  }

  @Test
  void maintainShareOfPlannedPeriodsReproducesProfitCo() {
    // profit.co "two progress calculations for the control KPI": engagement between 4 and 5, weekly
    // check-ins in a 13-week quarter; 9 of 13 successful at the end = 69%. Here: at least 4, the
    // values of the weeks, week 6 without a check-in.
    Cycle quarter = Cycle.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 2));
    double[] weekly = {4.8, 4.2, 4.5, 3.5, 4.25, Double.NaN, 4.5, 2, 3, 4.5, 4.6, 5, 4.5};
    KeyResult.Builder b = KeyResult.builder().id("kr-1").statement("Maintain customer engagement score of at least 4")
        .measurement(Measurement.builder().type(MeasurementType.AT_LEAST).target(4).build());
    for (int week = 0; week < weekly.length; week++) {
      if (!Double.isNaN(weekly[week])) {
        b.addCheckIns(CheckIn.value(quarter.start().plusWeeks(week), weekly[week]));
      }
    }
    KeyResult kr = b.build();
    Scorer profitCo = Scorer.of(Profiles.profitCo());
    assertThat(scored(profitCo.score(kr, quarter.end(), Optional.of(quarter))).value()).isEqualTo(0.69);
    // after the third week: 3 of 13 planned = 23%
    assertThat(scored(profitCo.score(kr, quarter.start().plusWeeks(2), Optional.of(quarter))).value()).isEqualTo(0.23);
    // okr's default counts the periods so far: after week 3, 3 of 3 held
    assertThat(scored(OKR.score(kr, quarter.start().plusWeeks(2), Optional.of(quarter))).value()).isEqualTo(1.0);
    Score.Scored end = scored(OKR.score(kr, quarter.end(), Optional.of(quarter)));
    assertThat(end.value()).isCloseTo(9.0 / 13, within(1e-12));
    assertThat(end.explanation().inputs()).containsEntry("periods-held", "9").containsEntry("periods", "13");
  }

  @Test
  void maintainTolerance() {
    Measurement latency = Measurement.builder().type(MeasurementType.AT_MOST).target(300).unit("ms").build();
    ScoringPolicy latest = ScoringPolicy.builder().maintainMode(ScoringPolicy.MaintainMode.LATEST_VALUE).build();
    assertThat(scored(Scores.score(new MaintainStrategy(), kr(latency, 303), DAY, latest)).value()).isEqualTo(0.0);
    assertThat(scored(Scores.score(new MaintainStrategy(), kr(latency, 303), DAY, latest.withTolerance(0.01))).value()).isEqualTo(1.0);
    assertThat(scored(Scores.score(new MaintainStrategy(), kr(latency, 300), DAY, latest)).value()).isEqualTo(1.0);
    assertThatThrownBy(() -> Scores.score(new MaintainStrategy(), kr(latency, 300), DAY,
            ScoringPolicy.builder().periodBasis(ScoringPolicy.PeriodBasis.PLANNED).build()))
        .isInstanceOf(ScoringException.class).hasMessageStartingWith("cycle: period-basis=planned needs");
  }

  @Test
  void okrTrackerHalfForAnEmptyDomainAndDefaultsToTheStartValue() {
    // d3.scaleLinear().domain([a, a]) maps every value to 0.5; no progress yet means the start value, 0
    KeyResult none = KeyResult.builder().id("kr").statement("s").measurement(Measurement.increase(0, 10)).build();
    assertThat(scored(Scorer.of(Profiles.okrTracker()).score(none, DAY)).value()).isEqualTo(0.0);
    Observation flat = Observation.builder("kr", MeasurementType.INCREASE).baseline(3).target(3)
        .current(Observation.Reading.value(3)).build();
    assertThat(scored(Scorer.of(Profiles.okrTracker()).score(flat)).value()).isEqualTo(0.5);
  }

  @Test
  void aProfileMayNameAnyStrategyAndAnUnknownOneIsAClearError() {
    Profile custom = Profiles.okr().withStrategies(java.util.Map.of(MeasurementType.INCREASE, "no-such-strategy"));
    assertThatThrownBy(() -> Scorer.of(custom).score(kr(Measurement.increase(0, 10), 5), DAY))
        .isInstanceOf(ScoringException.class)
        .hasMessageStartingWith("strategy: names no scoring strategy; available: linear, stretch, maintain");
    assertThatThrownBy(() -> Scorer.of(custom).score(kr(Measurement.decrease(10, 0), 5), DAY))
        .isInstanceOf(ScoringException.class).hasMessageContaining("names no strategy for this type");
    // an application's own strategy, used directly
    ScoringStrategy half = new ScoringStrategy() {
      @Override
      public String name() {
        return "always-half";
      }

      @Override
      public java.util.Set<MeasurementType> types() {
        return java.util.EnumSet.allOf(MeasurementType.class);
      }

      @Override
      public Attainment attain(Observation observation, ScoringContext context) {
        return new Attainment.Outcome(0.5);
      }

      @Override
      public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
        workings.formula("score = 0.5");
      }
    };
    Score.Scored halfScore = scored(Scores.score(half, kr(Measurement.increase(0, 10), 9), DAY, ScoringPolicy.defaults()));
    assertThat(halfScore.value()).isEqualTo(0.5);
    assertThat(halfScore.explanation().strategy()).isEqualTo("always-half");
    assertThat(halfScore.explanation().formula()).isEqualTo("score = 0.5");
    assertThat(Profiles.all()).containsOnlyKeys("okr", "gitlab", "quantive", "okr-tracker", "puzzle-okr", "perdoo", "profit-co",
        "tability", "viva-goals");
    assertThat(Profiles.named("perdoo")).isSameAs(Profiles.perdoo());
    assertThatThrownBy(() -> Profiles.named("jira")).hasMessageContaining("available: okr, gitlab");
  }
}
