package dev.okr.spark;

import static dev.okr.testkit.OkrTheories.qt;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.okr.scoring.Profiles;
import dev.okr.scoring.RollupPolicy;
import dev.okr.scoring.Rounding;
import dev.okr.scoring.Score;
import dev.okr.scoring.StandardRollup;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.ObjectiveOrder;
import dev.okr.scoring.batch.ObjectiveRollup;
import dev.okr.scoring.batch.RejectedRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same graded rows, shuffled and spread over 1 to 8 partitions at random, roll up with {@link
 * OkrRollups} to what okr-scoring's batch grader rolls up on one machine for each objective: the
 * same key-result and scored counts, and the same score and raw number to the last bit (the
 * aggregator sums the items in line order whatever the partitioning, so no tolerance is needed).
 * Profiles: every built-in one (mean and weighted mean, unscored as 0) and okr's with the minimum,
 * with unscored key results left out, and with the rollup rounded.
 */
class OkrRollupsPartitioningPropertiesTest {
  private static final String[] HEADER = {"objective_id", "kr_id", "kind", "kr_type", "baseline", "target", "current", "weight"};
  private static final StructType GRADED = new StructType()
      .add("objective_id", DataTypes.StringType)
      .add("line", DataTypes.LongType)
      .add("contribution", DataTypes.DoubleType)
      .add("weight", DataTypes.DoubleType);

  static Stream<Arguments> profiles() {
    List<Arguments> all = new ArrayList<>();
    Profiles.all().keySet().forEach(name -> all.add(Arguments.of(name, ProfileSource.named(name))));
    all.add(Arguments.of("okr, minimum, omit", (ProfileSource) () -> Profiles.okr().withRollup(RollupPolicy.builder()
        .rollup(StandardRollup.MINIMUM).unscored(RollupPolicy.Unscored.OMIT).build())));
    all.add(Arguments.of("okr, weighted mean, omit, rounded", (ProfileSource) () -> Profiles.okr().withRollup(
        RollupPolicy.builder().unscored(RollupPolicy.Unscored.OMIT).rounding(Rounding.of(2, Rounding.Mode.HALF_UP)).build())));
    return all.stream();
  }

  /** Rows of up to 12 objectives, some unscored (no current value), some over their target, odd weights. */
  private static List<KeyResultRow> rows(SplittableRandom r) {
    Columns columns = Columns.of(List.of(HEADER));
    String[] types = {"increase", "decrease", "at-least", "binary", "milestones"};
    String[] weights = {"1", "2", "0.5", "0.3", "3.7", "0.1", "1e-3", "7"};
    int objectives = 1 + r.nextInt(12);
    int count = r.nextInt(120);
    List<KeyResultRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int objective = r.nextInt(objectives);
      String type = types[r.nextInt(types.length)];
      double base = r.nextInt(-50, 50);
      double span = 1 + r.nextInt(100);
      String baseline = Double.toString(base);
      String target;
      String current;
      switch (type) {
        case "increase" -> {
          target = Double.toString(base + span);
          current = Double.toString(base + r.nextDouble(-0.5, 1.5) * span);
        }
        case "decrease" -> {
          target = Double.toString(base - span);
          current = Double.toString(base - r.nextDouble(-0.5, 1.5) * span);
        }
        case "at-least" -> {
          target = Double.toString(base);
          current = Double.toString(base + r.nextInt(-3, 4));
        }
        case "binary" -> {
          baseline = "";
          target = "";
          current = Integer.toString(r.nextInt(2));
        }
        default -> {
          baseline = "";
          int n = 1 + r.nextInt(6);
          target = Integer.toString(n);
          current = Integer.toString(r.nextInt(n + 1));
        }
      }
      if (r.nextInt(6) == 0) {
        current = "";
      }
      String kind = objective % 3 == 0 ? "committed" : objective % 3 == 1 ? "aspirational" : "";
      rows.add(KeyResultRow.of(i + 2, columns, new String[] {"o-" + objective, "kr-" + i, kind, type, baseline, target,
          current, weights[r.nextInt(weights.length)]}));
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void anyPartitioningRollsUpAsTheBatchGraderDoesOnOneMachine(String name, ProfileSource source) {
    SparkSession spark = LocalSpark.session();
    BatchGrader grader = BatchGrader.builder().profile(source.profile()).order(ObjectiveOrder.ANY).build();
    int[] seen = new int[3];
    qt().withExamples(Integer.getInteger("okr.spark.examples", 5))
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<Row> graded = new ArrayList<>();
          Map<String, ObjectiveRollup> expected = new HashMap<>();
          grader.grade(rows(random).iterator(), new BatchSink() {
            @Override
            public void graded(GradedRow row) {
              Double contribution = row.score() instanceof Score.Scored s ? s.contribution() : null;
              graded.add(RowFactory.create(row.objectiveId(), row.row().line(), contribution,
                  Double.parseDouble(row.row().get(Columns.WEIGHT))));
            }

            @Override
            public void rejected(RejectedRow row) {}

            @Override
            public void rollup(ObjectiveRollup rollup) {
              expected.put(rollup.objectiveId(), rollup);
            }
          });
          Collections.shuffle(graded, new Random(seed));
          int partitions = 1 + random.nextInt(8);
          Dataset<Row> df = spark.createDataFrame(graded, GRADED).repartition(partitions, rand(seed));
          List<Row> out = df.groupBy("objective_id")
              .agg(OkrRollups.objective(source, col("contribution"), col("weight"), col("line")).as("r"))
              .select("objective_id", "r.key_results", "r.scored", "r.score", "r.raw", "r.reason")
              .collectAsList();
          assertThat(out).hasSize(expected.size());
          for (Row row : out) {
            ObjectiveRollup want = expected.get(row.getString(0));
            String what = name + ", " + partitions + " partitions, objective " + row.getString(0);
            assertThat(row.getInt(1)).as(what).isEqualTo(want.keyResults());
            assertThat(row.getInt(2)).as(what).isEqualTo(want.scored());
            assertThat(row.get(3)).as(what + " score").isEqualTo(want.score().isPresent() ? want.score().getAsDouble() : null);
            assertThat(row.get(4)).as(what + " raw").isEqualTo(want.raw().isPresent() ? want.raw().getAsDouble() : null);
            assertThat(row.isNullAt(5)).as(what + " has a reason exactly when unscored").isEqualTo(want.score().isPresent());
            seen[want.score().isEmpty() ? 0 : want.scored() < want.keyResults() ? 1 : 2]++;
          }
        });
    assertThat(seen[1] + seen[2]).as("scored objectives").isPositive();
  }
}
