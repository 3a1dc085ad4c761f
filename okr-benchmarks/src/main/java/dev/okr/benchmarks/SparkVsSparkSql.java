package dev.okr.benchmarks;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.RollupPolicy;
import dev.okr.scoring.StandardRollup;
import dev.okr.spark.OkrColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * okr-spark's functions against hand-written Spark SQL computing the same key result score and
 * objective rollup, on one generated CSV of increase and decrease key results (five per objective,
 * weights 1 to 3), in one local Spark session.
 *
 * <ul>
 *   <li>okr: the file read with typed columns, {@link OkrColumns#score} under the {@code okr}
 *       profile (its validation and policies as Catalyst expressions, no UDF), and each
 *       objective's rollup as a {@code groupBy} with the weighted mean of those scores, an
 *       unscored key result counting 0 (what the {@code okr} profile's rollup policy says;
 *       okr-spark's own rollup aggregator is not on this branch);
 *   <li>Spark SQL: the same file and schema, {@code greatest(0, least(1, (current - baseline) /
 *       (target - baseline)))} and {@code sum(weight * coalesce(score, 0)) / sum(weight)} by
 *       objective.
 * </ul>
 *
 * <p>Each side computes both in full (Spark's {@code noop} sink: read, scored, aggregated, nothing
 * written), once to warm up, then in three alternating rounds; the medians are compared. The okr
 * plan is checked to hold no UDF, and every score and rollup is checked to agree within 1e-9. The
 * last line is {@code ratio=<okr seconds / Spark SQL seconds>}. Usage: {@code
 * okr-benchmarks/bin/spark-vs-sparksql [ROWS]}.
 */
public final class SparkVsSparkSql {
  private static final int ROUNDS = 3;
  private static final long WARM_UP_ROWS = 200_000;
  private static final double TOLERANCE = 1e-9;

  private SparkVsSparkSql() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code [ROWS]}, 1,000,000 by default
   * @throws IOException if the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 1_000_000L;
    Path dir = Files.createTempDirectory("okr-spark-vs-sparksql");
    SparkSession spark = SparkSession.builder()
        .appName("okr-spark-vs-sparksql")
        .master("local[*]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Path warmUp = dir.resolve("warm-up.csv");
      Path input = dir.resolve("key-results.csv");
      BatchVsDuckDb.generate(warmUp, Math.min(WARM_UP_ROWS, rows), 7);
      BatchVsDuckDb.generate(input, rows, 42);
      System.out.printf(Locale.ROOT, "input: %,d rows, %,d MB; Spark %s, local[%d]%n", rows, Files.size(input) >> 20,
          spark.version(), spark.sparkContext().defaultParallelism());
      String plan = okrScores(spark, input).queryExecution().explainString(org.apache.spark.sql.execution.ExtendedMode$.MODULE$);
      if (plan.toLowerCase(Locale.ROOT).contains("udf")) {
        throw new AssertionError("okr-spark's plan calls a UDF:\n" + plan);
      }
      System.out.println("okr-spark's plan: no UDF (explain, extended)");

      okr(spark, warmUp);
      sql(spark, warmUp);

      double[] okr = new double[ROUNDS];
      double[] sql = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        okr[r] = okr(spark, input);
        sql[r] = sql(spark, input);
      }
      long[] agreeing = compare(spark, input, rows);

      double okrSeconds = median(okr);
      double sqlSeconds = median(sql);
      System.out.printf(Locale.ROOT, "%-34s %10s   %s%n", "engine", "median s", "rounds (s)");
      System.out.printf(Locale.ROOT, "%-34s %10.3f   %s%n", "okr-spark (OkrColumns + groupBy)", okrSeconds, runs(okr));
      System.out.printf(Locale.ROOT, "%-34s %10.3f   %s%n", "Spark SQL (hand-written)", sqlSeconds, runs(sql));
      System.out.printf(Locale.ROOT, "rows per second: okr-spark %,.0f, Spark SQL %,.0f%n", rows / okrSeconds, rows / sqlSeconds);
      System.out.printf(Locale.ROOT, "outputs agree on all %,d scores and %,d objective rollups (|okr - Spark SQL| <= %s);"
          + " load average %s%n", agreeing[0], agreeing[1], TOLERANCE, loadAverage());
      System.out.printf(Locale.ROOT, "ratio=%.3f%n", okrSeconds / sqlSeconds);
    } finally {
      spark.stop();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** okr-spark's key result scores and objective rollups, computed in full ({@code noop} sink); seconds taken. */
  static double okr(SparkSession spark, Path input) {
    long start = System.nanoTime();
    Dataset<Row> scores = okrScores(spark, input);
    scores.select("kr_id", "score").write().format("noop").mode(SaveMode.Overwrite).save();
    okrObjectives(scores).write().format("noop").mode(SaveMode.Overwrite).save();
    return (System.nanoTime() - start) / 1e9;
  }

  /** The file's rows with okr-spark's score under the {@code okr} profile: kr_id, objective_id, weight, score. */
  static Dataset<Row> okrScores(SparkSession spark, Path input) {
    Profile profile = Profiles.okr();
    Column noStretch = lit(null).cast(DataTypes.DoubleType);   // the file has no stretch column
    return spark.read().option("header", "true").schema(SCHEMA).csv(input.toString())
        .select(col("kr_id"), col("objective_id"), col("weight"), OkrColumns.score(profile, col("kr_type"),
            col("baseline"), col("target"), col("current"), noStretch).as("score"));
  }

  /**
   * Each objective's weighted mean of its scores, an unscored key result counting 0: the {@code okr}
   * profile's rollup policy (checked here), as a {@code groupBy}. Its contributions equal its
   * scores (capped at 1, floored at 0, not rounded), so the mean of the scores is its rollup.
   */
  static Dataset<Row> okrObjectives(Dataset<Row> scores) {
    RollupPolicy policy = Profiles.okr().rollup();
    if (policy.rollup() != StandardRollup.WEIGHTED_MEAN || policy.unscored() != RollupPolicy.Unscored.ZERO
        || policy.rounding().places().isPresent()) {
      throw new IllegalStateException("the okr profile's rollup is no longer an unrounded weighted mean: " + policy.describe());
    }
    return scores.groupBy("objective_id")
        .agg(sum(col("weight").multiply(coalesce(col("score"), lit(0.0)))).divide(sum(col("weight"))).as("score"));
  }

  /** The generated file's columns, typed; both sides read the file with it. */
  static final String SCHEMA = "objective_id STRING, kr_id STRING, kind STRING, kr_type STRING, "
      + "baseline DOUBLE, target DOUBLE, current DOUBLE, weight DOUBLE";

  /**
   * Spark SQL written by hand: the linear score clamped to [0, 1], and each objective's weighted
   * mean of its key results' scores (an unscored one counting 0). Both computed in full ({@code
   * noop} sink); seconds taken.
   */
  static double sql(SparkSession spark, Path input) {
    long start = System.nanoTime();
    sqlScores(spark, input);
    spark.sql("SELECT kr_id, score FROM sql_scores").write().format("noop").mode(SaveMode.Overwrite).save();
    spark.sql("SELECT objective_id, score FROM sql_objectives").write().format("noop").mode(SaveMode.Overwrite).save();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Registers the views {@code sql_scores} (kr_id, objective_id, weight, score) and {@code sql_objectives} (objective_id, score). */
  static void sqlScores(SparkSession spark, Path input) {
    spark.read().option("header", "true").schema(SCHEMA).csv(input.toString()).createOrReplaceTempView("key_results");
    spark.sql("SELECT kr_id, objective_id, weight, "
        + "greatest(0.0D, least(1.0D, (current - baseline) / (target - baseline))) AS score FROM key_results")
        .createOrReplaceTempView("sql_scores");
    spark.sql("SELECT objective_id, sum(weight * coalesce(score, 0.0D)) / sum(weight) AS score "
        + "FROM sql_scores GROUP BY objective_id")
        .createOrReplaceTempView("sql_objectives");
  }

  /** How many scores and rollups agree within the tolerance; fails if any row is missing or differs. */
  static long[] compare(SparkSession spark, Path input, long rows) {
    Dataset<Row> okrScores = okrScores(spark, input);
    sqlScores(spark, input);
    long scores = agree(okrScores.select("kr_id", "score"), spark.table("sql_scores").select("kr_id", "score"), "kr_id", rows);
    long objectives = agree(okrObjectives(okrScores), spark.table("sql_objectives"), "objective_id", (rows + 4) / 5);
    return new long[] {scores, objectives};
  }

  private static long agree(Dataset<Row> okr, Dataset<Row> sql, String key, long expected) {
    Dataset<Row> joined = okr.withColumnRenamed("score", "okr").join(sql.withColumnRenamed("score", "sql"), key);
    long matched = joined.count();
    long differing = joined.filter(functions.abs(col("okr").minus(col("sql"))).gt(TOLERANCE)
        .or(col("okr").isNull()).or(col("sql").isNull())).count();
    if (matched != expected || differing != 0) {
      throw new AssertionError("okr-spark and Spark SQL disagree by " + key + ": " + matched + " of " + expected
          + " matched, " + differing + " differ");
    }
    return matched;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String runs(double[] values) {
    StringBuilder text = new StringBuilder();
    for (double v : values) {
      text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
    }
    return text.toString();
  }

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
