package dev.okr.examples;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CsvBatch;
import dev.okr.scoring.batch.ObjectiveOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark example on a local master: the same grades and rejects as the batch API, row for row. */
class SparkGradingExampleTest {
  private static final int ROWS = 3000;
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
        .config("spark.sql.files.maxPartitionBytes", "32768")   // several partitions of a small file
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparkGradesEveryRowAsTheBatchApiDoes(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("key-results.csv");
    Files.writeString(input, export(new Random(20261122L), ROWS), StandardCharsets.UTF_8);
    Path output = dir.resolve("spark");

    // Several partitions, each graded in several chunks.
    assertThat(SparkGradingExample.read(spark, input.toString()).rdd().getNumPartitions()).isGreaterThan(2);
    SparkGradingExample.Counts counts = SparkGradingExample.run(spark, input.toString(), output.toString(), "okr", 100);
    BatchSummary batch = CsvBatch.of(BatchGrader.builder().order(ObjectiveOrder.NONE).build())
        .grade(input, dir.resolve("graded.csv"), dir.resolve("rejects.csv"), Optional.empty());

    assertThat(counts.graded() + counts.rejected()).isEqualTo(ROWS);
    assertThat(counts.graded()).isEqualTo(batch.graded());
    assertThat(counts.rejected()).isEqualTo(batch.rejected()).isPositive();

    Map<String, String> batchGraded = byKeyResult(read(dir.resolve("graded.csv")), "score", "attainment", "grade", "colour");
    Map<String, String> sparkGraded = byKeyResult(readParts(output.resolve("graded")), "score", "attainment", "grade", "colour");
    assertThat(sparkGraded).hasSize(batchGraded.size()).isEqualTo(batchGraded);

    Map<String, String> batchRejects = byKeyResult(expand(read(dir.resolve("rejects.csv")), read(input).get(0)), "reason");
    Map<String, String> sparkRejects = byKeyResult(readParts(output.resolve("rejects")), SparkGradingExample.REASON);
    assertThat(sparkRejects).isEqualTo(batchRejects);
    assertThat(sparkRejects.values()).anyMatch(r -> r.startsWith("row has 7 fields; the header has 10"))
        .anyMatch(r -> r.startsWith("row has 11 fields; the header has 10"))
        .anyMatch(r -> r.contains("is not a number"));
  }

  @Test
  void theReadmeExample(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key-results.csv");
    Files.writeString(file, export(new Random(7), 700), StandardCharsets.UTF_8);
    String input = file.toString();
    // README:spark:start
    SparkSession spark = SparkSession.builder().appName("okr-grading").getOrCreate();   // master: spark-submit's
    Dataset<Row> graded = SparkGradingExample.grade(SparkGradingExample.read(spark, input), "okr");
    // the input columns, then score, attainment, grade, colour, and reject_reason (null unless rejected)
    Dataset<Row> byTeam = graded.filter(col(SparkGradingExample.REASON).isNull())
        .groupBy("team")
        .agg(avg("score").as("mean_score"), count("score").as("scored"), count("*").as("graded"));
    byTeam.orderBy("team").show();
    // README:spark:end

    List<Row> teams = byTeam.orderBy("team").collectAsList();
    assertThat(teams).hasSize(7);
    assertThat(teams).allSatisfy(t -> assertThat(t.getDouble(1)).isBetween(0.0, 1.0));
    assertThat(teams.stream().mapToLong(t -> t.getLong(3)).sum())
        .isEqualTo(CsvBatch.of(BatchGrader.builder().order(ObjectiveOrder.NONE).build())
            .grade(file, dir.resolve("g.csv"), dir.resolve("r.csv"), Optional.empty()).graded());
  }

