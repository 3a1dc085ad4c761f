package dev.okr.testkit;

import com.google.common.collect.ImmutableSet;
import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.InitiativeStatus;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;

/** Draws valid model values; {@link OkrGen} wraps these as generators. */
final class Models {
  private Models() {}

  static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final List<String> TEAMS = List.of(
      "Growth", "Platform", "Payments", "Support", "Data", "Mobile", "Marketing", "SRE", "Plattform-Team",
      "Équipe produit", "成長チーム", "Команда роста", "فريق النمو", "Ventas & Éxito");
  private static final List<String> PEOPLE = List.of(
      "Ana López", "Zoë Müller", "田中 花子", "Nguyễn Văn An", "Oluwaseun Adébáyọ̀", "Søren Kierkegård", "محمد علي",
      "Łukasz Żółć", "Priya Raghunathan", "O'Brien, Siobhán", "Jean-Luc Picard", "김민준");
  private static final List<String> UNITS = List.of(
      "%", "USD", "$", "€", "hours", "ms", "users", "points", "deploys/day", "件", "пользователи", "NPS", "tickets");
  private static final List<String> TAGS = List.of("growth", "q3-focus", "成長", "société", "🚀", "2026", "tech debt");
  private static final List<String> PRIORITIES = List.of(
      "P0", "P1", "P2", "P3", "high", "medium", "low", "must", "should", "could", "1", "🔥", "hoch", "最優先");
  /** Reports as authors write them; each reads with {@link Reported#parse(String)}. */
  private static final List<String> REPORTS = List.of(
      "(7/10)", "=> Done", "--> 66%", "ACHIEVED", "0.7", "on track", "✅", "❌ 0.3", "🟡 at risk", "[0.45]",
      "Score: 1.0", "→ 3/4", "=> 0.7 (on track)", "120%", "not met", "0%", "Dropped", "- in progress -");
  private static final List<String> STATUSES = List.of(
      "done", "achieved", "partially achieved", "missed", "on track", "at risk", "off track", "in progress",
      "not started", "blocked", "dropped");
  private static final List<String> FILES = List.of(
      "q3.md", "okrs/2026-Q3.md", "Planning notes.txt", "../shared/okrs.markdown", "C:\\OKRs\\q3.md", "目標.md",
      "Ziele Q3 (Entwurf).md");

  // Owners

  static Owner owner(RandomnessSource in) {
    return Draw.chance(in, 50) ? person(in) : team(in);
  }

  static Owner team(RandomnessSource in) {
    return Owner.team(Draw.chance(in, 80) ? Draw.pick(in, TEAMS) : Texts.text(in));
  }

  static Owner person(RandomnessSource in) {
    return Owner.person(Draw.chance(in, 80) ? Draw.pick(in, PEOPLE) : Texts.text(in));
  }

  // Time

  static int year(RandomnessSource in) {
    return Draw.chance(in, 10) ? Draw.between(in, 0, 9999) : Draw.between(in, 2015, 2035);
  }

  static LocalDate date(RandomnessSource in) {
    if (Draw.chance(in, 10)) {
      return LocalDate.ofEpochDay(Draw.between(in, FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()));
    }
    return LocalDate.ofEpochDay(
        Draw.between(in, LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay()));
  }

  static Cycle quarter(RandomnessSource in) {
    return Cycle.quarter(year(in), Draw.between(in, 1, 4));
  }

  static Cycle yearCycle(RandomnessSource in) {
    return Cycle.year(year(in));
  }

  static Cycle custom(RandomnessSource in) {
    LocalDate start = date(in);
    long length = Draw.chance(in, 10) ? 1 : Draw.between(in, 2, 400);
    LocalDate end = start.plusDays(length - 1);
    return Cycle.of(start, end.isAfter(LAST_DAY) ? LAST_DAY : end);
  }

  static Cycle cycle(RandomnessSource in) {
    int kind = Draw.between(in, 0, 9);
    return kind < 5 ? quarter(in) : kind < 7 ? yearCycle(in) : custom(in);
  }

  static LocalDate dayIn(RandomnessSource in, Cycle cycle) {
    return cycle.start().plusDays(Draw.between(in, 0L, cycle.lengthInDays() - 1));
  }

