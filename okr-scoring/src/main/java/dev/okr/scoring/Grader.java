package dev.okr.scoring;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.okr.core.ObjectiveKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads scores by the objective's kind (R6, R7).
 *
 * <p>Committed: 1.0 is {@link Verdict#MET}, anything below is {@link Verdict#MISSED} and needs an
 * explanation. Aspirational, by default: below 0.3 {@link Verdict#UNREALISTIC}, [0.3, 0.6) {@link
 * Verdict#BELOW_EXPECTATION}, [0.6, 0.7] {@link Verdict#HEALTHY} (003; 000 says 0.7–0.8, set your
 * own bands for that reading), (0.7, 1.0) {@link Verdict#ABOVE_EXPECTATION}, exactly 1.0 {@link
 * Verdict#POSSIBLY_SANDBAGGED}. Colours come from {@link Bands#colours()} unless set. All bands are
 * Guava range maps and may be replaced.
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

  private Grader(Bands<Colour> colours, Bands<Verdict> committed, Bands<Verdict> aspirational) {
    this.colours = Objects.requireNonNull(colours, "colours");
    this.committed = Objects.requireNonNull(committed, "committed");
    this.aspirational = Objects.requireNonNull(aspirational, "aspirational");
  }

  /** The grader with the default bands. */
  public static Grader defaults() {
    return DEFAULTS;
  }

  /** The same grader with these colour bands. */
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

  /** The colour bands. */
  public Bands<Colour> colours() {
    return colours;
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
    Colour colour = colours.of(score);
    if (kind.isEmpty()) {
      return new Grade(score, null, Verdict.UNLABELLED, colour);
    }
    Verdict verdict = kind.get() == ObjectiveKind.COMMITTED ? committed.of(score) : aspirational.of(score);
    return new Grade(score, kind.get(), verdict, colour);
  }

  /** The grade of a score for an objective of this kind. */
  public Grade grade(double score, ObjectiveKind kind) {
    return grade(score, Optional.of(kind));
  }

  /**
   * The grade of a scored key result or objective.
   *
   * @throws IllegalStateException when it is unscored
   */
  public Grade grade(RollupScore score, Optional<ObjectiveKind> kind) {
    return grade(score.value(), kind);
  }
}
