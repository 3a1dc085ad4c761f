package dev.okr.scoring.batch;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Colour;
import dev.okr.scoring.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Grades a CSV file of key-result rows (FastCSV): the graded rows with {@code score, attainment,
 * grade, colour} appended (and {@code status, expected, forecast} when the grader reads a {@link
 * CheckInHistory}), every rejected row with its line and reason, and, optionally, one
 * rollup per objective. The columns are documented in {@code okr-scoring/docs/batch.md}; extra
 * columns pass through unchanged. Streams in and out, so memory stays flat.
 */
public final class CsvBatch {
  /** The columns of the rollups output. */
  public static final String[] ROLLUP_COLUMNS = {
      "objective_id", "kind", "key_results", "scored", "score", "raw", "grade", "colour", "first_line", "last_line"};

  /** The columns of the rejects output: the line, the reason, and the record as one CSV field. */
  public static final String[] REJECT_COLUMNS = {"line", "reason", "record"};

  private final BatchGrader grader;
  private final boolean rawCells;
  private final char delimiter;
  private final Map<String, String> renames;

  private CsvBatch(BatchGrader grader, boolean rawCells, char delimiter, Map<String, String> renames) {
    this.grader = Objects.requireNonNull(grader, "grader");
    this.rawCells = rawCells;
    this.delimiter = delimiter;
    this.renames = renames;
  }

  /** CSV grading with this grader; text cells a spreadsheet would run as formulas are neutralised. */
  public static CsvBatch of(BatchGrader grader) {
    return new CsvBatch(grader, false, ',', Map.of());
  }

  /**
   * This grading with {@code delimiter} between the fields of the input and of every output
   * ({@code ,} unless set; {@code ;} and tab are common in European exports).
   *
   * @throws IllegalArgumentException when the delimiter is a quote, a line end, a space, a letter
   *     or a digit, or a {@code .}, {@code ,} other than the default, {@code +} or {@code -}
   *     that would be read as part of a number
   */
  public CsvBatch delimiter(char delimiter) {
    String why = whyNotDelimiter(delimiter, grader.decimalComma());
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    return new CsvBatch(grader, rawCells, delimiter, renames);
  }

  /** Why {@code c} cannot separate fields, or {@code null} when it can. */
  public static @Nullable String whyNotDelimiter(char c, boolean decimalComma) {
    if (c == '"' || c == '\n' || c == '\r') {
      return "delimiter " + describe(c) + " cannot separate fields: it is a quote or a line end";
    }
    if (c == ' ' || Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-') {
      return "delimiter " + describe(c) + " cannot separate fields: it is a space, a letter, a digit or part of a number";
    }
    if (c == ',' && decimalComma) {
      return "delimiter \",\" cannot be used with decimal commas: 12,5 would be read as two fields; use ; or tab";
    }
    return null;
  }

  private static String describe(char c) {
    return c == '\t' ? "tab" : c == '\n' ? "\"\\n\"" : c == '\r' ? "\"\\r\"" : "\"" + c + "\"";
  }

  /**
   * This grading with the input's own header names read as okr's columns: {@code okrToTheirs}
   * maps an okr column name ({@link Columns#READ}) to the name of the input's column that holds
   * it, for example {@code kr_id} to {@code Key Result ID}, compared ignoring case and surrounding
   * spaces. The outputs keep the input's header names.
   *
   * @throws IllegalArgumentException when a key is not a column okr reads, or two keys map the same header
   */
  public CsvBatch columns(Map<String, String> okrToTheirs) {
    Map<String, String> copy = new java.util.LinkedHashMap<>();
    Map<String, String> byTheirs = new java.util.HashMap<>();
    okrToTheirs.forEach((okr, theirs) -> {
      String key = okr.strip().toLowerCase(java.util.Locale.ROOT);
      if (!Columns.READ.contains(key)) {
        throw new IllegalArgumentException("\"" + okr.strip() + "\" is not a column okr reads (okr reads: "
            + String.join(", ", Columns.READ) + ")");
      }
      if (theirs.isBlank()) {
        throw new IllegalArgumentException(key + " is mapped to an empty header name");
      }
      String earlier = byTheirs.putIfAbsent(theirs.strip().toLowerCase(java.util.Locale.ROOT), key);
      if (earlier != null) {
        throw new IllegalArgumentException("\"" + theirs.strip() + "\" is mapped to both " + earlier + " and " + key);
      }
      copy.put(key, theirs.strip());
    });
    return new CsvBatch(grader, rawCells, delimiter, java.util.Collections.unmodifiableMap(copy));
  }

