package dev.okr.scoring;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads scores by the objective's kind.
 *
 * <p>Committed: 1.0 is {@link Verdict#MET}, anything below is {@link Verdict#MISSED} and needs an
 * explanation. Aspirational, by default: below 0.3 {@link Verdict#UNREALISTIC}, [0.3, 0.6) {@link
 * Verdict#BELOW_EXPECTATION}, [0.6, 0.7] {@link Verdict#HEALTHY} (003; 000 says 0.7–0.8, set your
 * own bands for that reading), (0.7, 1.0) {@link Verdict#ABOVE_EXPECTATION}, exactly 1.0 {@link
 * Verdict#POSSIBLY_SANDBAGGED} when the key result's scale could have gone beyond its target (an
 * increase or a decrease), else {@link Verdict#ABOVE_EXPECTATION}: a launch done or a level held all
 * cycle cannot be overshot, so reaching 1.0 there says nothing about ambition. All bands are Guava
 * range maps and may be replaced.
 *
 * <p>A grade is final: give it once the cycle has ended ({@link Phase#ENDED}); during the cycle a
 * key result has a status against the expected pace instead ({@link ProgressTracker}).
 *
 * <p>Colours follow the verdict ({@link Verdict#colour()}), so they change at the same thresholds
 * as the grade: committed green when met, red when missed; aspirational red when unrealistic,
 * yellow below expectation, green from the healthy range up. {@link #colours(Optional)} gives these
 * thresholds as bands. Only an unlabelled objective, which has no verdict, takes its colour from
 * the score bands ({@link Bands#colours()} unless {@link #withColours(Bands) set}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Grader {
  private static final Bands<Verdict> COMMITTED = Bands.of(ImmutableRangeMap.<Double, Verdict>builder()
      .put(Range.closedOpen(0.0, 1.0), Verdict.MISSED)
      .put(Range.singleton(1.0), Verdict.MET)
      .build());

  private static final Bands<Verdict> ASPIRATIONAL = Bands.of(ImmutableRangeMap.<Double, Verdict>builder()
      .put(Range.closedOpen(0.0, 0.3), Verdict.UNREALISTIC)
      .put(Range.closedOpen(0.3, 0.6), Verdict.BELOW_EXPECTATION)
      .put(Range.closed(0.6, 0.7), Verdict.HEALTHY)
      .put(Range.open(0.7, 1.0), Verdict.ABOVE_EXPECTATION)
      .put(Range.singleton(1.0), Verdict.POSSIBLY_SANDBAGGED)
      .build());

  private static final Grader DEFAULTS = new Grader(Bands.colours(), COMMITTED, ASPIRATIONAL);

  private final Bands<Colour> colours;
  private final Bands<Verdict> committed;
  private final Bands<Verdict> aspirational;
  private final Bands<Colour> committedColours;
  private final Bands<Colour> aspirationalColours;

  private Grader(Bands<Colour> colours, Bands<Verdict> committed, Bands<Verdict> aspirational) {
    this.colours = Objects.requireNonNull(colours, "colours");
    this.committed = Objects.requireNonNull(committed, "committed");
    this.aspirational = Objects.requireNonNull(aspirational, "aspirational");
    this.committedColours = coloured(committed, colours);
    this.aspirationalColours = coloured(aspirational, colours);
  }

  /** The verdict bands with each verdict replaced by its colour (the score bands' for unlabelled). */
  private static Bands<Colour> coloured(Bands<Verdict> verdicts, Bands<Colour> scoreBands) {
    com.google.common.collect.TreeRangeMap<Double, Colour> map = com.google.common.collect.TreeRangeMap.create();
    for (Map.Entry<Range<Double>, Verdict> e : verdicts.ranges().asMapOfRanges().entrySet()) {
      Optional<Colour> colour = e.getValue().colour();
      if (colour.isPresent()) {
        map.putCoalescing(e.getKey(), colour.get());
      } else {
        for (Map.Entry<Range<Double>, Colour> c : scoreBands.ranges().subRangeMap(e.getKey()).asMapOfRanges().entrySet()) {
          map.putCoalescing(c.getKey(), c.getValue());
        }
      }
    }
    return Bands.of(map);
  }

  /** The grader with the default bands. */
  public static Grader defaults() {
    return DEFAULTS;
  }

  /** The same grader with these colour bands for objectives labelled neither committed nor aspirational. */
  public Grader withColours(Bands<Colour> bands) {
    return new Grader(bands, committed, aspirational);
  }

  /** The same grader with these verdict bands for committed objectives. */
  public Grader withCommitted(Bands<Verdict> bands) {
    return new Grader(colours, bands, aspirational);
  }

  /** The same grader with these verdict bands for aspirational objectives. */
  public Grader withAspirational(Bands<Verdict> bands) {
    return new Grader(colours, committed, bands);
  }

  /** The colour bands of scores of objectives labelled neither committed nor aspirational. */
  public Bands<Colour> colours() {
    return colours;
  }

  /**
   * The colour bands of a kind: the verdict bands of that kind, each verdict read as its colour
   * (committed: red [0, 1), green 1; aspirational: red [0, 0.3), yellow [0.3, 0.6), green [0.6, 1]
   * by default); the score bands {@link #colours()} for an unlabelled objective. Every grade's
   * colour is the colour of its score in these bands.
   */
  public Bands<Colour> colours(Optional<ObjectiveKind> kind) {
    if (kind.isEmpty()) {
      return colours;
    }
    return kind.get() == ObjectiveKind.COMMITTED ? committedColours : aspirationalColours;
  }

  /**
   * Whether a key result's scale can go beyond its target, so that reaching exactly 1.0 may mean
   * the target was set too low: increases and decreases. Binary and milestones key results, and
   * levels to stay at or above or below, top out at their target.
   */
  public static boolean canExceedTarget(KeyResult keyResult) {
    return keyResult.measurement().map(m -> canExceedTarget(m.type())).orElse(false);
  }

  /**
   * Whether a key result of this type can go beyond its target: increases and decreases. The one
   * place the rule lives, for key results and batch rows alike.
   */
  public static boolean canExceedTarget(MeasurementType type) {
    return type == MeasurementType.INCREASE || type == MeasurementType.DECREASE;
  }

  /** The committed verdict bands. */
  public Bands<Verdict> committed() {
    return committed;
  }

  /** The aspirational verdict bands. */
  public Bands<Verdict> aspirational() {
    return aspirational;
  }

  /**
   * The grade of a score for an objective of this kind; without a kind, only the colour applies.
   *
   * @throws IllegalArgumentException when the score lies outside [0, 1]
   */
  public Grade grade(double score, Optional<ObjectiveKind> kind) {
    return grade(score, kind, true);
  }

  /**
   * The grade of a score for an objective of this kind, where {@code canExceedTarget} says whether
   * the graded scale could have gone beyond its target; when it could not, a score the bands call
   * {@link Verdict#POSSIBLY_SANDBAGGED} reads {@link Verdict#ABOVE_EXPECTATION} instead.
   *
   * @throws IllegalArgumentException when the score lies outside [0, 1]
   */
  public Grade grade(double score, Optional<ObjectiveKind> kind, boolean canExceedTarget) {
    if (kind.isEmpty()) {
      return new Grade(score, null, Verdict.UNLABELLED, colours.of(score));
    }
    Verdict verdict = kind.get() == ObjectiveKind.COMMITTED ? committed.of(score) : aspirational.of(score);
    if (verdict == Verdict.POSSIBLY_SANDBAGGED && !canExceedTarget) {
      verdict = Verdict.ABOVE_EXPECTATION;
    }
    return new Grade(score, kind.get(), verdict, verdict.colour().orElseGet(() -> colours.of(score)));
  }

  /**
   * The final grade of a key result's score in an objective of this kind; sandbagging is
   * considered only when {@link #canExceedTarget(KeyResult)}.
   *
   * @throws IllegalArgumentException when the score lies outside [0, 1]
   */
  public Grade grade(KeyResult keyResult, double score, Optional<ObjectiveKind> kind) {
    return grade(score, kind, canExceedTarget(keyResult));
  }

  /**
   * The final grade of an objective's rolled-up score; sandbagging is considered only when at least
   * one of its key results {@link #canExceedTarget(KeyResult) can exceed its target}.
   *
   * @throws IllegalArgumentException when the score lies outside [0, 1]
   */
  public Grade grade(Objective objective, double score) {
    return grade(score, objective.kind(), objective.keyResults().stream().anyMatch(Grader::canExceedTarget));
  }

  /** The grade of a score for an objective of this kind. */
  public Grade grade(double score, ObjectiveKind kind) {
    return grade(score, Optional.of(kind));
  }

  /** The grade of a scored objective or group. */
  public Grade grade(RollupScore.Scored score, Optional<ObjectiveKind> kind) {
    return grade(score.value(), kind);
  }
}
