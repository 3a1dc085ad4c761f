package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an achieved-or-not key result ("Achieve zero critical defects for two consecutive
 * sprints"): 1 when the check-in that counts says achieved, else 0. Named {@value #NAME}.
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
  public Score score(KeyResult keyResult, LocalDate date, ScoringContext context) {
    ScoreDraft draft = new ScoreDraft(NAME, keyResult, context.policy());
    Optional<CheckIn> checkIn = draft.checkIn(date);
    if (checkIn.isEmpty()) {
      return draft.noCheckIn(date);
    }
    boolean achieved = checkIn.get().achieved().orElseThrow();
    draft.input("achieved", achieved);
    return draft.fixed(achieved ? 1 : 0, "score = " + (achieved ? "1 (achieved)" : "0 (not achieved)"));
  }
}
