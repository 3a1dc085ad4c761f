package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the CSV batch grader with its strict UTF-8 reader and quote checker (docs/fuzzing.md).
 * The input's first byte chooses the options (bit 0: {@code ;} instead of {@code ,}; bit 1:
 * rollups; bit 2: decimal commas, with {@code ;}; bit 3: {@link ObjectiveOrder#CONTIGUOUS}; bit
 * 4: raw cells); the rest is the CSV file's bytes. A run ends in a summary or a {@link
 * BatchException}, never any other exception; after a summary the counts add up against the
 * input (records = header + rows in + blank lines; rows in = graded + rejected), and every output
 * is whole: it parses as CSV into its header and exactly one record per graded row, rejected row
 * or rollup, each with its columns. Under plain {@code mvn test} it runs the seeds in {@code
 * CsvBatchFuzzTestInputs/grade/}.
 */
class CsvBatchFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void grade(byte[] input) {
    int options = input.length == 0 ? 0 : input[0];
    byte[] csv = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    char delimiter = (options & 1) != 0 ? ';' : ',';
    boolean rollups = (options & 2) != 0;
    BatchGrader grader = BatchGrader.builder()
        .decimalComma(delimiter == ';' && (options & 4) != 0)
        .order((options & 8) != 0 ? ObjectiveOrder.CONTIGUOUS : ObjectiveOrder.ANY)
        .build();
    CsvBatch batch = CsvBatch.of(grader).delimiter(delimiter).rawCells((options & 16) != 0);

    StringWriter graded = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter objectives = new StringWriter();
    BatchSummary summary;
    try {
      summary = batch.grade(CsvBatch.utf8(new ByteArrayInputStream(csv)), graded, rejects,
          rollups ? Optional.of(objectives) : Optional.empty());
    } catch (BatchException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }

    String text = new String(csv, StandardCharsets.UTF_8);
    List<CsvRecord> records = read(text.startsWith("\uFEFF") ? text.substring(1) : text, delimiter);
    assertThat(summary.rowsIn() + summary.blankLines() + 1).as("header, rows and blank lines of %s", summary)
        .isEqualTo(records.size());
    assertThat(summary.graded() + summary.rejected()).isEqualTo(summary.rowsIn());
    assertThat(summary.scored() + summary.unscored()).isEqualTo(summary.graded());

    // the header is the first record that is not a blank line: blank lines before it are skipped too
    int columns = records.stream().filter(r -> r.getFieldCount() > 1 || !r.getField(0).isBlank()).findFirst()
        .orElseThrow().getFieldCount();
    List<CsvRecord> out = read(graded.toString(), delimiter);
    assertThat(out).as("graded output").hasSize((int) summary.graded() + 1);
    out.forEach(r -> assertThat(r.getFieldCount()).as("fields of graded %s", r).isEqualTo(columns + 4));

    List<CsvRecord> rejected = read(rejects.toString(), delimiter);
    assertThat(rejected).as("rejects output").hasSize((int) summary.rejected() + 1);
    long lastLine = text.lines().count() + 1;
    for (CsvRecord r : rejected.subList(1, rejected.size())) {
      assertThat(r.getFieldCount()).as("fields of reject %s", r).isEqualTo(3);
      assertThat(Long.parseLong(r.getField(0))).as("line of reject %s", r).isBetween(2L, lastLine);
    }

    if (rollups) {
      List<CsvRecord> rolled = read(objectives.toString(), delimiter);
      assertThat(rolled).as("rollups output").hasSize((int) summary.objectives() + 1);
      rolled.forEach(r -> assertThat(r.getFieldCount()).isEqualTo(CsvBatch.ROLLUP_COLUMNS.length));
    } else {
      assertThat(objectives.toString()).isEmpty();
    }
  }

  private static List<CsvRecord> read(String csv, char delimiter) {
    return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(csv).stream().toList();
  }
}
