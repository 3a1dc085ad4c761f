package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.okr.core.Alignment;
import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the OKR process's health over one OKR document or many cycles: committed and
 * aspirational hit rates, strategic alignment, roadmap traceability, the score distribution per
 * team and kind, sandbagging across cycles, and the share of task-like key results per cycle.
 *
 * <p>Definitions, each documented in {@code okr-scoring/docs/portfolio.md}:
 *
 * <ul>
 *   <li>A key result's kind is its objective's. The <b>committed hit rate</b> is the share of
 *       committed key results scoring at least 0.8 (target 80%+), the <b>aspirational hit rate</b>
 *       the share of aspirational ones scoring at least 0.5 (target 70%+); an unscored key result
 *       counts as a miss. The hit rate's threshold is not the grade's: a committed key result at
 *       0.85 counts as a hit here and is still graded missed, since a committed key result below
 *       1.0 is a miss; reports state the threshold beside the rate for that reason.
 *   <li>A distribution counts its scores in the colour bands of its kind ({@link
 *       Grader#colours(Optional)}), the thresholds of the final grade.
 *   <li>A <b>company-level</b> objective is one owned by the configured company owner; without one,
 *       an objective that is aligned to nothing and has objectives aligned to it. Every other
 *       objective is a <b>team objective</b>. <b>Strategic alignment</b> is the share of team
 *       objectives whose chain of alignments reaches a company-level objective (target 90%+, below
 *       70% signals misalignment).
 *   <li><b>Roadmap traceability</b> is the share of initiatives linked to at least one key result
 *       of an objective of the same cycle (target 80%+).
 *   <li>A team is an objective's owner ({@code team:Growth}); objectives without one form the
 *       group {@code (no owner)}.
 *   <li>A team is flagged for <b>sandbagging</b> when the mean score of its aspirational
 *       objectives reaches 0.95 in several consecutive cycles (3 unless set).
 *   <li>The <b>task-like share</b> is filled when a classifier is given (okr-lint provides one):
 *       the share of key results per cycle it calls task-like; empty otherwise.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Portfolio {
  /** The committed hit rate's threshold and target. */
  public static final double COMMITTED_HIT = 0.8;
  /** The aspirational hit rate's threshold. */
  public static final double ASPIRATIONAL_HIT = 0.5;
  /** The target share of committed key results hitting. */
  public static final double COMMITTED_TARGET = 0.8;
  /** The target share of aspirational key results hitting. */
  public static final double ASPIRATIONAL_TARGET = 0.7;
  /** The target share of team objectives aligned. */
  public static final double ALIGNMENT_TARGET = 0.9;
  /** Below this share of aligned team objectives signals misalignment. */
  public static final double MISALIGNMENT = 0.7;
  /** The target share of initiatives linked to a current OKR. */
  public static final double TRACEABILITY_TARGET = 0.8;

  private static final String NO_OWNER = "(no owner)";

  private final Scorer scorer;
  private final Grader grader;
  private final @Nullable Owner company;
  private final double sandbagScore;
  private final int sandbagCycles;
  private final @Nullable Predicate<KeyResult> taskLike;

  private Portfolio(Scorer scorer, Grader grader, @Nullable Owner company, double sandbagScore, int sandbagCycles,
      @Nullable Predicate<KeyResult> taskLike) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.grader = Objects.requireNonNull(grader, "grader");
    this.company = company;
    this.sandbagScore = sandbagScore;
    this.sandbagCycles = sandbagCycles;
    this.taskLike = taskLike;
  }

  /** Figures scored with {@code scorer}, coloured by the default grader. */
  public static Portfolio of(Scorer scorer) {
    return new Portfolio(scorer, Grader.defaults(), null, 0.95, 3, null);
  }

  /** The same, with the company-level objectives being those owned by {@code owner}. */
  public Portfolio withCompanyOwner(Owner owner) {
    return new Portfolio(scorer, grader, Objects.requireNonNull(owner, "owner"), sandbagScore, sandbagCycles, taskLike);
  }

  /** The same, coloured by {@code grader}'s bands of each kind ({@link Grader#colours(Optional)}). */
  public Portfolio withGrader(Grader grader) {
    return new Portfolio(scorer, grader, company, sandbagScore, sandbagCycles, taskLike);
  }

  /**
   * The same, flagging a team whose aspirational mean reaches {@code score} in {@code cycles}
   * consecutive cycles.
   *
   * @throws IllegalArgumentException when score lies outside (0, 1] or cycles is below 2
   */
  public Portfolio withSandbagging(double score, int cycles) {
    if (!(score > 0 && score <= 1) || cycles < 2) {
      throw new IllegalArgumentException("sandbagging needs a score in (0, 1] and at least 2 cycles (were " + score + ", " + cycles + ")");
    }
    return new Portfolio(scorer, grader, company, score, cycles, taskLike);
  }

  /** The same, filling the task-like share with this classifier (okr-lint provides one). */
  public Portfolio withTaskLikeClassifier(Predicate<KeyResult> classifier) {
    return new Portfolio(scorer, grader, company, sandbagScore, sandbagCycles, Objects.requireNonNull(classifier, "classifier"));
  }

  /** The figures of one cycle. */
  public record CycleFigures(
      Optional<Cycle> cycle,
      Rate committedHitRate,
      Rate aspirationalHitRate,
      Rate strategicAlignment,
      Rate roadmapTraceability,
      Map<String, Map<String, Distribution>> distribution,
      OptionalDouble taskLikeShare) {}

  /** A team flagged for sandbagging, with the consecutive cycles and its aspirational means in them. */
  public record Sandbagging(String team, List<Cycle> cycles, List<Double> scores) {}

  /** The figures of a document: per cycle in start order (undated objectives last), and the flags. */
  public record Report(List<CycleFigures> cycles, List<Sandbagging> sandbagging) {}

  /**
   * The figures of {@code set} with every key result scored at {@code date}.
   *
   * @throws ScoringException when a key result cannot be scored
   */
  public Report analyse(OkrSet set, LocalDate date) {
    Map<Optional<Cycle>, List<Objective>> byCycle = new TreeMap<>(Comparator.comparing(
        (Optional<Cycle> c) -> c.map(Cycle::start).orElse(LocalDate.MAX)).thenComparing(c -> c.map(Cycle::end).orElse(LocalDate.MAX)));
    for (Objective objective : set.objectives()) {
      byCycle.computeIfAbsent(objective.cycle(), c -> new ArrayList<>()).add(objective);
    }
    Set<String> companyLevel = companyLevel(set);
    List<CycleFigures> figures = new ArrayList<>();
    Map<String, List<Object[]>> teamSeries = new LinkedHashMap<>();
    for (Map.Entry<Optional<Cycle>, List<Objective>> entry : byCycle.entrySet()) {
      figures.add(cycleFigures(set, entry.getKey(), entry.getValue(), date, companyLevel, teamSeries));
    }
    return new Report(ImmutableList.copyOf(figures), sandbagging(teamSeries));
  }

  private CycleFigures cycleFigures(OkrSet set, Optional<Cycle> cycle, List<Objective> objectives, LocalDate date,
      Set<String> companyLevel, Map<String, List<Object[]>> teamSeries) {
    long committedHits = 0;
    long committed = 0;
    long aspirationalHits = 0;
    long aspirational = 0;
    long aligned = 0;
    long team = 0;
    long traced = 0;
    long initiatives = 0;
    long taskLikeCount = 0;
    long keyResults = 0;
    Map<String, Map<String, List<Double>>> scores = new TreeMap<>();
    Map<String, Map<String, Long>> unscored = new TreeMap<>();
    Map<String, List<Double>> aspirationalObjectives = new LinkedHashMap<>();
    Set<String> cycleKeyResults = new HashSet<>();
    for (Objective objective : objectives) {
      objective.keyResults().forEach(kr -> cycleKeyResults.add(kr.id()));
    }
    for (Objective objective : objectives) {
      String owner = objective.owner().map(Owner::toString).orElse(NO_OWNER);
      String kind = objective.kind().map(ObjectiveKind::id).orElse("unlabelled");
      if (!companyLevel.contains(objective.id())) {
        team++;
        if (reachesCompany(set, objective, companyLevel)) {
          aligned++;
        }
      }
      for (KeyResult keyResult : objective.keyResults()) {
        keyResults++;
        if (taskLike != null && taskLike.test(keyResult)) {
          taskLikeCount++;
        }
        Score score = scorer.score(keyResult, date, objective.cycle());
        OptionalDouble value = score.valueIfScored();
        if (value.isPresent()) {
          scores.computeIfAbsent(owner, o -> new TreeMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(value.getAsDouble());
        } else {
          scores.computeIfAbsent(owner, o -> new TreeMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
          unscored.computeIfAbsent(owner, o -> new TreeMap<>()).merge(kind, 1L, Long::sum);
        }
        if (objective.kind().orElse(null) == ObjectiveKind.COMMITTED) {
          committed++;
          committedHits += value.isPresent() && value.getAsDouble() >= COMMITTED_HIT ? 1 : 0;
        } else if (objective.kind().orElse(null) == ObjectiveKind.ASPIRATIONAL) {
          aspirational++;
          aspirationalHits += value.isPresent() && value.getAsDouble() >= ASPIRATIONAL_HIT ? 1 : 0;
        }
      }
      for (Initiative initiative : objective.initiatives()) {
        initiatives++;
        if (initiative.keyResultIds().stream().anyMatch(cycleKeyResults::contains)) {
          traced++;
        }
      }
      if (objective.kind().orElse(null) == ObjectiveKind.ASPIRATIONAL && cycle.isPresent()) {
        RollupScore rolled = scorer.score(objective, date);
        aspirationalObjectives.computeIfAbsent(owner, o -> new ArrayList<>()).add(rolled.valueIfScored().orElse(0));
      }
    }
    aspirationalObjectives.forEach((owner, values) -> teamSeries.computeIfAbsent(owner, o -> new ArrayList<>())
        .add(new Object[] {cycle.orElseThrow(), values.stream().mapToDouble(Double::doubleValue).average().orElse(0)}));
    ImmutableMap.Builder<String, Map<String, Distribution>> distribution = ImmutableMap.builder();
    scores.forEach((owner, byKind) -> {
      ImmutableMap.Builder<String, Distribution> kinds = ImmutableMap.builder();
      byKind.forEach((kind, values) -> kinds.put(kind, Distribution.of(values,
          unscored.getOrDefault(owner, Map.of()).getOrDefault(kind, 0L), grader.colours(kindNamed(kind)))));
      distribution.put(owner, kinds.buildOrThrow());
    });
    OptionalDouble taskLikeShare = taskLike == null || keyResults == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) taskLikeCount / keyResults);
    return new CycleFigures(cycle, new Rate(committedHits, committed), new Rate(aspirationalHits, aspirational),
        new Rate(aligned, team), new Rate(traced, initiatives), distribution.buildOrThrow(), taskLikeShare);
  }

  private static Optional<ObjectiveKind> kindNamed(String id) {
    for (ObjectiveKind kind : ObjectiveKind.values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private Set<String> companyLevel(OkrSet set) {
    Set<String> ids = new HashSet<>();
    for (Objective objective : set.objectives()) {
      boolean level = company != null
          ? objective.owner().map(company::equals).orElse(false)
          : objective.alignment().isEmpty() && !set.childrenOf(objective.id()).isEmpty();
      if (level) {
        ids.add(objective.id());
      }
    }
    return ids;
  }

  /** Whether following the objective's alignments upward reaches a company-level objective. */
  private static boolean reachesCompany(OkrSet set, Objective objective, Set<String> companyLevel) {
    Objective current = objective;
    Set<String> seen = new HashSet<>();
    while (current.alignment().isPresent() && seen.add(current.id())) {
      Alignment alignment = current.alignment().get();
      // an OkrSet refuses an alignment to an element it does not hold, so the parent is there
      Objective parent = (alignment.kind() == Alignment.Kind.OBJECTIVE
          ? set.objective(alignment.parentId())
          : set.objectiveOf(alignment.parentId())).orElseThrow();
      if (companyLevel.contains(parent.id())) {
        return true;
      }
      current = parent;
    }
    return false;
  }

  private List<Sandbagging> sandbagging(Map<String, List<Object[]>> teamSeries) {
    List<Sandbagging> flags = new ArrayList<>();
    teamSeries.forEach((team, series) -> {
      // each team's series is in cycle order: analyse visits the cycles by start date
      List<Cycle> run = new ArrayList<>();
      List<Double> runScores = new ArrayList<>();
      List<Cycle> best = List.of();
      List<Double> bestScores = List.of();
      for (Object[] entry : series) {
        double mean = (double) entry[1];
        if (mean >= sandbagScore) {
          run.add((Cycle) entry[0]);
          runScores.add(mean);
          if (run.size() > best.size()) {
            best = List.copyOf(run);
            bestScores = List.copyOf(runScores);
          }
        } else {
          run.clear();
          runScores.clear();
        }
      }
      if (best.size() >= sandbagCycles) {
        flags.add(new Sandbagging(team, best, bestScores));
      }
    });
    return ImmutableList.copyOf(flags);
  }
}
