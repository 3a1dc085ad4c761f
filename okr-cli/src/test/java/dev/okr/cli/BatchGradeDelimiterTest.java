package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGradeDelimiterTest {

  @Test
  void semicolonsDecimalCommasAndTheTrackersHeaderNames(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.csv");
    Files.writeString(in, "objective_id;Key Result ID;kind;kr_type;baseline;target;Current value;weight\n"
        + "O1;K1;committed;increase;0;10;12,5;1\n");
    Path out = dir.resolve("graded.csv");

    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", out.toString(), "--delimiter", ";", "--decimal-comma",
        "--columns", "kr_id=Key Result ID,current=Current value");

    assertThat(run.exit()).isZero();
    assertThat(Files.readAllLines(out)).containsExactly(
        "objective_id;Key Result ID;kind;kr_type;baseline;target;Current value;weight;score;attainment;grade;colour",
        "O1;K1;committed;increase;0;10;12,5;1;1.0;1.25;met;green");
  }

  @Test
  void backslashTIsATab(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.tsv");
    Files.writeString(in, "objective_id\tkr_id\tkind\tkr_type\tbaseline\ttarget\tcurrent\tweight\nO1\tK1\tcommitted\tincrease\t0\t10\t10\t1\n");
    Path out = dir.resolve("graded.tsv");

    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", out.toString(), "--delimiter", "\\t");

    assertThat(run.exit()).isZero();
    assertThat(Files.readAllLines(out)).endsWith("O1\tK1\tcommitted\tincrease\t0\t10\t10\t1\t1.0\t1.0\tmet\tgreen");
  }

  @Test
  void badUsageIsNamed(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.csv");
    Files.writeString(in, "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n");
    String out = dir.resolve("g.csv").toString();

    Run comma = Cli.run("batch-grade", "--in", in.toString(), "--out", out, "--decimal-comma");
    assertThat(comma.exit()).isEqualTo(2);
    assertThat(comma.err()).contains("--delimiter: delimiter \",\" cannot be used with decimal commas");

    Run unknown = Cli.run("batch-grade", "--in", in.toString(), "--out", out, "--columns", "kr=Key Result ID");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--columns: \"kr\" is not a column okr reads");

    Run missing = Cli.run("batch-grade", "--in", in.toString(), "--out", out, "--columns", "kr_id=Key Result ID");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("export.csv:1: header has no column \"Key Result ID\", which is mapped to kr_id");
  }

  @Test
  void theCheckInsAreReadWithTheSameDelimiterAndDecimalCommas(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.csv");
    Files.writeString(in, "objective_id;kr_id;kind;kr_type;baseline;target;current;weight;cycle\n"
        + "O1;K1;committed;increase;0;10;;1;2026-Q3\n"
        + "O1;K2;committed;increase;0;10;;1;2026-Q3\n");
    Path checkIns = dir.resolve("check-ins.csv");
    Files.writeString(checkIns, "kr_id;date;value\nK1;2026-07-15;2,5\nK1;2026-08-12;7,5\nK2;2026-08-12;1.000,5\n");
    Path out = dir.resolve("graded.csv");
    Path rejects = dir.resolve("graded.rejects.csv");

    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", out.toString(), "--check-ins", checkIns.toString(),
        "--at", "2026-08-19", "--delimiter", ";", "--decimal-comma");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out).get(1)).startsWith("O1;K1;committed;increase;0;10;;1;2026-Q3;0.75;0.75;");
    assertThat(Files.readAllLines(rejects)).containsExactly("line;reason;record",
        "3;\"check-in line 4 (2026-08-12): value \"\"1.000,5\"\" is ambiguous with decimal commas: its \"\".\"\" could be a"
            + " thousands separator or a decimal point; write the number without thousands separators and with a decimal comma\";"
            + "\"O1;K2;committed;increase;0;10;;1;2026-Q3\"");
    assertThat(run.out()).contains("check-ins: 3 read from " + InputDocument.nameOf(checkIns) + "; 0 key results with check-ins but no row");
  }

  @Test
  void aDecimalCommaInTheCheckInsWithoutTheOptionIsNamed(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.csv");
    Files.writeString(in, "objective_id;kr_id;kind;kr_type;baseline;target;current;weight\nO1;K1;committed;increase;0;10;;1\n");
    Path checkIns = dir.resolve("check-ins.csv");
    Files.writeString(checkIns, "kr_id;date;value\nK1;2026-08-12;7,5\n");
    Path out = dir.resolve("graded.csv");

    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", out.toString(), "--check-ins", checkIns.toString(),
        "--at", "2026-08-19", "--delimiter", ";");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("graded.rejects.csv"))).containsExactly("line;reason;record",
        "2;\"check-in line 2 (2026-08-12): value \"\"7,5\"\" is not a number: it has a decimal comma, and numbers are read"
            + " with a decimal point unless decimal commas are on (okr batch-grade --decimal-comma)\";"
            + "\"O1;K1;committed;increase;0;10;;1\"");
  }
}
