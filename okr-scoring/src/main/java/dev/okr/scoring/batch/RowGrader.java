package dev.okr.scoring.batch;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrValidationException;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Observation;
import dev.okr.scoring.Score;
import dev.okr.scoring.Scorer;
import dev.okr.scoring.ScoringException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Grades one row under a header: reads its fields as an {@link Observation} (one undated reading,
 * no check-in history), scores it with {@link Scorer#score(Observation)} (the profile's strategy
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

  RowGrader(Scorer scorer, Grader grader, Columns header) {
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
    if (measurementType == MeasurementType.MILESTONES) {
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
    if (score instanceof Score.Scored s
        && !(Double.isFinite(s.value()) && Double.isFinite(s.attainment()) && Double.isFinite(s.contribution()))) {
      throw new Rejection("the numbers overflow when scored: attainment " + s.attainment() + ", score " + s.value());
    }
    return new GradedRow(row, objectiveId, objectiveKind, w, score, score instanceof Score.Scored s
        ? grader.grade(s.value(), Optional.ofNullable(objectiveKind), Grader.canExceedTarget(measurementType))
        : null);
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

  /** A milestones row's current value: the count done, taken as the first ones. */
  private int milestonesDone(String[] v, int count) throws Rejection {
    double done = number(v, current, Columns.CURRENT);
    if (!(done >= 0) || done > count || done != Math.rint(done)) {
      throw new Rejection(Columns.CURRENT + " " + v[current].strip() + " must be the milestones done, a whole number from 0 to "
          + v[target].strip());
    }
    return (int) done;
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

  // the types seen so far by their text as given, so that a row's type is found without hashing
  private final String[] typeTexts = new String[8];
  private final MeasurementType[] typesSeen = new MeasurementType[8];

  /** The type the text names, as {@link MeasurementType#fromId} reads it. */
  private MeasurementType type(String text) throws Rejection {
    for (int i = 0; i < typeTexts.length; i++) {
      String known = typeTexts[i];
      if (known == null) {
        break;
      }
      if (known.equals(text)) {
        return typesSeen[i];
      }
    }
    MeasurementType found;
    try {
      found = MeasurementType.fromId(text.strip());
    } catch (OkrValidationException e) {
      String message = e.rule();
      int accepted = message.indexOf("one of: ");
      throw new Rejection(Columns.KR_TYPE + " \"" + text.strip() + "\" is not one of "
          + (accepted < 0 ? message : message.substring(accepted + "one of: ".length())));
    }
    remember(text, found);
    return found;
  }

  private synchronized void remember(String text, MeasurementType found) {
    for (int i = 0; i < typeTexts.length; i++) {
      if (typeTexts[i] == null) {
        typesSeen[i] = found;
        typeTexts[i] = text;
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

  private static double number(String[] v, int index, String column) throws Rejection {
    try {
      return Decimals.parse(v[index]);
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
