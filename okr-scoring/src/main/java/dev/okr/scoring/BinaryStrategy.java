package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
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
    if (!observation.hasReading()) {
      return LinearStrategy.NO_READING;
    }
    return new Attainment.Outcome(observation.readingAchieved(NAME) ? 1 : 0);
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
    if (attainment instanceof Attainment.Outcome) {
      Observation.Reading reading = observation.current().orElseThrow();
      boolean achieved = reading.isAchieved(NAME);
      workings.checkIn(reading).input("achieved", achieved)
          .formula("score = " + (achieved ? "1 (achieved)" : "0 (not achieved)"));
    }
  }
}
