package dev.okr.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A key result's score: {@link Scored} with a value in [0, 1], or {@link Unscored} with the reason
 * (no check-in under {@link ScoringPolicy.NoCheckIns#NO_SCORE}, a flat range under {@link
 * ScoringPolicy.FlatRange#NO_SCORE}). Which one is said by the type, so a caller switches on it
 * rather than asking a flag; both carry the {@link Explanation}.
 *
 * <p>Made only by the scoring pipeline ({@link Scorer}), from a strategy's {@link Attainment}. The
 * explanation is rendered on first use.
 */
public sealed interface Score permits Score.Scored, Score.Unscored {

  /** The id of the key result scored. */
  String keyResultId();

  /** Why the score is what it is. */
  Explanation explanation();

  /** The name of the strategy that produced the score. */
  String strategy();

  /** The value when scored, else empty. */
  default OptionalDouble valueIfScored() {
    return this instanceof Scored s ? OptionalDouble.of(s.value()) : OptionalDouble.empty();
  }

  /**
   * A scored key result: the value in [0, 1] that is shown and graded, the raw attainment, the
   * contribution a rollup sees, and the stretch zone when scored against a stretch target.
   */
  final class Scored implements Score {
    private final String keyResultId;
    private final double value;
    private final double attainment;
    private final double contribution;
    private final @Nullable StretchZone zone;
    // what the explanation is rendered from, on first use; racy but safe, as two renderings are equal
    final Observation observation;
    final ScoringStrategy strategy;
    final ScoringContext context;
    final @Nullable String formula;
    private volatile @Nullable Explanation rendered;

    Scored(String keyResultId, double value, double attainment, double contribution, @Nullable StretchZone zone,
        Observation observation, ScoringStrategy strategy, ScoringContext context, @Nullable String formula) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("a score's value must lie in [0, 1] (was " + value + ")");
      }
      if (!Double.isFinite(attainment) || !Double.isFinite(contribution)) {
        throw new IllegalArgumentException(
            "attainment and contribution must be finite (were " + attainment + ", " + contribution + ")");
      }
      this.keyResultId = Objects.requireNonNull(keyResultId, "keyResultId");
      this.value = value;
      this.attainment = attainment;
      this.contribution = contribution;
      this.zone = zone;
      this.observation = Objects.requireNonNull(observation, "observation");
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      this.context = Objects.requireNonNull(context, "context");
      this.formula = formula;
    }

    @Override
    public String keyResultId() {
      return keyResultId;
    }

    @Override
    public String strategy() {
      return strategy.name();
    }

    /** The score in [0, 1]: what is shown and graded. */
    public double value() {
      return value;
    }

    /**
     * The raw attainment before any policy: for a linear key result {@code (current - baseline) /
     * (target - baseline)}, which is 1.25 for "from 100 to 60, actual 50".
     */
    public double attainment() {
      return attainment;
    }

    /**
     * What a rollup sees: the attainment after the overshoot and below-baseline policies and the
     * rounding. Equal to {@link #value()} under the default policies.
     */
    public double contribution() {
      return contribution;
    }

    /** The stretch zone, for a key result scored against a stretch target. */
    public Optional<StretchZone> zone() {
      return Optional.ofNullable(zone);
    }

    @Override
    public Explanation explanation() {
      Explanation e = rendered;
      if (e == null) {
        e = Pipeline.explain(this);
        rendered = e;
      }
      return e;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Scored s
          && s.keyResultId.equals(keyResultId)
          && Double.compare(s.value, value) == 0
          && Double.compare(s.attainment, attainment) == 0
          && Double.compare(s.contribution, contribution) == 0
          && s.zone == zone
          && s.explanation().equals(explanation());
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyResultId, value, attainment, contribution, zone, explanation());
    }

    /** {@code kr-1: 0.75 (attainment 0.75, linear)}. */
    @Override
    public String toString() {
      return keyResultId + ": " + Numbers.format(value) + " (attainment " + Numbers.format(attainment) + ", " + strategy.name() + ")";
    }
  }

  /** A key result left unscored, with the reason; its explanation's formula is the reason. */
  final class Unscored implements Score {
    private final String keyResultId;
    private final String reason;
    // what the explanation is rendered from, on first use; racy but safe, as two renderings are equal
    final Observation observation;
    final ScoringStrategy strategy;
    final ScoringContext context;
    private volatile @Nullable Explanation rendered;

    Unscored(String keyResultId, String reason, Observation observation, ScoringStrategy strategy, ScoringContext context) {
      this.keyResultId = Objects.requireNonNull(keyResultId, "keyResultId");
      this.reason = Objects.requireNonNull(reason, "reason");
      this.observation = Objects.requireNonNull(observation, "observation");
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public String keyResultId() {
      return keyResultId;
    }

    @Override
    public String strategy() {
      return strategy.name();
    }

    /** Why the key result has no score, e.g. {@code no check-in on or before 2026-03-31}. */
    public String reason() {
      return reason;
    }

    @Override
    public Explanation explanation() {
      Explanation e = rendered;
      if (e == null) {
        e = Pipeline.explain(this);
        rendered = e;
      }
      return e;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Unscored u && u.keyResultId.equals(keyResultId) && u.reason.equals(reason)
          && u.explanation().equals(explanation());
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyResultId, reason, explanation());
    }

    /** {@code kr-1: unscored (no check-in ...)}. */
    @Override
    public String toString() {
      return keyResultId + ": unscored (" + reason + ")";
    }
  }
}
