package dev.okr.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * okr's own profile and the compatibility profiles, which reproduce other OKR tools' published
 * behaviour so that a team moving between tools can check the numbers match. Each profile's page
 * in {@code okr-scoring/docs/profiles/} lists its edge cases (flat range, regression, overshoot,
 * rounding, decreasing metrics) with the tool's source for each; a setting no source states keeps
 * okr's default and its page says so ("unknown: okr's default").
 */
public final class Profiles {
  private static final Profile OKR = Profile.builder()
      .name("okr")
      .description("okr's own policies: linear, capped at 1 and floored at 0, unscored key results count 0 in a weighted mean")
      .build();

  private static final Profile GITLAB = Profile.builder()
      .name("gitlab")
      .description("GitLab OKRs: progress clamped to 0..100 and rounded to whole percent, an objective the truncated plain mean of its child key results and objectives")
      .scoring(ScoringPolicy.builder()
          .rounding(Rounding.of(2, Rounding.Mode.HALF_UP))
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.MEAN)
          .items(RollupPolicy.Items.KEY_RESULTS_AND_CHILDREN)
          .unscored(RollupPolicy.Unscored.ZERO)
          .rounding(Rounding.of(2, Rounding.Mode.TRUNCATE))
          .build())
      .build();

  private static final Profile QUANTIVE = Profile.builder()
      .name("quantive")
      .description("Quantive Results (Gtmhub): unlimited increase/decrease progress, strict stay-above/below, objective the plain mean")
      .scoring(ScoringPolicy.builder()
          .overshoot(ScoringPolicy.Overshoot.KEEP)
          .belowBaseline(ScoringPolicy.BelowBaseline.KEEP_NEGATIVE)
          .noCheckIns(ScoringPolicy.NoCheckIns.ZERO)
          .maintainMode(ScoringPolicy.MaintainMode.LATEST_VALUE)
          .boundComparison(ScoringPolicy.BoundComparison.STRICT)
          .stretchScale(ScoringPolicy.StretchScale.IGNORE)
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.MEAN)
          .build())
      .build();

  private static final Profile OKR_TRACKER = Profile.builder()
      .name("okr-tracker")
      .description("oslokommune's okr-tracker: d3 clamped linear scale, 0.5 for an empty domain, weighted mean with normalised weights")
      .scoring(ScoringPolicy.builder()
          .flatRange(ScoringPolicy.FlatRange.HALF)
          .noCheckIns(ScoringPolicy.NoCheckIns.ZERO)
          .checkInSelection(ScoringPolicy.CheckInSelection.LATEST_OVERALL)
          .maintainMode(ScoringPolicy.MaintainMode.LATEST_VALUE)
          .stretchScale(ScoringPolicy.StretchScale.IGNORE)
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.WEIGHTED_MEAN)
          .build())
      .build();

  private static final Profile PUZZLE = Profile.builder()
      .name("puzzle-okr")
      .description("puzzle's okr: linear from baseline to the stretch goal, fail/commit/target/stretch zones at 30% and 70%")
      .scoring(ScoringPolicy.builder()
          .overshoot(ScoringPolicy.Overshoot.KEEP)
          .flatRange(ScoringPolicy.FlatRange.ZERO)
          .stretchScale(ScoringPolicy.StretchScale.TO_STRETCH)
          .stretchZones(Bands.of(com.google.common.collect.ImmutableRangeMap.<Double, StretchZone>builder()
              .put(com.google.common.collect.Range.closed(0.0, 0.3), StretchZone.FAIL)
              .put(com.google.common.collect.Range.openClosed(0.3, 0.7), StretchZone.COMMIT)
              .put(com.google.common.collect.Range.open(0.7, 1.0), StretchZone.TARGET)
              .put(com.google.common.collect.Range.singleton(1.0), StretchZone.STRETCH)
              .build()))
          .maintainMode(ScoringPolicy.MaintainMode.LATEST_VALUE)
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.MEAN)
          .build())
      .build();

  private static final Profile PERDOO = Profile.builder()
      .name("perdoo")
      .description("Perdoo: linear progress, capped at 100% and floored at 0% in the objective's equally weighted mean")
      .scoring(ScoringPolicy.builder()
          .noCheckIns(ScoringPolicy.NoCheckIns.ZERO)
          .periodBasis(ScoringPolicy.PeriodBasis.PLANNED)
          .stretchScale(ScoringPolicy.StretchScale.IGNORE)
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.MEAN)
          .build())
      .build();

  private static final Profile PROFIT_CO = Profile.builder()
      .name("profit-co")
      .description("Profit.co: control KPIs as successful check-ins over planned check-ins, whole percent, weighted key results")
      .scoring(ScoringPolicy.builder()
          .periodBasis(ScoringPolicy.PeriodBasis.PLANNED)
          .rounding(Rounding.of(2, Rounding.Mode.HALF_UP))
          .stretchScale(ScoringPolicy.StretchScale.IGNORE)
          .build())
      .rollup(RollupPolicy.builder()
          .rollup(StandardRollup.WEIGHTED_MEAN)
          .build())
      .build();

  private static final Profile TABILITY = Profile.builder()
      .name("tability")
      .description("Tability: from-X-to-Y, stay-above and stay-below outcomes; no edge case is published, so okr's defaults throughout")
      .build();

  private static final Profile VIVA_GOALS = Profile.builder()
      .name("viva-goals")
      .description("Microsoft Viva Goals (retired in 2025): reach, increase-from, decrease-from and control key results; no edge case is published, so okr's defaults throughout")
      .build();

  private static final ImmutableMap<String, Profile> ALL = ImmutableMap.<String, Profile>builder()
      .put(OKR.name(), OKR)
      .put(GITLAB.name(), GITLAB)
      .put(QUANTIVE.name(), QUANTIVE)
      .put(OKR_TRACKER.name(), OKR_TRACKER)
      .put(PUZZLE.name(), PUZZLE)
      .put(PERDOO.name(), PERDOO)
      .put(PROFIT_CO.name(), PROFIT_CO)
      .put(TABILITY.name(), TABILITY)
      .put(VIVA_GOALS.name(), VIVA_GOALS)
      .buildOrThrow();

  private Profiles() {}

  /** okr's own profile, the default: see {@code docs/profiles/okr.md}. */
  public static Profile okr() {
    return OKR;
  }

  /** GitLab's OKRs: see {@code docs/profiles/gitlab.md}. */
  public static Profile gitlab() {
    return GITLAB;
  }

  /** Quantive Results, formerly Gtmhub: see {@code docs/profiles/quantive.md}. */
  public static Profile quantive() {
    return QUANTIVE;
  }

  /** oslokommune's okr-tracker: see {@code docs/profiles/okr-tracker.md}. */
  public static Profile okrTracker() {
    return OKR_TRACKER;
  }

  /** puzzle's okr: see {@code docs/profiles/puzzle-okr.md}. */
  public static Profile puzzleOkr() {
    return PUZZLE;
  }

  /** Perdoo: see {@code docs/profiles/perdoo.md}. */
  public static Profile perdoo() {
    return PERDOO;
  }

  /** Profit.co: see {@code docs/profiles/profit-co.md}. */
  public static Profile profitCo() {
    return PROFIT_CO;
  }

  /** Tability: see {@code docs/profiles/tability.md}. */
  public static Profile tability() {
    return TABILITY;
  }

  /**
   * Microsoft Viva Goals, retired in 2025, for the exports still around: see {@code
   * docs/profiles/viva-goals.md}.
   */
  public static Profile vivaGoals() {
    return VIVA_GOALS;
  }

  /**
   * The profile with this name.
   *
   * @throws ScoringException naming the profiles available when none has the name
   */
  public static Profile named(String name) {
    Profile profile = ALL.get(name);
    if (profile == null) {
      throw new ScoringException("profile", name, "names no profile; available: " + String.join(", ", ALL.keySet()));
    }
    return profile;
  }

  /** Every profile, by name. */
  public static Map<String, Profile> all() {
    return ALL;
  }
}
