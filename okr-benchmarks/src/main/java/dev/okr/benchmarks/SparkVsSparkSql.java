package dev.okr.benchmarks;

import dev.okr.examples.SparkGradingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * okr's grading inside Spark against Spark SQL computing the same clamped linear formula, on the
 * same generated CSV of increase and decrease key results, in one local Spark session.
 *
 * <ul>
 *   <li>okr: {@link SparkGradingExample} - the CSV read as text (malformed lines kept), each
 *       partition graded by okr-scoring's batch grader (parsing, validation, policies, grade and
 *       colour), written as CSV;
 *   <li>Spark SQL: the CSV read with typed columns, {@code greatest(0, least(1, (current -
 *       baseline) / (target - baseline)))} and the raw attainment, written as CSV.
 * </ul>
 *
 * <p>Both run once to warm up, then three alternating rounds; the medians are compared. Every
 * score of the last round is checked to agree within 1e-9. The last line is {@code ratio=<okr
 * seconds / Spark SQL seconds>}. Usage: {@code okr-benchmarks/bin/spark-vs-sparksql [ROWS]}.
 */
public final class SparkVsSparkSql {
  private static final int ROUNDS = 3;
  private static final long WARM_UP_ROWS = 200_000;

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
      BatchVsDuckDb.generate(warmUp, WARM_UP_ROWS, 7);
      BatchVsDuckDb.generate(input, rows, 42);
      System.out.printf(Locale.ROOT, "input: %,d rows, %,d MB; Spark %s, local[%d]%n", rows, Files.size(input) >> 20,
          spark.version(), spark.sparkContext().defaultParallelism());

      okr(spark, warmUp, dir.resolve("warm-okr"));
      sql(spark, warmUp, dir.resolve("warm-sql"));

      double[] okr = new double[ROUNDS];
      double[] sql = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        okr[r] = okr(spark, input, dir.resolve("okr-" + r));
        sql[r] = sql(spark, input, dir.resolve("sql-" + r));
      }
      long agreeing = compare(spark, dir.resolve("okr-" + (ROUNDS - 1)), dir.resolve("sql-" + (ROUNDS - 1)), rows);

      double okrSeconds = median(okr);
      double sqlSeconds = median(sql);
      System.out.printf(Locale.ROOT, "%-28s %10s   %s%n", "engine", "median s", "rounds (s)");
      System.out.printf(Locale.ROOT, "%-28s %10.3f   %s%n", "okr in Spark (mapPartitions)", okrSeconds, runs(okr));
      System.out.printf(Locale.ROOT, "%-28s %10.3f   %s%n", "Spark SQL (clamped formula)", sqlSeconds, runs(sql));
      System.out.printf(Locale.ROOT, "rows per second: okr %,.0f, Spark SQL %,.0f%n", rows / okrSeconds, rows / sqlSeconds);
      System.out.printf(Locale.ROOT, "outputs agree on all %,d scores (|okr - Spark SQL| <= 1e-9); load average %s%n",
          agreeing, loadAverage());
      System.out.printf(Locale.ROOT, "ratio=%.3f%n", okrSeconds / sqlSeconds);
    } finally {
      spark.stop();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** okr's grading: read as text, graded per partition, written as CSV; seconds taken. */
  static double okr(SparkSession spark, Path input, Path output) {
    long start = System.nanoTime();
    Dataset<Row> graded = SparkGradingExample.grade(SparkGradingExample.read(spark, input.toString()), "okr");
    graded.write().mode(SaveMode.Overwrite).option("header", "true").csv(output.toString());
    return (System.nanoTime() - start) / 1e9;
  }

  /** Spark SQL's version of the linear score, clamped to [0, 1]; seconds taken. */
  static double sql(SparkSession spark, Path input, Path output) {
    long start = System.nanoTime();
    spark.read()
        .option("header", "true")
        .schema("objective_id STRING, kr_id STRING, kind STRING, kr_type STRING, "
            + "baseline DOUBLE, target DOUBLE, current DOUBLE, weight DOUBLE")
        .csv(input.toString())
        .createOrReplaceTempView("key_results");
    spark.sql("SELECT *, greatest(0.0D, least(1.0D, (current - baseline) / (target - baseline))) AS score, "
            + "(current - baseline) / (target - baseline) AS attainment FROM key_results")
        .write().mode(SaveMode.Overwrite).option("header", "true").csv(output.toString());
    return (System.nanoTime() - start) / 1e9;
  }

  /** How many rows both outputs have with scores within 1e-9; fails if any row is missing or differs. */
  static long compare(SparkSession spark, Path okr, Path sql, long rows) {
    Dataset<Row> a = spark.read().option("header", "true").csv(okr.toString())
        .select(functions.col("kr_id"), functions.col("score").cast("double").as("okr"));
    Dataset<Row> b = spark.read().option("header", "true").csv(sql.toString())
        .select(functions.col("kr_id"), functions.col("score").cast("double").as("sql"));
    Dataset<Row> joined = a.join(b, "kr_id");
    long matched = joined.count();
    long differing = joined.filter(functions.abs(functions.col("okr").minus(functions.col("sql"))).gt(1e-9)
        .or(functions.col("okr").isNull())).count();
    if (matched != rows || differing != 0) {
      throw new AssertionError("okr and Spark SQL disagree: " + matched + " of " + rows + " rows matched, " + differing + " differ");
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
