package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check-in history of a batch run, read from a long CSV with one line per key result and date:
 * columns {@code kr_id, date, value} and, optionally, {@code objective_id} and {@code
 * milestones_done} (other columns are an error, so that a misspelt one is not ignored). The value
 * and the milestones done are kept as text; the row they belong to reads them for its type (a
 * number, yes/no, or a count of milestones done and, for a row that names its milestones, their
 * names as {@link MilestoneList} reads them).
 *
 * <p>The whole file is held in memory, grouped by key result: one {@link Entry} per line. A line
 * with an {@code objective_id} belongs to the row of that objective and key result only; a line
 * without one to every row of that {@code kr_id}. Lines no row asked for are {@linkplain #unmatched()
 * reported} after the run. Thread-safe once read.
 */
public final class CheckInHistory {
  /** The key result's id. */
  public static final String KR_ID = "kr_id";
  /** The day of the check-in, {@code YYYY-MM-DD}. */
  public static final String DATE = "date";
  /** The reading: a number, yes/no, or the count of milestones done. */
  public static final String VALUE = "value";
  /** Optional: the objective, when a kr_id is not unique across objectives. */
  public static final String OBJECTIVE_ID = "objective_id";
  /** Optional: the names of the milestones done, for a row that names its milestones; empty otherwise. */
  public static final String MILESTONES_DONE = Columns.MILESTONES_DONE;

  private static final List<String> READ = ImmutableList.of(OBJECTIVE_ID, KR_ID, DATE, VALUE, MILESTONES_DONE);

