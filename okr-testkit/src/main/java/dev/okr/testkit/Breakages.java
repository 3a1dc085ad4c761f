package dev.okr.testkit;

import com.google.common.collect.ImmutableSet;
import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;

/**
 * Breaks one field of a generated document for each {@link Violation}. Where the document lacks the
 * element a break needs (a milestones key result with check-ins, an initiative, ...), a valid one is
 * planted first: a key result replaced (keeping its id, so references hold) or added, an initiative
 * or objective added with fresh ids. The rules are okr-core's exact texts.
 */
final class Breakages {
  private Breakages() {}

  private static final String BLANK = "must not be blank";
  private static final String NOT_FINITE = "must be a finite number";
  private static final String REPEAT = "must not repeat an earlier entry";

  static BrokenOkrSet draw(RandomnessSource in, Violation violation) {
    OkrSet set = Models.okrSet(in);
    return switch (violation) {
      case BLANK_ID -> blankId(in, set);
      case BLANK_TITLE -> blankTitle(in, set);
      case BLANK_TEXT -> blankText(in, set);
      case NON_FINITE_NUMBER -> nonFinite(in, set);
      case CONFIDENCE_OUTSIDE_UNIT_INTERVAL -> confidence(in, set);
      case WEIGHT_NOT_POSITIVE -> weight(in, set);
      case TARGET_EQUALS_BASELINE -> targetEqualsBaseline(in, set);
      case TARGET_WRONG_SIDE -> targetWrongSide(in, set);
      case STRETCH_WRONG_SIDE -> stretchWrongSide(in, set);
      case NUMBER_ON_NON_NUMERIC -> numberOnNonNumeric(in, set);
      case MILESTONES_MISSING -> milestonesMissing(in, set);
      case MILESTONES_ON_OTHER_TYPE -> milestonesOnOtherType(in, set);
      case DUPLICATE_MILESTONE -> duplicateMilestone(in, set);
      case CHECK_IN_RECORDS_NOT_ONE -> checkInRecordsNotOne(in, set);
      case CHECK_IN_KIND_MISMATCH -> checkInKindMismatch(in, set);
      case UNKNOWN_MILESTONE_DONE -> unknownMilestoneDone(in, set);
      case CHECK_IN_OUTSIDE_CYCLE -> checkInOutsideCycle(in, set);
      case CYCLE_END_BEFORE_START -> cycleEndBeforeStart(in, set);
      case CYCLE_YEAR_OUT_OF_RANGE -> cycleYearOutOfRange(in, set);
      case DUPLICATE_ID_IN_OBJECTIVE -> duplicateIdInObjective(in, set);
      case DUPLICATE_ID -> duplicateId(in, set);
      case DUPLICATE_KEY_RESULT_LINK -> duplicateLink(in, set);
      case DANGLING_ALIGNMENT -> danglingAlignment(in, set);
      case DANGLING_INITIATIVE_LINK -> danglingLink(in, set);
      case ALIGNMENT_CYCLE -> alignmentCycle(in, set);
      case SOURCE_POSITION_OUT_OF_RANGE -> sourcePosition(in, set);
    };
  }

  // Where things are

  /** A key result of a document: objective {@code o}, key result {@code k}. */
  private record KeyResultSpot(OkrSet set, int o, int k) {
    Objective objective() {
      return set.objectives().get(o);
    }

    KeyResult keyResult() {
      return objective().keyResults().get(k);
    }

    String path() {
      return "objectives[" + o + "].keyResults[" + k + "]";
    }

    /** Edits the key result in a document, rebuilding each level. */
    UnaryOperator<OkrSet> edit(UnaryOperator<KeyResult> edit) {
      return s -> Rebuild.objective(s, o, x -> Rebuild.keyResult(x, k, edit));
    }

    UnaryOperator<OkrSet> editMeasurement(UnaryOperator<Measurement> edit) {
      return edit(kr -> Rebuild.measurement(kr, edit));
    }

    UnaryOperator<OkrSet> editCheckIn(int c, UnaryOperator<CheckIn> edit) {
      return edit(kr -> Rebuild.checkIn(kr, c, edit));
    }
  }

  /** An initiative of a document: objective {@code o}, initiative {@code i}. */
  private record InitiativeSpot(OkrSet set, int o, int i) {
    Initiative initiative() {
      return set.objectives().get(o).initiatives().get(i);
    }

    String path() {
      return "objectives[" + o + "].initiatives[" + i + "]";
    }

    UnaryOperator<OkrSet> edit(UnaryOperator<Initiative> edit) {
      return s -> Rebuild.objective(s, o, x -> Rebuild.initiative(x, i, edit));
    }
  }

  private static int anyObjective(RandomnessSource in, OkrSet set) {
    return Draw.between(in, 0, set.objectives().size() - 1);
  }

  private static String objectivePath(int o) {
    return "objectives[" + o + "]";
  }

  private static List<String> allIds(OkrSet set) {
    List<String> ids = new ArrayList<>();
    for (Objective objective : set.objectives()) {
      ids.add(objective.id());
      objective.keyResults().forEach(kr -> ids.add(kr.id()));
      objective.initiatives().forEach(i -> ids.add(i.id()));
    }
    return ids;
  }

  /** Makes a valid key result with the given id for an objective's cycle. */
  private interface KeyResultMaker {
    KeyResult make(RandomnessSource in, String id, @Nullable Cycle cycle);
  }

