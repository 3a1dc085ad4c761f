package dev.okr.scoring;

import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores key results, objectives and groups of objectives under a {@link Profile}. The entry point
 * of the module: {@code Scorer.of(Profiles.okr()).score(keyResult, date)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorer {
  private final Profile profile;
  private final ScoringContext noCycle;
  // the strategy for each type, without and with a stretch target, found on first use; racy but safe
  private final @Nullable ScoringStrategy[] strategies = new ScoringStrategy[MeasurementType.values().length * 2];

  private Scorer(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.noCycle = ScoringContext.of(profile.scoring());
  }

  /** A scorer with this profile. */
  public static Scorer of(Profile profile) {
    return new Scorer(profile);
  }

  /** A scorer with okr's own profile. */
  public static Scorer defaults() {
    return new Scorer(Profiles.okr());
  }

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  /**
   * The strategy the profile assigns this key result.
   *
   * @throws ScoringException when the key result has no measurement
   * @throws IllegalArgumentException when the profile names a strategy no service provides
   */
  public ScoringStrategy strategyFor(KeyResult keyResult) {
    return ScoringStrategies.named(profile.strategyFor(keyResult));
  }

  /**
   * The strategy the profile assigns a key result of this type, with or without a stretch target;
   * found once per type and kept.
   *
   * @throws ScoringException when the profile names no strategy for the type
   * @throws IllegalArgumentException when the profile names a strategy no service provides
   */
  public ScoringStrategy strategyFor(MeasurementType type, boolean hasStretch) {
    int slot = type.ordinal() * 2 + (hasStretch ? 1 : 0);
    ScoringStrategy strategy = strategies[slot];
    if (strategy == null) {
      strategy = ScoringStrategies.named(profile.strategyFor(type, hasStretch));
      strategies[slot] = strategy;
    }
    return strategy;
  }

  /**
   * A key result's score at {@code date}, its cycle unknown.
   *
   * @throws ScoringException when the key result lacks what its strategy needs, naming the field
   */
  public Score score(KeyResult keyResult, LocalDate date) {
    return score(keyResult, date, Optional.empty());
  }

  /**
   * A key result's score at {@code date} within its cycle (maintain key results count check-in
   * periods in it).
   *
   * @throws ScoringException when the key result lacks what its strategy needs, naming the field
   */
  public Score score(KeyResult keyResult, LocalDate date, Optional<Cycle> cycle) {
    return score(observe(keyResult, date), cycle);
  }

  /**
   * What the scorer reads of a key result at {@code date}: its numbers, the reading that counts
   * under the profile's check-in selection, and its dated check-ins.
   *
   * @throws ScoringException when the key result has no measurement
   */
  public Observation observe(KeyResult keyResult, LocalDate date) {
    return Observation.of(keyResult, date, profile.scoring());
  }

  /**
   * The score of an observation, its cycle unknown: the profile's strategy for its type, then the
   * profile's policies. What the batch grader scores each row with.
   *
   * @throws ScoringException when the observation lacks what its strategy needs, naming the field
   */
  public Score score(Observation observation) {
    return Pipeline.score(strategyFor(observation.type(), observation.hasStretch()), observation, noCycle);
  }

  /**
   * The score of an observation within its cycle, when known.
   *
   * @throws ScoringException when the observation lacks what its strategy needs, naming the field
   */
  public Score score(Observation observation, Optional<Cycle> cycle) {
    ScoringContext context = cycle.isEmpty() ? noCycle : ScoringContext.of(profile.scoring(), cycle);
    return Pipeline.score(strategyFor(observation.type(), observation.hasStretch()), observation, context);
  }

  /**
   * An objective's score at {@code date} from its own key results, each scored within the
   * objective's cycle. Aligned child objectives are not seen here; use {@link #score(OkrSet,
   * String, LocalDate)}.
   *
   * @throws ScoringException when a key result cannot be scored, its path prefixed with the key result
   * @throws IllegalArgumentException when the policy's rollup returns a number that is not finite
   */
  public RollupScore score(Objective objective, LocalDate date) {
    return new Walk(null, date).objective(objective);
  }

  /**
   * The score at {@code date} of the objective with this id in {@code set}, with its aligned and
   * cascaded child objectives when the rollup policy includes them.
   *
   * @throws IllegalArgumentException when the set has no objective with this id, or the policy's
   *     rollup returns a number that is not finite
   * @throws ScoringException when a key result cannot be scored
   */
  public RollupScore score(OkrSet set, String objectiveId, LocalDate date) {
    Objective objective = set.objective(objectiveId)
        .orElseThrow(() -> new IllegalArgumentException("the set has no objective \"" + objectiveId + "\""));
    return new Walk(set, date).objective(objective);
  }

  /**
   * A group's score at {@code date} (a team's objectives in a cycle): under nested nesting the
   * rollup of the objectives' scores, each of weight 1; under flat nesting the rollup of all their
   * key results.
   *
   * @throws IllegalArgumentException when the group is empty, or the policy's rollup returns a
   *     number that is not finite
   */
  public RollupScore scoreGroup(String label, Collection<Objective> objectives, LocalDate date) {
    if (objectives.isEmpty()) {
      throw new IllegalArgumentException("group " + label + " has no objectives");
    }
    Walk walk = new Walk(null, date);
    Parts parts = new Parts(profile.rollup().unscored());
    for (Objective objective : objectives) {
      if (profile.rollup().nesting() == RollupPolicy.Nesting.FLAT) {
        walk.addKeyResults(objective, parts);
      } else {
        parts.addChild(walk.objective(objective));
      }
    }
    return walk.combine(label, parts);
  }

  /** The items gathered for one rollup. */
  private static final class Parts {
    final List<RollupItem> items = new ArrayList<>();
    final List<String> omitted = new ArrayList<>();
    final List<Score> keyResults = new ArrayList<>();
    final List<RollupScore> children = new ArrayList<>();
    final RollupPolicy.Unscored unscored;

    Parts(RollupPolicy.Unscored unscored) {
      this.unscored = unscored;
    }

    void addChild(RollupScore child) {
      children.add(child);
      if (child instanceof RollupScore.Scored scored) {
        items.add(RollupItem.of(child.id(), RollupItem.Kind.OBJECTIVE, scored.raw(), 1.0));
      } else if (unscored == RollupPolicy.Unscored.ZERO) {
        items.add(RollupItem.of(child.id(), RollupItem.Kind.OBJECTIVE, 0.0, 1.0));
      } else {
        omitted.add(child.id());
      }
    }
  }

  /** One scoring pass: the set (when known), the date, and the objectives already scored. */
  private final class Walk {
    private final @Nullable OkrSet set;
    private final LocalDate date;
    private final Map<String, RollupScore> done = new HashMap<>();

    Walk(@Nullable OkrSet set, LocalDate date) {
      this.set = set;
      this.date = date;
    }

    RollupScore objective(Objective objective) {
      RollupScore known = done.get(objective.id());
      if (known != null) {
        return known;
      }
      RollupPolicy policy = profile.rollup();
      Parts parts = new Parts(policy.unscored());
      if (ownKeyResultsCount(objective)) {
        addOwnKeyResults(objective, parts);
      }
      if (policy.items() != RollupPolicy.Items.KEY_RESULTS && set != null) {
        for (Objective child : set.childrenOf(objective.id())) {
          if (policy.nesting() == RollupPolicy.Nesting.FLAT) {
            addKeyResults(child, parts);
          } else {
            parts.addChild(objective(child));
          }
        }
      }
      RollupScore result = combine(objective.id(), parts);
      done.put(objective.id(), result);
      return result;
    }

    /** The objective's key results and, per the items policy, its descendants' (flat nesting). */
    void addKeyResults(Objective objective, Parts parts) {
      RollupPolicy.Items items = profile.rollup().items();
      if (ownKeyResultsCount(objective)) {
        addOwnKeyResults(objective, parts);
      }
      if (items != RollupPolicy.Items.KEY_RESULTS && set != null) {
        for (Objective child : set.childrenOf(objective.id())) {
          addKeyResults(child, parts);
        }
      }
    }

    /**
     * Whether the objective's own key results are items of its rollup: always, except under
     * {@link RollupPolicy.Items#CHILDREN} for an objective with child objectives. One without
     * (a leaf of the tree, or any objective when no set shows its children) is scored by its key
     * results, which are all it has; else every tree would bottom out in unscored leaves.
     */
    private boolean ownKeyResultsCount(Objective objective) {
      return profile.rollup().items() != RollupPolicy.Items.CHILDREN || set == null || set.childrenOf(objective.id()).isEmpty();
    }

    private void addOwnKeyResults(Objective objective, Parts parts) {
      for (int i = 0; i < objective.keyResults().size(); i++) {
        KeyResult keyResult = objective.keyResults().get(i);
        Score score;
        try {
          score = score(keyResult, date, objective.cycle());
        } catch (ScoringException e) {
          throw new ScoringException(
              "objectives[" + objective.id() + "].keyResults[" + i + "]." + e.path(), e.value(), e.rule());
        }
        parts.keyResults.add(score);
        if (score instanceof Score.Scored scored) {
          parts.items.add(RollupItem.keyResult(keyResult.id(), scored.contribution(), keyResult.weight()));
        } else if (parts.unscored == RollupPolicy.Unscored.ZERO) {
          parts.items.add(RollupItem.keyResult(keyResult.id(), 0.0, keyResult.weight()));
        } else {
          parts.omitted.add(keyResult.id());
        }
      }
    }

    RollupScore combine(String id, Parts parts) {
      RollupPolicy policy = profile.rollup();
      Map<String, String> described = new LinkedHashMap<>(policy.describe());
      if (parts.items.isEmpty()) {
        String why = parts.omitted.isEmpty() ? "nothing to roll up" : "every item is unscored and left out: " + parts.omitted;
        return new RollupScore.Unscored(id, why, parts.omitted, parts.keyResults, parts.children, described);
      }
      double combined = policy.rollup().combine(parts.items);
      RollupPolicy.Settled settled = policy.settle(combined);
      double raw = settled.raw();
      double value = settled.value();
      String formula = policy.rollup().describe(parts.items, combined);
      if (raw != combined) {
        formula += "; rounded (" + policy.rounding() + ") = " + Numbers.format(raw);
      }
      if (value != raw) {
        formula += "; score = clamp to [0, 1] = " + Numbers.format(value);
      }
      if (!parts.omitted.isEmpty()) {
        formula += "; left out (unscored): " + parts.omitted;
      }
      return new RollupScore.Scored(id, value, raw, parts.items, parts.omitted, parts.keyResults, parts.children,
          described, formula);
    }
  }
}
