package dev.okr.scoring;

import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.Set;

/**
 * Turns a key result at a date into a {@link Score}.
 *
 * <p>An open interface: an application adds its own strategy by implementing it, declaring it as a
 * service ({@code provides dev.okr.scoring.ScoringStrategy with ...} or {@code
 * META-INF/services/dev.okr.scoring.ScoringStrategy}) and naming it in a {@link Profile}; {@link
 * ScoringStrategies#named(String)} finds it.
 *
 * <p>The contract every strategy keeps, checked for the built-in ones by property tests: the value
 * lies in [0, 1]; scoring is deterministic; the value does not fall as the current value moves
 * toward the target; a decreasing key result scores as the mirror image of an increasing one; a
 * change of unit (scaling baseline, target and values by the same positive factor) does not change
 * the score. Implementations are stateless and thread-safe.
 */
public interface ScoringStrategy {

  /** The unique name by which profiles and explanations refer to the strategy, e.g. {@code linear}. */
  String name();

  /** The measurement types the strategy scores. */
  Set<MeasurementType> types();

  /**
   * The key result's score at {@code date}.
   *
   * @throws ScoringException when the key result lacks what the strategy needs, naming the field
   */
  Score score(KeyResult keyResult, LocalDate date, ScoringContext context);

  /** The key result's score at {@code date} under {@code policy}, with no cycle known. */
  default Score score(KeyResult keyResult, LocalDate date, ScoringPolicy policy) {
    return score(keyResult, date, ScoringContext.of(policy));
  }
}