  @Test
  void anUnknownProfileFailsOnTheDriver() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SparkGradingExample.grade(spark.emptyDataFrame(), "jira"))
        .hasMessageContaining("jira");
  }

  /** A tracker's export: mostly good rows of every type, some with a value typed wrong or a field too few or too many. */
  static String export(Random random, int rows) {
    StringBuilder csv = new StringBuilder("objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch,team\n");
    String[] types = {"increase", "increase", "decrease", "at-least", "at-most", "binary", "milestones"};
    String[] kinds = {"committed", "aspirational", ""};
    for (int i = 0; i < rows; i++) {
      String objective = "o" + (i / 3);
      String kind = kinds[(i / 3) % 3];
      String type = types[random.nextInt(types.length)];
      double baseline = Math.round(random.nextDouble() * 1000) / 10.0;
      double target = type.equals("decrease") ? Math.round(baseline * 0.5 * 10) / 10.0 : baseline + 1 + random.nextInt(100);
      String current = switch (type) {
        case "binary" -> random.nextBoolean() ? "yes" : "no";
        case "milestones" -> Integer.toString(random.nextInt(5));
        default -> random.nextInt(20) == 0 ? "" : String.format(Locale.ROOT, "%.2f", baseline + (target - baseline) * (random.nextDouble() * 1.4 - 0.2));
      };
      String b = type.equals("binary") || type.equals("milestones") ? "" : Double.toString(baseline);
      String t = type.equals("binary") ? "" : type.equals("milestones") ? "4" : Double.toString(target);
      String stretch = type.equals("increase") && random.nextInt(5) == 0 ? Double.toString(target + 10) : "";
      String weight = random.nextInt(10) == 0 ? "2" : "1";
      String line = String.join(",", objective, "kr" + i, kind, type, b, t, current, weight, stretch, "team-" + (i % 7));
      switch (random.nextInt(60)) {
        case 0 -> line = String.join(",", objective, "kr" + i, kind, type, b, t, current);            // too few fields
        case 1 -> line = line + ",extra";                                                             // too many
        case 2 -> line = line.replaceFirst(",(" + weight + "),", ",heavy,");                         // not a number
        case 3 -> line = String.join(",", objective, "kr" + i, kind, "increase", "5", "5", "5", "1", "", "t"); // flat range
        default -> { }
      }
      csv.append(line).append('\n');
    }
    return csv.toString();
  }

  private static List<String[]> read(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(file)) {
      return reader.stream().map(r -> r.getFields().toArray(new String[0])).toList();
    }
  }

  /** The rejects' {@code line, reason, record} with the record split into the input's columns. */
  private static List<String[]> expand(List<String[]> rejects, String[] inputHeader) {
    List<String[]> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("line", "reason"));
    header.addAll(List.of(inputHeader));
    table.add(header.toArray(new String[0]));
    for (String[] reject : rejects.subList(1, rejects.size())) {
      List<String> row = new ArrayList<>(List.of(reject[0], reject[1]));
      row.addAll(CsvReader.builder().ofCsvRecord(reject[2]).stream().findFirst().orElseThrow().getFields());
      table.add(row.toArray(new String[0]));
    }
    return table;
  }

  /** Spark's part files, one header each, as one table. */
  private static List<String[]> readParts(Path dir) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        List<String[]> lines = read(part);
        if (rows.isEmpty() && !lines.isEmpty()) {
          rows.add(lines.get(0));
        }
        rows.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
      }
    }
    return rows;
  }

  /** Each row's named fields by kr_id, numbers compared as numbers ("0.5" and "0.50" alike). */
  private static Map<String, String> byKeyResult(List<String[]> table, String... fields) {
    List<String> header = List.of(table.get(0));
    Map<String, String> out = new TreeMap<>();
    for (String[] row : table.subList(1, table.size())) {
      StringBuilder value = new StringBuilder();
      for (String field : fields) {
        int at = header.indexOf(field);
        String v = at < row.length ? row[at] : "";
        value.append(normalise(v)).append('|');
      }
      out.put(row[header.indexOf("kr_id")], value.toString());
    }
    return out;
  }

  private static String normalise(String value) {
    try {
      return Double.toString(Double.parseDouble(value) + 0.0);
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
