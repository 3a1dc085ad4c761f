package dev.okr.benchmarks;

import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CsvBatch;
import dev.okr.scoring.batch.ObjectiveOrder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The side-by-side harness: generates a CSV of key-result rows, grades it with okr's batch API and
 * with DuckDB computing the same clamped linear formula in SQL, checks that the scores agree, and
 * prints the median of three alternating runs of each, their ratio and okr's peak heap. Run by
 * {@code okr-benchmarks/bin/batch-vs-duckdb}.
 *
 * <p>Arguments: {@code ROWS [THREADS]}; rows default 1,000,000, threads (for both engines) default
 * to the available processors. The last line printed is {@code ratio=<okr seconds / DuckDB seconds>},
 * medians of both.
 */
public final class BatchVsDuckDb {
  private static final String HEADER = "objective_id,kr_id,kind,kr_type,baseline,target,current,weight";
  private static final int WARM_UP_ROWS = 200_000;
  private static final int WARM_UP_ROUNDS = 5;
  private static final int ROUNDS = 3;

  private BatchVsDuckDb() {}

  /** Runs the comparison. */
  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("okr-batch-vs-duckdb");
    try {
      Path input = dir.resolve("krs.csv");
      long start = System.nanoTime();
      generate(input, rows, 42);
      System.out.printf(Locale.ROOT, "generated %,d rows (%,d MB) in %.2f s%n", rows, Files.size(input) >> 20, seconds(start));

      Path warm = dir.resolve("warm.csv");
      generate(warm, WARM_UP_ROWS, 7);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        okr(warm, dir.resolve("warm-okr.csv"), dir.resolve("warm-rejects.csv"), threads);
        duckdb(warm, dir.resolve("warm-duckdb.csv"), threads);
      }
      System.out.printf(Locale.ROOT, "warmed both engines up on %d runs of %,d rows%n", WARM_UP_ROUNDS, WARM_UP_ROWS);

