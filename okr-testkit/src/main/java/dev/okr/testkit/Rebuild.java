package dev.okr.testkit;

import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Milestone;
import dev.okr.core.Initiative;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.OkrValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a document with one element changed, each enclosing value through its builder, the way a
 * document reader assembles one: a value's own validation names paths relative to itself, and each
 * enclosing level puts its segment in front ({@code measurement}, {@code keyResults[0]}, {@code
 * objectives[2]}), so the error names the path from the document's root.
 */
final class Rebuild {
  private Rebuild() {}

  /** Builds a value found at {@code segment} of its parent, naming errors from there. */
  static <T> T at(String segment, Supplier<T> build) {
    try {
      return build.get();
    } catch (OkrValidationException e) {
      throw e.under(segment);
    }
  }

  static OkrSet objective(OkrSet set, int o, UnaryOperator<Objective> edit) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    objectives.set(o, at("objectives[" + o + "]", () -> edit.apply(objectives.get(o))));
    return new OkrSet.Builder().from(set).objectives(objectives).build();
  }

  static Objective keyResult(Objective objective, int k, UnaryOperator<KeyResult> edit) {
    List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
    keyResults.set(k, at("keyResults[" + k + "]", () -> edit.apply(keyResults.get(k))));
    return new Objective.Builder().from(objective).keyResults(keyResults).build();
  }

  static Objective initiative(Objective objective, int i, UnaryOperator<Initiative> edit) {
    List<Initiative> initiatives = new ArrayList<>(objective.initiatives());
    initiatives.set(i, at("initiatives[" + i + "]", () -> edit.apply(initiatives.get(i))));
    return new Objective.Builder().from(objective).initiatives(initiatives).build();
  }

  static KeyResult measurement(KeyResult keyResult, UnaryOperator<Measurement> edit) {
    Measurement measurement = at("measurement", () -> edit.apply(keyResult.measurement().orElseThrow()));
    return new KeyResult.Builder().from(keyResult).measurement(measurement).build();
  }

  static KeyResult checkIn(KeyResult keyResult, int c, UnaryOperator<CheckIn> edit) {
    List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
    checkIns.set(c, at("checkIns[" + c + "]", () -> edit.apply(checkIns.get(c))));
    return new KeyResult.Builder().from(keyResult).checkIns(checkIns).build();
  }

  static Measurement milestone(Measurement measurement, int m, UnaryOperator<Milestone> edit) {
    List<Milestone> milestones = new ArrayList<>(measurement.milestones());
    milestones.set(m, at("milestones[" + m + "]", () -> edit.apply(milestones.get(m))));
    return new Measurement.Builder().from(measurement).milestones(milestones).build();
  }
}
