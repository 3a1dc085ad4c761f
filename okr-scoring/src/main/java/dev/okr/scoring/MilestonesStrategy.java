package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.util.List;
import java.util.Optional;
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
    List<Milestone> milestones = observation.milestones();
    if (milestones.isEmpty()) {
      throw new ScoringException("measurement.milestones", "[]", "the " + NAME + " strategy needs at least one milestone");
    }
    Optional<Observation.Reading> reading = observation.current();
    if (reading.isEmpty()) {
      return new Attainment.NoReading(w -> {});
    }
    Set<String> done = reading.get().milestonesDone();
    double total = 0;
    double reached = 0;
    int count = 0;
    for (Milestone milestone : milestones) {
      total += milestone.weight();
      if (done.contains(milestone.name())) {
        reached += milestone.weight();
        count++;
      }
    }
    double share = reached / total;
    double weightDone = reached;
    double weightTotal = total;
    int countDone = count;
    return Attainment.measured(share, w -> w.checkIn(reading.get()).input("milestones", milestones.size())
        .input("done", countDone).input("weight-done", weightDone).input("weight-total", weightTotal)
        .formula("attainment = weight done / total weight = " + Numbers.format(weightDone) + " / "
            + Numbers.format(weightTotal) + " = " + Numbers.format(share)));
  }
}
