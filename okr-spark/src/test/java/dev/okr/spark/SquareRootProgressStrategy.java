package dev.okr.spark;

import dev.okr.core.MeasurementType;
import dev.okr.scoring.Attainment;
import dev.okr.scoring.Observation;
import dev.okr.scoring.ScoringContext;
import dev.okr.scoring.ScoringStrategy;
import dev.okr.scoring.Workings;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An application's own strategy, as the tests see one: the square root of the linear progress
 * (negative progress keeps its sign), which no built-in expression computes. Registered as a
 * service in the tests' {@code META-INF/services}.
 */
public final class SquareRootProgressStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "square-root-progress";

  /** The service constructor. */
  public SquareRootProgressStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<MeasurementType> types() {
    return EnumSet.of(MeasurementType.INCREASE, MeasurementType.DECREASE);
  }

  @Override
  public Attainment attain(Observation observation, ScoringContext context) {
    double baseline = Observation.require(observation.baseline(), "baseline", NAME);
    double target = Observation.require(observation.target(), "target", NAME);
    if (baseline == target) {
      return new Attainment.FlatRange(target);
    }
    Optional<Observation.Reading> reading = observation.current();
    if (reading.isEmpty()) {
      return new Attainment.NoReading();
    }
    double progress = (reading.get().number(NAME) - baseline) / (target - baseline);
    return new Attainment.Measured(Math.signum(progress) * Math.sqrt(Math.abs(progress)));
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
    if (attainment instanceof Attainment.Measured m) {
      workings.formula("attainment = sqrt(progress) = " + Workings.number(m.attainment()));
    }
  }
}