      Path okrOut = dir.resolve("okr.csv");
      Path duckOut = dir.resolve("duckdb.csv");
      double[] okrRuns = new double[ROUNDS];
      double[] duckRuns = new double[ROUNDS];
      double[] okrCpu = new double[ROUNDS];
      double[] duckCpu = new double[ROUNDS];
      long okrPeakHeap = 0;
      long okrLiveHeap = 0;
      long compared = 0;
      for (int round = 0; round < ROUNDS; round++) {
        System.gc();
        resetPeaks();
        long cpu = processCpuNanos();
        LiveHeap live = LiveHeap.start();
        start = System.nanoTime();
        BatchSummary summary = okr(input, okrOut, dir.resolve("rejects.csv"), threads);
        okrRuns[round] = seconds(start);
        okrLiveHeap = Math.max(okrLiveHeap, live.stop());
        okrCpu[round] = (processCpuNanos() - cpu) / 1e9;
        okrPeakHeap = Math.max(okrPeakHeap, peakHeap());
        if (summary.graded() != rows || summary.rejected() != 0) {
          throw new AssertionError("okr graded " + summary + ", expected every one of " + rows + " rows graded");
        }
        cpu = processCpuNanos();
        start = System.nanoTime();
        duckdb(input, duckOut, threads);
        duckRuns[round] = seconds(start);
        duckCpu[round] = (processCpuNanos() - cpu) / 1e9;
        compared = compare(okrOut, duckOut);
      }
      double okrSeconds = median(okrRuns);
      double duckSeconds = median(duckRuns);
      System.out.printf(Locale.ROOT, "%-8s %12s %10s %12s %12s   %s%n", "engine", "rows", "median s", "rows/s", "median cpu s", "runs (s)");
      System.out.printf(Locale.ROOT, "%-8s %,12d %10.3f %,12.0f %12.3f   %s%n", "okr", rows, okrSeconds, rows / okrSeconds,
          median(okrCpu), runs(okrRuns));
      System.out.printf(Locale.ROOT, "%-8s %,12d %10.3f %,12.0f %12.3f   %s%n", "duckdb", rows, duckSeconds, rows / duckSeconds,
          median(duckCpu), runs(duckRuns));
      System.out.printf(Locale.ROOT, "outputs agree on all %,d scores in every round (|okr - duckdb| <= 1e-9)%n", compared);
      System.out.printf(Locale.ROOT, "threads=%d, okr heap: peak used %,d MB, largest after a GC %,d MB (max heap %,d MB);"
          + " process peak RSS %,d MB; load average %s%n", threads, okrPeakHeap >> 20, okrLiveHeap >> 20,
          Runtime.getRuntime().maxMemory() >> 20, peakRssKb() >> 10, loadAverage());
      System.out.printf(Locale.ROOT, "ratio=%.3f%n", okrSeconds / duckSeconds);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Writes {@code rows} increase and decrease rows, five key results per objective. */
  static void generate(Path file, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      StringBuilder line = new StringBuilder(96);
      for (long i = 0; i < rows; i++) {
        long objective = i / 5;
        int baseline = random.nextInt(0, 100_000);
        int distance = random.nextInt(1, 50_000);
        boolean increase = random.nextBoolean();
        int target = increase ? baseline + distance : baseline - distance;
        int current = baseline + (increase ? 1 : -1) * random.nextInt(-distance / 2, distance * 3 / 2 + 1);
        line.setLength(0);
        line.append('O').append(objective).append(",K").append(i).append(',')
            .append(objective % 3 == 0 ? "committed" : "aspirational").append(',')
            .append(increase ? "increase" : "decrease").append(',');
        cents(line, baseline).append(',');
        cents(line, target).append(',');
        cents(line, current).append(',').append(1 + random.nextInt(3)).append('\n');
        out.append(line);
      }
    }
  }

  private static StringBuilder cents(StringBuilder line, int cents) {
    if (cents < 0) {
      line.append('-');
      cents = -cents;
    }
    line.append(cents / 100).append('.');
    int rest = cents % 100;
    return line.append(rest < 10 ? "0" : "").append(rest);
  }

  private static BatchSummary okr(Path input, Path output, Path rejects, int threads) {
    BatchGrader grader = BatchGrader.builder().order(ObjectiveOrder.NONE).parallelism(threads).build();
    return CsvBatch.of(grader).grade(input, output, rejects, Optional.empty());
  }

  private static void duckdb(Path input, Path output, int threads) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute("COPY (SELECT *, "
          + "greatest(0.0, least(1.0, (current - baseline) / (target - baseline))) AS score, "
          + "(current - baseline) / (target - baseline) AS attainment "
          + "FROM read_csv('" + input + "', header = true, columns = {"
          + "'objective_id': 'VARCHAR', 'kr_id': 'VARCHAR', 'kind': 'VARCHAR', 'kr_type': 'VARCHAR', "
          + "'baseline': 'DOUBLE', 'target': 'DOUBLE', 'current': 'DOUBLE', 'weight': 'DOUBLE'})) "
          + "TO '" + output + "' (HEADER, DELIMITER ',')");
    }
  }

  /** Compares the two outputs row by row: same key result, scores within 1e-9 of each other. */
  private static long compare(Path okr, Path duckdb) throws IOException {
    try (BufferedReader a = Files.newBufferedReader(okr); BufferedReader b = Files.newBufferedReader(duckdb)) {
      String[] headA = a.readLine().split(",");
      String[] headB = b.readLine().split(",");
      int scoreA = indexOf(headA, "score");
      int scoreB = indexOf(headB, "score");
      long n = 0;
      String la;
      while ((la = a.readLine()) != null) {
        String lb = b.readLine();
        if (lb == null) {
          throw new AssertionError("DuckDB's output ends after " + n + " rows");
        }
        String[] fa = la.split(",");
        String[] fb = lb.split(",");
        if (!fa[1].equals(fb[1])) {
          throw new AssertionError("row " + (n + 1) + ": okr has " + fa[1] + ", DuckDB " + fb[1]);
        }
        double x = Double.parseDouble(fa[scoreA]);
        double y = Double.parseDouble(fb[scoreB]);
        double baseline = Double.parseDouble(fa[4]);
        // okr's default policies on the linear formula, written out as the SQL writes it
        double expected = Math.max(0, Math.min(1, (Double.parseDouble(fa[6]) - baseline) / (Double.parseDouble(fa[5]) - baseline)));
        if (Math.abs(x - y) > 1e-9 || x != expected) {
          throw new AssertionError("row " + (n + 1) + " (" + fa[1] + "): okr " + x + ", DuckDB " + y + ", formula " + expected);
        }
        n++;
      }
      if (b.readLine() != null) {
        throw new AssertionError("DuckDB's output has more rows than okr's " + n);
      }
      return n;
    }
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String runs(double[] values) {
    StringBuilder text = new StringBuilder();
    for (double v : values) {
      text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
    }
    return text.toString();
  }

  /**
   * Samples the heap left after each garbage collection (the pools' collection usage) while okr
   * runs: the memory actually retained, which stays flat however many rows stream through.
   */
  private static final class LiveHeap {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long max;

    private LiveHeap() {
      sampler = new Thread(() -> {
        while (running) {
          long sum = 0;
          for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
              sum += pool.getCollectionUsage().getUsed();
            }
          }
          max = Math.max(max, sum);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "live-heap-sampler");
      sampler.setDaemon(true);
    }

    static LiveHeap start() {
      LiveHeap live = new LiveHeap();
      live.sampler.start();
      return live;
    }

    long stop() throws InterruptedException {
      running = false;
      sampler.join();
      return max;
    }
  }

  /** CPU time of the whole process, DuckDB's native threads included. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
