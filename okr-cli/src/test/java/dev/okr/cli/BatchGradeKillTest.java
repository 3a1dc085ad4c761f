package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of {@code okr batch-grade} killed half-way (as by {@code kill -9}, a crash or a power cut)
 * leaves the files already at {@code --out}, {@code --rejects} and {@code --objectives} byte for byte
 * as they were, creates no file under an output's name, and leaves at most its own temporary files
 * ({@code .<name>.<random>.tmp}) beside the outputs, as okr-scoring/docs/batch.md says.
 *
 * <p>The run is a JVM of its own on the test's class path, interpreted only ({@code -Xint}) and on
 * one thread so that it is still grading when the test sees its temporary graded file grow; the test
 * then kills it with {@link Process#destroyForcibly()}. Nothing here depends on timing but the order
 * of events: the kill comes after the temporary file has grown and before the input is read to its
 * end, which the test checks rather than assumes.
 */
class BatchGradeKillTest {

  /** Rows in the input: far more than the run grades before the test sees its temporary file grow. */
  private static final int ROWS = 200_000;

  /** The temporary file of an output, as {@code CsvBatch} names it. */
  private static final Pattern TEMPORARY = Pattern.compile("\\.(graded|rejects|objectives)\\.csv\\.[0-9a-f]+\\.tmp");

  @Test
  void aRunKilledHalfWayLeavesTheOldOutputsAsTheyWereAndOnlyItsTemporaryFiles(@TempDir Path dir) throws Exception {
    Path input = writeInput(dir.resolve("krs.csv"));
    Map<String, byte[]> old = new TreeMap<>();
    old.put("graded.csv", "objective_id,kr_id,score\nOLD,kept,0.5\n".getBytes(StandardCharsets.UTF_8));
    old.put("rejects.csv", "line,reason,record\n7,\"from last week's run\",\"OLD,x\"\n".getBytes(StandardCharsets.UTF_8));
    old.put("objectives.csv", "objective_id,score\nOLD,0.25\n".getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> file : old.entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }

    Process run = start(dir, "batch-grade", "--in", input.toString(), "--out", dir.resolve("graded.csv").toString(),
        "--rejects", dir.resolve("rejects.csv").toString(), "--objectives", dir.resolve("objectives.csv").toString(),
        "--threads", "1", "--no-progress");
    long sizeSeen;
    try {
      sizeSeen = waitUntilGrowing(dir, run);
    } finally {
      run.destroyForcibly();
      run.waitFor();
    }

    assertThat(sizeSeen).as("the graded rows written when the run was killed").isGreaterThan(0);
    for (Map.Entry<String, byte[]> file : old.entrySet()) {
      assertThat(Files.readAllBytes(dir.resolve(file.getKey()))).as("%s after the kill", file.getKey())
          .isEqualTo(file.getValue());
    }
    List<String> left = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).sorted().forEach(left::add);
    }
    List<String> others = left.stream()
        .filter(name -> !old.containsKey(name) && !name.equals("krs.csv") && !name.equals("okr.err"))
        .toList();
    assertThat(others).as("files other than the input and the old outputs").allMatch(name -> TEMPORARY.matcher(name).matches());
    // the graded output's temporary file was seen growing, so it is among them: partial, and never under a final name
    assertThat(others).anyMatch(name -> name.startsWith(".graded.csv."));
    Path partial = dir.resolve(others.stream().filter(name -> name.startsWith(".graded.csv.")).findFirst().orElseThrow());
    assertThat(Files.size(partial)).as("the killed run's graded rows").isLessThan(Files.size(input));
  }

  /** Writes {@value #ROWS} rows of 100 objectives, a few of them rejected, and returns the file. */
  private static Path writeInput(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("objective_id,kr_id,kind,kr_type,baseline,target,current,weight,stretch\n");
      for (int i = 0; i < ROWS; i++) {
        String current = i % 97 == 0 ? "not-a-number" : Integer.toString(i % 120);
        out.write("O" + (i % 100) + ",kr" + i + ",committed,increase,10,110," + current + ",1,\n");
      }
    }
    return file;
  }

  /** {@code okr} with these arguments in a JVM of its own, interpreted only; standard error goes to okr.err. */
  private static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xint");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("okr.err").toFile())
        .start();
  }

  /**
   * Waits until the run's temporary graded file exists and has grown past its first write, and
   * returns its size then. Fails, naming what the run said, when the run ends first: it would then
   * have graded the whole input, and the input must be made larger.
   */
  private static long waitUntilGrowing(Path dir, Process run) throws Exception {
    long first = -1;
    for (int poll = 0; poll < 60_000; poll++) {
      if (!run.isAlive()) {
        throw new AssertionError("okr batch-grade ended (exit " + run.exitValue() + ") before it could be killed: "
            + Files.readString(dir.resolve("okr.err")));
      }
      Optional<Path> temporary = temporaryGraded(dir);
      if (temporary.isPresent()) {
        long size = sizeOf(temporary.get());
        if (first < 0 && size > 0) {
          first = size;
        } else if (first > 0 && size > first) {
          return size;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("okr batch-grade wrote no graded rows in 5 minutes");
  }

  private static Optional<Path> temporaryGraded(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".graded.csv.")).findFirst();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // moved or removed between the listing and now
    }
  }
}
