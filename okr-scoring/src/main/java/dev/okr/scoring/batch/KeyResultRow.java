package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One input row: its 1-based line number, the header it was read under, and its values as text.
 * The values are kept as given so that extra columns pass through to the output unchanged. A row
 * may have more or fewer values than the header; the grader rejects it then.
 */
public final class KeyResultRow {
  private final long line;
  private final Columns columns;
  private final String[] values;

  private KeyResultRow(long line, Columns columns, String[] values) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 (was " + line + ")");
    }
    this.line = line;
    this.columns = Objects.requireNonNull(columns, "columns");
    this.values = values;
  }

  /** A row of these values under {@code columns}; the array is not copied and must not change. */
  public static KeyResultRow of(long line, Columns columns, String[] values) {
    for (String value : values) {
      Objects.requireNonNull(value, "values must not be null; use \"\" for an empty field");
    }
    return new KeyResultRow(line, columns, values);
  }

  /** A row of these values under {@code columns}. */
  public static KeyResultRow of(long line, Columns columns, List<String> values) {
    return of(line, columns, values.toArray(new String[0]));
  }

  /** A row from values by column name, in the order of {@code columns}; absent columns are empty. */
  public static KeyResultRow of(long line, Columns columns, Map<String, String> byName) {
    List<String> values = new ArrayList<>();
    for (String name : columns.names()) {
      values.add(byName.getOrDefault(name, ""));
    }
    return of(line, columns, values);
  }

  /** The 1-based line number in the input. */
  public long line() {
    return line;
  }

  /** The header the row was read under. */
  public Columns columns() {
    return columns;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value at a position, or {@code ""} beyond the row's end. */
  public String get(int index) {
    return index < values.length ? values[index] : "";
  }

  /** The value of a column, or {@code ""} when the row or the header lacks it. */
  public String get(String column) {
    return columns.indexOf(column).stream().mapToObj(this::get).findFirst().orElse("");
  }

  /** The values, in order. */
  public List<String> values() {
    return ImmutableList.copyOf(values);
  }

  String[] raw() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyResultRow r && r.line == line && r.columns.equals(columns)
        && java.util.Arrays.equals(r.values, values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, columns, java.util.Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "line " + line + ": " + String.join(",", values);
  }
}
