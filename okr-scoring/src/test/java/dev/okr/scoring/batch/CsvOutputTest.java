package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rejects' fixed columns, and cells a spreadsheet would run as formulas. */
class CsvOutputTest {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,note\n";

  private record Result(BatchSummary summary, String out, String rejects, String rollups) {}

  private static Result run(CsvBatch batch, String rows) {
    StringWriter out = new StringWriter();
    StringWriter rejects = new StringWriter();
    StringWriter rollups = new StringWriter();
    BatchSummary summary = batch.grade(new StringReader(HEADER + rows), out, rejects, Optional.of(rollups));
    return new Result(summary, out.toString(), rejects.toString(), rollups.toString());
  }

  @Test
  void rejectsHaveThreeColumnsWhateverTheRowWithTheRecordAsOneQuotedField() {
    Result r = run(CsvBatch.of(BatchGrader.defaults()),
        "O1,K1,committed,increase,0,10\n"
            + "O1,K2,committed,increase,abc,10,5,1,\"two\nlines, and a \"\"quote\"\"\"\n"
            + "O1,K3,committed,increase,0,10,5,1,x,extra,fields\n");
    assertThat(r.rejects()).isEqualTo(
        "line,reason,record\n"
            + "2,\"row has 6 fields; the header has 9\",\"O1,K1,committed,increase,0,10\"\n"
            + "3,\"baseline \"\"abc\"\" is not a number\",\"O1,K2,committed,increase,abc,10,5,1,\"\"two\n"
            + "lines, and a \"\"\"\"quote\"\"\"\"\"\"\"\n"
            + "5,\"row has 11 fields; the header has 9\",\"O1,K3,committed,increase,0,10,5,1,x,extra,fields\"\n");
    List<CsvRecord> records = CsvReader.builder().ofCsvRecord(r.rejects()).stream().toList();
    assertThat(records).hasSize(4).allSatisfy(record -> assertThat(record.getFieldCount()).isEqualTo(3));
    assertThat(records.get(2).getField(2)).isEqualTo("O1,K2,committed,increase,abc,10,5,1,\"two\nlines, and a \"\"quote\"\"\"");
  }

  @Test
  void formulaCellsAreNeutralisedAndNumbersAreNot() {
    Result r = run(CsvBatch.of(BatchGrader.defaults()), """
        =O1,K1,committed,increase,-5,+5,-1e0,1,=HYPERLINK("http://x")
        @O2,K2,committed,increase,0,10,5,1,+1 call
        O3,K3,committed,increase,0,10,5,1,-
        O3,K4,committed,increase,0,10,5,1,"\tx"
        =O4,K5,committed,increase,abc,10,5,1,-3.5
        """);
    assertThat(r.out().lines()).containsExactly(
        "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,note,score,attainment,grade,colour",
        "'=O1,K1,committed,increase,-5,+5,-1e0,1,\"'=HYPERLINK(\"\"http://x\"\")\",0.4,0.4,missed,red",
        "'@O2,K2,committed,increase,0,10,5,1,'+1 call,0.5,0.5,missed,red",
        "O3,K3,committed,increase,0,10,5,1,'-,0.5,0.5,missed,red",
        "O3,K4,committed,increase,0,10,5,1,'\tx,0.5,0.5,missed,red");
    assertThat(r.rejects().lines()).containsExactly(
        "line,reason,record",
        "6,\"baseline \"\"abc\"\" is not a number\",\"'=O4,K5,committed,increase,abc,10,5,1,-3.5\"");
    assertThat(r.rollups().lines()).contains(
        "'=O1,committed,1,1,0.4,0.4,missed,red,2,2",
        "'@O2,committed,1,1,0.5,0.5,missed,red,3,3");
  }

  @Test
  void rawCellsAreWrittenAsRead() {
    Result r = run(CsvBatch.of(BatchGrader.defaults()).rawCells(true), "=O1,K1,committed,increase,0,10,5,1,@x\n");
    assertThat(r.out().lines()).element(1).isEqualTo("=O1,K1,committed,increase,0,10,5,1,@x,0.5,0.5,missed,red");
    assertThat(r.rollups().lines()).element(1).isEqualTo("=O1,committed,1,1,0.5,0.5,missed,red,2,2");
  }

  @Test
  void neutralise() {
    assertThat(CsvBatch.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvBatch.neutralise("-2")).isEqualTo("-2");
    assertThat(CsvBatch.neutralise("+2.5e3")).isEqualTo("+2.5e3");
    assertThat(CsvBatch.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvBatch.neutralise("\r=x")).isEqualTo("'\r=x");
    assertThat(CsvBatch.neutralise("a=b")).isEqualTo("a=b");
    assertThat(CsvBatch.neutralise("")).isEmpty();
  }
}
