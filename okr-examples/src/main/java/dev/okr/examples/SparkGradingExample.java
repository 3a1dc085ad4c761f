package dev.okr.examples;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.ObjectiveOrder;
import dev.okr.scoring.batch.RejectedRow;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.jspecify.annotations.Nullable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Example 4, for data teams whose exports outgrow one machine: the batch grading of {@link
 * CompanyHistoryExample} inside Apache Spark. The CSV is read into a {@code Dataset<Row>} (every
 * column as text, malformed lines kept), each partition is graded by okr-scoring's {@link
 * BatchGrader} in chunks of rows (the same formulas, policies and checks as {@code okr
 * batch-grade}), and the graded and rejected rows are written out as CSV.
 *
 * <p>Run it with {@code spark-submit --class dev.okr.examples.SparkGradingExample okr-examples.jar
 * IN.csv OUT_DIR [PROFILE]} (okr-core, okr-scoring and FastCSV on the class path, e.g. with {@code
 * --jars}); Spark itself is a provided dependency. Objective rollups are not computed here: rows of
 * an objective may sit in different partitions.
 */
public final class SparkGradingExample {
  /** The column Spark puts a malformed line in. */
  static final String CORRUPT = "_corrupt_record";

  /** The column naming why a row was rejected; null for graded rows. */
  public static final String REASON = "reject_reason";

  /** Rows graded per call of the batch grader inside a partition: bounds the memory a partition holds. */
  static final int CHUNK = 4096;

  private SparkGradingExample() {}

  /** What a run wrote. */
  public record Counts(long graded, long rejected) {}

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
      Counts counts = run(spark, args[0], args[1], args.length > 2 ? args[2] : "okr");
      System.out.println("graded " + counts.graded() + ", rejected " + counts.rejected() + "; written to " + args[1]);
    } finally {
      spark.stop();
    }
  }

  /** Reads {@code input}, grades it under {@code profile}, and writes {@code graded/} and {@code rejects/} under {@code output}. */
  public static Counts run(SparkSession spark, String input, String output, String profile) {
    return run(spark, input, output, profile, CHUNK);
  }

  static Counts run(SparkSession spark, String input, String output, String profile, int chunk) {
    Dataset<Row> results = grade(read(spark, input), profile, chunk).cache();
    try {
      Dataset<Row> graded = results.filter(functions.col(REASON).isNull()).drop(REASON);
      Dataset<Row> rejected = results.filter(functions.col(REASON).isNotNull()).drop("score", "attainment", "grade", "colour");
      // RFC 4180 quoting ("" inside quotes), as okr batch-grade and most tools write; Spark's default escapes with \.
      graded.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"").csv(output + "/graded");
      rejected.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"").csv(output + "/rejects");
      return new Counts(graded.count(), rejected.count());
    } finally {
      results.unpersist();
    }
  }

  /**
   * A CSV with a header read as text columns, plus {@value #CORRUPT} holding any line Spark could
   * not split into as many fields as the header has.
   */
  public static Dataset<Row> read(SparkSession spark, String input) {
    String[] columns = spark.read().option("header", "true").option("escape", "\"").csv(input).columns();
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, DataTypes.StringType, true);
    }
    schema = schema.add(CORRUPT, DataTypes.StringType, true);
    return spark.read()
        .schema(schema)
        .option("header", "true")
        .option("escape", "\"")   // RFC 4180: a quote inside quotes is doubled
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .csv(input);
  }

  /**
   * Grades every row with okr-scoring's batch grader: the input columns, then {@code score},
   * {@code attainment} (doubles, null when unscored or rejected), {@code grade}, {@code colour} and
   * {@value #REASON} (null unless rejected).
   */
  public static Dataset<Row> grade(Dataset<Row> rows, String profile) {
    return grade(rows, profile, CHUNK);
  }

  static Dataset<Row> grade(Dataset<Row> rows, String profile, int chunk) {
    Profiles.named(profile); // fail here, on the driver, for an unknown profile
    List<String> columns = new ArrayList<>(Arrays.asList(rows.columns()));
    boolean corrupt = columns.remove(CORRUPT);
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, DataTypes.StringType, true);
    }
    schema = schema.add("score", DataTypes.DoubleType, true)
        .add("attainment", DataTypes.DoubleType, true)
        .add("grade", DataTypes.StringType, true)
        .add("colour", DataTypes.StringType, true)
        .add(REASON, DataTypes.StringType, true);
    return rows.mapPartitions(new GradePartition(columns.toArray(new String[0]), corrupt, profile, chunk), Encoders.row(schema));
  }

  /** Grades one partition in chunks; built on the driver, run on the executors. */
  static final class GradePartition implements MapPartitionsFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] columns;
    private final boolean corrupt;
    private final String profile;
    private final int chunkSize;

    GradePartition(String[] columns, boolean corrupt, String profile, int chunkSize) {
      this.columns = columns;
      this.corrupt = corrupt;
      this.profile = profile;
      this.chunkSize = chunkSize;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      Columns header = Columns.of(Arrays.asList(columns));
      BatchGrader grader = BatchGrader.builder().profile(Profiles.named(profile)).order(ObjectiveOrder.NONE).build();
      Deque<Row> ready = new ArrayDeque<>();
      BatchSink sink = new BatchSink() {
        @Override
        public void graded(GradedRow row) {
          Score.Scored scored = row.score() instanceof Score.Scored s ? s : null;
          ready.add(out(row.row(), scored == null ? null : scored.value(),
              scored == null ? null : scored.attainment(), row.gradeText(),
              row.colourText().isEmpty() ? null : row.colourText(), null));
        }

        @Override
        public void rejected(RejectedRow row) {
          ready.add(out(row.row(), null, null, null, null, row.reason()));
        }
      };
      return new Iterator<>() {
        private long line;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty() && input.hasNext()) {
            List<KeyResultRow> chunk = new ArrayList<>(chunkSize);
            while (chunk.size() < chunkSize && input.hasNext()) {
              chunk.add(KeyResultRow.of(++line, header, fields(input.next())));
            }
            grader.grade(chunk.iterator(), sink);
          }
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return ready.poll();
        }
      };
    }

    /** The row's fields as the batch grader takes them: text, "" for empty; a malformed line split as written. */
    private String[] fields(Row row) {
      if (corrupt) {
        @Nullable String raw = row.getAs(CORRUPT);
        if (raw != null) {
          return split(raw);
        }
      }
      String[] values = new String[columns.length];
      for (int i = 0; i < columns.length; i++) {
        Object v = row.get(i);
        values[i] = v == null ? "" : v.toString();
      }
      return values;
    }

    private Row out(KeyResultRow row, @Nullable Double score, @Nullable Double attainment, @Nullable String grade,
        @Nullable String colour, @Nullable String reason) {
      Object[] values = new Object[columns.length + 5];
      for (int i = 0; i < columns.length; i++) {
        values[i] = i < row.size() ? row.get(i) : null;
      }
      values[columns.length] = score;
      values[columns.length + 1] = attainment;
      values[columns.length + 2] = grade;
      values[columns.length + 3] = colour;
      values[columns.length + 4] = reason;
      return RowFactory.create(values);
    }
  }

  /** One CSV line split into its fields, as FastCSV (and so {@code okr batch-grade}) splits it. */
  static String[] split(String line) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(line)) {
      return reader.stream().findFirst().map(r -> r.getFields().toArray(new String[0])).orElse(new String[] {""});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
