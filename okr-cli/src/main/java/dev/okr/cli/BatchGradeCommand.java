package dev.okr.cli;

import dev.okr.scoring.batch.BatchException;
import dev.okr.scoring.batch.BatchGrader;
import dev.okr.scoring.batch.BatchSummary;
import dev.okr.scoring.batch.CheckInHistory;
import dev.okr.scoring.batch.CsvBatch;
import dev.okr.scoring.batch.ObjectiveOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code okr batch-grade}: grades a CSV export of key results in one streaming pass. */
@Command(
    name = "batch-grade",
    sortOptions = false,
    description = {
        "Grade a CSV of key-result rows in one streaming pass with flat memory.",
        "The rows have objective_id, kr_id, kind, kr_type, baseline, target, current, weight and optionally "
            + "stretch; other columns pass through. Graded rows get score, attainment, grade and colour; every "
            + "rejected row goes to the rejects file with its line and reason; --objectives adds one rollup per "
            + "objective. With --check-ins and --at, each row is scored with its key result's check-ins and gets "
            + "status, expected and forecast too. Columns: okr-scoring/docs/batch.md.",
        ""},
    footer = {
        "",
        "A progress bar (rows per second, time left) is shown on standard error when it is a terminal. "
            + "The last line on standard output counts rows in, graded and rejected.",
        "Outputs are written to temporary files and moved into place only when the run succeeds (rejects "
            + "and rollups first, --out last); a failed run leaves files already there as they were.",
        "Exit codes: 0 the file was graded (rejected rows are in the rejects file); 2 bad usage (two options "
            + "naming the same output file), or input that cannot be read (no header, bytes that are not "
            + "UTF-8, a quote left open)."})
final class BatchGradeCommand implements Callable<Integer> {
  private static final Pattern LINE_PREFIX = Pattern.compile("^line (\\d+): ");
  private static final String UNTOUCHED = " (no output written: files already at --out, --rejects and --objectives left as they were)";

