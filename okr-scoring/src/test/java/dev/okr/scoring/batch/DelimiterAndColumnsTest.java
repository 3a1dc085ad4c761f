package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delimiters, decimal commas and a tracker's own header names. */
class DelimiterAndColumnsTest {
  private record Result(BatchSummary summary, String out, String rejects, String rollups) {}

  private static Result run(String input, CsvBatch batch) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = batch.grade(new StringReader(input), out, rejects, Optional.of(rollups));
    return new Result(summary, out.toString(), rejects.toString(), rollups.toString());
  }

  private static CsvBatch decimalComma(char delimiter) {
    return CsvBatch.of(BatchGrader.builder().decimalComma(true).build()).delimiter(delimiter);
  }

  @Test
  void semicolonsAndDecimalCommasReadAsNumbersAndOutputsKeepTheDelimiter() {
    Result r = run("""
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight;team
        O1;K1;committed;increase;0;10;12,5;1;a;b
        O1;K2;committed;increase;0;10;2,5;0,5;"x;y"
        """.replace(";a;b", ";a"), decimalComma(';'));

    assertThat(r.out()).isEqualTo("""
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight;team;score;attainment;grade;colour
        O1;K1;committed;increase;0;10;12,5;1;a;1.0;1.25;met;green
        O1;K2;committed;increase;0;10;2,5;0,5;"x;y";0.25;0.25;missed;red
        """);
    assertThat(r.rejects()).isEqualTo("line;reason;record\n");
    // (1.0 * 1 + 0.25 * 0.5) / 1.5 = 0.75
    assertThat(r.rollups()).startsWith("objective_id;kind;").contains("\nO1;committed;2;2;0.75;");
  }

  @Test
  void tabSeparatesFields() {
    Result r = run("objective_id\tkr_id\tkind\tkr_type\tbaseline\ttarget\tcurrent\tweight\n"
        + "O1\tK1\tcommitted\tincrease\t0\t10\t5,5\t1\n", decimalComma('\t'));

    assertThat(r.out()).endsWith("\nO1\tK1\tcommitted\tincrease\t0\t10\t5,5\t1\t0.55\t0.55\tmissed\tred\n");
  }

  @Test
  void ambiguousOrMalformedNumbersAreRejectedWithTheReason() {
    Result r = run("""
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight
        O1;K1;committed;increase;0;1.000;5;1
        O1;K2;committed;increase;0;10;1,2,5;1
        O1;K3;committed;increase;0;10;5;1,,
        O1;K4;committed;increase;0;10;-2,5;1
        """, decimalComma(';'));

    assertThat(r.rejects()).isEqualTo("""
        line;reason;record
        2;"target ""1.000"" is ambiguous with decimal commas: its ""."" could be a thousands separator or a decimal point; \
        write the number without thousands separators and with a decimal comma";"O1;K1;committed;increase;0;1.000;5;1"
        3;"current ""1,2,5"" is not a number: it has more than one comma (thousands separators are not read); \
        write the number without thousands separators and with one decimal comma";"O1;K2;committed;increase;0;10;1,2,5;1"
        4;"weight ""1,,"" is not a number: it has more than one comma (thousands separators are not read); \
        write the number without thousands separators and with one decimal comma";"O1;K3;committed;increase;0;10;5;1,,"
        """);
    // a number with a decimal comma is a number, not a formula: not neutralised
    assertThat(r.out()).contains("\nO1;K4;committed;increase;0;10;-2,5;1;0.0;-0.25;");
  }

  @Test
  void withoutDecimalCommasACommaNumberIsRejectedSayingSo() {
    Result r = run("""
        objective_id;kr_id;kind;kr_type;baseline;target;current;weight
        O1;K1;committed;increase;0;10;12,5;1
        """, CsvBatch.of(BatchGrader.defaults()).delimiter(';'));

    assertThat(r.rejects()).contains("2;\"current \"\"12,5\"\" is not a number: it has a decimal comma, and numbers are read"
        + " with a decimal point unless decimal commas are on (okr batch-grade --decimal-comma)\";");
  }

  @Test
  void decimalsReadWithACommaOnlyWhenAsked() {
    assertThat(Decimals.parse("12,5", true)).isEqualTo(12.5);
    assertThat(Decimals.parse(" -0,25 ", true)).isEqualTo(-0.25);
    assertThat(Decimals.parse("7", true)).isEqualTo(7.0);
    assertThat(Decimals.parse("12.5", false)).isEqualTo(12.5);
    assertThatThrownBy(() -> Decimals.parse("1.234,5", true)).hasMessageStartingWith("is ambiguous with decimal commas");
    assertThatThrownBy(() -> Decimals.parse("1,234.5", false)).hasMessage("is not a number");
    assertThatThrownBy(() -> Decimals.parse("abc,d", false)).hasMessage("is not a number");
  }

  @Test
  void unusableDelimitersAreRefusedNamingThem() {
    CsvBatch batch = CsvBatch.of(BatchGrader.defaults());
    assertThatThrownBy(() -> batch.delimiter('"')).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter \"\"\" cannot separate fields: it is a quote or a line end");
    assertThatThrownBy(() -> batch.delimiter('.')).hasMessage(
        "delimiter \".\" cannot separate fields: it is a space, a letter, a digit or part of a number");
    assertThatThrownBy(() -> decimalComma(',')).hasMessage(
        "delimiter \",\" cannot be used with decimal commas: 12,5 would be read as two fields; use ; or tab");
  }

  @Test
  void theTrackersHeaderNamesAreReadAsOkrColumnsAndKeptInTheOutput() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("kr_id", "Key Result ID");
    map.put("current", "Current value");
    Result r = run("""
        objective_id,Key Result ID,kind,kr_type,baseline,target,current value ,weight
        O1,K1,committed,increase,0,10,7,1
        """, CsvBatch.of(BatchGrader.defaults()).columns(map));

    assertThat(r.out()).isEqualTo("""
        objective_id,Key Result ID,kind,kr_type,baseline,target,current value ,weight,score,attainment,grade,colour
        O1,K1,committed,increase,0,10,7,1,0.7,0.7,missed,red
        """);
  }

  @Test
  void anUnknownOkrColumnOrAMissingHeaderIsNamed() {
    CsvBatch batch = CsvBatch.of(BatchGrader.defaults());
    assertThatThrownBy(() -> batch.columns(Map.of("kr", "Key Result ID"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"kr\" is not a column okr reads (okr reads: objective_id, kr_id, kind, kr_type, baseline, target,"
            + " current, weight, stretch, cycle, cycle_start, cycle_end,"
            + " milestone_names, milestones_done)");
    CsvBatch mapped = batch.columns(Map.of("kr_id", "KR"));
    assertThatThrownBy(() -> run("objective_id,Key Result ID,kind\nO1,K1,committed\n", mapped))
        .isInstanceOf(BatchException.class)
        .hasMessage("line 1: header has no column \"KR\", which is mapped to kr_id (header: objective_id,Key Result ID,kind)");
    assertThatThrownBy(() -> run("objective_id,kr_id,KR\nO1,K1,K1\n", mapped))
        .hasMessage("line 1: header column 2 is kr_id, and column \"KR\" is also mapped to kr_id; map one of them only");
  }
}
