package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrValidationException;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Progress;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Grades one row under a header: reads its fields as an {@link Observation} (one undated reading),
 * or, when the run has a {@link CheckInHistory} with check-ins for the row, as a key result with
 * those check-ins at the run's date (status and forecast from {@link ProgressTracker} when the row
 * has a cycle); scores it with {@link Scorer#score(Observation)} (the profile's strategy
 * and policies, the same path as a key result's), and grades it. What a row cannot be, it rejects
 * with the reason, naming the column. Holds no formula: a strategy's {@link ScoringException}
 * becomes the reason. Thread-safe.
 */
final class RowGrader {
  private final Scorer scorer;
  private final Grader grader;
  private final int columns;
  private final int objective;
  private final int keyResult;
  private final int kind;
  private final int type;
  private final int baseline;
  private final int target;
  private final int current;
  private final int weight;
  private final int stretch;
  private final int cycle;
  private final int cycleStart;
  private final int cycleEnd;
  private final int milestoneNames;
  private final int milestonesDoneNames;
  private final @Nullable CheckInHistory history;
  private final @Nullable LocalDate at;
  private final ProgressTracker tracker;
  private final boolean decimalComma;

  RowGrader(Scorer scorer, Grader grader, Columns header) {
    this(scorer, grader, header, null, null, ProgressTracker.of(scorer));
  }

  RowGrader(Scorer scorer, Grader grader, Columns header, @Nullable CheckInHistory history, @Nullable LocalDate at,
      ProgressTracker tracker) {
    this(scorer, grader, header, history, at, tracker, false);
  }

  RowGrader(Scorer scorer, Grader grader, Columns header, @Nullable CheckInHistory history, @Nullable LocalDate at,
      ProgressTracker tracker, boolean decimalComma) {
    this.decimalComma = decimalComma;
    if ((history == null) != (at == null)) {
      throw new IllegalArgumentException("a check-in history needs the date to score at, and only it");
    }
    this.history = history;
    this.at = at;
    this.tracker = tracker;
    this.cycle = header.indexOf(Columns.CYCLE).orElse(-1);
    this.cycleStart = header.indexOf(Columns.CYCLE_START).orElse(-1);
    this.cycleEnd = header.indexOf(Columns.CYCLE_END).orElse(-1);
    this.milestoneNames = header.indexOf(Columns.MILESTONE_NAMES).orElse(-1);
    this.milestonesDoneNames = header.indexOf(Columns.MILESTONES_DONE).orElse(-1);
    this.scorer = scorer;
    this.grader = grader;
    this.columns = header.size();
    this.objective = header.require(Columns.OBJECTIVE_ID);
    this.keyResult = header.require(Columns.KR_ID);
    this.kind = header.require(Columns.KIND);
    this.type = header.require(Columns.KR_TYPE);
    this.baseline = header.require(Columns.BASELINE);
    this.target = header.require(Columns.TARGET);
    this.current = header.require(Columns.CURRENT);
    this.weight = header.require(Columns.WEIGHT);
    this.stretch = header.indexOf(Columns.STRETCH).orElse(-1);
  }

  /** A row that is rejected, with the reason. */
  static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;

    Rejection(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The row graded or rejected; never throws for bad data. */
  RowResult grade(KeyResultRow row) {
    try {
      return gradeOrReject(row);
    } catch (Rejection e) {
      return new RejectedRow(row, e.getMessage());
    }
  }

  private GradedRow gradeOrReject(KeyResultRow row) throws Rejection {
    String[] v = row.raw();
    if (v.length != columns) {
      throw new Rejection("row has " + v.length + (v.length == 1 ? " field" : " fields") + "; the header has " + columns);
    }
    String objectiveId = v[objective].strip();
    if (objectiveId.isEmpty()) {
      throw new Rejection(Columns.OBJECTIVE_ID + " is empty");
    }
    String keyResultId = v[keyResult].strip();
    if (keyResultId.isEmpty()) {
      throw new Rejection(Columns.KR_ID + " is empty");
    }
    ObjectiveKind objectiveKind = kind(v[kind]);
    MeasurementType measurementType = type(v[type]);
    double w = 1.0;
    if (!v[weight].isBlank()) {
      w = number(v, weight, Columns.WEIGHT);
      if (!(w > 0)) {
        throw new Rejection(Columns.WEIGHT + " " + v[weight].strip() + " must be greater than 0");
      }
    }
    Observation.Builder observation = Observation.builder(keyResultId, measurementType);
    if (!v[baseline].isBlank()) {
      observation.baseline(number(v, baseline, Columns.BASELINE));
    }
    if (!v[target].isBlank()) {
      observation.target(number(v, target, Columns.TARGET));
    }
    if (stretch >= 0 && !v[stretch].isBlank()) {
      observation.stretch(number(v, stretch, Columns.STRETCH));
    }
    Named named = named(v, measurementType);
    if (named != null) {
      observation.milestones(named.milestones());
      if (named.done() != null) {
        observation.current(Observation.Reading.milestonesDone(named.done()));
      }
    } else if (measurementType == MeasurementType.MILESTONES) {
      int count = milestoneCount(v);
      observation.milestones(MILESTONES.subList(0, count));
      if (!v[current].isBlank()) {
        observation.current(Observation.Reading.milestonesDone(DONE.get(milestonesDone(v, count))));
      }
    } else if (!v[current].isBlank()) {
      observation.current(measurementType.isNumeric()
          ? Observation.Reading.value(number(v, current, Columns.CURRENT))
          : Observation.Reading.achieved(yesNo(v[current])));
    }
    if (measurementType.isNumeric()) {
      apart(v, measurementType);
    }
    if (history != null) {
      List<CheckInHistory.Entry> entries = history.of(objectiveId, keyResultId);
      if (!entries.isEmpty()) {
        return withHistory(row, v, objectiveId, keyResultId, objectiveKind, measurementType, w, entries, named);
      }
    }
    Score score;
    try {
      score = scorer.score(observation.build());
    } catch (ScoringException e) {
      throw new Rejection(reason(e));
    } catch (ArithmeticException | IllegalArgumentException e) {
      // the pipeline refuses a number it computed (an attainment that is not finite): the row's
      // numbers overflow; reject the row rather than abort the run
      throw new Rejection("the numbers overflow when scored: " + e.getMessage());
    }
    return graded(row, objectiveId, objectiveKind, measurementType, w, score, null);
  }

  private GradedRow graded(KeyResultRow row, String objectiveId, @Nullable ObjectiveKind objectiveKind,
      MeasurementType measurementType, double w, Score score, @Nullable Progress progress) {
    // a scored row's numbers are finite: Score.Scored refuses any other when built
    return new GradedRow(row, objectiveId, objectiveKind, w, score, score instanceof Score.Scored s
        ? grader.grade(s.value(), Optional.ofNullable(objectiveKind), Grader.canExceedTarget(measurementType))
        : null, progress);
  }

  /**
   * A row with check-ins: the key result the row and its check-ins describe, scored at the run's
   * date by {@link Scorer#score(KeyResult, LocalDate, Optional)} within the row's cycle when it has
   * one, and tracked by {@link ProgressTracker} then. The {@code current} column, when given, must
   * be the reading that counts at that date.
   */
  private GradedRow withHistory(KeyResultRow row, String[] v, String objectiveId, String keyResultId,
      @Nullable ObjectiveKind objectiveKind, MeasurementType measurementType, double w, List<CheckInHistory.Entry> entries,
      @Nullable Named named) throws Rejection {
    LocalDate date = java.util.Objects.requireNonNull(at);
    Optional<Cycle> rowCycle = cycle(v);
    int count = named != null ? named.milestones().size()
        : measurementType == MeasurementType.MILESTONES ? milestoneCount(v) : 0;
    List<CheckIn> checkIns = new ArrayList<>(entries.size());
    for (CheckInHistory.Entry entry : entries) {
      checkIns.add(checkIn(entry, measurementType, count, named));
    }
    KeyResult keyResult;
    try {
      Measurement.Builder m = Measurement.builder().type(measurementType);
      if (!v[baseline].isBlank()) {
        m.baseline(number(v, baseline, Columns.BASELINE));
      }
      if (named != null) {
        m.milestones(named.milestones());
      } else if (measurementType == MeasurementType.MILESTONES) {
        m.milestones(MILESTONES.subList(0, count));
      } else if (!v[target].isBlank()) {
        m.target(number(v, target, Columns.TARGET));
      }
      if (stretch >= 0 && !v[stretch].isBlank()) {
        m.stretch(number(v, stretch, Columns.STRETCH));
      }
      keyResult = KeyResult.builder().id(keyResultId).statement(keyResultId).weight(w).measurement(m.build())
          .checkIns(checkIns).build();
    } catch (OkrValidationException e) {
      throw new Rejection(columnOf(e.path()) + " " + (e.value() == null ? "" : e.value() + " ") + e.rule());
    }
    Score score;
    Progress progress = null;
    try {
      if (!v[current].isBlank()) {
        sameAsCounted(v, measurementType, scorer.observe(keyResult, date), date, named);
      }
      if (rowCycle.isPresent()) {
        progress = tracker.track(keyResult, Optional.ofNullable(objectiveKind), rowCycle.get(), date);
        score = progress.score();
      } else {
        score = scorer.score(keyResult, date, Optional.empty());
      }
    } catch (ScoringException e) {
      throw new Rejection(reason(e));
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new Rejection("the numbers overflow when scored: " + e.getMessage());
    }
    return graded(row, objectiveId, objectiveKind, measurementType, w, score, progress);
  }

  /**
   * The column a measurement field is read from. The paths a row can reach name a field of the
   * measurement or the key result itself: the nested ones (a milestone's name repeated, a check-in
   * naming a milestone the key result lacks) are refused before, with the row's own words.
   */
  private static String columnOf(String path) {
    return switch (path) {
      case "baseline" -> Columns.BASELINE;
      case "target" -> Columns.TARGET;
      case "stretch" -> Columns.STRETCH;
      case "weight" -> Columns.WEIGHT;
      default -> path;
    };
  }

  /** A rejection unless the row's {@code current} is the reading that counts at the date. */
  private void sameAsCounted(String[] v, MeasurementType measurementType, Observation seen, LocalDate date,
      @Nullable Named named) throws Rejection {
    Optional<Observation.Reading> reading = seen.current();
    String given = v[current].strip();
    if (reading.isEmpty()) {
      throw new Rejection(Columns.CURRENT + " " + given + " is given, but no check-in is dated on or before " + date
          + "; leave current empty when the check-ins say it");
    }
    Observation.Reading r = reading.get();
    boolean same;
    String counted;
    if (named != null) {
      counted = r.milestonesDone().size() + ": " + MilestoneList.writeNames(inOrder(named, r.milestonesDone()));
      same = r.milestonesDone().equals(named.done());
    } else if (measurementType == MeasurementType.MILESTONES) {
      counted = Integer.toString(r.milestonesDone().size());
      same = number(v, current, Columns.CURRENT) == r.milestonesDone().size();
    } else if (measurementType.isNumeric()) {
      counted = Double.toString(r.value().orElse(Double.NaN));
      same = number(v, current, Columns.CURRENT) == r.value().orElse(Double.NaN);
    } else {
      counted = r.achieved().map(a -> a ? "yes" : "no").orElse("");
      same = r.achieved().isPresent() && yesNo(v[current]) == r.achieved().get();
    }
    if (!same) {
      throw new Rejection(Columns.CURRENT + " " + given + " differs from the check-in that counts at " + date + " ("
          + counted + " on " + r.date().map(LocalDate::toString).orElse("?") + "); leave current empty or make them agree");
    }
  }

  /** The row's cycle: the {@code cycle} column, or {@code cycle_start} and {@code cycle_end}; empty when none. */
  private Optional<Cycle> cycle(String[] v) throws Rejection {
    boolean named = cycle >= 0 && !v[cycle].isBlank();
    boolean start = cycleStart >= 0 && !v[cycleStart].isBlank();
    boolean end = cycleEnd >= 0 && !v[cycleEnd].isBlank();
    if (named && (start || end)) {
      throw new Rejection(Columns.CYCLE + " and " + (start ? Columns.CYCLE_START : Columns.CYCLE_END)
          + " are both given; give the cycle one way");
    }
    if (named) {
      try {
        return Optional.of(Cycle.parse(v[cycle].strip()));
      } catch (OkrValidationException e) {
        throw new Rejection(Columns.CYCLE + " \"" + v[cycle].strip() + "\" " + e.rule());
      }
    }
    if (start != end) {
      throw new Rejection((start ? Columns.CYCLE_END : Columns.CYCLE_START) + " is empty; "
          + Columns.CYCLE_START + " and " + Columns.CYCLE_END + " go together");
    }
    if (!start) {
      return Optional.empty();
    }
    LocalDate first = day(v, cycleStart, Columns.CYCLE_START);
    LocalDate last = day(v, cycleEnd, Columns.CYCLE_END);
    try {
      return Optional.of(Cycle.of(first, last));
    } catch (OkrValidationException | IllegalArgumentException e) {
      throw new Rejection(Columns.CYCLE_START + " " + first + " and " + Columns.CYCLE_END + " " + last + ": " + e.getMessage());
    }
  }

  private static LocalDate day(String[] v, int index, String column) throws Rejection {
    try {
      return LocalDate.parse(v[index].strip());
    } catch (DateTimeException e) {
      throw new Rejection(column + " \"" + v[index].strip() + "\" is not a day written YYYY-MM-DD"
          + dev.okr.core.CalendarDays.whyNoDay(v[index].strip()));
    }
  }

  /**
   * A check-in line read for the row's type, numbers with this grader's decimal commas; a value
   * that does not fit is the row's rejection, naming the line.
   */
  private CheckIn checkIn(CheckInHistory.Entry entry, MeasurementType type, int count, @Nullable Named named)
      throws Rejection {
    String where = "check-in line " + entry.line() + " (" + entry.date() + "): value \"" + entry.value() + "\" ";
    if (named == null && !entry.milestonesDone().isBlank()) {
      throw new Rejection("check-in line " + entry.line() + " (" + entry.date() + ") names " + CheckInHistory.MILESTONES_DONE
          + " \"" + entry.milestonesDone().strip() + "\", but the row names no milestones in " + Columns.MILESTONE_NAMES);
    }
    if (type == MeasurementType.MILESTONES) {
      double done;
      try {
        done = Decimals.parse(entry.value(), decimalComma);
      } catch (NumberFormatException e) {
        throw new Rejection(where + e.getMessage() + "; a milestones row's check-in is the count of milestones done");
      }
      if (!(done >= 0) || done > count || done != Math.rint(done)) {
        throw new Rejection(where + "must be the milestones done, a whole number from 0 to " + count);
      }
      if (named != null) {
        Set<String> names = done(entry.milestonesDone(), named, "check-in line " + entry.line() + " (" + entry.date() + "): "
            + CheckInHistory.MILESTONES_DONE);
        if (names.size() != done) {
          throw new Rejection(where + "counts " + (int) done + " milestones done, but its " + CheckInHistory.MILESTONES_DONE
              + " names " + names.size());
        }
        return CheckIn.milestonesDone(entry.date(), names);
      }
      return CheckIn.milestonesDone(entry.date(), DONE.get((int) done));
    }
    if (type.isNumeric()) {
      try {
        return CheckIn.value(entry.date(), Decimals.parse(entry.value(), decimalComma));
      } catch (NumberFormatException e) {
        throw new Rejection(where + e.getMessage());
      }
    }
    return switch (entry.value().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y", "achieved" -> CheckIn.achieved(entry.date(), true);
      case "0", "false", "no", "n", "not achieved" -> CheckIn.achieved(entry.date(), false);
      default -> throw new Rejection(where + "is not a yes/no value (1, 0, true, false, yes, no)");
    };
  }

  /**
   * Checks that the differences the strategies take between the row's numbers are finite: two
   * numbers each finite can be too far apart ({@code 1e308 - -1e308} overflows to infinity), and
   * a score computed from an infinite difference would be NaN or wrong. The baseline counts only
   * for increase and decrease rows.
   */
  private void apart(String[] v, MeasurementType measurementType) throws Rejection {
    boolean linear = measurementType == MeasurementType.INCREASE || measurementType == MeasurementType.DECREASE;
    int[] at = {linear ? baseline : -1, target, current, stretch};
    String[] names = {Columns.BASELINE, Columns.TARGET, Columns.CURRENT, Columns.STRETCH};
    for (int i = 0; i < at.length; i++) {
      for (int j = i + 1; j < at.length; j++) {
        if (at[i] < 0 || at[j] < 0 || v[at[i]].isBlank() || v[at[j]].isBlank()) {
          continue;
        }
        double a = number(v, at[i], names[i]);
        double b = number(v, at[j], names[j]);
        if (!Double.isFinite(b - a)) {
          throw new Rejection(names[i] + " " + v[at[i]].strip() + " and " + names[j] + " " + v[at[j]].strip()
              + " are too far apart: " + names[j] + " - " + names[i] + " overflows to " + (b - a));
        }
      }
    }
  }

  /** A milestones row's target: the count of milestones, each of weight 1. */
  private int milestoneCount(String[] v) throws Rejection {
    if (v[target].isBlank()) {
      throw new Rejection(Columns.TARGET + " is empty; a milestones row needs the milestone count");
    }
    double count = number(v, target, Columns.TARGET);
    if (!(count >= 1) || count != Math.rint(count) || count > MAX_MILESTONES) {
      throw new Rejection(Columns.TARGET + " " + v[target].strip() + " must be the milestone count, a whole number from 1 to "
          + MAX_MILESTONES);
    }
    return (int) count;
  }

  /** A milestones row's current value: the count done, taken as the first ones unless the row names them. */
  private int milestonesDone(String[] v, int count) throws Rejection {
    double done = number(v, current, Columns.CURRENT);
    if (!(done >= 0) || done > count || done != Math.rint(done)) {
      throw new Rejection(Columns.CURRENT + " " + v[current].strip() + " must be the milestones done, a whole number from 0 to "
          + count);
    }
    return (int) done;
  }

  /** A row's named milestones, their names in order, and the names of those done (null: no check-in). */
  private record Named(List<Milestone> milestones, Set<String> names, @Nullable Set<String> done) {}

  /**
   * A milestones row's named milestones and the names of those done; null when the row does not
   * name its milestones. Rejects the row when the names, the weights, the target, the count done
   * and the names done do not all agree, or when a row of another type fills either column.
   */
  private @Nullable Named named(String[] v, MeasurementType measurementType) throws Rejection {
    String list = milestoneNames < 0 ? "" : v[milestoneNames];
    String doneList = milestonesDoneNames < 0 ? "" : v[milestonesDoneNames];
    if (measurementType != MeasurementType.MILESTONES) {
      if (!list.isBlank() || !doneList.isBlank()) {
        throw new Rejection((list.isBlank() ? Columns.MILESTONES_DONE : Columns.MILESTONE_NAMES) + " is given, but kr_type "
            + v[type].strip() + " has no milestones; leave it empty");
      }
      return null;
    }
    if (list.isBlank()) {
      if (!doneList.isBlank()) {
        throw new Rejection(Columns.MILESTONES_DONE + " \"" + doneList.strip() + "\" names milestones done, but "
            + Columns.MILESTONE_NAMES + " is empty; name the milestones there, or leave " + Columns.MILESTONES_DONE
            + " empty and count them in " + Columns.TARGET + " and " + Columns.CURRENT);
      }
      return null;
    }
    List<Milestone> milestones;
    try {
      milestones = MilestoneList.read(list, Columns.MILESTONE_NAMES, decimalComma);
    } catch (OkrValidationException e) {
      throw new Rejection(Columns.MILESTONE_NAMES + " \"" + list.strip() + "\" " + e.rule());
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Milestone milestone : milestones) {
      names.add(milestone.name());
    }
    if (!v[target].isBlank() && number(v, target, Columns.TARGET) != milestones.size()) {
      throw new Rejection(Columns.TARGET + " " + v[target].strip() + " disagrees with " + Columns.MILESTONE_NAMES + ", which names "
          + milestones.size() + (milestones.size() == 1 ? " milestone" : " milestones") + "; leave " + Columns.TARGET
          + " empty or make them agree");
    }
    Named named = new Named(milestones, names, null);
    if (v[current].isBlank()) {
      if (!doneList.isBlank()) {
        throw new Rejection(Columns.MILESTONES_DONE + " \"" + doneList.strip() + "\" is given, but " + Columns.CURRENT
            + " is empty; give the count done in " + Columns.CURRENT + " too, or leave both empty when there is no check-in");
      }
      return named;
    }
    int count = milestonesDone(v, milestones.size());
    Set<String> done = done(doneList, named, Columns.MILESTONES_DONE);
    if (done.size() != count) {
      throw new Rejection(Columns.CURRENT + " " + v[current].strip() + " disagrees with " + Columns.MILESTONES_DONE + ", which names "
          + done.size() + (done.size() == 1 ? " milestone" : " milestones") + " done; name each milestone done there");
    }
    return new Named(milestones, names, done);
  }

  /** The names in a cell of milestones done, each one of the row's milestones; {@code where} names the cell. */
  private static Set<String> done(String cell, Named named, String where) throws Rejection {
    if (cell.isBlank()) {
      return ImmutableSet.of();
    }
    List<String> names;
    try {
      names = MilestoneList.readNames(cell, where);
    } catch (OkrValidationException e) {
      throw new Rejection(where + " \"" + cell.strip() + "\" " + e.rule());
    }
    for (String name : names) {
      if (!named.names().contains(name)) {
        throw new Rejection(where + " names \"" + name + "\", which is not among " + Columns.MILESTONE_NAMES + " ("
            + MilestoneList.writeNames(named.names()) + ")");
      }
    }
    return ImmutableSet.copyOf(names);
  }

  /** The names done, in the order of the row's milestones. */
  private static List<String> inOrder(Named named, Set<String> done) {
    return named.names().stream().filter(done::contains).toList();
  }

  private static final int MAX_MILESTONES = 1000;
  // milestone 1 to milestone 1000, each of weight 1, and the names of the first n done, for n from 0
  private static final List<Milestone> MILESTONES = milestones();
  private static final List<Set<String>> DONE = done();

  private static List<Milestone> milestones() {
    ImmutableList.Builder<Milestone> all = ImmutableList.builder();
    for (int i = 1; i <= MAX_MILESTONES; i++) {
      all.add(Milestone.of("milestone " + i));
    }
    return all.build();
  }

  private static List<Set<String>> done() {
    ImmutableList.Builder<Set<String>> all = ImmutableList.builder();
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    all.add(ImmutableSet.of());
    for (int i = 1; i <= MAX_MILESTONES; i++) {
      names.add("milestone " + i);
      all.add(names.build());
    }
    return all.build();
  }

  /** A strategy's or the pipeline's objection as a row's reason, naming the column. */
  private static String reason(ScoringException e) {
    String column = switch (e.path()) {
      case "measurement.baseline" -> Columns.BASELINE;
      case "measurement.target" -> Columns.TARGET;
      case "measurement.stretch" -> Columns.STRETCH;
      case "measurement.type" -> Columns.KR_TYPE;
      case "checkIns.value", "checkIns.achieved" -> Columns.CURRENT;
      default -> null;
    };
    if (column == null) {
      return "a row has no " + e.path() + ": " + e.rule();
    }
    return e.value() == null ? column + " is empty; " + e.rule() : column + " " + e.value() + " " + e.rule();
  }

  // the types seen so far by their text as given, so that a row's type is found without hashing;
  // read without a lock by the grading threads: each slot holds one immutable entry, whose final
  // fields a thread sees whole once it sees the entry (two arrays, a text and a type written apart,
  // could be seen half written: the text without its type)
  private record Seen(String text, MeasurementType type) {}

  private final Seen[] typesSeen = new Seen[8];

  /** The type the text names, as {@link MeasurementType#fromId} reads it. */
  private MeasurementType type(String text) throws Rejection {
    for (Seen known : typesSeen) {
      if (known == null) {
        break;
      }
      if (known.text().equals(text)) {
        return known.type();
      }
    }
    MeasurementType found;
    try {
      found = MeasurementType.fromId(text.strip());
    } catch (OkrValidationException e) {
      // MeasurementType.fromId always ends its rule with "expected one of: " and the names
      String rule = e.rule();
      throw new Rejection(Columns.KR_TYPE + " \"" + text.strip() + "\" is not one of "
          + rule.substring(rule.indexOf("one of: ") + "one of: ".length()));
    }
    remember(text, found);
    return found;
  }

  private synchronized void remember(String text, MeasurementType found) {
    for (int i = 0; i < typesSeen.length; i++) {
      if (typesSeen[i] == null) {
        typesSeen[i] = new Seen(text, found);
        return;
      }
    }
  }

  private static @Nullable ObjectiveKind kind(String text) throws Rejection {
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals("committed")) {
      return ObjectiveKind.COMMITTED;
    }
    if (text.equals("aspirational")) {
      return ObjectiveKind.ASPIRATIONAL;
    }
    String k = text.strip().toLowerCase(Locale.ROOT);
    if (k.isEmpty()) {
      return null;
    }
    try {
      return ObjectiveKind.fromId(k);
    } catch (OkrValidationException e) {
      throw new Rejection(Columns.KIND + " \"" + text.strip() + "\" is not committed, aspirational or empty");
    }
  }

  private double number(String[] v, int index, String column) throws Rejection {
    try {
      return Decimals.parse(v[index], decimalComma);
    } catch (NumberFormatException e) {
      throw new Rejection(column + " \"" + v[index].strip() + "\" " + e.getMessage());
    }
  }

  private static boolean yesNo(String text) throws Rejection {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y", "achieved" -> true;
      case "0", "false", "no", "n", "not achieved" -> false;
      default -> throw new Rejection(Columns.CURRENT + " \"" + text.strip()
          + "\" is not a yes/no value (1, 0, true, false, yes, no)");
    };
  }
}