  private static KeyResultMaker measured(MeasurementType type, boolean complete, int atLeastCheckIns) {
    return (in, id, cycle) -> Models.keyResult(in, id, cycle, Models.measurement(in, type, complete), atLeastCheckIns);
  }

  private static KeyResultMaker measuredAny(List<MeasurementType> types, boolean complete, int atLeastCheckIns) {
    return (in, id, cycle) -> measured(Draw.pick(in, types), complete, atLeastCheckIns).make(in, id, cycle);
  }

  private static final List<MeasurementType> NUMERIC =
      List.of(MeasurementType.INCREASE, MeasurementType.DECREASE, MeasurementType.AT_LEAST, MeasurementType.AT_MOST);
  private static final List<MeasurementType> ALL = List.of(MeasurementType.values());

  /** A key result of the shape {@code maker} makes, in place of one of an objective's, or added. */
  private static KeyResultSpot plantKeyResult(RandomnessSource in, OkrSet set, int o, KeyResultMaker maker) {
    Objective objective = set.objectives().get(o);
    boolean add = objective.keyResults().isEmpty() || Draw.chance(in, 20);
    int k = add ? objective.keyResults().size() : Draw.between(in, 0, objective.keyResults().size() - 1);
    String id = add ? new Ids(allIds(set)).next(in) : objective.keyResults().get(k).id();
    KeyResult planted = maker.make(in, id, objective.cycle().orElse(null));
    List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
    if (add) {
      keyResults.add(planted);
    } else {
      keyResults.set(k, planted);
    }
    return new KeyResultSpot(replace(set, o, objective.withKeyResults(keyResults)), o, k);
  }

  private static KeyResultSpot plantKeyResult(RandomnessSource in, OkrSet set, KeyResultMaker maker) {
    return plantKeyResult(in, set, anyObjective(in, set), maker);
  }

  /** Any key result, planting one when the document has none where drawn. */
  private static KeyResultSpot anyKeyResult(RandomnessSource in, OkrSet set) {
    int o = anyObjective(in, set);
    Objective objective = set.objectives().get(o);
    if (objective.keyResults().isEmpty()) {
      return plantKeyResult(in, set, o, Models::keyResult);
    }
    return new KeyResultSpot(set, o, Draw.between(in, 0, objective.keyResults().size() - 1));
  }

  /** An initiative with at least {@code atLeastLinks} links, in place of one or added. */
  private static InitiativeSpot plantInitiative(RandomnessSource in, OkrSet set, int atLeastLinks) {
    if (atLeastLinks > 0 && set.keyResults().isEmpty()) {
      set = anyKeyResult(in, set).set();
    }
    int o = anyObjective(in, set);
    Objective objective = set.objectives().get(o);
    if (!objective.initiatives().isEmpty() && Draw.chance(in, 50)) {
      int i = Draw.between(in, 0, objective.initiatives().size() - 1);
      if (objective.initiatives().get(i).keyResultIds().size() >= atLeastLinks) {
        return new InitiativeSpot(set, o, i);
      }
    }
    List<String> keyResultIds = set.keyResults().stream().map(KeyResult::id).toList();
    Initiative initiative = Models.initiative(in, new Ids(allIds(set)).next(in), keyResultIds);
    if (initiative.keyResultIds().size() < atLeastLinks) {
      initiative = initiative.withKeyResultIds(keyResultIds.subList(0, atLeastLinks));
    }
    List<Initiative> initiatives = new ArrayList<>(objective.initiatives());
    initiatives.add(initiative);
    return new InitiativeSpot(replace(set, o, objective.withInitiatives(initiatives)), o, initiatives.size() - 1);
  }

