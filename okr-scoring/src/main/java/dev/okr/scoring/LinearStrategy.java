package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import java.util.Set;

/**
 * Scores an increase or a decrease linearly from its baseline (0) to its target (1): attainment
 * {@code (current - baseline) / (target - baseline)}, in either direction. "From 100 to 60,
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

  /** No reading counts; one for all, as it holds nothing. */
  static final Attainment NO_READING = new Attainment.NoReading();

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
    double baseline = Observation.require(observation.baselineOrNaN(), "baseline", NAME);
    double target = Observation.require(observation.targetOrNaN(), "target", NAME);
    return attain(NAME, observation, baseline, target);
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
    double baseline = observation.baseline().orElse(Double.NaN);
    double target = observation.target().orElse(Double.NaN);
    workings.input("baseline", baseline).input("target", target);
    show(observation, attainment, workings, baseline, target, "");
  }

  /**
   * The linear attainment of an increase or decrease from {@code baseline} to {@code target}, after
   * checking that the target lies on the type's side of the baseline; shared with {@link
   * StretchStrategy} when the stretch is ignored.
   */
  static Attainment attain(String strategy, Observation observation, double baseline, double target) {
    if (baseline == target) {
      return new Attainment.FlatRange(target);
    }
    requireDirection(strategy, observation.type(), baseline, target);
    if (!observation.hasReading()) {
      return NO_READING;
    }
    return new Attainment.Measured(attainment(baseline, target, observation.readingNumber(strategy)));
  }

  /** The reading and the formula of a linear attainment, {@code note} appended to the formula. */
  static void show(Observation observation, Attainment attainment, Workings workings, double baseline, double target,
      String note) {
    if (attainment instanceof Attainment.Measured m) {
      Observation.Reading reading = observation.current().orElseThrow();
      double current = reading.value().orElseThrow();
      workings.checkIn(reading).input("current", current).formula(formula(baseline, target, current, m.attainment()) + note);
    }
  }

  /** The raw linear attainment {@code (current - baseline) / (target - baseline)} on doubles. */
  static double attainment(double baseline, double target, double current) {
    return attainment(Arithmetic.doubles(), baseline, target, current);
  }

  /**
   * The raw linear attainment {@code (current - baseline) / (target - baseline)} in any arithmetic;
   * the one place the formula lives.
   */
  public static <N, B> N attainment(Arithmetic<N, B> a, N baseline, N target, N current) {
    return a.dividedBy(a.minus(current, baseline), a.minus(target, baseline));
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
