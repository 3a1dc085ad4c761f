package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Milestone;
import java.time.LocalDate;
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
  public Score score(KeyResult keyResult, LocalDate date, ScoringContext context) {
    ScoreDraft draft = new ScoreDraft(NAME, keyResult, context.policy());
    Measurement measurement = draft.measurement();
    Optional<CheckIn> checkIn = draft.checkIn(date);
    if (checkIn.isEmpty()) {
      return draft.noCheckIn(date);
    }
    Set<String> done = checkIn.get().milestonesDone().orElseThrow();
    double total = 0;
    double reached = 0;
    int count = 0;
    for (Milestone milestone : measurement.milestones()) {
      total += milestone.weight();
      if (done.contains(milestone.name())) {
        reached += milestone.weight();
        count++;
      }
    }
    draft.input("milestones", measurement.milestones().size()).input("done", count)
        .input("weight-done", reached).input("weight-total", total);
    double share = reached / total;
    return draft.fromAttainment(share, "attainment = weight done / total weight = " + Numbers.format(reached) + " / "
        + Numbers.format(total) + " = " + Numbers.format(share), null);
  }
}
