package dev.okr.cli;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import dev.okr.scoring.Attainment;
import dev.okr.scoring.Observation;
import dev.okr.scoring.ScoringContext;
import dev.okr.scoring.ScoringStrategy;
import dev.okr.scoring.Workings;
import java.util.Optional;
import java.util.Set;

/**
 * An application's own strategy, as a test sees one: twice the linear progress, so that its effect
 * shows in any output. Registered as a service in the tests' {@code META-INF/services}; named by
 * {@code --strategy increase=doubled-progress}.
 */
public final class DoubledProgressStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "doubled-progress";

  /** The service constructor. */
  public DoubledProgressStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<MeasurementType> types() {
    return Sets.immutableEnumSet(MeasurementType.INCREASE, MeasurementType.DECREASE);
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
    return new Attainment.Measured(2 * (reading.get().number(NAME) - baseline) / (target - baseline));
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
    workings.input("baseline", observation.baseline().orElseThrow()).input("target", observation.target().orElseThrow());
    if (attainment instanceof Attainment.Measured m) {
      workings.input("current", observation.current().orElseThrow().number(NAME))
          .formula("attainment = 2 * (current - baseline) / (target - baseline) = " + Workings.number(m.attainment()));
    }
  }
}
