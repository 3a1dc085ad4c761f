package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The batch's options one by one: which delimiters can separate fields (each refusal with its
 * reason), which cells are neutralised against spreadsheet formulas, and header names mapped onto
 * okr's columns, wherever the mapped column stands.
 */
class CsvBatchOptionsTest {

  @Test
  void quotesAndLineEndsCannotSeparateFields() {
    assertThat(CsvBatch.whyNotDelimiter('"', false)).isEqualTo("delimiter \"\"\" cannot separate fields: it is a quote or a line end");
    assertThat(CsvBatch.whyNotDelimiter('\n', false)).isEqualTo("delimiter \"\\n\" cannot separate fields: it is a quote or a line end");
    assertThat(CsvBatch.whyNotDelimiter('\r', false)).isEqualTo("delimiter \"\\r\" cannot separate fields: it is a quote or a line end");
  }

  @Test
  void spacesLettersDigitsAndPartsOfNumbersCannotSeparateFields() {
    for (char c : new char[] {' ', 'a', 'Z', '7', '.', '+', '-'}) {
      assertThat(CsvBatch.whyNotDelimiter(c, false)).as("%s", c).isEqualTo(
          "delimiter \"" + c + "\" cannot separate fields: it is a space, a letter, a digit or part of a number");
    }
  }

  @Test
  void aCommaCannotSeparateFieldsOfDecimalCommasAndOtherMarksCan() {
    assertThat(CsvBatch.whyNotDelimiter(',', true))
        .isEqualTo("delimiter \",\" cannot be used with decimal commas: 12,5 would be read as two fields; use ; or tab");
    assertThat(CsvBatch.whyNotDelimiter(',', false)).isNull();
    assertThat(CsvBatch.whyNotDelimiter(';', true)).isNull();
    assertThat(CsvBatch.whyNotDelimiter('\t', true)).isNull();
    assertThat(CsvBatch.whyNotDelimiter('|', false)).isNull();
    assertThatThrownBy(() -> CsvBatch.of(BatchGrader.defaults()).delimiter('x')).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is a space, a letter, a digit or part of a number");
  }

  @Test
  void cellsAFormulaWouldRunAreNeutralisedAndNumbersNever() {
    assertThat(CsvBatch.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvBatch.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvBatch.neutralise("=")).isEqualTo("'=");
    assertThat(CsvBatch.neutralise("+")).isEqualTo("'+");
    assertThat(CsvBatch.neutralise("-")).isEqualTo("'-");
    assertThat(CsvBatch.neutralise("+cmd")).isEqualTo("'+cmd");
    assertThat(CsvBatch.neutralise("-cmd")).isEqualTo("'-cmd");
    assertThat(CsvBatch.neutralise("+1")).isEqualTo("+1");
    assertThat(CsvBatch.neutralise("-0.5")).isEqualTo("-0.5");
    assertThat(CsvBatch.neutralise("plain")).isEqualTo("plain");
    assertThat(CsvBatch.neutralise("-12,5", true)).isEqualTo("-12,5");
    assertThat(CsvBatch.neutralise("-12,5", false)).isEqualTo("'-12,5");
  }

  private static String[] grade(CsvBatch batch, String csv) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    batch.grade(new StringReader(csv), out, rejects, Optional.empty());
    return new String[] {out.toString(), rejects.toString()};
  }

  @Test
  void aMappedColumnIsFoundWhereverItStands() {
    CsvBatch batch = CsvBatch.of(BatchGrader.defaults()).columns(Map.of("objective_id", "Goal"));
    String[] first = grade(batch, "Goal,kr_id,kind,kr_type,baseline,target,current,weight\nO,K,committed,increase,0,10,5,1\n");
    assertThat(first[0].lines()).containsExactly("Goal,kr_id,kind,kr_type,baseline,target,current,weight,score,attainment,grade,colour",
        "O,K,committed,increase,0,10,5,1,0.5,0.5,missed,red");
    String[] last = grade(batch, "kr_id,kind,kr_type,baseline,target,current,weight, goal \nK,committed,increase,0,10,5,1,O\n");
    assertThat(last[0].lines()).hasSize(2).last().isEqualTo("K,committed,increase,0,10,5,1,O,0.5,0.5,missed,red");
    assertThatThrownBy(() -> grade(batch, "kr_id,kind,kr_type,baseline,target,current,weight\nK,committed,increase,0,10,5,1\n"))
        .isInstanceOf(BatchException.class).hasMessageContaining("header has no column \"Goal\", which is mapped to objective_id");
  }

  @Test
  void withCheckInsTheHeaderMayNotHoldTheColumnsTheGraderThenAdds() {
    CheckInHistory history = CheckInHistory.read(new StringReader("kr_id,date,value\nK,2026-08-01,5\n"));
    CsvBatch batch = CsvBatch.of(BatchGrader.builder().history(history, java.time.LocalDate.parse("2026-08-19")).build());
    assertThatThrownBy(() -> grade(batch, "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,Status\n"))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("header already has a column \"status\", which the grader adds when it reads check-ins");
    // without check-ins the grader adds no status, and a status column is the user's
    assertThat(grade(CsvBatch.of(BatchGrader.defaults()),
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,status\nO,K,committed,increase,0,10,5,1,late\n")[0])
        .contains("O,K,committed,increase,0,10,5,1,late,0.5,0.5,missed,red");
  }

  @Test
  void theOutputsAreFlushedWhenGradingReturns() {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    java.io.BufferedWriter bufferedOut = new java.io.BufferedWriter(out, 1 << 16);
    java.io.BufferedWriter bufferedRejects = new java.io.BufferedWriter(rejects, 1 << 16);
    CsvBatch.of(BatchGrader.defaults()).grade(new StringReader(
            "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\nO,K,committed,increase,0,10,5,1\nO,,x,y,,,,\n"),
        bufferedOut, bufferedRejects, Optional.empty());
    assertThat(out.toString()).contains("O,K,committed,increase,0,10,5,1,0.5,0.5,missed,red");
    assertThat(rejects.toString()).contains("kr_id is empty");
  }

  @Test
  void aMappingNamesOkrsColumnsAndGivesEachHeaderNameOnce() {
    CsvBatch batch = CsvBatch.of(BatchGrader.defaults());
    assertThatThrownBy(() -> batch.columns(Map.of("goal", "Goal"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"goal\" is not a column okr reads (okr reads: objective_id, kr_id,");
    assertThatThrownBy(() -> batch.columns(Map.of("kr_id", " "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kr_id is mapped to an empty header name");
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("objective_id", "Key");
    twice.put(" KR_ID ", "key ");
    assertThatThrownBy(() -> batch.columns(twice)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"key\" is mapped to both objective_id and kr_id");
  }
}
