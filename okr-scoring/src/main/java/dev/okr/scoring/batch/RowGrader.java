package dev.okr.scoring.batch;

import dev.okr.core.ObjectiveKind;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import dev.okr.scoring.LinearStrategy;
import dev.okr.scoring.MaintainStrategy;
import dev.okr.scoring.Profile;
import dev.okr.scoring.ScoringPolicy;
import dev.okr.scoring.StretchStrategy;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Grades one row under a header: parses and checks its fields, scores it with the same formulas and
 * policies as the strategies, and grades it. Stateless and thread-safe.
 */
final class RowGrader {
  private final ScoringPolicy policy;
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

  RowGrader(Profile profile, Grader grader, Columns header) {
    this.policy = profile.scoring();
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

  /** A graded row, or a {@link RejectedRow}; never throws for bad data. */
  Object grade(KeyResultRow row) {
    try {
      return gradeOrReject(row);
    } catch (Rejection e) {
      return new RejectedRow(row, e.getMessage());
    }
  }

  /** The weight of a graded row (1 when empty); the row was already checked. */
  double weightOf(KeyResultRow row) {
    String text = row.get(weight);
    return text.isBlank() ? 1.0 : Decimals.parse(text);
  }

  /** The kind of a graded row; the row was already checked. */
  @Nullable ObjectiveKind kindOf(KeyResultRow row) {
    try {
      return kind(row.get(kind));
    } catch (Rejection e) {
      throw new AssertionError(e);
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
    if (v[keyResult].isBlank()) {
      throw new Rejection(Columns.KR_ID + " is empty");
    }
    ObjectiveKind objectiveKind = kind(v[kind]);
    String typeText = type(v[type]);
    if (!v[weight].isBlank()) {
      double w = number(v, weight, Columns.WEIGHT);
      if (!(w > 0)) {
        throw new Rejection(Columns.WEIGHT + " " + v[weight].strip() + " must be greater than 0");
      }
    }
    double attainment;
    double contribution;
    switch (typeText) {
      case "increase", "decrease" -> {
        boolean increase = typeText.equals("increase");
        double b = required(v, baseline, Columns.BASELINE, typeText);
        double t = required(v, target, Columns.TARGET, typeText);
        if (b == t) {
          Optional<double[]> flat = flat(row, t);
          if (flat.isEmpty()) {
            return unscored(row, objectiveId, objectiveKind);
          }
          attainment = flat.get()[0];
          contribution = flat.get()[1];
          break;
        }
        if (increase != t > b) {
          throw new Rejection(Columns.TARGET + " " + v[target].strip() + " must be " + (increase ? "above" : "below")
              + " the baseline " + v[baseline].strip() + " for " + (increase ? "an increase" : "a decrease"));
        }
        double s = Double.NaN;
        if (stretch >= 0 && !v[stretch].isBlank()) {
          s = number(v, stretch, Columns.STRETCH);
          if (increase ? !(s > t) : !(s < t)) {
            throw new Rejection(Columns.STRETCH + " " + v[stretch].strip() + " must lie beyond the target " + v[target].strip());
          }
        }
        if (v[current].isBlank()) {
          return noCheckIn(row, objectiveId, objectiveKind);
        }
        double c = number(v, current, Columns.CURRENT);
        attainment = Double.isNaN(s) || policy.stretchScale() == ScoringPolicy.StretchScale.IGNORE
            ? LinearStrategy.attainment(b, t, c)
            : StretchStrategy.attainment(b, t, s, c, policy);
        contribution = policy.contribution(attainment);
      }
      case "at-least", "at-most" -> {
        double level = required(v, target, Columns.TARGET, typeText);
        if (!v[baseline].isBlank()) {
          number(v, baseline, Columns.BASELINE);
        }
        if (v[current].isBlank()) {
          return noCheckIn(row, objectiveId, objectiveKind);
        }
        double c = number(v, current, Columns.CURRENT);
        attainment = MaintainStrategy.holds(typeText.equals("at-least"), level, c, policy) ? 1 : 0;
        contribution = policy.contribution(attainment);
      }
      case "binary" -> {
        if (v[current].isBlank()) {
          return noCheckIn(row, objectiveId, objectiveKind);
        }
        attainment = yesNo(v[current]) ? 1 : 0;
        contribution = policy.contribution(attainment);
      }
      case "milestones" -> {
        double count = required(v, target, Columns.TARGET, typeText);
        if (!(count >= 1) || count != Math.rint(count)) {
          throw new Rejection(Columns.TARGET + " " + v[target].strip() + " must be the milestone count, a whole number of at least 1");
        }
        if (v[current].isBlank()) {
          return noCheckIn(row, objectiveId, objectiveKind);
        }
        double done = number(v, current, Columns.CURRENT);
        if (!(done >= 0) || done > count || done != Math.rint(done)) {
          throw new Rejection(Columns.CURRENT + " " + v[current].strip() + " must be the milestones done, a whole number from 0 to "
              + v[target].strip());
        }
        attainment = done / count;
        contribution = policy.contribution(attainment);
      }
      default -> throw new Rejection(Columns.KR_TYPE + " \"" + v[type].strip()
          + "\" is not one of increase, decrease, at-least, at-most, binary, milestones");
    }
    double value = ScoringPolicy.value(contribution);
    // only an increase or a decrease can go beyond its target, so only there is 1.0 possibly sandbagged
    boolean canExceed = "increase".equals(typeText) || "decrease".equals(typeText);
    Grade grade = grader.grade(value, Optional.ofNullable(objectiveKind), canExceed);
    return new GradedRow(row, objectiveId, value, attainment, contribution, grade.verdict(), grade.colour());
  }

  /** The fixed attainment and contribution under the flat-range policy, or empty for no score. */
  private Optional<double[]> flat(KeyResultRow row, double t) throws Rejection {
    return switch (policy.flatRange()) {
      case REJECT -> throw new Rejection(Columns.TARGET + " " + row.get(target).strip()
          + " equals the baseline; a linear key result needs a range (flat-range=reject)");
      case NO_SCORE -> Optional.empty();
      case ZERO, ONE, HALF -> {
        double fixed = policy.flatRange().fixedScore().getAsDouble();
        yield Optional.of(new double[] {fixed, policy.rounding().apply(fixed)});
      }
    };
  }

  private GradedRow noCheckIn(KeyResultRow row, String objectiveId, @Nullable ObjectiveKind objectiveKind) {
    if (policy.noCheckIns() == ScoringPolicy.NoCheckIns.NO_SCORE) {
      return unscored(row, objectiveId, objectiveKind);
    }
    Grade grade = grader.grade(0.0, Optional.ofNullable(objectiveKind));
    return new GradedRow(row, objectiveId, 0.0, 0.0, 0.0, grade.verdict(), grade.colour());
  }

  private static GradedRow unscored(KeyResultRow row, String objectiveId, @Nullable ObjectiveKind objectiveKind) {
    return new GradedRow(row, objectiveId, Double.NaN, Double.NaN, Double.NaN, null, null);
  }

  private static final String[] TYPES = {"increase", "decrease", "at-least", "at-most", "binary", "milestones"};

  /**
   * The type's canonical name; the exact names are recognised by comparison, without hashing or
   * allocating, since this runs once per row.
   */
  private static String type(String text) {
    for (String known : TYPES) {
      if (known.equals(text)) {
        return known;
      }
    }
    return text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
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
    return switch (k) {
      case "" -> null;
      case "committed" -> ObjectiveKind.COMMITTED;
      case "aspirational" -> ObjectiveKind.ASPIRATIONAL;
      default -> throw new Rejection(Columns.KIND + " \"" + text.strip() + "\" is not committed, aspirational or empty");
    };
  }

  private static double required(String[] v, int index, String column, String type) throws Rejection {
    if (v[index].isBlank()) {
      throw new Rejection(column + " is empty; " + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type
          + " key result needs one");
    }
    return number(v, index, column);
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