  /**
   * One check-in line.
   *
   * @param line the 1-based line in the check-ins file
   * @param objectiveId the objective it names, or {@code ""} when the file has none for it
   * @param keyResultId the key result's id
   * @param date the day
   * @param value the reading as written, stripped and not empty
   * @param milestonesDone the names of the milestones done as written, or {@code ""} when the line has none
   */
  public record Entry(long line, String objectiveId, String keyResultId, LocalDate date, String value,
      String milestonesDone) {
    /** Checks the fields are present. */
    public Entry {
      Objects.requireNonNull(objectiveId, "objectiveId");
      Objects.requireNonNull(keyResultId, "keyResultId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(milestonesDone, "milestonesDone");
    }

    /** A line without milestones done. */
    public Entry(long line, String objectiveId, String keyResultId, LocalDate date, String value) {
      this(line, objectiveId, keyResultId, date, value, "");
    }
  }

  // by kr_id, and by objective_id + NUL + kr_id; each list sorted by date, ties in file order
  private final Map<String, List<Entry>> byKeyResult;
  private final Map<String, List<Entry>> byObjective;
  private final Set<String> asked = ConcurrentHashMap.newKeySet();
  private final int size;

  private CheckInHistory(Map<String, List<Entry>> byKeyResult, Map<String, List<Entry>> byObjective, int size) {
    this.byKeyResult = byKeyResult;
    this.byObjective = byObjective;
    this.size = size;
  }

  /**
   * Reads a check-ins CSV with {@code ,} between fields, as {@link #read(Reader, char)} does.
   *
   * @throws BatchException naming the line (and column) of the first line that is not a check-in
   * @throws UncheckedIOException when reading fails
   */
  public static CheckInHistory read(Reader input) {
    return read(input, ',');
  }

  /**
   * Reads a check-ins CSV (a leading byte order mark is skipped) with {@code delimiter} between
   * fields ({@code ;} or tab in European exports, as {@link CsvBatch#delimiter(char)} reads the
   * rows). The values are kept as written; a row reads them with its grader's decimal commas. The
   * reader is not closed.
   *
   * @throws IllegalArgumentException when the delimiter cannot separate fields ({@link
   *     CsvBatch#whyNotDelimiter(char, boolean)})
   *
   * @throws BatchException naming the line (and column) of the first line that is not a check-in:
   *     a header without {@code kr_id}, {@code date} or {@code value} or with another column, a
   *     line with too few or too many fields, an empty kr_id or value, a date that is not
   *     {@code YYYY-MM-DD}
   * @throws UncheckedIOException when reading fails
   */
  public static CheckInHistory read(Reader input, char delimiter) {
    String why = CsvBatch.whyNotDelimiter(delimiter, false);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    Map<String, List<Entry>> byKeyResult = new HashMap<>();
    Map<String, List<Entry>> byObjective = new HashMap<>();
    int size = 0;
    CsvReader<CsvRecord> reader = CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(new BufferedReader(new CheckedCsvInput(input)));
    try (reader) {
      int objective = -1;
      int keyResult = -1;
      int date = -1;
      int value = -1;
      int done = -1;
      int columns = 0;
      boolean header = true;
      for (CsvRecord record : reader) {
        long line = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          columns = fields.size();
          String other = Columns.otherDelimiter(fields);
          if (other != null) {
            throw new BatchException(line, "the check-ins header has one column \"" + fields.get(0).strip() + "\"; " + other);
          }
          for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            int at = READ.indexOf(name);
            if (at < 0) {
              throw new BatchException(line, "column " + (i + 1) + ": \"" + fields.get(i).strip()
                  + "\" is not a check-ins column; the columns are " + String.join(", ", READ)
                  + " (objective_id and milestones_done optional)");
            }
            int[] slots = {objective, keyResult, date, value, done};
            if (slots[at] >= 0) {
              throw new BatchException(line, "column " + (i + 1) + ": \"" + name + "\" is named twice (columns "
                  + (slots[at] + 1) + " and " + (i + 1) + ")");
            }
            switch (at) {
              case 0 -> objective = i;
              case 1 -> keyResult = i;
              case 2 -> date = i;
              case 3 -> value = i;
              default -> done = i;
            }
          }
          for (String required : List.of(KR_ID, DATE, VALUE)) {
            if (!fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().contains(required)) {
              throw new BatchException(line, "the check-ins header lacks the column \"" + required + "\"; the columns are "
                  + String.join(", ", READ) + " (objective_id and milestones_done optional)");
            }
          }
          continue;
        }
        if (fields.size() != columns) {
          throw new BatchException(line, "a check-in has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
              + "; the header has " + columns);
        }
        String kr = fields.get(keyResult).strip();
        if (kr.isEmpty()) {
          throw new BatchException(line, "column " + (keyResult + 1) + ": kr_id is empty");
        }
        String day = fields.get(date).strip();
        LocalDate parsed;
        try {
          parsed = LocalDate.parse(day);
        } catch (DateTimeException e) {
          throw new BatchException(line, "column " + (date + 1) + ": date \"" + day + "\" is not a day written YYYY-MM-DD"
              + dev.okr.core.CalendarDays.whyNoDay(day));
        }
        String reading = fields.get(value).strip();
        if (reading.isEmpty()) {
          throw new BatchException(line, "column " + (value + 1) + ": value is empty; a check-in needs a number, yes/no"
              + " or the milestones done");
        }
        String obj = objective < 0 ? "" : fields.get(objective).strip();
        Entry entry = new Entry(line, obj, kr, parsed, reading, done < 0 ? "" : fields.get(done));
        (obj.isEmpty() ? byKeyResult.computeIfAbsent(kr, k -> new ArrayList<>())
            : byObjective.computeIfAbsent(key(obj, kr), k -> new ArrayList<>())).add(entry);
        size++;
      }
      if (header) {
        throw new BatchException(1, "the check-ins file is empty; expected a header "
            + String.join(String.valueOf(delimiter), KR_ID, DATE, VALUE));
      }
    } catch (CsvParseException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof BatchException unreadable) {
          throw unreadable;
        }
      }
      throw new BatchException(1, "malformed CSV in the check-ins: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Comparator<Entry> byDate = Comparator.comparing(Entry::date);
    byKeyResult.values().forEach(l -> l.sort(byDate));
    byObjective.values().forEach(l -> l.sort(byDate));
    return new CheckInHistory(byKeyResult, byObjective, size);
  }

  private static String key(String objectiveId, String keyResultId) {
    return objectiveId + '\0' + keyResultId;
  }

  /** The number of check-in lines held. */
  public int size() {
    return size;
  }

  /**
   * The check-ins of the row of this objective and key result, sorted by date (ties in file
   * order): the lines naming both, and the lines naming the key result without an objective.
   * Marks them as asked for.
   */
  public List<Entry> of(String objectiveId, String keyResultId) {
    List<Entry> own = byObjective.get(key(objectiveId, keyResultId));
    List<Entry> any = byKeyResult.get(keyResultId);
    if (own != null) {
      asked.add(key(objectiveId, keyResultId));
    }
    if (any != null) {
      asked.add(keyResultId);
    }
    if (own == null) {
      return any == null ? List.of() : any;
    }
    if (any == null) {
      return own;
    }
    List<Entry> both = new ArrayList<>(own);
    both.addAll(any);
    both.sort(Comparator.comparing(Entry::date).thenComparingLong(Entry::line));
    return both;
  }

  /**
   * The check-in lines no row asked for so far, in file order: one per key result (or objective
   * and key result), its first line. Call after the run to report them.
   */
  public List<Entry> unmatched() {
    List<Entry> left = new ArrayList<>();
    byKeyResult.forEach((k, l) -> {
      if (!asked.contains(k)) {
        left.add(l.stream().min(Comparator.comparingLong(Entry::line)).orElseThrow());
      }
    });
    byObjective.forEach((k, l) -> {
      if (!asked.contains(k)) {
        left.add(l.stream().min(Comparator.comparingLong(Entry::line)).orElseThrow());
      }
    });
    left.sort(Comparator.comparingLong(Entry::line));
    return left;
  }
}
