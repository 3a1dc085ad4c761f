package dev.okr.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.okr.scoring.batch.BatchException;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CsvBatch;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OkrExports} reads what {@code okr batch-grade} reads, to the same outcome: on okr-cli's
 * bad-input corpus of batch CSV files, each with the command's exact answer beside it, and on the
 * seed inputs of okr-scoring's CSV fuzz test graded by {@link CsvBatch} on one machine (the code
 * {@code okr batch-grade} runs). Row for row: the rejects' lines and reasons, the graded rows'
 * scores, attainments, grades and colours, the counts (rows in = graded + rejected), and where the
 * batch grader stops, the job's failure with the same line and words.
 */
class OkrExportsAgreesWithBatchGradeTest {
  private static final Path BAD = Path.of("..", "okr-cli", "src", "test", "resources", "bad-inputs", "batch-csv");
  private static final Path SEEDS = Path.of("..", "okr-scoring", "src", "test", "resources", "dev", "okr", "scoring", "batch",
      "CsvBatchFuzzTestInputs", "grade");
  private static final String UNTOUCHED = " (no output written: files already at --out, --rejects and --objectives left as they were)";

  /** A rejected row: its line and reason. */
  private record Reject(long line, String reason) {}

  /** A graded row's added fields, as the graded CSV writes them. */
  private record Graded(String score, String attainment, String grade, String colour) {}

  /** A run's outcome: the failure ({@code line: problem}), or the counts, rejects and graded rows (null when not known). */
  private record Outcome(@Nullable String failure, @Nullable String summary, @Nullable List<Reject> rejects,
      @Nullable List<Graded> graded) {}

