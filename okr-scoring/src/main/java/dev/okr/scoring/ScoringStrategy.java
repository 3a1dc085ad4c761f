package dev.okr.scoring;

import dev.okr.core.MeasurementType;
import java.util.Set;

/**
 * Reads an {@link Observation} of a key result as an {@link Attainment}: the formula of one kind of
 * key result, and nothing else. The scoring pipeline applies the profile's policies (overshoot,
 * below-baseline, flat range, no check-ins, rounding) to the attainment and makes the {@link Score}
 * with its explanation, the same way for {@link Scorer} and the batch grader, so a strategy neither
 * rounds nor clamps.
 *
 * <p>A strategy computes in {@link #attain} and shows its work in {@link #show}, so that scoring a
 * million batch rows builds no text; both read the same observation, and a strategy is
 * deterministic, so what {@code show} writes is how {@code attain} computed.
 *
 * <p>An open interface: an application adds its own strategy by implementing it, declaring it as a
 * service ({@code provides dev.okr.scoring.ScoringStrategy with ...} or {@code
 * META-INF/services/dev.okr.scoring.ScoringStrategy}) and naming it in a {@link Profile}; {@link
 * ScoringStrategies#named(String)} finds it.
 *
 * <p>The contract every strategy keeps, checked for the built-in ones by property tests: the
 * attainment is finite; scoring is deterministic; the score does not fall as the current value moves
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
   * What the observation attains, before any policy. Called for every score, so it computes and
   * shows nothing.
   *
   * @throws ScoringException when the observation lacks what the strategy needs or does not suit
   *     its formula, naming the field
   */
  Attainment attain(Observation observation, ScoringContext context);

  /**
   * Shows the work behind {@code attainment}, which {@link #attain} returned for this observation
   * and context: the policies read beyond those every score shows, the inputs read, and, for a
   * {@link Attainment.Measured} or {@link Attainment.Outcome}, the formula with the numbers filled
   * in. Called only when an explanation is asked for.
   */
  void show(Observation observation, ScoringContext context, Attainment attainment, Workings workings);
}