  /**
   * This grading with text cells written as read ({@code raw}), or with those a spreadsheet would
   * run as a formula neutralised by a leading {@code '} (the default): a cell that starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a number.
   * Numbers are never changed.
   */
  public CsvBatch rawCells(boolean raw) {
    return new CsvBatch(grader, raw, delimiter, renames);
  }

  /**
   * The cell as written to an output: {@code text} itself, or, when it starts with a character a
   * spreadsheet reads as the start of a formula and is not a number, {@code '} and {@code text}.
   */
  public static String neutralise(String text) {
    return neutralise(text, false);
  }

  /** As {@link #neutralise(String)}, a number with a decimal comma ({@code -12,5}) being a number when {@code decimalComma}. */
  static String neutralise(String text, boolean decimalComma) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
      return text;
    }
    // only a sign can start a number among these; the others are never one
    try {
      Decimals.parse(text, decimalComma);
      return text;
    } catch (NumberFormatException e) {
      return "'" + text;
    }
  }

  private String cell(String text) {
    return rawCells ? text : neutralise(text, grader.decimalComma());
  }

  /**
   * Grades the UTF-8 CSV file {@code input} into {@code output} and {@code rejects}, and the
   * objective rollups into {@code rollups} when given, as {@link #grade(Reader, Path, Path,
   * Optional)} does: all or nothing.
   *
   * @throws BatchException when the input is unusable; no output is then replaced
   * @throws UncheckedIOException when a file cannot be read or written; no output is then replaced
   */
  public BatchSummary grade(Path input, Path output, Path rejects, Optional<Path> rollups) {
    try (Reader in = utf8(Files.newInputStream(input))) {
      return grade(in, output, rejects, rollups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Grades CSV from {@code input} into files, all or nothing: each output is written to a
   * temporary file in its own folder and moved into place ({@link StandardCopyOption#ATOMIC_MOVE}
   * where the file system supports it) only once the whole input has been graded, the rejects and
   * the rollups first and {@code output} last. When the run fails, the temporary files are
   * deleted and the files already at those paths are left as they were. The reader is not closed.
   *
   * @throws BatchException when the input is unusable; no output is then replaced
   * @throws UncheckedIOException when a file cannot be read or written; no output is then replaced
   */
  public BatchSummary grade(Reader input, Path output, Path rejects, Optional<Path> rollups) {
    // checked and created in the order the caller names them; moved into place output last
    List<Path> targets = new ArrayList<>(List.of(output, rejects));
    rollups.ifPresent(targets::add);
    List<Path> temporary = new ArrayList<>();
    boolean done = false;
    try {
      for (Path target : targets) {
        temporary.add(temporaryFor(target));
      }
      BatchSummary summary;
      try (Writer out = writer(temporary.get(0));
          Writer rej = writer(temporary.get(1));
          Writer roll = rollups.isPresent() ? writer(temporary.get(2)) : Writer.nullWriter()) {
        summary = grade(input, out, rej, rollups.isPresent() ? Optional.of(roll) : Optional.empty());
      }
      for (int i = 1; i < targets.size(); i++) {
        move(temporary.get(i), targets.get(i));
      }
      move(temporary.get(0), output);
      done = true;
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!done) {
        for (Path file : temporary) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            // best effort: the run's own failure is what the caller needs to see
          }
        }
      }
    }
  }

  private static Writer writer(Path file) throws IOException {
    return new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * A new empty file beside {@code target}, named after it. Fails naming {@code target} when it is
   * a folder or its folder does not exist or cannot be written.
   */
  private static Path temporaryFor(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a folder");
    }
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    // only a root has no parent, and a root is a folder, refused above
    if (!Files.isDirectory(java.util.Objects.requireNonNull(folder))) {
      throw new NoSuchFileException(target.toString());
    }
    for (int attempt = 0; ; attempt++) {
      Path file = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
      try {
        return Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException(target.toString());
      }
    }
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A reader that decodes {@code bytes} as UTF-8 strictly: bytes that are not valid UTF-8 make a
   * read throw a {@link BatchException} naming the line and column, never U+FFFD. Closing the
   * reader closes the stream.
   */
  public static Reader utf8(InputStream bytes) {
    return new Utf8Input(bytes);
  }

  /**
   * Grades CSV from {@code input} into the writers, which are flushed but not closed.
   *
   * @throws BatchException when the header is unusable or the CSV is malformed beyond one row
   * @throws UncheckedIOException when reading or writing fails
   */
  public BatchSummary grade(Reader input, Writer output, Writer rejects, Optional<Writer> rollups) {
    boolean history = grader.history().isPresent();
    Renderer renderer = new Renderer(rawCells, history, delimiter, grader.decimalComma());
    try (CsvWriter roll = writer(rollups.orElse(Writer.nullWriter()))) {
      BatchSummary summary = read(input, header -> {
        output.write(renderer.header(Arrays.asList(header)));
        rejects.write(String.join(String.valueOf(delimiter), REJECT_COLUMNS) + "\n");
        if (rollups.isPresent()) {
          roll.writeRecord(ROLLUP_COLUMNS);
        }
      }, new Sink(output, rejects, roll), renderer);
      output.flush();
      rejects.flush();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Grades CSV from {@code input} into {@code sink}, as {@link #grade(Reader, Writer, Writer,
   * Optional)} grades it into CSV: the same rows graded and rejected, with the same reasons, and the
   * same failures; for a reader of the results that is not a CSV file (okr-spark's, for one). The
   * reader is not closed.
   *
   * @throws BatchException when the header is unusable or the CSV is malformed beyond one row
   * @throws UncheckedIOException when reading fails
   */
  public BatchSummary grade(Reader input, BatchSink sink) {
    try {
      return read(input, header -> {}, sink, row -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is done with the header's fields once read and checked, before the first row. */
  @FunctionalInterface
  private interface HeaderStep {
    void accept(String[] header) throws IOException;
  }

  /** Reads the header and the rows, and grades the rows into {@code sink}; the blank lines are counted. */
  private BatchSummary read(Reader input, HeaderStep onHeader, BatchSink sink, Consumer<GradedRow> prepare)
      throws IOException {
    CsvReader<Line> reader = CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .build(new LineHandler(), new BufferedReader(new CheckedCsvInput(input, delimiter), 1 << 16));
    boolean history = grader.history().isPresent();
    try (CloseableIterator<Line> lines = reader.iterator()) {
      AtomicLong blank = new AtomicLong();
      Line header = next(lines, blank);
      if (header == null) {
        throw new BatchException(1, "the input is empty; expected a header row");
      }
      Columns columns = Columns.of(renamed(header.fields));
      if (history) {
        for (String added : Columns.ADDED_WITH_HISTORY) {
          if (columns.indexOf(added).isPresent()) {
            throw new BatchException(header.number, "header already has a column \"" + added
                + "\", which the grader adds when it reads check-ins");
          }
        }
      }
      onHeader.accept(header.fields);
      Iterator<KeyResultRow> rows = new Iterator<>() {
        private @Nullable Line ahead = CsvBatch.next(lines, blank);

        @Override
        public boolean hasNext() {
          return ahead != null;
        }

        @Override
        public KeyResultRow next() {
          Line line = ahead;
          if (line == null) {
            throw new NoSuchElementException();
          }
          ahead = CsvBatch.next(lines, blank);
          return KeyResultRow.of(line.number, columns, line.fields);
        }
      };
      BatchSummary summary = grader.grade(rows, sink, prepare);
      return summary.withBlankLines(blank.get());
    }
  }

  /**
   * The header's names with each column {@link #columns(Map) mapped} to an okr column named as
   * that column.
   *
   * @throws BatchException when a mapped header name is not in the header, or the header also has
   *     a column named as the okr column it is mapped to
   */
  private List<String> renamed(String[] names) {
    List<String> out = new ArrayList<>(Arrays.asList(names));
    renames.forEach((okr, theirs) -> {
      int at = -1;
      for (int i = 0; i < names.length; i++) {
        if (names[i].strip().equalsIgnoreCase(theirs)) {
          at = i;
        }
      }
      if (at < 0) {
        throw new BatchException(1, "header has no column \"" + theirs + "\", which is mapped to " + okr
            + " (header: " + String.join(String.valueOf(delimiter), names) + ")");
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].strip().equalsIgnoreCase(okr) && !okr.equalsIgnoreCase(theirs)) {
          throw new BatchException(1, "header column " + (i + 1) + " is " + okr + ", and column \"" + theirs
              + "\" is also mapped to " + okr + "; map one of them only");
        }
      }
      out.set(at, okr);
    });
    return out;
  }

  private CsvWriter writer(Writer writer) {
    return CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.LF).build(new NoClose(writer));
  }

  /** The next record that is not a blank line, counting blank lines, or {@code null} at the end. */
  private static @Nullable Line next(CloseableIterator<Line> lines, AtomicLong blank) {
    try {
      while (lines.hasNext()) {
        Line line = lines.next();
        if (line != BLANK) {
          return line;
        }
        blank.incrementAndGet();
      }
      return null;
    } catch (CsvParseException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof BatchException input) {
          throw input;
        }
      }
      throw new BatchException(lineOf(e), "malformed CSV: " + e.getMessage());
    }
  }

  private static long lineOf(CsvParseException e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return m.find() ? Long.parseLong(m.group(1)) : 1;
  }

  /**
   * Renders graded rows as CSV lines with FastCSV, on the thread that graded them: one unbuffered
   * writer over a reusable buffer per thread.
   */
  private static final class Renderer implements Consumer<GradedRow> {
    private final ThreadLocal<Buffer> buffers;
    private final boolean raw;
    private final boolean history;
    private final char delimiter;
    private final boolean decimalComma;

    Renderer(boolean raw, boolean history, char delimiter, boolean decimalComma) {
      this.raw = raw;
      this.history = history;
      this.delimiter = delimiter;
      this.decimalComma = decimalComma;
      this.buffers = ThreadLocal.withInitial(() -> new Buffer(delimiter));
    }

    @Override
    public void accept(GradedRow row) {
      Buffer buffer = buffers.get();
      buffer.text.setLength(0);
      CsvWriter.CsvWriterRecord record = buffer.csv.writeRecord();
      for (String value : row.row().raw()) {
        record.writeField(raw ? value : neutralise(value, decimalComma));
      }
      record.writeField(row.scoreText()).writeField(row.attainmentText()).writeField(row.gradeText())
          .writeField(row.colourText());
      if (history) {
        record.writeField(row.statusText()).writeField(row.expectedText()).writeField(row.forecastText());
      }
      record.endRecord();
      row.rendered = buffer.text.toString();
    }

    /** A record as one CSV line, without its line end: its fields, quoted where they need it. */
    String record(String[] fields) {
      Buffer buffer = buffers.get();
      buffer.text.setLength(0);
      CsvWriter.CsvWriterRecord record = buffer.csv.writeRecord();
      for (String field : fields) {
        record.writeField(field);
      }
      record.endRecord();
      buffer.text.setLength(buffer.text.length() - 1);
      return buffer.text.toString();
    }

    String header(java.util.List<String> names) {
      Buffer buffer = buffers.get();
      buffer.text.setLength(0);
      CsvWriter.CsvWriterRecord record = buffer.csv.writeRecord();
      names.forEach(name -> record.writeField(raw ? name : neutralise(name, decimalComma)));
      Columns.ADDED.forEach(record::writeField);
      if (history) {
        Columns.ADDED_WITH_HISTORY.forEach(record::writeField);
      }
      record.endRecord();
      return buffer.text.toString();
    }
  }

  /** A FastCSV writer straight into a string buffer. */
  private static final class Buffer {
    final StringBuilder text = new StringBuilder(256);
    final CsvWriter csv;

    Buffer(char delimiter) {
      csv = CsvWriter.builder().fieldSeparator(delimiter).bufferSize(0).lineDelimiter(LineDelimiter.LF).build(new Writer() {
        @Override
        public void write(char[] chars, int offset, int length) {
          text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
          text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
          text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      });
    }
  }

  /** Writes graded rows, rejects and rollups as CSV. */
  private final class Sink implements BatchSink {
    private final Writer out;
    private final Writer rejects;
    private final CsvWriter rollups;
    private final Renderer records = new Renderer(true, false, delimiter, false);

    Sink(Writer out, Writer rejects, CsvWriter rollups) {
      this.out = out;
      this.rejects = rejects;
      this.rollups = rollups;
    }

    @Override
    public void graded(GradedRow row) {
      try {
        out.write(Objects.requireNonNull(row.rendered, "row not rendered"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code line,"reason","record"}: three fields whatever the row, the record always quoted. */
    @Override
    public void rejected(RejectedRow row) {
      try {
        rejects.write(Long.toString(row.line()));
        rejects.write(delimiter);
        rejects.write('"');
        rejects.write(cell(row.reason()).replace("\"", "\"\""));
        rejects.write('"');
        rejects.write(delimiter);
        rejects.write('"');
        rejects.write(cell(records.record(row.row().raw())).replace("\"", "\"\""));
        rejects.write("\"\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void rollup(ObjectiveRollup r) {
      rollups.writeRecord(
          cell(r.objectiveId()),
          r.kind().map(ObjectiveKind::id).orElse(""),
          Integer.toString(r.keyResults()),
          Integer.toString(r.scored()),
          r.score().isPresent() ? Double.toString(r.score().getAsDouble()) : "",
          r.raw().isPresent() ? Double.toString(r.raw().getAsDouble()) : "",
          r.verdict().map(Verdict::id).orElse("unscored"),
          r.colour().map(Colour::id).orElse(""),
          Long.toString(r.firstLine()),
          Long.toString(r.lastLine()));
    }
  }

  /** A CSV record: its first line and its fields. */
  private record Line(long number, String[] fields) {}

  /** A blank line: no characters, or spaces and tabs only, unquoted. */
  private static final Line BLANK = new Line(1, new String[0]);

  /** Builds {@link Line}s from FastCSV's callbacks, without intermediate lists. */
  private static final class LineHandler extends AbstractBaseCsvCallbackHandler<Line> {
    private String[] fields = new String[32];
    private int count;
    private boolean quoted;

    @Override
    protected void handleBegin(long startingLineNumber) {
      count = 0;
      quoted = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = new String(buf, offset, len);
      this.quoted |= quoted;
    }

    @Override
    protected Line buildRecord() {
      if (getRecordType() == RecordType.EMPTY || (count == 1 && !quoted && fields[0].isBlank())) {
        return BLANK;
      }
      return new Line(getStartingLineNumber(), Arrays.copyOf(fields, count));
    }
  }

  /** Keeps FastCSV from closing the caller's writer. */
  private static final class NoClose extends java.io.FilterWriter {
    NoClose(Writer writer) {
      super(writer);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
