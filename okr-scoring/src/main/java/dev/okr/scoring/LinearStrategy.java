package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an increase or a decrease linearly from its baseline (0) to its target (1): attainment
 * {@code (current - baseline) / (target - baseline)}, in either direction (R2). "From 100 to 60,
 * actual 50" attains 1.25 and scores 1 under the default {@link ScoringPolicy.Overshoot#CAP}.
 *
 * <p>Needs the baseline and the target, the target beyond the baseline in the type's direction;
 * the current value is the reading that counts. A baseline equal to the target is a {@link
 * Attainment.FlatRange}, for the flat-range policy. Named {@value #NAME}.
 */
public final class LinearStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "linear";

  private static final Set<MeasurementType> TYPES =
      Sets.immutableEnumSet(MeasurementType.INCREASE, MeasurementType.DECREASE);

  /** The service constructor; the strategy is stateless. */
  public LinearStrategy() {}

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
    double baseline = Observation.require(observation.baseline(), "baseline", NAME);
    double target = Observation.require(observation.target(), "target", NAME);
    return attain(NAME, observation, baseline, target, w -> {});
  }

  /**
   * The linear attainment of an increase or decrease from {@code baseline} to {@code target}, after
   * checking that the target lies on the type's side of the baseline; shared with {@link
   * StretchStrategy} when the stretch is ignored. {@code extra} writes inputs read before the
   * reading (the stretch).
   */
  static Attainment attain(String strategy, Observation observation, double baseline, double target,
      java.util.function.Consumer<Workings> extra) {
    java.util.function.Consumer<Workings> inputs = w -> extra.accept(w.input("baseline", baseline).input("target", target));
    if (baseline == target) {
      return new Attainment.FlatRange(target, inputs);
    }
    requireDirection(strategy, observation.type(), baseline, target);
    Optional<Observation.Reading> reading = observation.current();
    if (reading.isEmpty()) {
      return new Attainment.NoReading(inputs);
    }
    double current = reading.get().number(strategy);
    double attainment = attainment(baseline, target, current);
    return Attainment.measured(attainment, w -> {
      inputs.accept(w);
      w.checkIn(reading.get()).input("current", current).formula(formula(baseline, target, current, attainment));
    });
  }

  /**
   * The raw linear attainment {@code (current - baseline) / (target - baseline)}; the one place
   * the formula lives.
   */
  static double attainment(double baseline, double target, double current) {
    return (current - baseline) / (target - baseline);
  }

  /**
   * Checks that {@code target} lies above {@code baseline} for an increase and below it for a
   * decrease, as the linear formula needs to read progress in the type's direction.
   *
   * @throws ScoringException naming the target when it does not
   */
  static void requireDirection(String strategy, MeasurementType type, double baseline, double target) {
    if (type != MeasurementType.INCREASE && type != MeasurementType.DECREASE) {
      return;
    }
    boolean increase = type == MeasurementType.INCREASE;
    if (increase != target > baseline) {
      throw new ScoringException("measurement.target", Numbers.format(target), "must be " + (increase ? "above" : "below")
          + " the baseline " + Numbers.format(baseline) + " for " + (increase ? "an increase" : "a decrease"));
    }
  }

  static String formula(double baseline, double target, double current, double attainment) {
    return "attainment = (current - baseline) / (target - baseline) = ("
        + Numbers.format(current) + " - " + Numbers.format(baseline) + ") / ("
        + Numbers.format(target) + " - " + Numbers.format(baseline) + ") = " + Numbers.format(attainment);
  }
}
