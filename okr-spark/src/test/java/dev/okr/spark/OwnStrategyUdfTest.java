package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.MeasurementType;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * An application's own strategy ({@link SquareRootProgressStrategy}, a service of the tests) named
 * by an application's own profile runs as a UDF: the functions survive Java serialisation (what
 * Spark does to ship them to executors in other processes), and on a local session every row gets
 * {@link Scorer}'s score, attainment and contribution, or a null score and a reason, never a failed
 * job; the built-in types of the same profile stay expressions.
 */
class OwnStrategyUdfTest {
  /** okr's profile with increases scored by the tests' own strategy. */
  static final ProfileSource OWN = () -> {
    Map<MeasurementType, String> strategies = new EnumMap<>(Profiles.okr().strategies());
    strategies.put(MeasurementType.INCREASE, SquareRootProgressStrategy.NAME);
    return Profiles.okr().withName("okr-square-root").withStrategies(strategies);
  };

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  private static @Nullable Score scorer(Profile profile, String type, @Nullable Double baseline, @Nullable Double target,
      @Nullable Double current) {
    try {
      return Scorer.of(profile).score(OkrFunctions.observation(type, baseline, target, current, null));
    } catch (RuntimeException refused) {
      return null;
    }
  }

  @Test
  void theUdfSurvivesJavaSerialisationAndScoresAsScorerDoes() throws Exception {
    StrategyUdf shipped = roundTrip(new StrategyUdf(OWN));
    Row scored = shipped.call("increase", 0.0, 100.0, 25.0, null);
    assertThat(scored.getDouble(0)).isEqualTo(0.5);
    assertThat(scored.getDouble(1)).isEqualTo(0.5);
    assertThat(scored.isNullAt(3)).isTrue();
    Row unscored = shipped.call("increase", 0.0, 100.0, null, null);
    assertThat(unscored.isNullAt(0)).isTrue();
    assertThat(unscored.getString(3)).isEqualTo("no check-in");
    Row refused = shipped.call("increase", null, 100.0, 5.0, null);
    assertThat(refused.isNullAt(0)).isTrue();
    assertThat(refused.getString(3)).contains("baseline");
  }

  @Test
  void theAggregatorAndTheExportReaderSurviveJavaSerialisation() throws Exception {
    Object aggregator = roundTrip(OkrRollups.aggregator(OWN));
    assertThat(aggregator).isInstanceOf(ObjectiveRollupAggregator.class);
    ObjectiveRollupAggregator.Items items = new ObjectiveRollupAggregator.Items();
    items.add(2, 0.5, 1, true);
    items.add(3, 1.0, 3, true);
    assertThat(((ObjectiveRollupAggregator) aggregator).finish(items).getDouble(2)).isEqualTo(0.875);
    assertThat(roundTrip(new ExportReader(OkrExports.Options.profile(OWN)))).isNotNull();
  }

