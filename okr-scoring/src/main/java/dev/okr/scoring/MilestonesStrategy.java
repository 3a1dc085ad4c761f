package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.util.List;
import java.util.Set;

/**
 * Scores a milestone key result by the share done: the weights of the milestones done over the
 * weights of all (each weight 1 unless given, so by default the count done over the count). Named
 * {@value #NAME}.
 */
public final class MilestonesStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "milestones";

  private static final Set<MeasurementType> TYPES = Sets.immutableEnumSet(MeasurementType.MILESTONES);

  /** The service constructor; the strategy is stateless. */
  public MilestonesStrategy() {}

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
    if (observation.milestones().isEmpty()) {
      throw new ScoringException("measurement.milestones", "[]", "the " + NAME + " strategy needs at least one milestone");
    }
    if (!observation.hasReading()) {
      return LinearStrategy.NO_READING;
    }
    Done done = Done.of(observation.milestones(), observation.readingDone());
    return new Attainment.Measured(done.weight / done.total);
  }

  @Override
  public void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings) {
    if (attainment instanceof Attainment.Measured m) {
      Observation.Reading reading = observation.current().orElseThrow();
      Done done = Done.of(observation.milestones(), reading.milestonesDone());
      workings.checkIn(reading).input("milestones", observation.milestones().size()).input("done", done.count)
          .input("weight-done", done.weight).input("weight-total", done.total)
          .formula("attainment = weight done / total weight = " + Numbers.format(done.weight) + " / "
              + Numbers.format(done.total) + " = " + Numbers.format(m.attainment()));
    }
  }

  /** The milestones done: how many, their weight, and the weight of all. */
  private record Done(int count, double weight, double total) {
    static Done of(List<Milestone> milestones, Set<String> names) {
      double total = 0;
      double weight = 0;
      int count = 0;
      for (Milestone milestone : milestones) {
        total += milestone.weight();
        if (names.contains(milestone.name())) {
          weight += milestone.weight();
          count++;
        }
      }
      return new Done(count, weight, total);
    }
  }
}