  private static OkrSet replace(OkrSet set, int o, Objective objective) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    objectives.set(o, objective);
    return set.withObjectives(objectives);
  }

  private static int anyCheckIn(RandomnessSource in, KeyResult keyResult) {
    return Draw.between(in, 0, keyResult.checkIns().size() - 1);
  }

  private static BrokenOkrSet broken(
      Violation violation, OkrSet valid, String path, @Nullable Object value, String rule, UnaryOperator<OkrSet> edit) {
    return new BrokenOkrSet(violation, valid, path, value, rule, edit);
  }

  // Blank text

  private static BrokenOkrSet blankId(RandomnessSource in, OkrSet set) {
    String blank = Texts.blank(in);
    switch (Draw.between(in, 0, 2)) {
      case 0 -> {
        int o = anyObjective(in, set);
        return broken(Violation.BLANK_ID, set, objectivePath(o) + ".id", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> new Objective.Builder().from(x).id(blank).build()));
      }
      case 1 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(Violation.BLANK_ID, at.set(), at.path() + ".id", blank, BLANK,
            at.edit(kr -> new KeyResult.Builder().from(kr).id(blank).build()));
      }
      default -> {
        InitiativeSpot at = plantInitiative(in, set, 0);
        return broken(Violation.BLANK_ID, at.set(), at.path() + ".id", blank, BLANK,
            at.edit(i -> new Initiative.Builder().from(i).id(blank).build()));
      }
    }
  }

  private static BrokenOkrSet blankTitle(RandomnessSource in, OkrSet set) {
    String blank = Texts.blank(in);
    switch (Draw.between(in, 0, 2)) {
      case 0 -> {
        int o = anyObjective(in, set);
        return broken(Violation.BLANK_TITLE, set, objectivePath(o) + ".title", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> x.withTitle(blank)));
      }
      case 1 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(Violation.BLANK_TITLE, at.set(), at.path() + ".statement", blank, BLANK,
            at.edit(kr -> kr.withStatement(blank)));
      }
      default -> {
        InitiativeSpot at = plantInitiative(in, set, 0);
        return broken(Violation.BLANK_TITLE, at.set(), at.path() + ".title", blank, BLANK,
            at.edit(i -> i.withTitle(blank)));
      }
    }
  }

  private static BrokenOkrSet blankText(RandomnessSource in, OkrSet set) {
    String blank = Texts.blank(in);
    Violation v = Violation.BLANK_TEXT;
    switch (Draw.between(in, 0, 12)) {
      case 0 -> {
        int o = anyObjective(in, set);
        return broken(v, set, objectivePath(o) + ".description", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> x.withDescription(blank)));
      }
      case 1 -> {
        int o = anyObjective(in, set);
        int t = set.objectives().get(o).tags().size();
        return broken(v, set, objectivePath(o) + ".tags[" + t + "]", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> new Objective.Builder().from(x).addTags(blank).build()));
      }
      case 2 -> {
        int o = anyObjective(in, set);
        return broken(v, set, objectivePath(o) + ".owner.name", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> x.withOwner(Rebuild.at("owner", () -> Owner.team(blank)))));
      }
      case 3 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(v, at.set(), at.path() + ".owner.name", blank, BLANK,
            at.edit(kr -> kr.withOwner(Rebuild.at("owner", () -> Owner.person(blank)))));
      }
      case 4 -> {
        InitiativeSpot at = plantInitiative(in, set, 0);
        return broken(v, at.set(), at.path() + ".owner.name", blank, BLANK,
            at.edit(i -> i.withOwner(Rebuild.at("owner", () -> Owner.team(blank)))));
      }
      case 5 -> {
        KeyResultSpot at = plantKeyResult(in, set, measuredAny(NUMERIC, false, 0));
        return broken(v, at.set(), at.path() + ".measurement.unit", blank, BLANK,
            at.editMeasurement(m -> m.withUnit(blank)));
      }
      case 6 -> {
        KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 0));
        int j = Draw.between(in, 0, at.keyResult().measurement().orElseThrow().milestones().size() - 1);
        return broken(v, at.set(), at.path() + ".measurement.milestones[" + j + "].name", blank, BLANK,
            at.editMeasurement(m -> Rebuild.milestone(m, j, ms -> new Milestone.Builder().from(ms).name(blank).build())));
      }
      case 7 -> {
        int o = anyObjective(in, set);
        boolean toObjective = Draw.chance(in, 50);
        return broken(v, set, objectivePath(o) + ".alignment.parentId", blank, BLANK,
            s -> Rebuild.objective(s, o, x -> x.withAlignment(Rebuild.at("alignment",
                () -> toObjective ? Alignment.toObjective(blank) : Alignment.toKeyResult(blank)))));
      }
      case 8 -> {
        InitiativeSpot at = plantInitiative(in, set, 0);
        int r = at.initiative().keyResultIds().size();
        return broken(v, at.set(), at.path() + ".keyResultIds[" + r + "]", blank, BLANK,
            at.edit(i -> new Initiative.Builder().from(i).addKeyResultIds(blank).build()));
      }
      case 9 -> {
        KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 1));
        int c = anyCheckIn(in, at.keyResult());
        ImmutableSet<String> done = at.keyResult().checkIns().get(c).milestonesDone().orElseThrow();
        return broken(v, at.set(), at.path() + ".checkIns[" + c + "].milestonesDone[" + done.size() + "]", blank, BLANK,
            at.editCheckIn(c, ci -> ci.withMilestonesDone(ImmutableSet.<String>builder().addAll(done).add(blank).build())));
      }
      case 10 -> {
        if (Draw.chance(in, 50)) {
          int o = anyObjective(in, set);
          return broken(v, set, objectivePath(o) + ".priority", blank, BLANK,
              s -> Rebuild.objective(s, o, x -> x.withPriority(blank)));
        }
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(v, at.set(), at.path() + ".priority", blank, BLANK, at.edit(kr -> kr.withPriority(blank)));
      }
      case 11 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(v, at.set(), at.path() + ".reported.text", blank, BLANK,
            at.edit(kr -> kr.withReported(Rebuild.at("reported", () -> Reported.ofStatus(blank, "done")))));
      }
      default -> {
        KeyResultSpot at = plantKeyResult(in, set, measuredAny(ALL, false, 1));
        int c = anyCheckIn(in, at.keyResult());
        return broken(v, at.set(), at.path() + ".checkIns[" + c + "].note", blank, BLANK,
            at.editCheckIn(c, ci -> ci.withNote(blank)));
      }
    }
  }

  // Numbers

  private static BrokenOkrSet nonFinite(RandomnessSource in, OkrSet set) {
    double bad = Numbers.nonFinite(in);
    Violation v = Violation.NON_FINITE_NUMBER;
    switch (Draw.between(in, 0, 5)) {
      case 0, 1, 2 -> {
        String field = List.of("baseline", "target", "stretch").get(Draw.between(in, 0, 2));
        KeyResultSpot at = plantKeyResult(in, set, measuredAny(NUMERIC, true, 0));
        return broken(v, at.set(), at.path() + ".measurement." + field, bad, NOT_FINITE,
            at.editMeasurement(m -> switch (field) {
              case "baseline" -> m.withBaseline(bad);
              case "target" -> m.withTarget(bad);
              default -> m.withStretch(bad);
            }));
      }
      case 3 -> {
        KeyResultSpot at = plantKeyResult(in, set, (r, id, cycle) -> Draw.chance(r, 20)
            ? Models.keyResult(r, id, cycle, null, 1)
            : measuredAny(NUMERIC, false, 1).make(r, id, cycle));
        int c = anyCheckIn(in, at.keyResult());
        return broken(v, at.set(), at.path() + ".checkIns[" + c + "].value", bad, NOT_FINITE,
            at.editCheckIn(c, ci -> ci.withValue(bad)));
      }
      case 4 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(v, at.set(), at.path() + ".weight", bad, NOT_FINITE, at.edit(kr -> kr.withWeight(bad)));
      }
      default -> {
        return milestoneWeight(in, set, v, bad, NOT_FINITE);
      }
    }
  }

  private static BrokenOkrSet milestoneWeight(RandomnessSource in, OkrSet set, Violation v, double bad, String rule) {
    KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 0));
    int j = Draw.between(in, 0, at.keyResult().measurement().orElseThrow().milestones().size() - 1);
    return broken(v, at.set(), at.path() + ".measurement.milestones[" + j + "].weight", bad, rule,
        at.editMeasurement(m -> Rebuild.milestone(m, j, ms -> ms.withWeight(bad))));
  }

  private static BrokenOkrSet confidence(RandomnessSource in, OkrSet set) {
    double bad = Numbers.badConfidence(in);
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(ALL, false, 1));
    int c = anyCheckIn(in, at.keyResult());
    return broken(Violation.CONFIDENCE_OUTSIDE_UNIT_INTERVAL, at.set(), at.path() + ".checkIns[" + c + "].confidence",
        bad, "must lie in [0, 1]", at.editCheckIn(c, ci -> ci.withConfidence(bad)));
  }

  private static BrokenOkrSet weight(RandomnessSource in, OkrSet set) {
    double bad = Numbers.nonPositive(in);
    String rule = "must be greater than 0";
    if (Draw.chance(in, 50)) {
      return milestoneWeight(in, set, Violation.WEIGHT_NOT_POSITIVE, bad, rule);
    }
    KeyResultSpot at = anyKeyResult(in, set);
    return broken(Violation.WEIGHT_NOT_POSITIVE, at.set(), at.path() + ".weight", bad, rule,
        at.edit(kr -> kr.withWeight(bad)));
  }

  // Directions

  private static final List<MeasurementType> DIRECTED = List.of(MeasurementType.INCREASE, MeasurementType.DECREASE);

  /** A number as okr-core's messages show it: {@code 42}, not {@code 42.0}. */
  static String show(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  private static String word(MeasurementType type) {
    return type == MeasurementType.INCREASE ? "an increase" : "a decrease";
  }

  private static BrokenOkrSet targetEqualsBaseline(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(DIRECTED, true, 0));
    Measurement m = at.keyResult().measurement().orElseThrow();
    double baseline = m.baseline().getAsDouble();
    return broken(Violation.TARGET_EQUALS_BASELINE, at.set(), at.path() + ".measurement.target", baseline,
        "must differ from the baseline " + show(baseline) + " for " + word(m.type()),
        at.editMeasurement(x -> x.withTarget(baseline)));
  }

  private static BrokenOkrSet targetWrongSide(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(DIRECTED, true, 0));
    Measurement m = at.keyResult().measurement().orElseThrow();
    double baseline = m.baseline().getAsDouble();
    boolean up = m.type() == MeasurementType.INCREASE;
    double target = Models.beyond(in, baseline, !up);
    return broken(Violation.TARGET_WRONG_SIDE, at.set(), at.path() + ".measurement.target", target,
        "must be " + (up ? "above" : "below") + " the baseline " + show(baseline) + " for " + word(m.type()),
        at.editMeasurement(x -> x.withTarget(target)));
  }

  private static BrokenOkrSet stretchWrongSide(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(NUMERIC, true, 0));
    Measurement m = at.keyResult().measurement().orElseThrow();
    double target = m.target().getAsDouble();
    boolean up = m.type() == MeasurementType.INCREASE || m.type() == MeasurementType.AT_LEAST;
    double stretch = Draw.chance(in, 20) ? target : Models.beyond(in, target, !up);
    return broken(Violation.STRETCH_WRONG_SIDE, at.set(), at.path() + ".measurement.stretch", stretch,
        "must be " + (up ? "above" : "below") + " the target " + show(target),
        at.editMeasurement(x -> x.withStretch(stretch)));
  }

  // Shapes

  private static final List<MeasurementType> NON_NUMERIC = List.of(MeasurementType.BINARY, MeasurementType.MILESTONES);

  private static BrokenOkrSet numberOnNonNumeric(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(NON_NUMERIC, false, 0));
    MeasurementType type = at.keyResult().measurement().orElseThrow().type();
    String field = List.of("baseline", "target", "stretch").get(Draw.between(in, 0, 2));
    double number = Numbers.level(in);
    return broken(Violation.NUMBER_ON_NON_NUMERIC, at.set(), at.path() + ".measurement." + field, number,
        "a " + type.id() + " key result has no " + field,
        at.editMeasurement(m -> switch (field) {
          case "baseline" -> m.withBaseline(number);
          case "target" -> m.withTarget(number);
          default -> m.withStretch(number);
        }));
  }

  private static BrokenOkrSet milestonesMissing(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 0));
    return broken(Violation.MILESTONES_MISSING, at.set(), at.path() + ".measurement.milestones", "[]",
        "a milestones key result needs at least one milestone",
        at.editMeasurement(m -> m.withMilestones(List.of())));
  }

  private static BrokenOkrSet milestonesOnOtherType(RandomnessSource in, OkrSet set) {
    List<MeasurementType> others = ALL.stream().filter(t -> t != MeasurementType.MILESTONES).toList();
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(others, false, 0));
    MeasurementType type = at.keyResult().measurement().orElseThrow().type();
    List<Milestone> milestones = Models.milestones(in);
    return broken(Violation.MILESTONES_ON_OTHER_TYPE, at.set(), at.path() + ".measurement.milestones",
        milestones.stream().map(Milestone::name).toList(), "only a milestones key result has milestones, not " + type.id(),
        at.editMeasurement(m -> m.withMilestones(milestones)));
  }

  private static BrokenOkrSet duplicateMilestone(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 0));
    List<Milestone> milestones = at.keyResult().measurement().orElseThrow().milestones();
    String name = Draw.pick(in, milestones).name();
    return broken(Violation.DUPLICATE_MILESTONE, at.set(),
        at.path() + ".measurement.milestones[" + milestones.size() + "].name", name, REPEAT,
        at.editMeasurement(m -> new Measurement.Builder().from(m).addMilestones(Milestone.of(name)).build()));
  }

  private static BrokenOkrSet checkInRecordsNotOne(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(ALL, false, 1));
    int c = anyCheckIn(in, at.keyResult());
    CheckIn original = at.keyResult().checkIns().get(c);
    int recorded = Draw.between(in, 0, 2) == 0 ? 0 : Draw.between(in, 2, 3);
    UnaryOperator<CheckIn> edit = ci -> {
      if (recorded == 0) {
        CheckIn.Builder nothing = new CheckIn.Builder().date(ci.date());
        ci.confidence().ifPresent(nothing::confidence);
        ci.note().ifPresent(nothing::note);
        return nothing.build();
      }
      CheckIn.Builder more = new CheckIn.Builder().from(ci); // the original record, and one or two more
      if (recorded == 2) {
        return (ci.kind() == CheckIn.Kind.VALUE ? more.achieved(true) : more.value(1.0)).build();
      }
      if (ci.value().isEmpty()) {
        more.value(1.0);
      }
      if (ci.achieved().isEmpty()) {
        more.achieved(true);
      }
      if (ci.milestonesDone().isEmpty()) {
        more.milestonesDone(ImmutableSet.of());
      }
      return more.build();
    };
    // the edit records: two -> the original and value (achieved if the original is a value); three -> all.
    // Validation names the second field recorded, or value when there is none.
    List<String> fields = new ArrayList<>(List.of("value"));
    if (recorded == 3 || original.kind() != CheckIn.Kind.MILESTONES) {
      fields.add("achieved");
    }
    if (recorded == 3 || original.kind() == CheckIn.Kind.MILESTONES) {
      fields.add("milestonesDone");
    }
    return broken(Violation.CHECK_IN_RECORDS_NOT_ONE, at.set(),
        at.path() + ".checkIns[" + c + "]." + (recorded == 0 ? "value" : fields.get(1)),
        recorded == 0 ? null : String.join(" and ", fields),
        "a check-in records exactly one of value, achieved or milestonesDone", at.editCheckIn(c, edit));
  }

  private static CheckIn ofKind(RandomnessSource in, CheckIn.Kind kind, LocalDate date) {
    return switch (kind) {
      case VALUE -> CheckIn.value(date, Numbers.level(in));
      case ACHIEVED -> CheckIn.achieved(date, Draw.chance(in, 50));
      case MILESTONES -> CheckIn.milestonesDone(date, Draw.chance(in, 50) ? List.of() : List.of(Texts.text(in)));
    };
  }

  private static String lower(CheckIn.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static BrokenOkrSet checkInKindMismatch(RandomnessSource in, OkrSet set) {
    if (Draw.chance(in, 25)) {
      // no measurement: the first check-in sets the kind
      KeyResultSpot at = plantKeyResult(in, set, (r, id, cycle) -> Models.keyResult(r, id, cycle, null, 2));
      int c = Draw.between(in, 1, at.keyResult().checkIns().size() - 1);
      CheckIn.Kind kind = Draw.chance(in, 50) ? CheckIn.Kind.ACHIEVED : CheckIn.Kind.MILESTONES;
      CheckIn replacement = ofKind(in, kind, at.keyResult().checkIns().get(c).date());
      return broken(Violation.CHECK_IN_KIND_MISMATCH, at.set(), at.path() + ".checkIns[" + c + "]", lower(kind),
          "must record value like the earlier check-ins", at.edit(kr -> replaceCheckIn(kr, c, replacement)));
    }
    KeyResultSpot at = plantKeyResult(in, set, measuredAny(ALL, false, 1));
    MeasurementType type = at.keyResult().measurement().orElseThrow().type();
    int c = anyCheckIn(in, at.keyResult());
    CheckIn.Kind expected = at.keyResult().checkIns().get(c).kind();
    List<CheckIn.Kind> others = List.of(CheckIn.Kind.values()).stream().filter(k -> k != expected).toList();
    CheckIn.Kind kind = Draw.pick(in, others);
    CheckIn replacement = ofKind(in, kind, at.keyResult().checkIns().get(c).date());
    return broken(Violation.CHECK_IN_KIND_MISMATCH, at.set(), at.path() + ".checkIns[" + c + "]", lower(kind),
        "must record " + lower(expected) + " for " + ("aeiou".indexOf(type.id().charAt(0)) >= 0 ? "an " : "a ")
            + type.id() + " key result",
        at.edit(kr -> replaceCheckIn(kr, c, replacement)));
  }

  private static KeyResult replaceCheckIn(KeyResult kr, int c, CheckIn replacement) {
    List<CheckIn> checkIns = new ArrayList<>(kr.checkIns());
    checkIns.set(c, replacement);
    return kr.withCheckIns(checkIns);
  }

  private static BrokenOkrSet unknownMilestoneDone(RandomnessSource in, OkrSet set) {
    KeyResultSpot at = plantKeyResult(in, set, measured(MeasurementType.MILESTONES, false, 1));
    List<String> names = at.keyResult().measurement().orElseThrow().milestones().stream().map(Milestone::name).toList();
    int c = anyCheckIn(in, at.keyResult());
    ImmutableSet<String> done = at.keyResult().checkIns().get(c).milestonesDone().orElseThrow();
    String unknown = Texts.text(in);
    while (names.contains(unknown)) {
      unknown = unknown + "?";
    }
    String name = unknown;
    return broken(Violation.UNKNOWN_MILESTONE_DONE, at.set(),
        at.path() + ".checkIns[" + c + "].milestonesDone[" + done.size() + "]", name,
        "names no milestone of this key result " + names,
        at.edit(kr -> replaceCheckIn(kr, c,
            kr.checkIns().get(c).withMilestonesDone(ImmutableSet.<String>builder().addAll(done).add(name).build()))));
  }

  // Dates and cycles

  private static BrokenOkrSet checkInOutsideCycle(RandomnessSource in, OkrSet set) {
    List<Integer> withCycle = new ArrayList<>();
    for (int o = 0; o < set.objectives().size(); o++) {
      if (set.objectives().get(o).cycle().isPresent()) {
        withCycle.add(o);
      }
    }
    int o;
    if (withCycle.isEmpty()) {
      List<Objective> objectives = new ArrayList<>(set.objectives());
      objectives.add(Models.objective(in, new Ids(allIds(set)), null, Models.cycle(in), null).build());
      set = set.withObjectives(objectives);
      o = objectives.size() - 1;
    } else {
      o = Draw.pick(in, withCycle);
    }
    KeyResultSpot at = plantKeyResult(in, set, o, measuredAny(ALL, false, 1));
    Cycle cycle = at.objective().cycle().orElseThrow();
    int c = anyCheckIn(in, at.keyResult());
    int beyond = Objective.CHECK_IN_GRACE.getDays() + Draw.between(in, 1, 400);
    LocalDate date = Draw.chance(in, 50) ? cycle.end().plusDays(beyond) : cycle.start().minusDays(beyond);
    return broken(Violation.CHECK_IN_OUTSIDE_CYCLE, at.set(), at.path() + ".checkIns[" + c + "].date", date.toString(),
        "must lie within the cycle " + cycle + " (" + cycle.start() + " to " + cycle.end() + ") or "
            + Objective.CHECK_IN_GRACE.getDays() + " days either side",
        at.editCheckIn(c, ci -> ci.withDate(date)));
  }

  private static BrokenOkrSet cycleEndBeforeStart(RandomnessSource in, OkrSet set) {
    int o = anyObjective(in, set);
    LocalDate start = set.objectives().get(o).cycle().map(Cycle::start).orElseGet(() -> Models.date(in));
    LocalDate first = start.getYear() < 1 ? start.plusYears(1) : start;
    LocalDate end = first.minusDays(Draw.between(in, 1, 400));
    LocalDate last = end.isBefore(Models.FIRST_DAY) ? Models.FIRST_DAY : end;
    return broken(Violation.CYCLE_END_BEFORE_START, set, objectivePath(o) + ".cycle.end", last.toString(),
        "must not be before the start " + first,
        s -> Rebuild.objective(s, o, x -> x.withCycle(Rebuild.at("cycle", () -> Cycle.of(first, last)))));
  }

  private static BrokenOkrSet cycleYearOutOfRange(RandomnessSource in, OkrSet set) {
    int o = anyObjective(in, set);
    boolean late = Draw.chance(in, 50);
    int days = Draw.between(in, 0, 400);
    LocalDate start = late ? Models.LAST_DAY.minusDays(days) : Models.FIRST_DAY.minusDays(1 + days);
    LocalDate end = late ? Models.LAST_DAY.plusDays(1 + Draw.between(in, 0, 400)) : Models.FIRST_DAY.plusDays(days);
    LocalDate bad = late ? end : start;
    return broken(Violation.CYCLE_YEAR_OUT_OF_RANGE, set, objectivePath(o) + ".cycle." + (late ? "end" : "start"),
        bad.toString(), "must lie in the years 0000 to 9999",
        s -> Rebuild.objective(s, o, x -> x.withCycle(Rebuild.at("cycle", () -> Cycle.of(start, end)))));
  }

  // Ids and references

  private static BrokenOkrSet duplicateIdInObjective(RandomnessSource in, OkrSet set) {
    if (Draw.chance(in, 50)) {
      KeyResultSpot at = anyKeyResult(in, set);
      int size = at.objective().keyResults().size();
      KeyResult copy = at.keyResult();
      return broken(Violation.DUPLICATE_ID_IN_OBJECTIVE, at.set(), objectivePath(at.o()) + ".keyResults[" + size + "].id",
          copy.id(), REPEAT,
          s -> Rebuild.objective(s, at.o(), x -> new Objective.Builder().from(x).addKeyResults(copy).build()));
    }
    InitiativeSpot at = plantInitiative(in, set, 0);
    int size = at.set().objectives().get(at.o()).initiatives().size();
    Initiative copy = at.initiative().withTitle(Texts.text(in));
    return broken(Violation.DUPLICATE_ID_IN_OBJECTIVE, at.set(), objectivePath(at.o()) + ".initiatives[" + size + "].id",
        copy.id(), REPEAT,
        s -> Rebuild.objective(s, at.o(), x -> new Objective.Builder().from(x).addInitiatives(copy).build()));
  }

  /** An id as {@code OkrSet} claims it: where, of what, in which objective. */
  private record Claim(String path, String id, char kind, int o, int index) {}

  private static List<Claim> claims(OkrSet set) {
    List<Claim> claims = new ArrayList<>();
    for (int o = 0; o < set.objectives().size(); o++) {
      Objective objective = set.objectives().get(o);
      claims.add(new Claim(objectivePath(o) + ".id", objective.id(), 'o', o, 0));
      for (int k = 0; k < objective.keyResults().size(); k++) {
        claims.add(new Claim(objectivePath(o) + ".keyResults[" + k + "].id", objective.keyResults().get(k).id(), 'k', o, k));
      }
      for (int i = 0; i < objective.initiatives().size(); i++) {
        claims.add(new Claim(objectivePath(o) + ".initiatives[" + i + "].id", objective.initiatives().get(i).id(), 'i', o, i));
      }
    }
    return claims;
  }

  private static BrokenOkrSet duplicateId(RandomnessSource in, OkrSet set) {
    if (set.keyResults().isEmpty()) {
      set = anyKeyResult(in, set).set();
    }
    List<Claim> claims = claims(set);
    int p = Draw.between(in, 1, claims.size() - 1);
    Claim later = claims.get(p);
    // the same kind in the same objective is the objective's own rule (DUPLICATE_ID_IN_OBJECTIVE)
    List<Claim> earlier = claims.subList(0, p).stream()
        .filter(q -> !(q.kind() == later.kind() && q.o() == later.o()))
        .toList();
    Claim first = Draw.pick(in, earlier);
    String id = first.id();
    UnaryOperator<OkrSet> edit = switch (later.kind()) {
      case 'o' -> s -> Rebuild.objective(s, later.o(), x -> x.withId(id));
      case 'k' -> s -> Rebuild.objective(s, later.o(), x -> Rebuild.keyResult(x, later.index(), kr -> kr.withId(id)));
      default -> s -> Rebuild.objective(s, later.o(), x -> Rebuild.initiative(x, later.index(), i -> i.withId(id)));
    };
    return broken(Violation.DUPLICATE_ID, set, later.path(), id, "duplicate id, first used at " + first.path(), edit);
  }

  private static BrokenOkrSet duplicateLink(RandomnessSource in, OkrSet set) {
    InitiativeSpot at = plantInitiative(in, set, 1);
    List<String> links = at.initiative().keyResultIds();
    String link = Draw.pick(in, links);
    return broken(Violation.DUPLICATE_KEY_RESULT_LINK, at.set(), at.path() + ".keyResultIds[" + links.size() + "]",
        link, REPEAT, at.edit(i -> new Initiative.Builder().from(i).addKeyResultIds(link).build()));
  }

  private static BrokenOkrSet danglingAlignment(RandomnessSource in, OkrSet set) {
    int o = anyObjective(in, set);
    List<String> objectiveIds = set.objectives().stream().map(Objective::id).toList();
    List<String> keyResultIds = set.keyResults().stream().map(KeyResult::id).toList();
    Alignment alignment;
    switch (Draw.between(in, 0, 3)) {
      case 0 -> alignment = Alignment.toObjective(new Ids(allIds(set)).fresh("missing"));
      case 1 -> alignment = Alignment.toKeyResult(new Ids(allIds(set)).fresh("missing"));
      case 2 -> alignment = keyResultIds.isEmpty()
          ? Alignment.toObjective(new Ids(allIds(set)).fresh("missing"))
          : Alignment.toObjective(Draw.pick(in, keyResultIds)); // a key result is no objective
      default -> alignment = Alignment.toKeyResult(Draw.pick(in, objectiveIds)); // an objective is no key result
    }
    Alignment parent = alignment;
    boolean toObjective = parent.kind() == Alignment.Kind.OBJECTIVE;
    return broken(Violation.DANGLING_ALIGNMENT, set, objectivePath(o) + ".alignment.parentId", parent.parentId(),
        "refers to no " + (toObjective ? "objective" : "key result") + " in this set",
        s -> Rebuild.objective(s, o, x -> x.withAlignment(parent)));
  }

  private static BrokenOkrSet danglingLink(RandomnessSource in, OkrSet set) {
    InitiativeSpot at = plantInitiative(in, set, 0);
    List<String> notKeyResults = new ArrayList<>(at.set().objectives().stream().map(Objective::id).toList());
    at.set().objectives().forEach(x -> x.initiatives().forEach(i -> notKeyResults.add(i.id())));
    String link = Draw.chance(in, 50) ? new Ids(allIds(at.set())).fresh("missing") : Draw.pick(in, notKeyResults);
    int r = at.initiative().keyResultIds().size();
    return broken(Violation.DANGLING_INITIATIVE_LINK, at.set(), at.path() + ".keyResultIds[" + r + "]", link,
        "refers to no key result in this set",
        at.edit(i -> new Initiative.Builder().from(i).addKeyResultIds(link).build()));
  }

  /**
   * Points an objective's alignment at itself, at one of its descendants, or at a key result of one
   * of them. The loop is reported at its first objective in document order; documents list parents
   * before children, so that is the objective changed.
   */
  private static BrokenOkrSet alignmentCycle(RandomnessSource in, OkrSet set) {
    List<Objective> objectives = set.objectives();
    Map<String, Integer> indexOfObjective = new HashMap<>();
    Map<String, String> objectiveOfKeyResult = new HashMap<>();
    for (int o = 0; o < objectives.size(); o++) {
      indexOfObjective.put(objectives.get(o).id(), o);
      for (KeyResult kr : objectives.get(o).keyResults()) {
        objectiveOfKeyResult.put(kr.id(), objectives.get(o).id());
      }
    }
    int p = anyObjective(in, set);
    List<Integer> candidates = new ArrayList<>(List.of(p));
    for (int d = p + 1; d < objectives.size(); d++) {
      if (descends(objectives.get(d), objectives.get(p).id(), objectives, indexOfObjective, objectiveOfKeyResult)) {
        candidates.add(d);
      }
    }
    Objective target = objectives.get(Draw.pick(in, candidates));
    Alignment alignment = target.keyResults().isEmpty() || Draw.chance(in, 50)
        ? Alignment.toObjective(target.id())
        : Alignment.toKeyResult(Draw.pick(in, target.keyResults()).id());

    String start = objectives.get(p).id();
    List<String> loop = new ArrayList<>(List.of(start));
    String node = alignment.parentId();
    while (!node.equals(start)) {
      loop.add(node);
      node = objectiveOfKeyResult.containsKey(node)
          ? objectiveOfKeyResult.get(node)
          : objectives.get(indexOfObjective.get(node)).alignment().orElseThrow().parentId();
    }
    loop.add(start);
    return broken(Violation.ALIGNMENT_CYCLE, set, objectivePath(p) + ".alignment.parentId", String.join(" -> ", loop),
        "alignments must not form a cycle", s -> Rebuild.objective(s, p, x -> x.withAlignment(alignment)));
  }

  /** Whether {@code child}'s chain of alignments reaches the objective {@code ancestorId}. */
  private static boolean descends(
      Objective child, String ancestorId, List<Objective> objectives, Map<String, Integer> indexOfObjective,
      Map<String, String> objectiveOfKeyResult) {
    Objective at = child;
    while (at.alignment().isPresent()) {
      String parent = at.alignment().get().parentId();
      String parentObjective = objectiveOfKeyResult.getOrDefault(parent, parent);
      if (parentObjective.equals(ancestorId)) {
        return true;
      }
      at = objectives.get(indexOfObjective.get(parentObjective));
    }
    return false;
  }

  private static BrokenOkrSet sourcePosition(RandomnessSource in, OkrSet set) {
    boolean line = Draw.chance(in, 50);
    int bad = -Draw.between(in, 0, 3);
    int ok = Draw.between(in, 1, 200);
    String field = line ? "line" : "column";
    java.util.function.Supplier<SourcePosition> position =
        () -> Rebuild.at("source", () -> line ? SourcePosition.of(bad, ok) : SourcePosition.of(ok, bad));
    String rule = "must be at least 1";
    Violation v = Violation.SOURCE_POSITION_OUT_OF_RANGE;
    switch (Draw.between(in, 0, 2)) {
      case 0 -> {
        int o = anyObjective(in, set);
        return broken(v, set, objectivePath(o) + ".source." + field, bad, rule,
            s -> Rebuild.objective(s, o, x -> x.withSource(position.get())));
      }
      case 1 -> {
        KeyResultSpot at = anyKeyResult(in, set);
        return broken(v, at.set(), at.path() + ".source." + field, bad, rule, at.edit(kr -> kr.withSource(position.get())));
      }
      default -> {
        InitiativeSpot at = plantInitiative(in, set, 0);
        return broken(v, at.set(), at.path() + ".source." + field, bad, rule, at.edit(i -> i.withSource(position.get())));
      }
    }
  }
}