  /** A day for a check-in: in the cycle mostly, otherwise within the grace either side of it. */
  static LocalDate checkInDay(RandomnessSource in, Cycle cycle) {
    if (Draw.chance(in, 90)) {
      return dayIn(in, cycle);
    }
    LocalDate earliest = max(cycle.start().minus(Objective.CHECK_IN_GRACE), FIRST_DAY);
    LocalDate latest = min(cycle.end().plus(Objective.CHECK_IN_GRACE), LAST_DAY);
    return earliest.plusDays(Draw.between(in, 0L, ChronoUnit.DAYS.between(earliest, latest)));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** A position, naming its file half the time. */
  static SourcePosition sourcePosition(RandomnessSource in) {
    int line = Draw.between(in, 1, 100_000);
    int column = Draw.between(in, 1, 500);
    if (Draw.chance(in, 50)) {
      return SourcePosition.of(line, column);
    }
    return SourcePosition.of(Draw.chance(in, 80) ? Draw.pick(in, FILES) : Texts.text(in), line, column);
  }

  // What authors write beside the statement

  static String priority(RandomnessSource in) {
    return Draw.chance(in, 80) ? Draw.pick(in, PRIORITIES) : Texts.text(in);
  }

  /**
   * A report: read from what authors write half the time, otherwise any text with a score, a status
   * or both (scores at and near the ends of [0, 1] included).
   */
  static Reported reported(RandomnessSource in) {
    if (Draw.chance(in, 50)) {
      return Reported.parse(Draw.pick(in, REPORTS)).orElseThrow();
    }
    int parts = Draw.between(in, 0, 2); // 0: a score, 1: a status, 2: both
    Optional<Double> score = parts == 1 ? Optional.empty() : Optional.of(reportedScore(in));
    Optional<String> status = parts == 0 ? Optional.empty() : Optional.of(status(in));
    return Reported.of(Texts.text(in), score, status);
  }

  private static double reportedScore(RandomnessSource in) {
    return Draw.chance(in, 90)
        ? Draw.fraction(in)
        : Draw.pick(in, List.of(0.0, 1.0, -0.0, Double.MIN_VALUE, Math.nextDown(1.0), 1.0 / 3));
  }

  /** A status in lower case: mostly the words the parser gives, sometimes other text. */
  private static String status(RandomnessSource in) {
    if (Draw.chance(in, 80)) {
      return Draw.pick(in, STATUSES);
    }
    String text = Texts.text(in).toLowerCase(Locale.ROOT);
    return text.equals(text.toLowerCase(Locale.ROOT)) ? text : Draw.pick(in, STATUSES);
  }

  // Measurements

  static MeasurementType type(RandomnessSource in) {
    return Draw.pick(in, List.of(MeasurementType.values()));
  }

  static List<Milestone> milestones(RandomnessSource in) {
    int count = Draw.between(in, 1, 6);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      String name = Texts.text(in);
      names.add(names.contains(name) ? name + " " + (names.size() + 1) : name);
    }
    List<Milestone> milestones = new ArrayList<>();
    for (String name : names) {
      milestones.add(Draw.chance(in, 60) ? Milestone.of(name) : Milestone.of(name, Numbers.weight(in)));
    }
    return milestones;
  }

  /**
   * A measurement of the type. {@code complete}: baseline and target both present for the numeric
   * types (otherwise each may be missing, as in a draft).
   */
  static Measurement measurement(RandomnessSource in, MeasurementType type, boolean complete) {
    Measurement.Builder m = Measurement.builder().type(type);
    if (type.isNumeric() && Draw.chance(in, 70)) {
      m.unit(Draw.pick(in, UNITS));
    }
    switch (type) {
      case INCREASE, DECREASE -> {
        boolean up = type == MeasurementType.INCREASE;
        Double baseline = complete || Draw.chance(in, 85) ? Numbers.level(in) : null;
        if (baseline != null) {
          m.baseline(baseline);
        }
        if (complete || Draw.chance(in, 90)) {
          double target = baseline == null ? Numbers.level(in) : beyond(in, baseline, up);
          m.target(target);
          if (Draw.chance(in, 30)) {
            m.stretch(beyond(in, target, up));
          }
        }
      }
      case AT_LEAST, AT_MOST -> {
        if (complete || Draw.chance(in, 50)) {
          m.baseline(Numbers.level(in));
        }
        if (complete || Draw.chance(in, 90)) {
          double target = Numbers.level(in);
          m.target(target);
          if (Draw.chance(in, 20)) {
            m.stretch(beyond(in, target, type == MeasurementType.AT_LEAST));
          }
        }
      }
      case MILESTONES -> m.addAllMilestones(milestones(in));
      case BINARY -> {
        // achieved or not: no numbers, no milestones
      }
    }
    return m.build();
  }