  static Stream<Path> badInputs() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files.filter(f -> f.toString().endsWith(".csv") && !f.getFileName().toString().startsWith("_")).sorted().toList().stream();
    }
  }

  static Stream<Path> fuzzSeeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
    }
  }

  private static List<CsvRecord> records(String csv, char delimiter) {
    List<CsvRecord> out = new ArrayList<>();
    CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(csv).forEach(out::add);
    return out;
  }

  /** The command's answer, from the case's {@code .expected} file. */
  private static Outcome expected(Path file, char delimiter) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file + ".expected"));
    if (lines.get(1).equals("exit 2")) {
      String error = lines.get(lines.indexOf("--- stderr") + 1);
      String prefix = "error: {file}:";
      assertThat(error).startsWith(prefix).endsWith(UNTOUCHED);
      return new Outcome(error.substring(prefix.length(), error.length() - UNTOUCHED.length()), null, null, null);
    }
    assertThat(lines.get(1)).isEqualTo("exit 0");
    String summary = lines.stream().filter(l -> l.startsWith("rows in ")).findFirst().orElseThrow();
    return new Outcome(null, summary.replaceAll("; blank lines skipped \\d+", ""),
        section(lines, "--- file {tmp}/graded.rejects.csv").map(s -> rejects(s, delimiter)).orElse(null),
        section(lines, "--- file {tmp}/graded.csv").map(s -> graded(s, delimiter)).orElse(null));
  }

  private static Optional<String> section(List<String> lines, String title) {
    int at = lines.indexOf(title);
    if (at < 0) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("--- "); i++) {
      text.append(lines.get(i)).append('\n');
    }
    return Optional.of(text.toString());
  }

  private static List<Reject> rejects(String csv, char delimiter) {
    return records(csv, delimiter).stream().skip(1)
        .map(r -> new Reject(Long.parseLong(r.getField(0)), r.getField(1))).toList();
  }

  private static List<Graded> graded(String csv, char delimiter) {
    return records(csv, delimiter).stream().skip(1).map(r -> {
      int n = r.getFieldCount();
      return new Graded(r.getField(n - 4), r.getField(n - 3), r.getField(n - 2), r.getField(n - 1));
    }).toList();
  }

  /** What okr-scoring's CSV batch grader, which {@code okr batch-grade} runs, gives on one machine. */
  private static Outcome oneMachine(Path file, OkrExports.Options options) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    CsvBatch csv = CsvBatch.of(BatchGrader.builder().profile(options.profile().profile())
        .decimalComma(options.decimalComma()).order(dev.okr.scoring.batch.ObjectiveOrder.NONE).build())
        .delimiter(options.delimiter());
    try (Reader in = CsvBatch.utf8(Files.newInputStream(file))) {
      BatchSummary summary = csv.grade(in, out, rejects, Optional.empty());
      return new Outcome(null, summary.withBlankLines(0).toString(), rejects(rejects.toString(), options.delimiter()),
          graded(out.toString(), options.delimiter()));
    } catch (BatchException e) {
      return new Outcome(String.valueOf(e.getMessage()).replaceFirst("^line (\\d+): ", "$1: "), null, null, null);
    }
  }

  /** What {@link OkrExports} gives on a local Spark session. */
  private static Outcome spark(Path file, OkrExports.Options options) {
    SparkSession spark = LocalSpark.session();
    OkrExports.Export export = OkrExports.read(spark, file.toAbsolutePath().toString(), options);
    BatchSummary summary;
    try {
      summary = export.summary();
    } catch (OkrExportException e) {
      assertThat(e.file()).endsWith(file.getFileName().toString());
      assertThat(e.getMessage()).isEqualTo(e.file() + ":" + e.line() + ": " + e.problem());
      return new Outcome(e.line() + ": " + e.problem(), null, null, null);
    }
    List<Reject> rejects = export.rejects().orderBy("line").collectAsList().stream()
        .map(r -> new Reject(r.getLong(1), r.getString(2))).toList();
    List<Graded> graded = export.graded().orderBy("line").collectAsList().stream()
        .map(r -> new Graded(text(r, "score"), text(r, "attainment"), r.isNullAt(r.fieldIndex("grade")) ? "unscored"
            : r.getAs("grade"), r.isNullAt(r.fieldIndex("colour")) ? "" : r.getAs("colour")))
        .toList();
    long rows = export.rows().count();
    assertThat(rows).as("rows in = graded + rejected").isEqualTo(graded.size() + rejects.size());
    return new Outcome(null, summary.toString(), rejects, graded);
  }

  /** A number as the graded CSV writes it (Java's shortest round-trip form), empty when null. */
  private static String text(Row row, String field) {
    return row.isNullAt(row.fieldIndex(field)) ? "" : Double.toString(row.<Double>getAs(field));
  }

  private static OkrExports.Options options(Path file) throws IOException {
    String command = Files.readAllLines(Path.of(file + ".expected")).get(0);
    OkrExports.Options options = OkrExports.Options.profile("okr");
    if (command.contains("--delimiter ;")) {
      options = options.delimiter(';');
    }
    return options.decimalComma(command.contains("--decimal-comma"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void aBadInputGivesWhatOkrBatchGradeAnswers(Path file) throws IOException {
    OkrExports.Options options = options(file);
    Outcome expected = expected(file, options.delimiter());
    Outcome actual = spark(file, options);
    assertThat(actual.failure()).as("failure").isEqualTo(expected.failure());
    assertThat(actual.summary()).as("counts").isEqualTo(expected.summary());
    if (expected.rejects() != null) {
      assertThat(actual.rejects()).as("rejects").isEqualTo(expected.rejects());
    }
    if (expected.graded() != null) {
      assertThat(actual.graded()).as("graded rows").isEqualTo(expected.graded());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fuzzSeeds")
  void aSeedInputGradesAsTheBatchGraderGradesItOnOneMachine(Path seed) throws IOException {
    // a seed's first byte holds the fuzz test's options: bit 1 a ";" delimiter, bit 4 decimal commas with it
    byte[] bytes = Files.readAllBytes(seed);
    int flags = bytes.length == 0 ? 0 : bytes[0];
    Path file = Files.createTempDirectory("okr-seed").resolve(seed.getFileName());
    Files.write(file, bytes.length == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
    OkrExports.Options options = OkrExports.Options.profile("okr").delimiter((flags & 1) != 0 ? ';' : ',')
        .decimalComma((flags & 1) != 0 && (flags & 4) != 0);
    assertThat(spark(file, options)).isEqualTo(oneMachine(file, options));
  }

  @org.junit.jupiter.api.Test
  void aFolderOfExportsIsReadFileByFileAndTheLinesAreEachFilesOwn() throws IOException {
    Path folder = Files.createTempDirectory("okr-exports");
    String header = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n";
    Files.writeString(folder.resolve("a.csv"), header + "O1,K1,committed,increase,0,10,5,1\nO1,K2,committed,increase,0,10,x,1\n");
    Files.writeString(folder.resolve("b.csv"), header + "\"O2\",\"K1\nsecond line\",aspirational,increase,0,10,7,1\nO2,K2,aspirational,increase,0,10,,1\n");
    OkrExports.Export export = OkrExports.read(LocalSpark.session(), folder.toString());
    assertThat(export.summary().toString()).isEqualTo("rows in 4 = graded 3 (scored 2, unscored 1) + rejected 1; objectives 0");
    List<Row> rejects = export.rejects().collectAsList();
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.getString(0)).endsWith("a.csv");
      assertThat(r.getLong(1)).isEqualTo(3);
      assertThat(r.<scala.collection.Seq<String>>getAs("fields").size()).isEqualTo(8);
    });
    assertThat(export.graded().filter("objective_id = 'O2'").orderBy("line").select("line", "score", "grade").collectAsList())
        .extracting(Row::toString).containsExactly("[2,0.7,healthy]", "[4,null,null]");
  }
}
