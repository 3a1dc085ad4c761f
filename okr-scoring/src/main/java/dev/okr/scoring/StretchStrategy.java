package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an increase or decrease that has a stretch target beyond its target, by the policy's
 * {@link ScoringPolicy.StretchScale}, and labels the result with a {@link StretchZone}.
 *
 * <ul>
 *   <li>{@code piecewise} (default): baseline to target scores 0 to {@link
 *       ScoringPolicy#stretchTargetScore()} (0.7), target to stretch scores on to 1;
 *   <li>{@code to-stretch}: linear from baseline to stretch, as puzzle's okr scores against its
 *       stretch goal;
 *   <li>{@code ignore}: linear from baseline to target, the stretch unused.
 * </ul>
 *
 * <p>Named {@value #NAME}.
 */
public final class StretchStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "stretch";

  private static final Set<MeasurementType> TYPES =
      Sets.immutableEnumSet(MeasurementType.INCREASE, MeasurementType.DECREASE);

  /** The service constructor; the strategy is stateless. */
  public StretchStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<MeasurementType> types() {
    return TYPES;
  }

  @Override
  public Attainment attain(Observation observation, ScoringContext context) {
    ScoringPolicy policy = context.policy();
    double baseline = Observation.require(observation.baselineOrNaN(), "baseline", NAME);
    double target = Observation.require(observation.targetOrNaN(), "target", NAME);
    double stretch = Observation.require(observation.stretchOrNaN(), "stretch", NAME);
    if (baseline == target) {
      return new Attainment.FlatRange(target);
    }
    LinearStrategy.requireDirection(NAME, observation.type(), baseline, target);
    if (Math.signum(stretch - target) != Math.signum(target - baseline)) {
      throw new ScoringException("measurement.stretch", Numbers.format(stretch),
          "must lie beyond the target " + Numbers.format(target));
    }
    if (!observation.hasReading()) {
      return LinearStrategy.NO_READING;
    }
    double current = observation.readingNumber(NAME);
    return new Attainment.Measured(attainment(baseline, target, stretch, current, policy), Optional.of(policy.stretchZones()));
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings w) {
    ScoringPolicy policy = context.policy();
    double baseline = observation.baseline().orElse(Double.NaN);
    double target = observation.target().orElse(Double.NaN);
    double stretch = observation.stretch().orElse(Double.NaN);
    w.policy("stretch-scale", Ids.of(policy.stretchScale()))
        .input("baseline", baseline).input("target", target).input("stretch", stretch);
    if (!(attainment instanceof Attainment.Measured m)) {
      return;
    }
    Observation.Reading reading = observation.current().orElseThrow();
    double current = reading.value().orElseThrow();
    double value = m.attainment();
    w.checkIn(reading).input("current", current);
    double toTarget = LinearStrategy.attainment(baseline, target, current);
    w.formula(switch (policy.stretchScale()) {
      case PIECEWISE -> {
        double atTarget = policy.stretchTargetScore();
        w.policy("stretch-target-score", atTarget);
        // the share above the target as the policy's score reads in decimals: 1 - 0.7 is 0.3, not 0.30000000000000004
        String rest = Numbers.format(BigDecimal.ONE.subtract(BigDecimal.valueOf(atTarget)).doubleValue());
        yield toTarget <= 1
            ? "attainment = (current - baseline) / (target - baseline) * " + Numbers.format(atTarget) + " = ("
                + Numbers.format(current) + " - " + Numbers.format(baseline) + ") / (" + Numbers.format(target) + " - "
                + Numbers.format(baseline) + ") * " + Numbers.format(atTarget) + " = " + Numbers.format(value)
            : "attainment = " + Numbers.format(atTarget) + " + (current - target) / (stretch - target) * "
                + rest + " = " + Numbers.format(atTarget) + " + (" + Numbers.format(current) + " - "
                + Numbers.format(target) + ") / (" + Numbers.format(stretch) + " - " + Numbers.format(target) + ") * "
                + rest + " = " + Numbers.format(value);
      }
      case TO_STRETCH -> "attainment = (current - baseline) / (stretch - baseline) = (" + Numbers.format(current) + " - "
          + Numbers.format(baseline) + ") / (" + Numbers.format(stretch) + " - " + Numbers.format(baseline) + ") = "
          + Numbers.format(value);
      case IGNORE -> LinearStrategy.formula(baseline, target, current, value) + " (stretch ignored)";
    });
  }

  /** The raw stretch attainment under the policy's stretch scale, on doubles. */
  static double attainment(double baseline, double target, double stretch, double current, ScoringPolicy policy) {
    return attainment(Arithmetic.doubles(), baseline, target, stretch, current, policy);
  }

  /**
   * The raw stretch attainment under the policy's stretch scale, in any arithmetic; the one place
   * the formula lives. Under {@link ScoringPolicy.StretchScale#PIECEWISE}: up to the target, the
   * linear attainment times the target's score; beyond it, the target's score plus the share of the
   * way from target to stretch times what is left to 1.
   */
  public static <N, B> N attainment(Arithmetic<N, B> a, N baseline, N target, N stretch, N current, ScoringPolicy policy) {
    return switch (policy.stretchScale()) {
      case PIECEWISE -> {
        N atTarget = a.number(policy.stretchTargetScore());
        N toTarget = LinearStrategy.attainment(a, baseline, target, current);
        N beyond = a.plus(atTarget,
            a.times(a.dividedBy(a.minus(current, target), a.minus(stretch, target)), a.number(1 - policy.stretchTargetScore())));
        yield a.choose(a.lessOrEqual(toTarget, a.number(1)), a.times(toTarget, atTarget), beyond);
      }
      case TO_STRETCH -> LinearStrategy.attainment(a, baseline, stretch, current);
      case IGNORE -> LinearStrategy.attainment(a, baseline, target, current);
    };
  }
}