  static double beyond(RandomnessSource in, double level, boolean up) {
    return up ? Numbers.above(in, level) : Numbers.below(in, level);
  }

  // Check-ins

  /** Check-ins of the kind the measurement takes (values when there is none), in date order. */
  static List<CheckIn> checkIns(
      RandomnessSource in, @Nullable Measurement measurement, @Nullable Cycle cycle, int atLeast) {
    int count = Draw.chance(in, 85) ? Draw.between(in, atLeast, Math.max(atLeast, 6)) : Draw.between(in, atLeast, 12);
    List<LocalDate> days = new ArrayList<>();
    LocalDate base = cycle == null ? date(in) : cycle.start();
    for (int i = 0; i < count; i++) {
      days.add(cycle == null ? min(base.plusDays(Draw.between(in, 0, 120)), LAST_DAY) : checkInDay(in, cycle));
    }
    Collections.sort(days);
    List<CheckIn> checkIns = new ArrayList<>();
    MeasurementType type = measurement == null ? MeasurementType.INCREASE : measurement.type();
    List<String> done = new ArrayList<>();
    boolean achieved = false;
    for (LocalDate day : days) {
      CheckIn.Builder checkIn = CheckIn.builder().date(day);
      switch (type) {
        case BINARY -> {
          achieved = achieved || Draw.chance(in, 30);
          checkIn.achieved(achieved);
        }
        case MILESTONES -> {
          List<String> names = measurement.milestones().stream().map(Milestone::name).toList();
          int more = Draw.between(in, 0, 2);
          for (int i = 0; i < more && done.size() < names.size(); i++) {
            String name = Draw.pick(in, names);
            if (!done.contains(name)) {
              done.add(name);
            }
          }
          checkIn.milestonesDone(ImmutableSet.copyOf(done));
        }
        default -> checkIn.value(value(in, measurement));
      }
      if (Draw.chance(in, 40)) {
        checkIn.confidence(Numbers.confidence(in));
      }
      if (Draw.chance(in, 15)) {
        checkIn.note(Texts.text(in));
      }
      checkIns.add(checkIn.build());
    }
    return checkIns;
  }

  /** A measured value near the numbers the measurement gives, if any. */
  static double value(RandomnessSource in, @Nullable Measurement measurement) {
    if (measurement == null) {
      return Numbers.level(in);
    }
    List<Double> known = new ArrayList<>();
    measurement.baseline().ifPresent(known::add);
    measurement.target().ifPresent(known::add);
    measurement.stretch().ifPresent(known::add);
    if (known.isEmpty()) {
      return Numbers.level(in);
    }
    double from = known.get(0);
    double to = known.size() > 1 ? known.get(1) : Numbers.above(in, from);
    return Numbers.around(in, from, to);
  }

  /** Any valid check-in, of any kind. */
  static CheckIn checkIn(RandomnessSource in) {
    CheckIn.Builder checkIn = CheckIn.builder().date(date(in));
    switch (Draw.between(in, 0, 2)) {
      case 0 -> checkIn.value(Numbers.level(in));
      case 1 -> checkIn.achieved(Draw.chance(in, 50));
      default -> {
        List<String> done = new ArrayList<>();
        int count = Draw.between(in, 0, 3);
        for (int i = 0; i < count; i++) {
          done.add(Texts.text(in));
        }
        checkIn.milestonesDone(ImmutableSet.copyOf(done));
      }
    }
    if (Draw.chance(in, 40)) {
      checkIn.confidence(Numbers.confidence(in));
    }
    if (Draw.chance(in, 15)) {
      checkIn.note(Texts.text(in));
    }
    return checkIn.build();
  }

  // Key results, initiatives, objectives

  static KeyResult keyResult(RandomnessSource in, Ids ids, @Nullable Cycle cycle) {
    return keyResult(in, ids.next(in), cycle);
  }