  @Test
  void aProfileNamingAnOwnStrategyIsRefusedAsAProfileAndScoredAsASource() {
    Column[] in = {col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")};
    assertThatThrownBy(() -> OkrColumns.score(OWN.profile(), in[0], in[1], in[2], in[3], in[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("square-root-progress strategy for increase is not built in");
    SparkSession spark = LocalSpark.session();
    Dataset<Row> one = spark.createDataFrame(List.of(RowFactory.create("decrease", 10.0, 0.0, 5.0, null)), LocalSpark.KEY_RESULT_ROWS);
    String plan = one.select(OkrColumns.score(OWN, in[0], in[1], in[2], in[3], in[4])).queryExecution().executedPlan().toString();
    assertThat(plan).as("the own strategy runs as a UDF").containsIgnoringCase("UDF");
  }

  @Test
  void theSqlFunctionsScoreAndRollUpUnderTheOwnProfile() {
    SparkSession spark = LocalSpark.session();
    OkrFunctions.register(spark, OWN);
    spark.createDataFrame(List.of(
        RowFactory.create("o1", 2L, "increase", 0.0, 100.0, 25.0, 1.0),
        RowFactory.create("o1", 3L, "binary", null, null, 1.0, 3.0),
        RowFactory.create("o2", 4L, "increase", 0.0, 100.0, null, 1.0)),
        new org.apache.spark.sql.types.StructType().add("objective_id", "string").add("line", "long").add("kr_type", "string")
            .add("baseline", "double").add("target", "double").add("current", "double").add("weight", "double"))
        .createOrReplaceTempView("own_krs");
    List<Row> scores = spark.sql("SELECT okr_score(kr_type, baseline, target, current, NULL) AS s,"
        + " okr_attainment(kr_type, baseline, target, current, NULL) AS a, okr_reason(kr_type, baseline, target, current, NULL) AS r"
        + " FROM own_krs ORDER BY line").collectAsList();
    assertThat(scores).extracting(Row::toString).containsExactly("[0.5,0.5,null]", "[1.0,1.0,null]", "[null,null,no check-in]");
    List<Row> rollups = spark.sql("SELECT objective_id, okr_rollup(okr_contribution(kr_type, baseline, target, current, NULL),"
        + " weight, line) AS r FROM own_krs GROUP BY objective_id ORDER BY objective_id").collectAsList();
    // o1: (0.5 * 1 + 1.0 * 3) / 4; o2: its one key result unscored, counted as 0 under okr's profile
    assertThat(rollups).extracting(Row::toString).containsExactly("[o1,[2,2,0.875,0.875,null]]", "[o2,[1,0,0.0,0.0,null]]");
  }

  @Test
  void everyRowGetsScorersScoreOrANullScoreAndAReason() {
    SplittableRandom random = new SplittableRandom(20261207L);
    String[] types = {"increase", "decrease", "at-least", "binary", "milestones", "increase", "increase"};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String type = types[random.nextInt(types.length)];
      Double baseline = random.nextInt(12) == 0 ? null : Double.valueOf(random.nextInt(-20, 20));
      Double target = random.nextInt(12) == 0 ? null : random.nextInt(8) == 0 ? baseline : Double.valueOf(random.nextInt(-40, 60));
      Double current = random.nextInt(6) == 0 ? null : Double.valueOf(random.nextInt(-40, 80));
      if (type.equals("binary")) {
        current = current == null ? null : Double.valueOf(random.nextInt(2));
      } else if (type.equals("milestones")) {
        target = Double.valueOf(1 + random.nextInt(5));
        current = current == null ? null : Double.valueOf(random.nextInt(target.intValue() + 1));
      }
      rows.add(RowFactory.create(type, baseline, target, current, null));
    }
    SparkSession spark = LocalSpark.session();
    Column[] in = {col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch")};
    // two columns a query: four whole-profile expressions in one projection outgrow Spark's code generation
    Dataset<Row> df = spark.createDataFrame(rows, LocalSpark.KEY_RESULT_ROWS).repartition(3).cache();
    List<Row> scores = df.select(col("*"), OkrColumns.score(OWN, in[0], in[1], in[2], in[3], in[4]).as("score"),
        OkrColumns.reason(OWN, in[0], in[1], in[2], in[3], in[4]).as("reason")).orderBy("kr_type", "baseline", "target", "current")
        .collectAsList();
    List<Row> measures = df.select(col("*"), OkrColumns.attainment(OWN, in[0], in[1], in[2], in[3], in[4]).as("attainment"),
        OkrColumns.contribution(OWN, in[0], in[1], in[2], in[3], in[4]).as("contribution"))
        .orderBy("kr_type", "baseline", "target", "current").collectAsList();
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      Row a = scores.get(i);
      Row b = measures.get(i);
      out.add(new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(new Object[] {a.get(0), a.get(1), a.get(2),
          a.get(3), a.get(4), a.get(5), b.get(5), b.get(6), a.get(6)}, new org.apache.spark.sql.types.StructType()
          .add("kr_type", "string").add("baseline", "double").add("target", "double").add("current", "double")
          .add("stretch", "double").add("score", "double").add("attainment", "double").add("contribution", "double")
          .add("reason", "string")));
    }
    Profile profile = OWN.profile();
    int[] seen = new int[2];
    for (Row r : out) {
      Score expected = scorer(profile, r.getString(0), (Double) r.get(1), (Double) r.get(2), (Double) r.get(3));
      String what = r.toString();
      if (expected instanceof Score.Scored s) {
        assertThat(r.<Double>getAs("score")).as(what).isEqualTo(s.value());
        assertThat(r.<Double>getAs("attainment")).as(what).isEqualTo(s.attainment());
        assertThat(r.<Double>getAs("contribution")).as(what).isEqualTo(s.contribution());
        assertThat(r.<String>getAs("reason")).as(what).isNull();
        seen[1] += r.getString(0).equals("increase") ? 1 : 0;
      } else {
        assertThat(r.<Double>getAs("score")).as(what).isNull();
        assertThat(r.<Double>getAs("attainment")).as(what).isNull();
        assertThat(r.<String>getAs("reason")).as(what).isNotBlank();
        seen[0] += r.getString(0).equals("increase") ? 1 : 0;
      }
    }
    assertThat(seen).as("unscored and scored increases").doesNotContain(0);
  }
}
