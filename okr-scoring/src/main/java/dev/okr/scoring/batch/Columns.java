package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import dev.okr.core.Spelling;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The header of a batch input: its column names in order, looked up by name ignoring case and
 * surrounding spaces. Shared by every row read under it; immutable.
 */
public final class Columns {
  /** The objective's id. */
  public static final String OBJECTIVE_ID = "objective_id";
  /** The key result's id. */
  public static final String KR_ID = "kr_id";
  /** {@code committed}, {@code aspirational}, or empty when unlabelled. */
  public static final String KIND = "kind";
  /** {@code increase}, {@code decrease}, {@code at-least}, {@code at-most}, {@code binary} or {@code milestones}. */
  public static final String KR_TYPE = "kr_type";
  /** The value at the start. */
  public static final String BASELINE = "baseline";
  /** The value that scores 1; the level to hold; the milestone count. */
  public static final String TARGET = "target";
  /** The latest value; yes/no; the milestones done; empty when there is no check-in. */
  public static final String CURRENT = "current";
  /** The key result's weight in its objective; empty means 1. */
  public static final String WEIGHT = "weight";
  /** An optional stretch target beyond the target. */
  public static final String STRETCH = "stretch";
  /** Optional: the row's cycle, as {@code okr grade} writes it: {@code 2026-Q3}, {@code 2026} or {@code 2026-07-01..2026-09-30}. */
  public static final String CYCLE = "cycle";
  /** Optional, with {@link #CYCLE_END} instead of {@link #CYCLE}: the cycle's first day, {@code YYYY-MM-DD}. */
  public static final String CYCLE_START = "cycle_start";
  /** Optional, with {@link #CYCLE_START}: the cycle's last day, {@code YYYY-MM-DD}. */
  public static final String CYCLE_END = "cycle_end";

  /**
   * Optional: a milestones row's milestones by name, each with its weight when not 1, as {@link
   * MilestoneList} reads them ({@code pilot teams; half of paying teams *2; all paying teams}).
   * Empty: the row's milestones are {@link #TARGET} milestones of weight 1.
   */
  public static final String MILESTONE_NAMES = "milestone_names";
  /**
   * Optional, with {@link #MILESTONE_NAMES}: the names of the milestones done ({@code pilot teams;
   * half of paying teams}), as many as {@link #CURRENT} counts.
   */
  public static final String MILESTONES_DONE = "milestones_done";

  /** The columns every input must have, in the documented order. */
  public static final List<String> REQUIRED =
      ImmutableList.of(OBJECTIVE_ID, KR_ID, KIND, KR_TYPE, BASELINE, TARGET, CURRENT, WEIGHT);

  /** The columns the grader adds to each graded row. */
  public static final List<String> ADDED = ImmutableList.of("score", "attainment", "grade", "colour");

  /**
   * The columns the grader adds after {@link #ADDED} when it reads a check-in history: the status
   * against the expected pace, the score expected by now, and the forecast end score, as {@link
   * dev.okr.scoring.ProgressTracker} gives them while the row's cycle is in progress.
   */
  public static final List<String> ADDED_WITH_HISTORY = ImmutableList.of("status", "expected", "forecast");

  /** Every column okr reads, required and optional: a header name within two edits of one the header lacks is a typo. */
  public static final List<String> READ = ImmutableList.<String>builder().addAll(REQUIRED).add(STRETCH, CYCLE, CYCLE_START, CYCLE_END, MILESTONE_NAMES, MILESTONES_DONE)
      .build();

  private final ImmutableList<String> names;
  private final Map<String, Integer> index;

  /**
   * When a header read as one field holds another delimiter ({@code ;}, tab, {@code |} or {@code
   * ,}), what to do about it ({@code its fields seem separated by ";": use --delimiter ";"}); else
   * {@code null}. A file read with the wrong delimiter would otherwise be told that it lacks
   * columns it has.
   */
  static @Nullable String otherDelimiter(List<String> header) {
    if (header.size() != 1) {
      return null;
    }
    for (char c : new char[] {';', '\t', '|', ','}) {
      if (header.get(0).indexOf(c) >= 0) {
        String shown = c == '\t' ? "\\t" : String.valueOf(c);
        return "its fields seem separated by " + (c == '\t' ? "tabs" : "\"" + c + "\"") + ": use --delimiter \"" + shown + "\"";
      }
    }
    return null;
  }

  private Columns(List<String> names) {
    this.names = ImmutableList.copyOf(names);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String key = normalise(names.get(i));
      if (key.isEmpty()) {
        throw new BatchException(1, "header column " + (i + 1) + " has no name");
      }
      Integer earlier = byName.putIfAbsent(key, i);
      if (earlier != null) {
        throw new BatchException(1, "header names column \"" + key + "\" twice (columns " + (earlier + 1) + " and " + (i + 1) + ")");
      }
    }
    this.index = byName;
  }

  /**
   * The header with these names.
   *
   * @throws BatchException when a required column is missing, a name repeats or is blank, or a name
   *     collides with a column the grader adds
   */
  public static Columns of(List<String> names) {
    String other = otherDelimiter(names);
    if (other != null) {
      throw new BatchException(1, "header has one column \"" + names.get(0).strip() + "\"; " + other);
    }
    Columns columns = new Columns(names);
    for (int i = 0; i < names.size(); i++) {
      String name = normalise(names.get(i));
      if (READ.contains(name)) {
        continue;
      }
      Optional<String> meant = Spelling.closest(name, READ.stream().filter(known -> !columns.index.containsKey(known)).toList());
      if (meant.isPresent()) {
        throw new BatchException(1, "header column " + (i + 1) + " \"" + names.get(i).strip() + "\" is not a column okr reads;"
            + " did you mean " + meant.get() + "? (okr reads: " + String.join(", ", READ) + ")");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.index.containsKey(required)) {
        throw new BatchException(1, "header lacks the required column \"" + required + "\"; required: " + String.join(", ", REQUIRED));
      }
    }
    for (String added : ADDED) {
      if (columns.index.containsKey(added)) {
        throw new BatchException(1, "header already has a column \"" + added + "\", which the grader adds");
      }
    }
    return columns;
  }

  /** The column names as given, in order. */
  public List<String> names() {
    return names;
  }

  /** The number of columns. */
  public int size() {
    return names.size();
  }

  /** The position of a column, ignoring case and surrounding spaces. */
  public OptionalInt indexOf(String name) {
    Integer i = index.get(normalise(name));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  int require(String name) {
    return indexOf(name).orElseThrow();
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Columns c && c.names.equals(names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return String.join(",", names);
  }
}
