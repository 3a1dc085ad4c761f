package dev.okr.scoring.batch;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Nothing is lost: over generated CSVs mixing valid and malformed rows, every input row comes out
 * exactly once, graded or rejected with its own line number, the counts add up, the rollups cover
 * every graded row, and parallel grading writes what sequential grading writes.
 */
class BatchPropertiesTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,note";
  private static final String[] KINDS = {"committed", "aspirational", "", "Committed", "stretchy"};
  private static final String[] TYPES = {"increase", "decrease", "at-least", "at_most", "binary", "milestones", "grow", ""};
  private static final String[] NUMBERS = {"0", "1", "5", "10", "42.5", "-3", "1e2", "", "abc", "NaN", "Infinity", " 7 ", "100"};
  private static final String[] NOTES = {"", "plain", "\"with, comma\"", "\"two\nlines\"", "\"a \"\"quote\"\"\""};

  /** One generated row: its field choices, and how many fields to drop or add. */
  private static Gen<int[]> rows() {
    return lists().of(integers().between(0, 1000)).ofSize(10)
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
  }

  private static String csv(List<int[]> rows) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      int[] r = rows.get(i);
      List<String> fields = new ArrayList<>(List.of(
          "O" + r[0] % 4, "K" + i, KINDS[r[1] % KINDS.length], TYPES[r[2] % TYPES.length],
          NUMBERS[r[3] % NUMBERS.length], NUMBERS[r[4] % NUMBERS.length], NUMBERS[r[5] % NUMBERS.length],
          NUMBERS[r[6] % NUMBERS.length], NOTES[r[7] % NOTES.length]));
      int shape = r[8] % 10;
      if (shape == 0) {
        fields.remove(fields.size() - 1);
      } else if (shape == 1) {
        fields.add("extra");
      }
      text.append(String.join(",", fields)).append('\n');
    }
    return text.toString();
  }

  private record Output(BatchSummary summary, List<CsvRecord> graded, List<CsvRecord> rejects, List<CsvRecord> rollups, String raw) {}

  private static Output grade(String csv, BatchGrader grader) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = CsvBatch.of(grader).grade(new StringReader(csv), out, rejects, Optional.of(rollups));
    return new Output(summary, read(out.toString()), read(rejects.toString()), read(rollups.toString()),
        out + "\u0000" + rejects + "\u0000" + rollups);
  }

  private static List<CsvRecord> read(String csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(csv)) {
      List<CsvRecord> records = reader.stream().toList();
      return records.subList(1, records.size());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void nothingIsLost() {
    qt().forAll(lists().of(rows()).ofSizeBetween(0, 60)).checkAssert(rows -> {
      String csv = csv(rows);
      Output output = grade(csv, BatchGrader.defaults());
      BatchSummary summary = output.summary();
      assertThat(summary.rowsIn()).isEqualTo(rows.size());
      assertThat(summary.graded() + summary.rejected()).isEqualTo(summary.rowsIn());
      assertThat(output.graded()).hasSize((int) summary.graded());
      assertThat(output.rejects()).hasSize((int) summary.rejected());

      // every input row comes out exactly once, and a reject carries the row's own line number
      Map<String, Long> inputLines = new HashMap<>();
      for (CsvRecord record : read(csv)) {
        inputLines.put(record.getField(1), record.getStartingLineNumber());
      }
      List<String> seen = new ArrayList<>();
      output.graded().forEach(r -> seen.add(r.getField(1)));
      for (CsvRecord reject : output.rejects()) {
        assertThat(reject.getFieldCount()).isEqualTo(3);
        String id = CsvReader.builder().ofCsvRecord(reject.getField(2)).stream().findFirst().orElseThrow().getField(1);
        seen.add(id);
        assertThat(Long.parseLong(reject.getField(0))).isEqualTo(inputLines.get(id));
        assertThat(reject.getField(1)).isNotBlank();
      }
      assertThat(seen).containsExactlyInAnyOrderElementsOf(inputLines.keySet());

      // the rollups cover every graded row once
      long rolledUp = output.rollups().stream().mapToLong(r -> Long.parseLong(r.getField(2))).sum();
      assertThat(rolledUp).isEqualTo(summary.graded());
      assertThat(output.rollups()).hasSize((int) summary.objectives());

      // parallel grading in small chunks writes exactly what sequential grading writes
      Output parallel = grade(csv, BatchGrader.builder().parallelism(3).chunkSize(7).build());
      assertThat(parallel.raw()).isEqualTo(output.raw());
      assertThat(parallel.summary()).isEqualTo(summary);
    });
  }

  @Test
  void contiguousOrderingGivesOneRollupPerRunOfRows() {
    qt().forAll(lists().of(rows()).ofSizeBetween(0, 40)).checkAssert(rows -> {
      String csv = csv(rows);
      Output any = grade(csv, BatchGrader.defaults());
      Output contiguous = grade(csv, BatchGrader.builder().order(ObjectiveOrder.CONTIGUOUS).build());
      Output none = grade(csv, BatchGrader.builder().order(ObjectiveOrder.NONE).build());
      long rolledUp = contiguous.rollups().stream().mapToLong(r -> Long.parseLong(r.getField(2))).sum();
      assertThat(rolledUp).isEqualTo(contiguous.summary().graded());
      assertThat(contiguous.rollups().size()).isGreaterThanOrEqualTo(any.rollups().size());
      assertThat(none.rollups()).isEmpty();
      assertThat(none.summary().rowsIn()).isEqualTo(rows.size());
    });
  }
}
