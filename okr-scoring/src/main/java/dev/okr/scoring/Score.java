package dev.okr.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A key result's score at a date: the value in [0, 1] that is shown and graded, the raw attainment,
 * the contribution a rollup sees, and the {@link Explanation}.
 *
 * <p>A key result may be unscored, for example when it has no check-in and the policy says {@link
 * ScoringPolicy.NoCheckIns#NO_SCORE}; then {@link #isScored()} is false, the explanation says why,
 * and the numeric accessors throw.
 */
public final class Score {
  private final String keyResultId;
  private final boolean scored;
  private final double value;
  private final double attainment;
  private final double contribution;
  private final @Nullable StretchZone zone;
  private final Explanation explanation;

  private Score(
      String keyResultId, boolean scored, double value, double attainment, double contribution,
      @Nullable StretchZone zone, Explanation explanation) {
    this.keyResultId = Objects.requireNonNull(keyResultId, "keyResultId");
    this.scored = scored;
    this.value = value;
    this.attainment = attainment;
    this.contribution = contribution;
    this.zone = zone;
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * A score.
   *
   * @param value in [0, 1]
   * @param attainment the raw attainment, any finite number
   * @param contribution what a rollup sees, any finite number
   * @throws IllegalArgumentException when value lies outside [0, 1] or a number is not finite
   */
  public static Score of(String keyResultId, double value, double attainment, double contribution, Explanation explanation) {
    return of(keyResultId, value, attainment, contribution, null, explanation);
  }

  static Score of(
      String keyResultId, double value, double attainment, double contribution, @Nullable StretchZone zone,
      Explanation explanation) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a score's value must lie in [0, 1] (was " + value + ")");
    }
    if (!Double.isFinite(attainment) || !Double.isFinite(contribution)) {
      throw new IllegalArgumentException(
          "attainment and contribution must be finite (were " + attainment + ", " + contribution + ")");
    }
    return new Score(keyResultId, true, value, attainment, contribution, zone, explanation);
  }

  /** A key result left unscored; the explanation's formula says why. */
  public static Score unscored(String keyResultId, Explanation explanation) {
    return new Score(keyResultId, false, Double.NaN, Double.NaN, Double.NaN, null, explanation);
  }

  /** The id of the key result scored. */
  public String keyResultId() {
    return keyResultId;
  }

  /** Whether the key result has a score. */
  public boolean isScored() {
    return scored;
  }

  /**
   * The score in [0, 1]: what is shown and graded.
   *
   * @throws IllegalStateException when the key result is unscored, saying why
   */
  public double value() {
    requireScored();
    return value;
  }

  /** The score when there is one. */
  public OptionalDouble valueIfScored() {
    return scored ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The raw attainment before any policy: for a linear key result {@code (current - baseline) /
   * (target - baseline)}, which is 1.25 for "from 100 to 60, actual 50".
   *
   * @throws IllegalStateException when the key result is unscored
   */
  public double attainment() {
    requireScored();
    return attainment;
  }

  /**
   * What a rollup sees: the attainment after the overshoot and below-baseline policies and the
   * rounding. Equal to {@link #value()} under the default policies.
   *
   * @throws IllegalStateException when the key result is unscored
   */
  public double contribution() {
    requireScored();
    return contribution;
  }

  /** The stretch zone, for a key result scored against a stretch target. */
  public Optional<StretchZone> zone() {
    return Optional.ofNullable(zone);
  }

  /** Why the score is what it is. */
  public Explanation explanation() {
    return explanation;
  }

  /** The strategy that produced the score. */
  public String strategy() {
    return explanation.strategy();
  }

  private void requireScored() {
    if (!scored) {
      throw new IllegalStateException("key result " + keyResultId + " is unscored: " + explanation.formula());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Score s
        && s.keyResultId.equals(keyResultId)
        && s.scored == scored
        && Double.compare(s.value, value) == 0
        && Double.compare(s.attainment, attainment) == 0
        && Double.compare(s.contribution, contribution) == 0
        && s.zone == zone
        && s.explanation.equals(explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyResultId, scored, value, attainment, contribution, zone, explanation);
  }

  /** {@code kr-1: 0.75 (attainment 0.75, linear)} or {@code kr-1: unscored (no check-in ...)}. */
  @Override
  public String toString() {
    if (!scored) {
      return keyResultId + ": unscored (" + explanation.formula() + ")";
    }
    return keyResultId + ": " + Numbers.format(value) + " (attainment " + Numbers.format(attainment) + ", " + strategy() + ")";
  }
}