  /** A key result, measured mostly (by any type), with check-ins in the cycle if there is one. */
  static KeyResult keyResult(RandomnessSource in, String id, @Nullable Cycle cycle) {
    Measurement measurement = Draw.chance(in, 85) ? measurement(in, type(in), false) : null;
    return keyResult(in, id, cycle, measurement, 0);
  }

  static KeyResult keyResult(
      RandomnessSource in, String id, @Nullable Cycle cycle, @Nullable Measurement measurement, int atLeastCheckIns) {
    KeyResult.Builder kr = KeyResult.builder().id(id).statement(Texts.text(in));
    if (Draw.chance(in, 30)) {
      kr.owner(owner(in));
    }
    kr.weight(Numbers.weight(in));
    if (measurement != null) {
      kr.measurement(measurement);
    }
    kr.addAllCheckIns(checkIns(in, measurement, cycle, atLeastCheckIns));
    if (Draw.chance(in, 10)) {
      kr.addSuppression(Texts.text(in));
    }
    if (Draw.chance(in, 10)) {
      kr.source(sourcePosition(in));
    }
    if (Draw.chance(in, 15)) {
      kr.priority(priority(in));
    }
    if (Draw.chance(in, 15)) {
      kr.reported(reported(in));
    }
    if (Draw.chance(in, 10)) {
      kr.origin(sourcePosition(in));
    }
    return kr.build();
  }

  static Initiative initiative(RandomnessSource in, String id, List<String> keyResultIds) {
    Initiative.Builder initiative = Initiative.builder().id(id).title(Texts.text(in));
    if (Draw.chance(in, 50)) {
      initiative.owner(owner(in));
    }
    if (Draw.chance(in, 80)) {
      initiative.status(Draw.pick(in, List.of(InitiativeStatus.values())));
    }
    if (Draw.chance(in, 10)) {
      initiative.addSuppression(Texts.text(in));
    }
    Set<String> links = new LinkedHashSet<>();
    int count = keyResultIds.isEmpty() ? 0 : Draw.between(in, 0, Math.min(3, keyResultIds.size()));
    for (int i = 0; i < count; i++) {
      links.add(Draw.pick(in, keyResultIds));
    }
    initiative.addAllKeyResultIds(links);
    if (Draw.chance(in, 10)) {
      initiative.source(sourcePosition(in));
    }
    if (Draw.chance(in, 10)) {
      initiative.origin(sourcePosition(in));
    }
    return initiative.build();
  }

  /** An objective with its key results; initiatives come later, once every key result exists. */
  static Objective.Builder objective(
      RandomnessSource in, Ids ids, @Nullable Owner owner, @Nullable Cycle cycle, @Nullable Alignment alignment) {
    Objective.Builder objective = Objective.builder().id(ids.next(in)).title(Texts.text(in));
    if (Draw.chance(in, 30)) {
      objective.description(Texts.text(in));
    }
    if (Draw.chance(in, 85)) {
      objective.kind(Draw.chance(in, 50) ? ObjectiveKind.ASPIRATIONAL : ObjectiveKind.COMMITTED);
    }
    if (owner != null) {
      objective.owner(owner);
    }
    if (cycle != null) {
      objective.cycle(cycle);
    }
    if (alignment != null) {
      objective.alignment(alignment);
    }
    int keyResults = Draw.chance(in, 90) ? Draw.between(in, 1, 4) : Draw.between(in, 0, 6);
    for (int k = 0; k < keyResults; k++) {
      objective.addKeyResults(keyResult(in, ids, cycle));
    }
    int tags = Draw.between(in, 0, 3);
    for (int t = 0; t < tags; t++) {
      objective.addTags(Draw.chance(in, 70) ? Draw.pick(in, TAGS) : Texts.text(in));
    }
    if (Draw.chance(in, 10)) {
      objective.source(sourcePosition(in));
    }
    if (Draw.chance(in, 15)) {
      objective.priority(priority(in));
    }
    if (Draw.chance(in, 15)) {
      objective.reported(reported(in));
    }
    if (Draw.chance(in, 10)) {
      objective.origin(sourcePosition(in));
    }
    return objective;
  }

