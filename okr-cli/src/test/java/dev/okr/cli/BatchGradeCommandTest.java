package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGradeCommandTest {

  @Test
  void gradesTheSampleCsvAndEndsWithTheCounts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("graded.csv");
    Path rollups = dir.resolve("objectives.csv");

    Run run = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", out.toString(),
        "--objectives", rollups.toString(), "--threads", "2");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).as("no progress bar when not on a terminal").isEmpty();
    assertThat(run.lastLine()).isEqualTo("rows in 15 = graded 13 (scored 12, unscored 1) + rejected 2; objectives 7");
    List<String> graded = Files.readAllLines(out);
    assertThat(graded.get(0)).endsWith(",team,updated,score,attainment,grade,colour");
    assertThat(graded).hasSize(14)
        .contains("sync,sync-conflicts,committed,decrease,4.2,1.5,1.5,1,,Platform,2026-09-28,1.0,1.0,met,green");
    Path rejects = dir.resolve("graded.rejects.csv");
    assertThat(run.out()).contains("rejected rows: " + rejects.toString().replace('\\', '/'));
    assertThat(Files.readAllLines(rejects)).containsExactly(
        "line,reason,record",
        "14,\"current \"\"n/a\"\" is not a number\",\"mobile,mobile-rating,committed,increase,4.1,4.5,n/a,1,,Mobile,2026-09-27\"",
        "15,\"row has 10 fields; the header has 11\",\"mobile,mobile-offline,committed,increase,62,80,77,1,,Mobile\"");
    assertThat(Files.readAllLines(rollups)).hasSize(8).contains("sync,committed,2,2,1.0,1.0,met,green,4,5");
  }

  @Test
  void rejectsGoWhereAskedAndTheProfileIsUsed(@TempDir Path dir) throws Exception {
    Path rejects = dir.resolve("bad-rows.csv");
    Run run = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", dir.resolve("g.csv").toString(),
        "--rejects", rejects.toString(), "--profile", "gitlab", "--threads", "1");

    assertThat(run.exit()).isZero();
    assertThat(Files.readAllLines(rejects)).hasSize(3);
    // gitlab: whole percent, rounded half up
    assertThat(Files.readString(dir.resolve("g.csv"))).contains("retention,retention-8w,aspirational,increase,31,40,37.5,1,,Company,2026-09-28,0.72,");
  }

  @Test
  void sortedInputGivesTheSameRollupsWrittenAsEachObjectiveEnds(@TempDir Path dir) throws Exception {
    Run any = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", dir.resolve("a.csv").toString(),
        "--objectives", dir.resolve("any.csv").toString());
    Run sorted = Cli.run("batch-grade", "--sorted", "--in", Cli.sample("check-ins.csv"), "--out", dir.resolve("b.csv").toString(),
        "--objectives", dir.resolve("sorted.csv").toString());

    assertThat(sorted.exit()).isZero();
    assertThat(sorted.lastLine()).isEqualTo(any.lastLine());
    assertThat(Files.readAllLines(dir.resolve("sorted.csv"))).isEqualTo(Files.readAllLines(dir.resolve("any.csv")));
  }

  @Test
  void aForcedProgressBarReportsOnStandardError(@TempDir Path dir) {
    Run run = Cli.run("batch-grade", "--progress", "--in", Cli.sample("check-ins.csv"), "--out", dir.resolve("g.csv").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("grading").contains("rows");
    assertThat(run.lastLine()).startsWith("rows in 15 = ");
  }

  @Test
  void unusableInputIsOneLineNamingTheFileAndLine(@TempDir Path dir) throws Exception {
    Path noHeader = dir.resolve("krs.csv");
    Files.writeString(noHeader, "objective_id,kr_id,kind\no1,k1,committed\n");
    Run run = Cli.run("batch-grade", "--in", noHeader.toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + noHeader.toString().replace('\\', '/') + ":1: ");
    assertThat(run.err().strip()).doesNotContain("\n");

    Run missing = Cli.run("batch-grade", "--in", dir.resolve("nope.csv").toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.csv").toString().replace('\\', '/') + ": no such file\n");

    Run same = Cli.run("batch-grade", "--in", noHeader.toString(), "--out", noHeader.toString());
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("would overwrite the input");

    Run usage = Cli.run("batch-grade", "--in", noHeader.toString());
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required option: '--out=FILE.csv'");
  }

  @Test
  void bytesThatAreNotUtf8AndAnOpenQuoteAreUsageErrorsNamingFileAndLine(@TempDir Path dir) throws Exception {
    String header = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n";
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, (header + "O1,caf\u00e9,committed,increase,0,10,5,1\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Run run = Cli.run("batch-grade", "--in", latin1.toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("latin1.csv:2: column 7: bytes that are not valid UTF-8 (0xE9)");

    Path open = dir.resolve("open.csv");
    Files.writeString(open, header + "O1,K1,committed,increase,0,10,5,1\nO1,\"K2,committed,increase,0,10,5,1\n"
        + "O1,K3,committed,increase,0,10,5,1\n");
    run = Cli.run("batch-grade", "--in", open.toString(), "--out", dir.resolve("g.csv").toString(), "--threads", "2");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("open.csv:3: column 4: a quoted field begins here and its closing quote is missing");
  }

  @Test
  void anExcelCsvUtf8WithBlankLinesIsGradedAndTheBlankLinesCounted(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("excel.csv");
    Files.writeString(in, "\uFEFFobjective_id,kr_id,kind,kr_type,baseline,target,current,weight\r\n"
        + "O1,K1,committed,increase,0,10,5,1\r\n\r\nO1,K2,committed,increase,0,10,10,1\r\n\r\n");
    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.lastLine()).isEqualTo("rows in 2 = graded 2 (scored 2, unscored 0) + rejected 0; objectives 0; blank lines skipped 2");
  }

  @Test
  void theThreeOutputsMustBeThreeDifferentFiles(@TempDir Path dir) throws Exception {
    String in = Cli.sample("check-ins.csv");
    Path out = dir.resolve("g.csv");
    Run same = Cli.run("batch-grade", "--in", in, "--out", out.toString(), "--rejects", dir.resolve("sub/../g.csv").toString());
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("name the same file; each output needs a file of its own");
    assertThat(out).doesNotExist();

    Run rollups = Cli.run("batch-grade", "--in", in, "--out", out.toString(), "--objectives", dir.resolve("g.rejects.csv").toString());
    assertThat(rollups.exit()).isEqualTo(2);
    assertThat(rollups.err()).contains("--objectives").contains("--rejects (default)");

    Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Run viaLink = Cli.run("batch-grade", "--in", in, "--out", dir.resolve("real/g.csv").toString(),
        "--rejects", dir.resolve("r.csv").toString(), "--objectives", link.resolve("g.csv").toString());
    assertThat(viaLink.exit()).isEqualTo(2);
    assertThat(viaLink.err()).contains("--objectives").contains("--out");
  }

  @Test
  void formulaCellsAreNeutralisedUnlessRawCellsIsGiven(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "objective_id,kr_id,kind,kr_type,baseline,target,current,weight,note\n"
        + "O1,K1,committed,increase,-10,10,0,1,=1+1\n");
    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(run.exit()).isZero();
    assertThat(Files.readAllLines(dir.resolve("g.csv"))).element(1).isEqualTo("O1,K1,committed,increase,-10,10,0,1,'=1+1,0.5,0.5,missed,red");
    run = Cli.run("batch-grade", "--raw-cells", "--in", in.toString(), "--out", dir.resolve("g.csv").toString());
    assertThat(run.exit()).isZero();
    assertThat(Files.readAllLines(dir.resolve("g.csv"))).element(1).isEqualTo("O1,K1,committed,increase,-10,10,0,1,=1+1,0.5,0.5,missed,red");
  }

  @Test
  void aFailedRunLeavesEarlierOutputsAsTheyWereAndSaysSo(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("g.csv"), "earlier graded\n");
    Path rejects = Files.writeString(dir.resolve("g.rejects.csv"), "earlier rejects\n");
    Path objectives = Files.writeString(dir.resolve("o.csv"), "earlier rollups\n");
    Path in = Files.writeString(dir.resolve("in.csv"), "objective_id,kr_id,kind,kr_type,baseline,target,current,weight\n"
        + "O1,K1,committed,increase,0,10,5,1\nO1,\"K2\n");

    Run run = Cli.run("batch-grade", "--in", in.toString(), "--out", out.toString(), "--objectives", objectives.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("in.csv:3: column 4: a quoted field begins here")
        .contains("(no output written: files already at --out, --rejects and --objectives left as they were)");
    assertThat(out).hasContent("earlier graded");
    assertThat(rejects).hasContent("earlier rejects");
    assertThat(objectives).hasContent("earlier rollups");
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("g.csv", "g.rejects.csv", "o.csv", "in.csv");
    }
  }

  @Test
  void checkInsGiveStatusExpectedAndForecastAndUnmatchedOnesAreReported(@TempDir Path dir) throws Exception {
    Path rows = Files.writeString(dir.resolve("rows.csv"), """
        objective_id,kr_id,kind,kr_type,baseline,target,current,weight,cycle
        sync,sync-latency,committed,at-most,,800,,1,2026-Q3
        """);
    Path checkIns = Files.writeString(dir.resolve("check-ins.csv"), """
        kr_id,date,value
        sync-latency,2026-07-20,760
        sync-latency,2026-07-06,910
        gone,2026-07-06,1
        """);
    Path out = dir.resolve("graded.csv");

    Run run = Cli.run("batch-grade", "--in", rows.toString(), "--out", out.toString(), "--check-ins", checkIns.toString(),
        "--at", "2026-08-19");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out).get(0)).endsWith(",cycle,score,attainment,grade,colour,status,expected,forecast");
    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(run.out()).contains("check-ins: 3 read from " + checkIns.toString().replace('\\', '/')
        + "; 1 key result with check-ins but no row");
    assertThat(run.out()).contains(":4: kr_id gone has check-ins but no row in ");
  }

  @Test
  void aMalformedCheckInLineStopsTheRunNamingFileAndLineAndCheckInsNeedAt(@TempDir Path dir) throws Exception {
    Path checkIns = Files.writeString(dir.resolve("check-ins.csv"), "kr_id,date,value\nk,2026-07-06,1\nk,06/07/2026,2\n");
    Path out = dir.resolve("graded.csv");

    Run bad = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", out.toString(), "--check-ins",
        checkIns.toString(), "--at", "2026-08-19");
    Run noDate = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", out.toString(), "--check-ins",
        checkIns.toString());

    assertThat(bad.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(bad.err()).contains("check-ins.csv:3: column 2: date \"06/07/2026\" is not a day written YYYY-MM-DD");
    assertThat(out).doesNotExist();
    assertThat(noDate.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(noDate.err()).contains("--check-ins needs --at");
  }
}