  @Spec
  private CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "The key-result rows (UTF-8 CSV with a header).")
  private Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where the graded rows go (replaced).")
  private Path out;

  @Option(names = "--rejects", paramLabel = "FILE.csv",
      description = "Where rejected rows go, with line and reason (replaced). Default: beside --out, named <out>.rejects.csv.")
  private @Nullable Path rejects;

  @Option(names = "--objectives", paramLabel = "FILE.csv", description = "Also write one rollup per objective here (replaced).")
  private @Nullable Path objectives;

  @Option(names = "--check-ins", paramLabel = "FILE.csv",
      description = "The key results' check-ins, one line per key result and date (kr_id,date,value[,objective_id]"
          + "[,milestones_done]):"
          + " each row is scored with its check-ins at --at, within its cycle (cycle, or cycle_start and cycle_end columns),"
          + " and gets status, expected and forecast. Held in memory. Needs --at.")
  private @Nullable Path checkIns;

  @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The date rows with check-ins are scored at. Only with --check-ins.")
  private @Nullable LocalDate at;

  @Option(names = "--profile", defaultValue = "okr", paramLabel = "NAME", completionCandidates = ProfileNames.class,
      description = "The scoring profile: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private String profile = "okr";

  @Option(names = "--strategy", paramLabel = "TYPE=NAME",
      description = "Score rows of this kr_type with the named strategy instead of the profile's, for example increase=my-strategy:"
          + " any strategy found as a service on the class path. Repeatable.")
  private Map<String, String> strategies = new java.util.LinkedHashMap<>();

  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
      description = "The character between fields, in the input, the check-ins and every output: , (default), ; or tab"
          + " (\\t or a tab) as in European exports.")
  private String delimiter = ",";

  @Option(names = "--decimal-comma",
      description = "Read baseline, target, stretch, current, weight and the check-ins' values with a decimal comma (12,5 is 12.5);"
          + " needs a --delimiter other than ,. A number with a . or two commas is rejected as ambiguous, never misread.")
  private boolean decimalComma;

  @Option(names = "--columns", split = ",", paramLabel = "OKR=THEIRS",
      description = "Read the file's own header names as okr's columns, for example kr_id=Key Result ID,current=Current value."
          + " Outputs keep the file's names. Repeatable.")
  private Map<String, String> columns = new java.util.LinkedHashMap<>();

  @Option(names = "--sorted",
      description = "The rows of each objective are contiguous: rollups are written as each objective ends, so memory stays flat however many objectives there are.")
  private boolean sorted;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that score rows. Default: the number of processors.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--raw-cells",
      description = "Write text cells as read. Default: a text cell that a spreadsheet would run as a formula (starting with =, +, -, @,"
          + " a tab or a carriage return, and not a number) is written with a leading ' so that it shows as text.")
  private boolean rawCells;

  @Option(names = "--progress", negatable = true,
      description = "Show the progress bar (--no-progress: never). Default: only when standard error is a terminal.")
  private @Nullable Boolean progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    String inName = InputDocument.nameOf(in);
    if (threads < 1) {
      throw new InputException("--threads: must be at least 1 (was " + threads + ")");
    }
    if (!Files.isRegularFile(in)) {
      throw new InputException(inName + ": " + (Files.exists(in) ? "not a regular file" : "no such file"));
    }
    if ((checkIns == null) != (at == null)) {
      throw new ParameterException(spec.commandLine(), checkIns == null
          ? "--at " + at + " is given without --check-ins; the date is only used to score rows with their check-ins"
          : "--check-ins needs --at: the date the rows are scored at");
    }
    char separator = delimiter();
    Path rejectsFile = rejects != null ? rejects : defaultRejects(out);
    distinct(rejects != null ? "--rejects" : "--rejects (default)", rejectsFile, "--out", out);
    if (objectives != null) {
      distinct("--objectives", objectives, "--out", out);
      distinct("--objectives", objectives, rejects != null ? "--rejects" : "--rejects (default)", rejectsFile);
    }
    for (Path output : objectives == null ? new Path[] {out, rejectsFile} : new Path[] {out, rejectsFile, objectives}) {
      if (Files.exists(output) && Files.isSameFile(output, in)) {
        throw new InputException(InputDocument.nameOf(output) + ": would overwrite the input " + inName);
      }
      if (checkIns != null && Files.exists(output) && Files.exists(checkIns) && Files.isSameFile(output, checkIns)) {
        throw new InputException(InputDocument.nameOf(output) + ": would overwrite the check-ins " + InputDocument.nameOf(checkIns));
      }
    }
    BatchGrader.Builder builder = BatchGrader.builder()
        .profile(GradeCommand.profile(profile, strategies))
        .order(objectives == null ? ObjectiveOrder.NONE : sorted ? ObjectiveOrder.CONTIGUOUS : ObjectiveOrder.ANY)
        .parallelism(threads)
        .decimalComma(decimalComma);
    CheckInHistory history = null;
    if (checkIns != null) {
      history = readCheckIns(checkIns, separator);
      builder.history(history, java.util.Objects.requireNonNull(at));
    }
    BatchGrader grader = builder.build();
    CsvBatch batch = csv(grader, separator);
    BatchSummary summary;
    try (Reader input = reader(in)) {
      summary = batch.grade(input, out, rejectsFile, Optional.ofNullable(objectives));
    } catch (BatchException e) {
      Matcher m = LINE_PREFIX.matcher(String.valueOf(e.getMessage()));
      String problem = m.find() ? e.getMessage().substring(m.end()) : String.valueOf(e.getMessage());
      throw new InputException(inName + ":" + e.line() + ": " + Errors.oneLine(problem) + UNTOUCHED, e);
    } catch (OutOfMemoryError | IllegalStateException e) {
      if (!(e instanceof OutOfMemoryError) && !(e.getCause() instanceof OutOfMemoryError)) {
        throw e;
      }
      throw new InputException(inName + ": out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB)"
          + (objectives != null && !sorted
              ? ": --objectives keeps one running rollup per objective; sort the rows by objective_id and add --sorted"
                  + " for flat memory, or give the JVM more heap (OKR_JAVA_OPTS=-Xmx1g)"
              : "; give the JVM more heap (OKR_JAVA_OPTS=-Xmx1g)") + UNTOUCHED, e);
    }
    stdout.println("graded rows: " + InputDocument.nameOf(out));
    stdout.println("rejected rows: " + InputDocument.nameOf(rejectsFile));
    if (objectives != null) {
      stdout.println("objective rollups: " + InputDocument.nameOf(objectives));
    }
    stdout.println(summary);
    if (history != null) {
      String name = InputDocument.nameOf(checkIns);
      List<CheckInHistory.Entry> unmatched = history.unmatched();
      stdout.println("check-ins: " + history.size() + " read from " + name + "; " + unmatched.size()
          + (unmatched.size() == 1 ? " key result" : " key results") + " with check-ins but no row");
      for (CheckInHistory.Entry e : unmatched) {
        stdout.println(name + ":" + e.line() + ": kr_id " + e.keyResultId()
            + (e.objectiveId().isEmpty() ? "" : " of objective_id " + e.objectiveId())
            + " has check-ins but no row in " + inName + "; they were not used");
      }
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  /** The delimiter given, or a usage error naming it. */
  private char delimiter() {
    String text = delimiter;
    char c;
    if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
      c = '\t';
    } else if (text.length() == 1) {
      c = text.charAt(0);
    } else {
      throw new ParameterException(spec.commandLine(), "--delimiter \"" + text + "\": must be one character (, ; | or \\t for tab)");
    }
    String why = CsvBatch.whyNotDelimiter(c, decimalComma);
    if (why != null) {
      throw new ParameterException(spec.commandLine(), "--delimiter: " + why
          + (decimalComma && c == ',' ? " (--decimal-comma needs --delimiter ; or tab)" : ""));
    }
    return c;
  }

  /** The CSV grading the options ask for; a bad --columns entry is a usage error naming it. */
  private CsvBatch csv(BatchGrader grader, char separator) {
    try {
      return CsvBatch.of(grader).rawCells(rawCells).delimiter(separator).columns(columns);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--columns: " + e.getMessage());
    }
  }

  /** The check-ins file read with the rows' delimiter, or an input error naming its line and what is wrong. */
  private static CheckInHistory readCheckIns(Path file, char separator) throws IOException {
    String name = InputDocument.nameOf(file);
    if (!Files.isRegularFile(file)) {
      throw new InputException(name + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
    }
    try (Reader input = CsvBatch.utf8(Files.newInputStream(file))) {
      return CheckInHistory.read(input, separator);
    } catch (BatchException e) {
      Matcher m = LINE_PREFIX.matcher(String.valueOf(e.getMessage()));
      String problem = m.find() ? e.getMessage().substring(m.end()) : String.valueOf(e.getMessage());
      throw new InputException(name + ":" + e.line() + ": " + Errors.oneLine(problem) + UNTOUCHED, e);
    }
  }

  /** A usage error unless the two options name different files, compared by real path. */
  private void distinct(String option, Path file, String otherOption, Path other) throws IOException {
    if (realPath(file).equals(realPath(other))) {
      throw new ParameterException(spec.commandLine(), option + " " + InputDocument.nameOf(file) + " and " + otherOption + " "
          + InputDocument.nameOf(other) + " name the same file; each output needs a file of its own");
    }
  }

  /** The file's real path: its own when it exists, else its folder's real path and its name. */
  static Path realPath(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Path parent = absolute.getParent();
    return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
  }

  /** {@code graded.csv} gives {@code graded.rejects.csv} in the same folder. */
  static Path defaultRejects(Path out) {
    String name = out.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return out.resolveSibling(stem + ".rejects.csv");
  }

  private Reader reader(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    boolean show = progress != null ? progress : System.console() != null;
    if (show) {
      raw = ProgressBar.wrap(raw, bar(file));
    }
    return CsvBatch.utf8(raw);
  }

  /**
   * A bar over the file's bytes, shown in rows: the unit is the file's mean bytes per line, so the
   * speed reads in rows per second and the time left follows.
   */
  private ProgressBarBuilder bar(Path file) throws IOException {
    long size = Files.size(file);
    long lines = Math.max(1, countLines(file));
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName("grading")
        .setInitialMax(size)
        .setUnit(" rows", Math.max(1, size / lines))
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250);
    if (System.console() == null) {
      // Forced with --progress while standard error is not a terminal: one update a line.
      PrintWriter err = spec.commandLine().getErr();
      builder.setConsumer(new DelegatingProgressBarConsumer(line -> {
        err.println(line.strip());
        err.flush();
      }));
    }
    return builder;
  }

  private static long countLines(Path file) throws IOException {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream s = Files.newInputStream(file)) {
      for (int n = s.read(buffer); n > 0; n = s.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }
}
