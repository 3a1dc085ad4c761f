package dev.okr.spark;

import static dev.okr.testkit.OkrTheories.qt;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.okr.core.Milestone;
import dev.okr.core.MeasurementType;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every built-in profile and any generated row a batch CSV can express (one measurement, at
 * most one current value, no dates, milestones of weight 1), {@link OkrColumns} on a local Spark
 * session gives what {@link Scorer} gives, row for row: the same score, attainment and contribution
 * to the last bit, or no score
 * and a reason where {@code Scorer} leaves the key result unscored or refuses it. The rows include
 * flat ranges, targets on the wrong side, stretch targets short of the target, missing numbers
 * and missing current values, so every policy branch is taken.
 */
class OkrColumnsAgreesWithScorerPropertiesTest {
  private static final MeasurementType[] TYPES = MeasurementType.values();
  private static final StructType SCHEMA = LocalSpark.KEY_RESULT_ROWS;

  /** A row: its type and numbers, null when the row leaves them empty. */
  private record Case(MeasurementType type, @Nullable Double baseline, @Nullable Double target, @Nullable Double current,
      @Nullable Double stretch) {
    Row row() {
      return RowFactory.create(type.id(), baseline, target, current, stretch);
    }
  }

  static List<String> profiles() {
    return List.copyOf(Profiles.all().keySet());
  }

  private static Case of(List<Integer> r) {
    MeasurementType type = TYPES[r.get(0) % TYPES.length];
    double baseline = (r.get(1) % 2_000_001 - 1_000_000) / 100.0;
    double distance = (1 + r.get(2) % 1_000_000) / 100.0;
    boolean checkedIn = r.get(3) % 5 != 0;
    Double b = null;
    Double t = null;
    Double c = null;
    Double s = null;
    switch (type) {
      case INCREASE, DECREASE -> {
        int sign = type == MeasurementType.INCREASE ? 1 : -1;
        double target = switch (r.get(4) % 13) {
          case 0 -> baseline;                        // flat range
          case 1 -> baseline - sign * distance;      // the wrong side
          default -> baseline + sign * distance;
        };
        b = baseline;
        t = target;
        if (r.get(5) % 3 == 0) {
          s = r.get(6) % 11 == 0 ? target : target + sign * (1 + r.get(6) % 1_000_000) / 100.0;
        }
        c = switch (r.get(7) % 7) {
          case 0 -> target;
          case 1 -> baseline;
          case 2 -> s == null ? target : s;
          default -> (r.get(8) % 4_000_001 - 2_000_000) / 100.0;
        };
      }
      case AT_LEAST, AT_MOST -> {
        t = baseline;
        if (r.get(5) % 2 == 0) {
          b = baseline - distance;
        }
        c = r.get(7) % 7 == 0 ? baseline : baseline + (r.get(8) % 2001 - 1000) / 100.0;
      }
      case BINARY -> c = (double) (r.get(8) % 2);
      case MILESTONES -> {
        int count = 1 + r.get(7) % 6;
        t = (double) count;
        c = (double) (r.get(8) % (count + 1));
      }
    }
    if (!checkedIn) {
      c = null;
    }
    int missing = r.get(9) % 23;
    if (missing == 0) {
      b = null;
    } else if (missing == 1) {
      t = null;
    }
    return new Case(type, b, t, c, s);
  }

  /** What Scorer says of the row: a score, or null when unscored or refused. */
  private static Score.@Nullable Scored scorer(Scorer scorer, Case c) {
    Observation.Builder o = Observation.builder("kr", c.type());
    if (c.type() == MeasurementType.MILESTONES) {
      List<Milestone> milestones = new ArrayList<>();
      Set<String> done = new LinkedHashSet<>();
      int count = c.target() == null ? 0 : c.target().intValue();
      for (int i = 0; i < count; i++) {
        milestones.add(Milestone.of("milestone " + i));
        if (c.current() != null && i < c.current()) {
          done.add("milestone " + i);
        }
      }
      o.milestones(milestones);
      if (c.current() != null) {
        o.current(Observation.Reading.milestonesDone(done));
      }
    } else {
      if (c.baseline() != null) {
        o.baseline(c.baseline());
      }
      if (c.target() != null) {
        o.target(c.target());
      }
      if (c.stretch() != null) {
        o.stretch(c.stretch());
      }
      if (c.current() != null) {
        o.current(c.type() == MeasurementType.BINARY ? Observation.Reading.achieved(c.current() == 1)
            : Observation.Reading.value(c.current()));
      }
    }
    try {
      Score score = scorer.score(o.build());
      return score instanceof Score.Scored s ? s : null;
    } catch (ScoringException | IllegalArgumentException refused) {
      return null;
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void theColumnScoreIsScorersRowForRow(String name) {
    Profile profile = Profiles.named(name);
    Scorer scorer = Scorer.of(profile);
    SparkSession spark = LocalSpark.session();
    int[] seen = new int[2];
    qt().withExamples(Integer.getInteger("okr.spark.examples", 3))
        .forAll(longs().all())
        .checkAssert(seed -> {
          // one seed per example, so the first examples (QuickTheories' edge values) still vary row to row
          SplittableRandom random = new SplittableRandom(seed);
          List<Case> cases = new ArrayList<>();
          for (int i = 0; i < 600; i++) {
            cases.add(of(random.ints(10, 0, Integer.MAX_VALUE).boxed().toList()));
          }
          Dataset<Row> df = spark.createDataFrame(cases.stream().map(Case::row).toList(), SCHEMA);
          List<Row> out = df.select(
              OkrColumns.score(profile, col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")),
              OkrColumns.reason(profile, col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")))
              .collectAsList();
          // a second query: four whole-profile columns in one projection take the optimiser gigabytes
          List<Row> measures = df.select(
              OkrColumns.attainment(profile, col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")),
              OkrColumns.contribution(profile, col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")))
              .collectAsList();
          for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Score.Scored scored = scorer(scorer, c);
            Double expected = scored == null ? null : scored.value();
            Row row = out.get(i);
            assertThat(row.get(0)).as("%s: score of %s (reason %s)", name, c, row.get(1)).isEqualTo(expected);
            Row measured = measures.get(i);
            assertThat(measured.get(0)).as("%s: attainment of %s", name, c).isEqualTo(scored == null ? null : scored.attainment());
            assertThat(measured.get(1)).as("%s: contribution of %s", name, c).isEqualTo(scored == null ? null : scored.contribution());
            assertThat(row.isNullAt(1)).as("%s: %s has a reason exactly when unscored", name, c).isEqualTo(expected != null);
            seen[expected == null ? 0 : 1]++;
          }
        });
    assertThat(seen).as("unscored and scored rows").doesNotContain(0);
  }
}
