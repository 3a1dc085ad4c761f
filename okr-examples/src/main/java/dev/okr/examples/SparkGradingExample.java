package dev.okr.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.batch.Columns;
import dev.okr.spark.OkrColumns;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Example 4, for data teams whose exports outgrow one machine: the key result scores of {@code okr
 * batch-grade} inside Apache Spark, with okr-spark's {@link OkrColumns} (the profile's formulas as
 * Spark expressions, no UDF). It reads a batch CSV export, adds {@code score} (null when the row
 * cannot be scored) and {@code reason} (why not), and writes the rows as CSV.
 *
 * <p>Run it with {@code spark-submit --class dev.okr.examples.SparkGradingExample --jars
 * okr-spark.jar,okr-scoring.jar,okr-core.jar,guava.jar okr-examples.jar IN.csv OUT_DIR [PROFILE]};
 * Spark itself is a provided dependency. The file is read with Spark's own CSV reader in {@code
 * FAILFAST} mode: a value Spark cannot read as its column's type (a word where a number belongs, a
 * binary check-in written {@code yes} instead of 1) fails the job that reads that column rather
 * than being dropped; {@code okr batch-grade} reports such lines one by one.
 */
public final class SparkGradingExample {
  /** The batch layout's number columns, read as doubles; every other column is text. */
  static final List<String> NUMBERS =
      List.of(Columns.BASELINE, Columns.TARGET, Columns.CURRENT, Columns.WEIGHT, Columns.STRETCH);

  private SparkGradingExample() {}

  /**
   * Grades a CSV with Spark.
   *
   * @param args {@code IN.csv OUT_DIR [PROFILE]}; the master comes from {@code spark-submit}
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SparkGradingExample IN.csv OUT_DIR [PROFILE]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("okr-grading").getOrCreate();
    try {
      Dataset<Row> graded = grade(read(spark, args[0]), args.length > 2 ? args[2] : "okr").cache();
      graded.write().mode(SaveMode.Overwrite).option("header", "true").csv(args[1]);
      long scored = graded.filter(col("score").isNotNull()).count();
      System.out.printf(Locale.ROOT, "%d rows, %d scored; written to %s%n", graded.count(), scored, args[1]);
    } finally {
      spark.stop();
    }
  }

  /** A batch CSV export with a header: the number columns as doubles, the rest as text; a malformed line fails the job. */
  public static Dataset<Row> read(SparkSession spark, String input) {
    StructType schema = new StructType();
    for (String c : spark.read().option("header", "true").csv(input).columns()) {
      schema = schema.add(c, NUMBERS.contains(c.strip().toLowerCase(Locale.ROOT)) ? DataTypes.DoubleType : DataTypes.StringType);
    }
    return spark.read().schema(schema).option("header", "true").option("mode", "FAILFAST").csv(input);
  }

  /**
   * The rows with {@code score} and {@code reason} under the built-in profile named {@code
   * profile}; a missing {@code stretch} column means no stretch targets.
   *
   * @throws dev.okr.scoring.ScoringException when no built-in profile has the name (on the driver)
   */
  public static Dataset<Row> grade(Dataset<Row> krs, String profile) {
    Profile p = Profiles.named(profile);
    Column stretch = Arrays.asList(krs.columns()).contains(Columns.STRETCH) ? col(Columns.STRETCH)
        : lit(null).cast(DataTypes.DoubleType);
    return krs.withColumn("graded", OkrColumns.grade(p, col(Columns.KR_TYPE), col(Columns.BASELINE),
            col(Columns.TARGET), col(Columns.CURRENT), stretch))
        .withColumn("score", col("graded.score"))
        .withColumn("reason", col("graded.reason"))
        .drop("graded");
  }
}
