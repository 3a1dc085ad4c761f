package dev.okr.examples;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.ObjectiveOrder;
import dev.okr.scoring.batch.RejectedRow;
import dev.okr.spark.OkrColumns;
import dev.okr.spark.OkrFunctions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark example on a local master: every score equals the batch grader's, row for row. */
class SparkGradingExampleTest {
  private static final int ROWS = 1500;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .appName("okr-spark-example-test")
        .master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.files.maxPartitionBytes", "16384")   // several partitions of a small file
        // A profile's score is one deep expression whose generated code exceeds the JVM's 64 KB method
        // limit; Spark interprets it after each attempt to compile it, which takes minutes per job on
        // a busy 2-core machine. The tests skip the attempts (the scores are the same).
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparkScoresEveryRowAsTheBatchGraderDoes(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("key-results.csv");
    Files.writeString(input, export(new Random(20261122L), ROWS), StandardCharsets.UTF_8);

    Dataset<Row> krs = SparkGradingExample.read(spark, input.toString());
    assertThat(krs.rdd().getNumPartitions()).isGreaterThan(1);
    Map<String, @Nullable Double> sparkScores = new HashMap<>();
    Map<String, @Nullable String> sparkReasons = new HashMap<>();
    for (Row r : SparkGradingExample.grade(krs, "okr").select("kr_id", "score", "reason").collectAsList()) {
      sparkScores.put(r.getString(0), r.isNullAt(1) ? null : r.getDouble(1));
      sparkReasons.put(r.getString(0), r.getString(2));
    }

    Map<String, @Nullable Double> batch = batchScores(Files.readAllLines(input, StandardCharsets.UTF_8));
    assertThat(sparkScores).hasSize(ROWS).isEqualTo(batch);
    assertThat(sparkReasons).allSatisfy((id, reason) ->
        assertThat(reason == null).as("%s has a reason exactly when unscored", id).isEqualTo(sparkScores.get(id) != null));
    assertThat(sparkScores.values()).anyMatch(s -> s == null).anyMatch(s -> s != null && s > 0 && s < 1);
  }

  @Test
  void theReadmeExamples(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key-results.csv");
    Files.writeString(file, export(new Random(7), 300), StandardCharsets.UTF_8);
    String input = file.toString();
    // README:spark:start
    Dataset<Row> krs = spark.read().option("header", "true").schema("objective_id STRING, kr_id STRING, kind STRING,"
        + " kr_type STRING, baseline DOUBLE, target DOUBLE, current DOUBLE, weight DOUBLE, stretch DOUBLE").csv(input);
    Column score = OkrColumns.score(Profiles.named("okr"), col("kr_type"), col("baseline"), col("target"), col("current"), col("stretch"));
    krs.withColumn("score", score).groupBy("objective_id").agg(avg("score")).show();
    // README:spark:end

    // README:spark-sql:start
    OkrFunctions.register(spark, "okr");
    krs.createOrReplaceTempView("krs");
    spark.sql("SELECT kr_id, okr_score(kr_type, baseline, target, current, stretch) AS score,"
        + " okr_reason(kr_type, baseline, target, current, stretch) AS reason FROM krs").show();
    // README:spark-sql:end

    List<Row> both = spark.sql("SELECT okr_score(kr_type, baseline, target, current, stretch) FROM krs")
        .collectAsList();
    List<Row> columns = krs.select(score).collectAsList();
    assertThat(both).hasSize(300).isEqualTo(columns);
    assertThat(krs.withColumn("score", score).groupBy("objective_id").agg(avg("score")).count()).isEqualTo(100);
  }

  @Test
  void aLineSparkCannotReadFailsTheJob(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("key-results.csv");
    Files.writeString(input, export(new Random(3), 20) + "o9,k99,,increase,1,2,lots,1,\n", StandardCharsets.UTF_8);
    // the score reads current, so Spark parses it (a count alone would parse no column, and not fail)
    assertThatThrownBy(() -> SparkGradingExample.grade(SparkGradingExample.read(spark, input.toString()), "okr")
        .select("score").collectAsList())
        .hasStackTraceContaining("lots");
  }

  @Test
  void anUnknownProfileFailsOnTheDriver() {
    assertThatThrownBy(() -> SparkGradingExample.grade(spark.emptyDataFrame(), "jira")).hasMessageContaining("jira");
  }

  /** Each row's score by okr-scoring's batch grader under okr's profile: null when unscored or rejected. */
  private static Map<String, @Nullable Double> batchScores(List<String> lines) {
    Columns header = Columns.of(List.of(lines.get(0).split(",", -1)));
    List<KeyResultRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      rows.add(KeyResultRow.of(i + 1, header, lines.get(i).split(",", -1)));
    }
    Map<String, @Nullable Double> out = new HashMap<>();
    BatchGrader.builder().order(ObjectiveOrder.NONE).build().grade(rows.iterator(), new BatchSink() {
      @Override
      public void graded(GradedRow row) {
        out.put(row.row().get(Columns.KR_ID), row.score() instanceof Score.Scored s ? s.value() : null);
      }

      @Override
      public void rejected(RejectedRow row) {
        out.put(row.row().get(Columns.KR_ID), null);
      }
    });
    return out;
  }

  /** A tracker's export of every type (binary check-ins as 1 or 0), with flat ranges, missing numbers and no check-ins among them. */
  static String export(Random random, int rows) {
    StringBuilder csv = new StringBuilder("objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch\n");
    String[] types = {"increase", "increase", "decrease", "at-least", "at-most", "binary", "milestones"};
    String[] kinds = {"committed", "aspirational", ""};
    for (int i = 0; i < rows; i++) {
      String objective = "o" + (i / 3);
      String kind = kinds[(i / 3) % 3];
      String type = types[random.nextInt(types.length)];
      double baseline = Math.round(random.nextDouble() * 1000) / 10.0;
      double target = type.equals("decrease") ? Math.round(baseline * 0.5 * 10) / 10.0 : baseline + 1 + random.nextInt(100);
      String current = switch (type) {
        case "binary" -> Integer.toString(random.nextInt(2));
        case "milestones" -> Integer.toString(random.nextInt(5));
        default -> random.nextInt(20) == 0 ? "" : String.format(Locale.ROOT, "%.2f", baseline + (target - baseline) * (random.nextDouble() * 1.4 - 0.2));
      };
      String b = type.equals("binary") || type.equals("milestones") ? "" : Double.toString(baseline);
      String t = type.equals("binary") ? "" : type.equals("milestones") ? "4" : Double.toString(target);
      String stretch = type.equals("increase") && random.nextInt(5) == 0 ? Double.toString(target + 10) : "";
      String weight = random.nextInt(10) == 0 ? "2" : "1";
      String line = random.nextInt(40) == 0
          ? String.join(",", objective, "kr" + i, kind, "increase", "5", "5", "5", "1", "")       // flat range
          : String.join(",", objective, "kr" + i, kind, type, b, t, current, weight, stretch);
      csv.append(line).append('\n');
    }
    return csv.toString();
  }
}
