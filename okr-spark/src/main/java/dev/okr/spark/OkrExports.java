package dev.okr.spark;

import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CsvBatch;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads exports in the CSV layout of {@code okr batch-grade} into Spark: every row graded or
 * rejected with its line and reason, so that rows in = graded + rejected, as in the batch grader.
 * Each file is read by okr-scoring's own CSV reader and batch grader ({@link CsvBatch}) in one task,
 * streaming, since a quoted field may span lines and a line number needs every line before it:
 * files are read in parallel, the rows of one file in one task (repartition the result to spread
 * later work).
 *
 * <pre>{@code
 * OkrExports.Export export = OkrExports.read(spark, "exports/*.csv", OkrExports.Options.profile("okr"));
 * Dataset<Row> graded = export.graded();    // objective_id, kr_id, kind, kr_type, weight, score, attainment, contribution, grade, colour, ...
 * Dataset<Row> rejects = export.rejects();  // file, line, reason, fields
 * }</pre>
 *
 * <p>The same input gives the same rows, scores, grades and reasons as {@code okr batch-grade
 * --in FILE} without {@code --objectives}; where the batch grader stops (no header, a header okr
 * cannot read, bytes that are not UTF-8, a quote left open), the job fails with an {@link
 * OkrExportException} saying {@code file:line: problem} in the batch grader's words.
 */
public final class OkrExports {
  /** The {@code outcome} of a graded row with a score. */
  public static final String SCORED = "scored";
  /** The {@code outcome} of a graded row without a score ({@code reason} says why). */
  public static final String UNSCORED = "unscored";
  /** The {@code outcome} of a rejected row ({@code reason} says why). */
  public static final String REJECTED = "rejected";

  /**
   * The rows read: the file, the line, the outcome ({@link #SCORED}, {@link #UNSCORED} or {@link
   * #REJECTED}), what the batch grader read of a graded row and gave it (null for a rejected row),
   * the reason (of an unscored or rejected row) and the row's fields as read, in the file's column
   * order.
   */
  public static final StructType ROWS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("outcome", DataTypes.StringType, false)
      .add("objective_id", DataTypes.StringType, true)
      .add("kr_id", DataTypes.StringType, true)
      .add("kind", DataTypes.StringType, true)
      .add("kr_type", DataTypes.StringType, true)
      .add("weight", DataTypes.DoubleType, true)
      .add("score", DataTypes.DoubleType, true)
      .add("attainment", DataTypes.DoubleType, true)
      .add("contribution", DataTypes.DoubleType, true)
      .add("grade", DataTypes.StringType, true)
      .add("colour", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("fields", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private OkrExports() {}

  /**
   * How exports are read: the profile, the delimiter, decimal commas and header names, as {@code
   * okr batch-grade}'s {@code --profile}/{@code --strategy}, {@code --delimiter}, {@code
   * --decimal-comma} and {@code --columns} say them.
   *
   * @param profile the profile rows are scored and graded under
   * @param delimiter the character between fields
   * @param decimalComma whether numbers are read with a decimal comma ({@code 12,5})
   * @param columns okr's column names mapped to the file's own header names
   */
  public record Options(ProfileSource profile, char delimiter, boolean decimalComma, Map<String, String> columns)
      implements Serializable {
    /**
     * Checks the options, as the batch grader does.
     *
     * @throws IllegalArgumentException when the delimiter cannot separate fields or a column mapping is wrong
     */
    public Options {
      Objects.requireNonNull(profile, "profile");
      columns = new LinkedHashMap<>(columns);
      // the batch grader's own checks, at once on the driver
      CsvBatch.of(dev.okr.scoring.batch.BatchGrader.builder().decimalComma(decimalComma).build())
          .delimiter(delimiter).columns(columns);
    }

    /** The built-in profile {@code name}, commas between fields, decimal points, okr's column names. */
    public static Options profile(String name) {
      return new Options(ProfileSource.named(name), ',', false, Map.of());
    }

    /** The profile {@code source} gives, commas between fields, decimal points, okr's column names. */
    public static Options profile(ProfileSource source) {
      return new Options(source, ',', false, Map.of());
    }

    /** These options with {@code delimiter} between fields. */
    public Options delimiter(char delimiter) {
      return new Options(profile, delimiter, decimalComma, columns);
    }

    /** These options with numbers read with a decimal comma or not. */
    public Options decimalComma(boolean on) {
      return new Options(profile, delimiter, on, columns);
    }

    /** These options with okr's columns read from the file's own header names ({@code kr_id} to {@code Key Result ID}). */
    public Options columns(Map<String, String> okrToTheirs) {
      return new Options(profile, delimiter, decimalComma, okrToTheirs);
    }
  }

  /**
   * The rows of an export read, lazily: nothing is read until an action runs. Cache {@link #rows()}
   * when several results are taken from it, or each reads the files again.
   *
   * @param rows every row read, graded or rejected, in {@link #ROWS}
   */
  public record Export(Dataset<Row> rows) {
    /** The graded rows, scored or not. */
    public Dataset<Row> graded() {
      return rows.filter(rows.col("outcome").notEqual(REJECTED));
    }

    /** The rejected rows: file, line, reason and the fields as read. */
    public Dataset<Row> rejects() {
      return rows.filter(rows.col("outcome").equalTo(REJECTED)).select("file", "line", "reason", "fields");
    }

    /**
     * The batch grader's counts over every file read (blank lines are not counted, and no
     * objectives are rolled up here): rows in = graded + rejected, graded = scored + unscored.
     *
     * @throws OkrExportException when a file cannot be read, as the batch grader stops
     */
    public BatchSummary summary() {
      Column outcome = rows.col("outcome");
      List<Row> counts = OkrExports.unwrap(() -> rows.groupBy(outcome).count().collectAsList());
      long scored = 0;
      long unscored = 0;
      long rejected = 0;
      for (Row r : counts) {
        switch (r.getString(0)) {
          case SCORED -> scored = r.getLong(1);
          case UNSCORED -> unscored = r.getLong(1);
          default -> rejected = r.getLong(1);
        }
      }
      return new BatchSummary(scored + unscored + rejected, scored + unscored, scored, unscored, rejected, 0);
    }
  }

  /** Reads the exports at {@code path} (a file, a folder, or a glob, as Spark reads paths) with okr's profile and defaults. */
  public static Export read(SparkSession spark, String path) {
    return read(spark, path, Options.profile("okr"));
  }

  /** Reads the exports at {@code path} (a file, a folder, or a glob, as Spark reads paths) with these options. */
  public static Export read(SparkSession spark, String path, Options options) {
    Objects.requireNonNull(options, "options");
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(path)
        .flatMap(new ExportReader(options));
    return new Export(spark.createDataFrame(rows, ROWS));
  }

  /**
   * Runs an action, rethrowing the {@link OkrExportException} that failed its job (Spark's {@code
   * SparkException} carries it as its cause) as it is.
   */
  static <T> T unwrap(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (Exception e) { // SparkException is checked, and Scala throws it undeclared
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof OkrExportException export) {
          throw new OkrExportException(export.file(), export.line(), export.problem(), e);
        }
      }
      throw OkrExports.<RuntimeException>rethrow(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E rethrow(Exception e) throws E {
    throw (E) e;
  }
}
