package dev.okr.benchmarks;

import dev.okr.cli.OkrCommand;
import dev.okr.testkit.GeneratedDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code okr report} on a generated document of {@code objectives} objectives (three key results
 * and up to seven check-ins each; {@link GeneratedDocument}), run in-process as the command line
 * runs it: read the YAML, grade, lint, draw, write the page with {@code --out} (issue 16: a
 * 1,000-objective document in under 2 s, into a file under 5 MB). Sample time: the median is the
 * {@code p0.50} line. The page's size is printed at the end of each trial, and the trial fails when
 * the command does not succeed. The mean CPU time of the thread per run is printed too: on a busy
 * machine the wall time also counts the time the thread waited for a core.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ReportBenchmark {
  /** Objectives in the document. */
  @Param("1000")
  public int objectives;

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private Path dir;
  private long cpuNanos;
  private long runs;
  private Path document;
  private Path page;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("okr-report-benchmark");
    document = dir.resolve("generated.yaml");
    page = dir.resolve("report.html");
    Files.writeString(document, GeneratedDocument.yaml(objectives), StandardCharsets.UTF_8);
  }

  @Benchmark
  public int report() {
    StringWriter err = new StringWriter();
    long cpu = THREADS.getCurrentThreadCpuTime();
    int exit = OkrCommand.commandLine().setOut(new PrintWriter(Writer.nullWriter())).setErr(new PrintWriter(err))
        .execute("report", "--at", "2026-08-19", "--out", page.toString(), document.toString());
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    runs++;
    if (exit != 0) {
      throw new IllegalStateException("okr report failed: " + err);
    }
    return exit;
  }

  /** Prints the page's size and the iteration's mean CPU time per run. */
  @TearDown(Level.Iteration)
  public void iterationDone() throws IOException {
    long bytes = Files.size(page);
    // the CPU time of the benchmark's thread, which does all the work: on a busy machine the wall
    // time (the score) also counts the time the thread waited for a core
    System.out.printf("%nokr report of %d objectives: %,d bytes (%.2f MB); CPU time %.0f ms per run over the iteration's %d runs%n",
        objectives, bytes, bytes / 1e6, cpuNanos / 1e6 / Math.max(1, runs), runs);
    cpuNanos = 0;
    runs = 0;
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
