package dev.okr.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.scoring.Profile;
import dev.okr.scoring.Profiles;
import dev.okr.scoring.Score;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSink;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.Columns;
import dev.okr.scoring.batch.GradedRow;
import dev.okr.scoring.batch.KeyResultRow;
import dev.okr.scoring.batch.ObjectiveOrder;
import dev.okr.scoring.batch.RejectedRow;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr-spark on a real standalone cluster on this machine, run by failsafe after {@code package}:
 * Spark's own {@code Master} and {@code Worker}, each in its own JVM, with a {@code SPARK_HOME}
 * assembled in a temporary folder from the jars Maven resolved (a worker launches its executors
 * from {@code $SPARK_HOME/jars}), loopback only, random ports, 1 core and 1 GB. The driver is this
 * JVM; okr's own jars (okr-spark, okr-core, okr-scoring and these tests' classes) reach the
 * executor through {@code spark.jars}, as {@code spark-submit --jars} would ship them.
 *
 * <p>It grades generated rows of every key result type under the {@code okr} profile with {@link
 * OkrColumns} and with {@link OkrFunctions}' SQL function (a UDF, so a closure that runs okr-scoring
 * in the executor), checks that the partitions ran in an executor process the worker started (not
 * the driver's), and that every score equals okr-scoring's batch grader's, row for row. This is what catches closures that do not serialise across processes.
 * The cluster is stopped, also on failure.
 */
class StandaloneClusterIT {
  private static final int ROWS = 2_000;
  /**
   * The profile graded. One only: a profile's score is a deep expression tree, which Spark's driver
   * takes tens of seconds to plan on a busy 2-core machine (minutes for a rounding profile).
   */
  private static final String PROFILE = "okr";
  private static final List<String> HEADER = List.of(Columns.OBJECTIVE_ID, Columns.KR_ID, Columns.KIND,
      Columns.KR_TYPE, Columns.BASELINE, Columns.TARGET, Columns.CURRENT, Columns.WEIGHT, Columns.STRETCH);
  private static final String[] TYPES = {"increase", "decrease", "at-least", "at-most", "binary", "milestones"};
  private static final Duration START_UP = Duration.ofSeconds(90);
  /** JVM flags for the daemons and the executor: they start sooner (tiered C1 only, serial GC) on a busy machine. */
  private static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void gradesOnAStandaloneClusterAsTheBatchGraderDoes(@TempDir Path dir) throws Exception {
    long start = System.nanoTime();
    List<Process> cluster = new ArrayList<>();
    Thread stopOnExit = new Thread(() -> stop(cluster));
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    SparkSession spark = null;
    try {
      List<String> okrJars = new ArrayList<>();
      Path home = sparkHome(dir, okrJars);
      int masterPort = freePort();
      String masterUrl = "spark://127.0.0.1:" + masterPort;
      Process master = launch(cluster, home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", "0");
      // the worker retries until the master listens; the driver waits for the worker's executor
      Process worker = launch(cluster, home, dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
          "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
          "--work-dir", dir.resolve("work").toString(), masterUrl);
      awaitLog(master, dir.resolve("master.log"), "I have been elected leader");

      spark = SparkSession.builder()
          .appName("okr-spark-standalone-cluster-it")
          .master(masterUrl)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.cores.max", "1")
          .config("spark.executor.cores", "1")
          .config("spark.executor.memory", "1g")
          .config("spark.executor.extraJavaOptions", jvmFlags() + " " + QUICK_START)
          .config("spark.jars", String.join(",", okrJars))
          .config("spark.sql.files.maxPartitionBytes", "65536")   // two partitions of the file
          .getOrCreate();

      List<String[]> rows = generate(ROWS, 20261207L);
      Path csv = dir.resolve("key-results.csv");
      StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
      rows.forEach(r -> text.append(String.join(",", r)).append('\n'));
      Files.writeString(csv, text, StandardCharsets.UTF_8);
      Dataset<Row> krs = spark.read().option("header", "true")
          .schema("objective_id STRING, kr_id STRING, kind STRING, kr_type STRING, baseline DOUBLE, target DOUBLE,"
              + " current DOUBLE, weight DOUBLE, stretch DOUBLE")
          .csv(csv.toString());
      OkrFunctions.register(spark, PROFILE);
      Dataset<Row> graded = krs.select(col(Columns.KR_ID),
          OkrColumns.score(Profiles.named(PROFILE), col("kr_type"), col("baseline"), col("target"), col("current"),
              col("stretch")).as("score"),
          org.apache.spark.sql.functions.expr("okr_score(kr_type, baseline, target, current, stretch)").as("sql_score"));

      // One job: each graded row with the pid of the process that computed it.
      List<Row> out = graded.mapPartitions((MapPartitionsFunction<Row, Row>) partition -> {
        long pid = ProcessHandle.current().pid();
        List<Row> withPid = new ArrayList<>();
        partition.forEachRemaining(r -> withPid.add(RowFactory.create(r.get(0), r.get(1), r.get(2), pid)));
        return withPid.iterator();
      }, Encoders.row(graded.schema().add("pid", DataTypes.LongType))).collectAsList();
      long driver = ProcessHandle.current().pid();
      assertThat(krs.rdd().getNumPartitions()).as("partitions").isGreaterThan(1);
      Set<Long> executors = new HashSet<>();
      out.forEach(r -> executors.add(r.getLong(3)));
      assertThat(executors).as("executor pids; the driver's is %d", driver).hasSize(1).doesNotContain(driver);
      long executor = executors.iterator().next();
      assertThat(ProcessHandle.of(executor).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
          .as("the executor's parent process is the worker").contains(worker.pid());

      Map<String, List<@Nullable Double>> spark4 = new TreeMap<>();
      for (Row r : out) {
        spark4.put(r.getString(0), Arrays.asList(nullable(r, 1), nullable(r, 2)));
      }
      Map<String, List<@Nullable Double>> batch = new TreeMap<>();
      Map<String, @Nullable Double> batchScores = batch(Profiles.named(PROFILE), rows);
      for (String[] row : rows) {
        batch.put(row[1], Arrays.asList(batchScores.get(row[1]), batchScores.get(row[1])));
      }
      assertThat(spark4).hasSize(ROWS).isEqualTo(batch);
      assertThat(spark4.values()).as("some rows scored, some not")
          .anyMatch(v -> v.get(0) != null).anyMatch(v -> v.get(0) == null);
    } catch (Throwable failure) {
      System.err.println(logs(dir));
      throw failure;
    } finally {
      if (spark != null) {
        spark.stop();
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
      }
      stop(cluster);
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      unlink(dir.resolve("spark-home").resolve("jars"));
      System.out.printf(Locale.ROOT, "StandaloneClusterIT: wall time %.1f s (cluster start, job, cluster stop)%n",
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static @Nullable Double nullable(Row row, int i) {
    return row.isNullAt(i) ? null : row.getDouble(i);
  }

  /** Each row's score under {@code profile} by okr-scoring's batch grader: null when unscored or rejected. */
  private static Map<String, @Nullable Double> batch(Profile profile, List<String[]> rows) {
    Columns header = Columns.of(HEADER);
    List<KeyResultRow> in = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      in.add(KeyResultRow.of(i + 2, header, rows.get(i)));
    }
    Map<String, @Nullable Double> out = new HashMap<>();
    BatchSummary summary = BatchGrader.builder().profile(profile).order(ObjectiveOrder.NONE).build()
        .grade(in.iterator(), new BatchSink() {
          @Override
          public void graded(GradedRow row) {
            out.put(row.row().get(Columns.KR_ID), row.score() instanceof Score.Scored s ? s.value() : null);
          }

          @Override
          public void rejected(RejectedRow row) {
            out.put(row.row().get(Columns.KR_ID), null);
          }
        });
    assertThat(summary.graded() + summary.rejected()).isEqualTo(rows.size());
    assertThat(out).hasSize(rows.size());
    return out;
  }

  /**
   * Rows of every type as a tracker's export writes them (numbers in cents, empty when missing):
   * mostly sound, with flat ranges, targets on the wrong side, stretch targets, missing numbers and
   * missing check-ins among them.
   */
  static List<String[]> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String type = TYPES[random.nextInt(TYPES.length)];
      long baseline = random.nextLong(-1_000_000, 1_000_000);
      long distance = random.nextLong(1, 500_000);
      String b = "";
      String t = "";
      String c = "";
      String s = "";
      switch (type) {
        case "increase", "decrease" -> {
          int sign = type.equals("increase") ? 1 : -1;
          long target = switch (random.nextInt(12)) {
            case 0 -> baseline;
            case 1 -> baseline - sign * distance;
            default -> baseline + sign * distance;
          };
          b = cents(baseline);
          t = cents(target);
          if (random.nextInt(4) == 0) {
            s = cents(target + sign * random.nextLong(0, 200_000));
          }
          c = cents(baseline + sign * random.nextLong(-distance / 2, distance * 2));
        }
        case "at-least", "at-most" -> {
          t = cents(baseline);
          if (random.nextBoolean()) {
            b = cents(baseline - distance);
          }
          c = cents(baseline + random.nextLong(-2_000, 2_000));
        }
        case "binary" -> c = Integer.toString(random.nextInt(2));
        case "milestones" -> {
          int milestones = 1 + random.nextInt(6);
          t = Integer.toString(milestones);
          c = Integer.toString(random.nextInt(milestones + 1));
        }
        default -> throw new AssertionError(type);
      }
      if (random.nextInt(10) == 0) {
        c = "";
      }
      if (random.nextInt(40) == 0 && !type.equals("binary")) {
        t = "";
      }
      rows.add(new String[] {"o" + i / 4, "k" + i, "", type, b, t, c, "1", s});
    }
    return rows;
  }

  private static String cents(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /**
   * A Spark installation of the jars on this test's class path: {@code home/jars} links every jar
   * but okr's own, which (with the class folders, packed as jars) go to {@code okrJars} for {@code
   * spark.jars}.
   */
  private static Path sparkHome(Path dir, List<String> okrJars) throws IOException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    Path shipped = Files.createDirectories(dir.resolve("okr-jars"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      if (Files.isDirectory(path)) {
        okrJars.add(pack(path, shipped.resolve(path.getParent().getParent().getFileName() + "-" + name + ".jar")).toString());
      } else if (name.startsWith("okr-")) {
        okrJars.add(path.toString());
      } else if (name.endsWith(".jar") && Files.isRegularFile(path) && !Files.exists(jars.resolve(name))) {
        Files.createSymbolicLink(jars.resolve(name), path.toAbsolutePath());
      }
    }
    try (Stream<Path> linked = Files.list(jars)) {
      assertThat(linked.map(p -> p.getFileName().toString())).as("Spark's jars in " + jars)
          .anyMatch(n -> n.startsWith("spark-core_2.13-")).anyMatch(n -> n.startsWith("spark-sql_2.13-"));
    }
    assertThat(okrJars).as("okr's jars and class folders").anyMatch(j -> j.contains("okr-scoring"));
    return home;
  }

  /** A class folder as a jar, so that {@code spark.jars} can ship it. */
  private static Path pack(Path folder, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Starts a Spark daemon in its own JVM from {@code home/jars}, its output in {@code log}. */
  private static Process launch(List<Process> cluster, Path home, Path log, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(jvmFlags().split(" ")));
    command.addAll(Arrays.asList(QUICK_START.split(" ")));
    command.addAll(List.of("-Xmx1g", "-Dspark.ui.enabled=false", "-cp", home.resolve("jars") + File.separator + "*",
        mainClass));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_CONF_DIR", home.resolve("conf").toString());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // what a distribution's load-spark-env.sh sets; the worker's launcher otherwise looks for a source build
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().remove("SPARK_WORKER_OPTS");
    builder.environment().remove("SPARK_MASTER_OPTS");
    Process process = builder.start();
    cluster.add(process);
    return process;
  }

  /** Waits until {@code log} says {@code text}; fails with the log's end if the process exits or a minute passes. */
  private static void awaitLog(Process process, Path log, String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_UP.toNanos();
    while (System.nanoTime() < deadline) {
      String written = Files.readString(log, StandardCharsets.UTF_8);
      if (written.contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError(log.getFileName() + ": the process exited (" + process.exitValue() + ") before \""
            + text + "\":\n" + tail(written));
      }
      Thread.sleep(200);
    }
    throw new AssertionError(log.getFileName() + ": no \"" + text + "\" within " + START_UP + ":\n"
        + tail(Files.readString(log, StandardCharsets.UTF_8)));
  }

  /** The ends of the daemons' logs and of the executors' output, to say why a run failed. */
  private static String logs(Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Path> logs = new ArrayList<>(List.of(dir.resolve("master.log"), dir.resolve("worker.log")));
    if (Files.isDirectory(dir.resolve("work"))) {
      try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
        files.filter(f -> f.getFileName().toString().equals("stderr")).sorted().forEach(logs::add);
      }
    }
    for (Path log : logs) {
      if (Files.isRegularFile(log)) {
        text.append("==> ").append(dir.relativize(log)).append(" <==\n")
            .append(tail(Files.readString(log, StandardCharsets.UTF_8))).append('\n');
      }
    }
    return text.toString();
  }

  /** Removes the links to Maven's jars before JUnit deletes the folder (it warns about each link). */
  private static void unlink(Path jars) throws IOException {
    if (Files.isDirectory(jars)) {
      try (Stream<Path> links = Files.list(jars)) {
        for (Path link : links.toList()) {
          Files.delete(link);
        }
      }
    }
  }

  private static String tail(String log) {
    return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
  }

  /** Stops the daemons in reverse order, each with the processes it started (the executor). */
  private static void stop(List<Process> cluster) {
    for (int i = cluster.size() - 1; i >= 0; i--) {
      Process p = cluster.get(i);
      List<ProcessHandle> children = p.descendants().toList();
      children.forEach(ProcessHandle::destroy);
      p.destroy();
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** The flags Spark's launcher passes on Java 17, as the pom gives them to this JVM. */
  private static String jvmFlags() {
    String flags = System.getProperty("okr.spark.jvm.flags", "");
    assertThat(flags).as("okr.spark.jvm.flags (set by the pom's failsafe configuration)").contains("--add-opens");
    return flags.trim().replaceAll("\\s+", " ");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
