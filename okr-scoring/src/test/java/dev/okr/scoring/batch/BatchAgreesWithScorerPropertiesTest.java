package dev.okr.scoring.batch;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Explanation;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For every profile and any generated key result that a batch row can express (one measurement,
 * at most one check-in, dated the day scored, no cycle; milestones counted, or named with their
 * weights and any of them done, names holding characters the cell form escapes), the batch row and
 * {@link Scorer} give the same score (scored or unscored; value, attainment, contribution and
 * zone), the same grade and the same explanation; and when {@code Scorer} throws, the batch
 * rejects the row with the same rule. A row has no dates, so its explanation lacks the one input
 * and the one phrase a date gives: the {@code check-in} date and "on or before" the day scored.
 */
class BatchAgreesWithScorerPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
  private static final List<Profile> PROFILES = List.copyOf(Profiles.all().values());
  private static final MeasurementType[] TYPES = MeasurementType.values();
  private static final Columns COLUMNS = Columns.of(
      List.of("objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight", "stretch",
          "milestone_names", "milestones_done"));

  /** A key result a row can express, and the profile to score it under. */
  private record Case(Profile profile, KeyResult keyResult, Optional<ObjectiveKind> kind, List<String> row) {
    @Override
    public String toString() {
      return profile.name() + ": " + keyResult.measurement().orElseThrow() + ", " + keyResult.checkIns() + ", kind " + kind
          + " -> row " + row;
    }
  }

  private static Gen<Case> cases() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSize(14).map(BatchAgreesWithScorerPropertiesTest::of);
  }

  private static Case of(List<Integer> r) {
    Profile profile = PROFILES.get(r.get(0) % PROFILES.size());
    MeasurementType type = TYPES[r.get(1) % TYPES.length];
    Optional<ObjectiveKind> kind = r.get(2) % 3 == 2 ? Optional.empty() : Optional.of(ObjectiveKind.values()[r.get(2) % 2]);
    double baseline = (r.get(3) % 2_000_001 - 1_000_000) / 100.0;
    double distance = (1 + r.get(4) % 1_000_000) / 100.0;
    boolean checkedIn = r.get(8) % 5 != 0;
    Measurement.Builder m = Measurement.builder().type(type);
    String[] fields = {"", "", "", "", "", ""}; // baseline, target, current, stretch, milestone_names, milestones_done
    CheckIn checkIn = null;
    switch (type) {
      case INCREASE, DECREASE -> {
        int sign = type == MeasurementType.INCREASE ? 1 : -1;
        double target = baseline + sign * distance;
        m.baseline(baseline).target(target);
        fields[0] = Double.toString(baseline);
        fields[1] = Double.toString(target);
        if (r.get(6) % 3 == 0) {
          double stretch = target + sign * (1 + r.get(7) % 1_000_000) / 100.0;
          m.stretch(stretch);
          fields[3] = Double.toString(stretch);
        }
        double current = switch (r.get(10) % 7) {
          case 0 -> target;
          case 1 -> baseline;
          default -> (r.get(9) % 4_000_001 - 2_000_000) / 100.0;
        };
        checkIn = CheckIn.value(DAY, current);
        fields[2] = Double.toString(current);
      }
      case AT_LEAST, AT_MOST -> {
        double level = baseline;
        m.target(level);
        fields[1] = Double.toString(level);
        if (r.get(5) % 2 == 0) {
          m.baseline(level - distance);
          fields[0] = Double.toString(level - distance);
        }
        double current = r.get(10) % 7 == 0 ? level : level + (r.get(9) % 2001 - 1000) / 100.0;
        checkIn = CheckIn.value(DAY, current);
        fields[2] = Double.toString(current);
      }
      case BINARY -> {
        boolean achieved = r.get(9) % 2 == 0;
        checkIn = CheckIn.achieved(DAY, achieved);
        fields[2] = achieved ? "yes" : "no";
      }
      case MILESTONES -> {
        int count = 1 + r.get(10) % 6;
        if (r.get(12) % 2 == 0) {
          // counted: milestones of weight 1, the first ones done
          int done = r.get(11) % (count + 1);
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= count; i++) {
            m.addMilestones(Milestone.of("milestone " + i));
            names.add("milestone " + i);
          }
          checkIn = CheckIn.milestonesDone(DAY, names.subList(0, done));
          fields[1] = Integer.toString(count);
          fields[2] = Integer.toString(done);
        } else {
          // named: weights from 0.25 to 8, any of them done, names with ; * \ and spaces at the ends
          String[] odd = {"", "; ops", " *2", "\\", " ", "=sum"};
          List<Milestone> milestones = new ArrayList<>();
          List<String> done = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            int draw = (r.get(13) >>> (i * 5)) & 31;
            String name = "step " + (i + 1) + odd[draw % odd.length];
            milestones.add(Milestone.of(name, draw % 4 == 0 ? 1 : (1 + draw) / 4.0));
            if ((r.get(11) >>> i & 1) == 1) {
              done.add(name);
            }
          }
          m.milestones(milestones);
          checkIn = CheckIn.milestonesDone(DAY, done);
          fields[1] = r.get(9) % 2 == 0 ? Integer.toString(count) : "";
          fields[2] = Integer.toString(done.size());
          fields[4] = MilestoneList.write(milestones);
          fields[5] = MilestoneList.writeNames(done);
        }
      }
    }
    KeyResult.Builder kr = KeyResult.builder().id("kr-" + r.get(11) % 1000).statement("generated").measurement(m.build());
    if (checkedIn) {
      kr.addCheckIns(checkIn);
    } else {
      fields[2] = "";
      fields[5] = "";
    }
    KeyResult keyResult = kr.build();
    List<String> row = List.of("O1", keyResult.id(), kind.map(ObjectiveKind::id).orElse(""), type.id(),
        fields[0], fields[1], fields[2], "", fields[3], fields[4], fields[5]);
    return new Case(profile, keyResult, kind, row);
  }

  private static RowResult batch(Case c) {
    List<RowResult> results = new ArrayList<>();
    BatchGrader.builder().profile(c.profile()).order(ObjectiveOrder.NONE).build()
        .grade(Stream.of(KeyResultRow.of(2, COLUMNS, c.row())), new BatchSink() {
          @Override
          public void graded(GradedRow row) {
            results.add(row);
          }

          @Override
          public void rejected(RejectedRow row) {
            results.add(row);
          }
        });
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void aBatchRowAndScorerGiveTheSameScoreGradeAndExplanation() {
    qt().forAll(cases()).checkAssert(c -> {
      Score expected;
      try {
        expected = Scorer.of(c.profile()).score(c.keyResult(), DAY);
      } catch (ScoringException e) {
        RowResult rejected = batch(c);
        assertThat(rejected).as("%s", c).isInstanceOf(RejectedRow.class);
        assertThat(((RejectedRow) rejected).reason()).as("%s", c).endsWith(e.rule());
        return;
      }
      RowResult result = batch(c);
      assertThat(result).as("%s", c).isInstanceOf(GradedRow.class);
      GradedRow graded = (GradedRow) result;
      Score actual = graded.score();
      assertThat(actual.keyResultId()).isEqualTo(expected.keyResultId());
      assertThat(actual.explanation()).as("%s", c).isEqualTo(undated(expected.explanation()));
      if (expected instanceof Score.Scored scored) {
        assertThat(actual).as("%s", c).isInstanceOf(Score.Scored.class);
        Score.Scored row = (Score.Scored) actual;
        assertThat(row.value()).as("%s", c).isEqualTo(scored.value());
        assertThat(row.attainment()).as("%s", c).isEqualTo(scored.attainment());
        assertThat(row.contribution()).as("%s", c).isEqualTo(scored.contribution());
        assertThat(row.zone()).as("%s", c).isEqualTo(scored.zone());
        assertThat(graded.grade()).as("%s", c).contains(Grader.defaults().grade(c.keyResult(), scored.value(), c.kind()));
      } else {
        assertThat(actual).as("%s", c).isInstanceOf(Score.Unscored.class);
        assertThat(((Score.Unscored) actual).reason()).isEqualTo(undated(((Score.Unscored) expected).reason()));
        assertThat(graded.grade()).isEmpty();
        assertThat(graded.gradeText()).isEqualTo("unscored");
      }
    });
  }

  @Test
  void theCasesCoverEveryProfileTypeAndOutcome() {
    // the property above is only as good as its cases: each profile, each type, scored, unscored and rejected
    Map<String, Integer> seen = new LinkedHashMap<>();
    qt().forAll(cases()).checkAssert(c -> {
      seen.merge(c.profile().name(), 1, Integer::sum);
      seen.merge(c.keyResult().measurement().orElseThrow().type().id(), 1, Integer::sum);
      if (c.keyResult().measurement().orElseThrow().milestones().stream().anyMatch(x -> x.weight() != 1)) {
        seen.merge("weighted milestones", 1, Integer::sum);
      }
      String outcome;
      try {
        outcome = Scorer.of(c.profile()).score(c.keyResult(), DAY) instanceof Score.Scored ? "scored" : "unscored";
      } catch (ScoringException e) {
        outcome = "rejected";
      }
      seen.merge(outcome, 1, Integer::sum);
    });
    assertThat(seen).containsKeys("scored", "unscored", "rejected", "weighted milestones");
    PROFILES.forEach(p -> assertThat(seen).containsKey(p.name()));
    for (MeasurementType type : TYPES) {
      assertThat(seen).containsKey(type.id());
    }
  }

  /** What a row, which has no dates, shows of an explanation: no check-in date, no "on or before" the day. */
  private static Explanation undated(Explanation explanation) {
    Map<String, String> inputs = new LinkedHashMap<>(explanation.inputs());
    inputs.remove("check-in");
    return Explanation.builder().from(explanation).inputs(inputs).formula(undated(explanation.formula())).build();
  }

  private static String undated(String text) {
    return text.replace("no check-in on or before " + DAY, "no check-in");
  }
}
