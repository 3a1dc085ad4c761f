package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an achieved-or-not key result ("Achieve zero critical defects for two consecutive
 * sprints"): 1 when the reading that counts says achieved, else 0. Named {@value #NAME}.
 */
public final class BinaryStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "binary";

  private static final Set<MeasurementType> TYPES = Sets.immutableEnumSet(MeasurementType.BINARY);

  /** The service constructor; the strategy is stateless. */
  public BinaryStrategy() {}

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
    Optional<Observation.Reading> reading = observation.current();
    if (reading.isEmpty()) {
      return new Attainment.NoReading(w -> {});
    }
    boolean achieved = reading.get().isAchieved(NAME);
    return new Attainment.Outcome(achieved ? 1 : 0, w -> w.checkIn(reading.get()).input("achieved", achieved)
        .formula("score = " + (achieved ? "1 (achieved)" : "0 (not achieved)")));
  }
}
