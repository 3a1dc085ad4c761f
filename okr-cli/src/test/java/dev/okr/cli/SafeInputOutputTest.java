package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.okr.cli.Cli.Run;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Nothing lost, nothing silently changed: bounded reads, one-line errors with exit code 2 for bad
 * option values, I/O failures, too little memory and unwritable output, and user text escaped in
 * text output.
 */
class SafeInputOutputTest {
  private static final String TOO_LARGE = ": larger than 67108864 bytes, the most read\n";

  // ---- bounded reads

  @Test
  void anEndlessConfigurationIsRefusedAtTheSizeLimit() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Run run = Cli.run("lint", "--config", "/dev/zero", Cli.sample("q3.yaml"));
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("error: /dev/zero" + TOO_LARGE);
  }

  @Test
  void anEndlessDocumentIsRefusedAtTheSizeLimit(@TempDir Path dir) throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
    Run run = Cli.run("lint", zero.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("error: " + InputDocument.nameOf(zero) + TOO_LARGE);

    Files.delete(zero);

    Run parse = Cli.run("parse", "--in", "/dev/zero");
    assertThat(parse.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(parse.err()).isEqualTo("error: /dev/zero" + TOO_LARGE);
  }

  @Test
  void aFileOneBytePastTheLimitIsRefusedAndOneAtTheLimitIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(InputDocument.MAX_FILE_BYTES + 1L);
    }
    Run run = Cli.run("lint", big.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("error: " + InputDocument.nameOf(big) + TOO_LARGE);

    Path atLimit = dir.resolve("at-limit.txt");
    try (RandomAccessFile file = new RandomAccessFile(atLimit.toFile(), "rw")) {
      file.setLength(InputDocument.MAX_FILE_BYTES);
    }
    assertThat(InputDocument.readText(atLimit)).hasSize(InputDocument.MAX_FILE_BYTES);
  }

  // ---- option values

  @Test
  void aDateInAnotherFormIsAUsageErrorNamingTheOptionAndTheForm() {
    Run run = Cli.run("grade", "--at", "31/12/2026", Cli.sample("q3.yaml"));
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(
        "error: Invalid value for option '--at': expected a date as YYYY-MM-DD, e.g. 2026-09-30, got '31/12/2026'\n"
            + "Try 'okr grade --help' for usage.\n");
  }

  @Test
  void anOutputOptionNamingAFolderIsAUsageErrorNamingTheOption(@TempDir Path dir) {
    Run run = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("error: --out: " + dir + ": is a folder (expected FILE.csv)\n"
        + "Try 'okr batch-grade --help' for usage.\n");
  }

  @Test
  void anOutputOptionInAFolderThatDoesNotExistIsAUsageErrorNamingTheOption(@TempDir Path dir) {
    Path out = dir.resolve("missing").resolve("graded.csv");
    Run run = Cli.run("batch-grade", "--in", Cli.sample("check-ins.csv"), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("error: --out: " + out + ": its folder does not exist (expected FILE.csv)\n"
        + "Try 'okr batch-grade --help' for usage.\n");
  }

  // ---- output that cannot be written, memory

  @Test
  void standardOutputThatCannotBeWrittenIsAnError() {
    CommandLine line = OkrCommand.commandLine();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }));
    line.setErr(new PrintWriter(err, true));

    int exit = line.execute("convert", "--to", "yaml", Cli.sample("q3.yaml"));

    assertThat(exit).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString()).isEqualTo(
        "error: standard output could not be written (is the disk full, or the reader gone?)" + System.lineSeparator());
  }

  /** What a run of {@code okr} in a JVM of its own wrote to standard error, and its exit code. */
  private record Process(int exit, String err) {}

  private static Process runJava(List<String> jvmOptions, File stdout, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    java.lang.Process p = new ProcessBuilder(command).redirectOutput(stdout).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Process(p.waitFor(), err.replace("\r\n", "\n"));
  }

  @Test
  void convertingToAFullDiskIsAnError() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists());
    Process run = runJava(List.of(), full, "convert", "--to", "yaml", Cli.sample("q3.yaml"));
    assertThat(run.err()).isEqualTo("error: standard output could not be written (is the disk full, or the reader gone?)\n");
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
  }

  @Test
  void runningOutOfMemoryIsAOneLineErrorWithExitCode2(@TempDir Path dir) throws Exception {
    StringBuilder doc = new StringBuilder("{\"objectives\": [");
    for (int i = 0; i < 150_000; i++) {
      doc.append(i == 0 ? "" : ", ").append("{\"id\": \"o").append(i)
          .append("\", \"title\": \"Objective number ").append(i).append(" with a long enough title\"")
          .append(", \"keyResults\": [\"Increase NPS from 1 to 2\"]}");
    }
    Path big = Files.writeString(dir.resolve("big.json"), doc.append("]}"));
    Process run = runJava(List.of("-Xmx48m"), dir.resolve("out.txt").toFile(), "lint", big.toString());
    assertThat(run.err()).isEqualTo("error: out of memory: the input is too large for the memory Java was given"
        + " (give it more with OKR_JAVA_OPTS=-Xmx2g)\n");
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT);
  }

  // ---- escaping in text output

  private static final String FORGING = """
      formatVersion: 1
      cycle: 2026-Q3
      objectives:
        - id: "growth\\nerror: forged"
          title: "Grow\\e[2J revenue"
          kind: committed
          owner: {team: "Sales\\u202Eevil"}
          keyResults:
            - id: "arr\\rx"
              statement: "Increase ARR from $1M to $2M\\e]0;pwned\\a"
              measurement: {type: increase, baseline: 1, target: 2}
              checkIns: [{date: 2026-08-01, value: 1.5}]
      """;

  @Test
  void gradeEscapesControlCharactersInIdsTitlesAndStatements(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("forging.yaml"), FORGING);
    Run run = Cli.run("grade", "--at", "2026-08-15", file.toString());

    assertThat(run.lines()).contains(
        "Objective growth\\nerror: forged (committed, team:Sales\\u202Eevil, 2026-Q3, in progress) [line 4]: Grow\\u001B[2J revenue",
        "  KR arr\\rx [line 9]: Increase ARR from $1M to $2M\\u001B]0;pwned\\u0007");
    assertThat(run.out()).doesNotContain("\u001B", "\r", "\u0007", "\u202E").doesNotContain("\nerror: forged");
  }

  @Test
  void lintEscapesControlCharactersInTheReport(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("forging.yaml"), FORGING);
    Run run = Cli.run("lint", "--fail-on", "never", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("      | Grow\\u001B[2J revenue\n")
        .doesNotContain("\u001B", "\r", "\u0007", "\u202E")
        .doesNotContain("\nerror: forged");
  }

  @Test
  void parseEscapesControlCharactersInTheStatement() {
    Run run = Cli.run("parse", "Increase NPS from 42 to 60\u001B[2J");
    assertThat(run.lines()[0]).isEqualTo("Increase NPS from 42 to 60\\u001B[2J");
    assertThat(run.out()).doesNotContain("\u001B");
  }

  @Test
  void convertEscapesControlCharactersInTheUnplacedLinesItLists(@TempDir Path dir) throws IOException {
    Path outline = Files.writeString(dir.resolve("no\u001B[2Jisy.md"), "Objective: Grow revenue\n- KR1: Increase ARR from $1M to $2M\nKR2:\n");
    Run run = Cli.run("convert", "--to", "json", outline.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo(InputDocument.nameOf(dir).replace("\u001B", "\\u001B")
        + "/no\\u001B[2Jisy.md:3:1: unplaced (key result label without a statement): KR2:\n");
  }

  // ---- converted documents

  @Test
  void lintingAConvertedDocumentReportsItsOwnLinesNotTheOriginals(@TempDir Path dir) throws IOException {
    Path converted = dir.resolve("q4-draft.yaml");
    Files.writeString(converted, Cli.run("convert", "--to", "yaml", Cli.sample("q4-draft.md")).out());
    List<String> yaml = Files.readAllLines(converted);
    assertThat(yaml.get(2)).as("line 3 of the converted file").isEqualTo("  - id: O1");
    assertThat(yaml).contains("    source:", "      file: ../samples/q4-draft.md", "      line: 5", "      column: 15");

    Run run = Cli.run("lint", "--fail-on", "never", converted.toString());

    assertThat(run.lines()[0]).isEqualTo(InputDocument.nameOf(converted));
    assertThat(run.lines()[1]).isEqualTo("  3:5  error  Objective has no owner; an OKR nobody owns drifts  [okr-missing-owner]");
  }
}