  /** A standalone objective: its alignment names some parent, its initiatives its own key results. */
  static Objective objective(RandomnessSource in) {
    Ids ids = new Ids();
    Alignment alignment = Draw.chance(in, 60) ? alignment(in) : null;
    Objective.Builder builder = objective(
        in, ids, Draw.chance(in, 85) ? owner(in) : null, Draw.chance(in, 90) ? cycle(in) : null, alignment);
    Objective draft = builder.build();
    List<String> keyResultIds = draft.keyResults().stream().map(KeyResult::id).toList();
    return draft.withInitiatives(initiatives(in, ids, keyResultIds));
  }

  static List<Initiative> initiatives(RandomnessSource in, Ids ids, List<String> keyResultIds) {
    int count = Draw.between(in, 0, 3);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      initiatives.add(initiative(in, ids.next(in), keyResultIds));
    }
    return initiatives;
  }

  static Alignment alignment(RandomnessSource in) {
    String parent = Texts.idStem(in) + "-" + Draw.between(in, 1, 999);
    return Draw.chance(in, 50) ? Alignment.toObjective(parent) : Alignment.toKeyResult(parent);
  }

  // Documents

  /**
   * A document of one to ten objectives: company objectives on a year or quarter first, then team
   * objectives on quarters and custom ranges, most aligned to an earlier objective or cascaded from
   * an earlier key result (so acyclic), and initiatives linked to key results of the document.
   */
  static OkrSet okrSet(RandomnessSource in) {
    Ids ids = new Ids();
    int year = Draw.chance(in, 90) ? Draw.between(in, 2015, 2035) : Draw.between(in, 1, 9998);
    Owner company = Draw.chance(in, 70) ? Owner.team("Company") : person(in);
    Cycle companyCycle = Draw.chance(in, 70) ? Cycle.year(year) : Cycle.quarter(year, Draw.between(in, 1, 4));
    List<Owner> teams = new ArrayList<>();
    int teamCount = Draw.between(in, 1, 4);
    for (int t = 0; t < teamCount; t++) {
      teams.add(team(in));
    }
    List<Cycle> teamCycles = new ArrayList<>();
    int cycleCount = Draw.between(in, 1, 3);
    for (int c = 0; c < cycleCount; c++) {
      int kind = Draw.between(in, 0, 9);
      teamCycles.add(kind < 7 ? Cycle.quarter(year, Draw.between(in, 1, 4))
          : kind < 9 ? Cycle.quarter(year + 1, 1)
          : Cycle.of(LocalDate.of(year, 1, 15), LocalDate.of(year, 1, 15).plusDays(Draw.between(in, 13, 120))));
    }

    int count = Draw.between(in, 1, 10);
    int companyCount = Draw.between(in, 1, Math.min(2, count));
    List<Objective> objectives = new ArrayList<>();
    for (int o = 0; o < count; o++) {
      boolean top = o < companyCount;
      Owner owner = top ? company : Draw.chance(in, 90) ? Draw.pick(in, teams) : null;
      Cycle cycle = top ? companyCycle : Draw.chance(in, 90) ? Draw.pick(in, teamCycles) : null;
      Alignment alignment = o > 0 && Draw.chance(in, top ? 20 : 80) ? parentAmong(in, objectives) : null;
      objectives.add(objective(in, ids, owner, cycle, alignment).build());
    }

    List<String> allKeyResults = objectives.stream().flatMap(o -> o.keyResults().stream()).map(KeyResult::id).toList();
    List<Objective> complete = new ArrayList<>();
    for (Objective objective : objectives) {
      List<String> own = objective.keyResults().stream().map(KeyResult::id).toList();
      complete.add(objective.withInitiatives(
          initiatives(in, ids, Draw.chance(in, 70) && !own.isEmpty() ? own : allKeyResults)));
    }
    return OkrSet.of(complete);
  }

  /** Aligned to one of the objectives, or cascaded from one of its key results. */
  private static Alignment parentAmong(RandomnessSource in, List<Objective> earlier) {
    Objective parent = Draw.pick(in, earlier);
    if (parent.keyResults().isEmpty() || Draw.chance(in, 50)) {
      return Alignment.toObjective(parent.id());
    }
    return Alignment.toKeyResult(Draw.pick(in, parent.keyResults()).id());
  }
}
