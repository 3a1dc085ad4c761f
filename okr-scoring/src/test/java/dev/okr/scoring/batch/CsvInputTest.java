package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Spelling;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CSV reader does with a byte order mark, bytes that are not UTF-8, blank lines, open quotes, misspelt columns. */
class CsvInputTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight";

  private record Result(BatchSummary summary, String out, String rejects) {}

  private static Result run(String input) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    BatchSummary summary = CsvBatch.of(BatchGrader.defaults()).grade(new StringReader(input), out, rejects, Optional.empty());
    return new Result(summary, out.toString(), rejects.toString());
  }

  private static Result runBytes(byte[] input) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    BatchSummary summary = CsvBatch.of(BatchGrader.defaults())
        .grade(CsvBatch.utf8(new ByteArrayInputStream(input)), out, rejects, Optional.empty());
    return new Result(summary, out.toString(), rejects.toString());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  @Test
  void aByteOrderMarkIsSkippedSoTheFirstColumnIsFound() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Result r = runBytes(concat(bom, (HEADER + "\nO1,K1,committed,increase,0,10,5,1\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(r.out().lines()).containsExactly(
        HEADER + ",score,attainment,grade,colour",
        "O1,K1,committed,increase,0,10,5,1,0.5,0.5,missed,red");
    assertThat(run("\uFEFF" + HEADER + "\nO1,K1,committed,increase,0,10,5,1\n").summary().graded()).isEqualTo(1);
  }

  @Test
  void aByteOrderMarkIsSkippedInAFileToo(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.write(in, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (HEADER + "\r\nO1,K1,committed,increase,0,10,5,1\r\n").getBytes(StandardCharsets.UTF_8)));
    BatchSummary summary = CsvBatch.of(BatchGrader.defaults())
        .grade(in, dir.resolve("out.csv"), dir.resolve("rejects.csv"), Optional.empty());
    assertThat(summary).isEqualTo(new BatchSummary(1, 1, 1, 0, 0, 1));
  }

  @Test
  void bytesThatAreNotUtf8StopTheRunNamingLineAndColumn() {
    // "café" in Latin-1 on line 3: é is the lone byte 0xE9
    byte[] input = concat((HEADER + "\nO1,K1,committed,increase,0,10,5,1\nO1,caf").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE9}, ",committed,increase,0,10,5,1\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> runBytes(input))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 3: column 7: bytes that are not valid UTF-8 (0xE9); save the file as UTF-8 (in Excel: \"CSV UTF-8\")")
        .extracting(e -> ((BatchException) e).line()).isEqualTo(3L);
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAnErrorToo() {
    byte[] input = concat((HEADER + "\nO1,K1,committed,increase,0,10,5,1,").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3});
    assertThatThrownBy(() -> runBytes(input))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 35: bytes that are not valid UTF-8 (0xC3)");
  }

  @Test
  void validMultiByteTextPassesThroughUnchanged() throws Exception {
    Result r = runBytes((HEADER + ",team\nO1,K1,committed,increase,0,10,5,1,Zürich 東京 😀\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.out().lines()).element(1).isEqualTo("O1,K1,committed,increase,0,10,5,1,Zürich 東京 😀,0.5,0.5,missed,red");
  }

  @Test
  void blankLinesAreSkippedAndCountedApartFromRows() {
    Result r = run(HEADER + "\n\nO1,K1,committed,increase,0,10,5,1\n   \n\r\nO1,K2,committed,increase,0,10,10,1\n\n");
    assertThat(r.summary()).isEqualTo(new BatchSummary(2, 2, 2, 0, 0, 1, 4));
    assertThat(r.summary().toString())
        .isEqualTo("rows in 2 = graded 2 (scored 2, unscored 0) + rejected 0; objectives 1; blank lines skipped 4");
    assertThat(r.rejects().lines()).hasSize(1);
    assertThat(r.out().lines()).hasSize(3);
  }

  @Test
  void aQuotedEmptyFieldAloneIsARowNotABlankLine() {
    Result r = run(HEADER + "\n\"\"\n");
    assertThat(r.summary()).isEqualTo(new BatchSummary(1, 0, 0, 0, 1, 0, 0));
    assertThat(r.rejects()).contains("row has 1 field; the header has 8");
  }

  @Test
  void anUnclosedQuoteStopsTheRunWithTheLineWhereTheFieldBegan() {
    String input = HEADER + "\nO1,K1,committed,increase,0,10,5,1\nO1,\"K2,committed,increase,0,10,5,1\nO1,K3,committed,increase,0,10,5,1\n";
    assertThatThrownBy(() -> run(input))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 3: column 4: a quoted field begins here and its closing quote is missing, so the rest of the input"
            + " would be read into one field")
        .extracting(e -> ((BatchException) e).line()).isEqualTo(3L);
  }

  @Test
  void closedQuotesEscapedQuotesAndQuotesInsideAFieldAreFine() {
    Result r = run(HEADER + ",note\nO1,\"K\"\"1\",committed,increase,0,10,5,1,\"two\nlines\"\nO1,K2,committed,increase,0,10,5,1,say \"hi\n"
        + "O1,K3,committed,increase,0,10,5,1,\"\"\"\"\n");
    assertThat(r.summary().graded()).isEqualTo(3);
    assertThat(r.summary().rejected()).isZero();
  }

  @Test
  void aNearMissOfAColumnOkrReadsIsAnError() {
    assertThatThrownBy(() -> run(HEADER + ",strech\nO1,K1,committed,increase,0,10,5,1,20\n"))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 1: header column 9 \"strech\" is not a column okr reads; did you mean stretch? (okr reads:"
            + " objective_id, kr_id, kind, kr_type, baseline, target, current, weight, stretch, cycle, cycle_start, cycle_end,"
            + " milestone_names, milestones_done)");
    assertThatThrownBy(() -> run("objective_id,kr_id,kind,kr_type,basline,target,current,weight\n"))
        .isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 1: header column 5 \"basline\" is not a column okr reads; did you mean baseline?");
  }

  @Test
  void otherColumnsPassThroughAndANearMissOfAColumnThatIsPresentIsNotATypo() {
    Result r = run(HEADER + ",team,currency,stretch\nO1,K1,committed,increase,0,10,5,1,growth,EUR,\n");
    assertThat(r.out().lines()).element(1).isEqualTo("O1,K1,committed,increase,0,10,5,1,growth,EUR,,0.5,0.5,missed,red");
  }

  @Test
  void editDistance() {
    assertThat(Spelling.distance("strech", "stretch", 2)).isEqualTo(1);
    assertThat(Spelling.distance("basline", "baseline", 2)).isEqualTo(1);
    assertThat(Spelling.distance("weihgt", "weight", 2)).isEqualTo(2);
    assertThat(Spelling.distance("team", "stretch", 2)).isEqualTo(3);
    assertThat(Spelling.distance("kind", "kind", 2)).isZero();
  }
}
