package dev.okr.scoring;

import com.google.common.collect.Sets;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an increase or a decrease linearly from its baseline (0) to its target (1): attainment
 * {@code (current - baseline) / (target - baseline)}, in either direction (R2). "From 100 to 60,
 * actual 50" attains 1.25 and scores 1 under the default {@link ScoringPolicy.Overshoot#CAP}.
 *
 * <p>Needs the baseline and the target; the current value is the check-in that counts under the
 * policy. Named {@value #NAME}.
 */
public final class LinearStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "linear";

  private static final Set<MeasurementType> TYPES =
      Sets.immutableEnumSet(MeasurementType.INCREASE, MeasurementType.DECREASE);

  /** The service constructor; the strategy is stateless. */
  public LinearStrategy() {}

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
    ScoringPolicy policy = context.policy();
    ScoreDraft draft = new ScoreDraft(NAME, keyResult, policy);
    Measurement measurement = draft.measurement();
    double baseline = draft.require(measurement.baseline(), "baseline");
    double target = draft.require(measurement.target(), "target");
    draft.input("baseline", baseline).input("target", target);
    if (baseline == target) {
      return flat(draft, policy, target);
    }
    Optional<CheckIn> checkIn = draft.checkIn(date);
    if (checkIn.isEmpty()) {
      return draft.noCheckIn(date);
    }
    double current = checkIn.get().value().orElseThrow();
    draft.input("current", current);
    double attainment = attainment(baseline, target, current);
    return draft.fromAttainment(attainment, formula(baseline, target, current, attainment), null);
  }

  /**
   * The raw linear attainment {@code (current - baseline) / (target - baseline)}; the one place
   * the formula lives, shared with the batch grader.
   */
  public static double attainment(double baseline, double target, double current) {
    return (current - baseline) / (target - baseline);
  }

  static String formula(double baseline, double target, double current, double attainment) {
    return "attainment = (current - baseline) / (target - baseline) = ("
        + Numbers.format(current) + " - " + Numbers.format(baseline) + ") / ("
        + Numbers.format(target) + " - " + Numbers.format(baseline) + ") = " + Numbers.format(attainment);
  }

  /** A baseline equal to the target, under the flat-range policy. */
  static Score flat(ScoreDraft draft, ScoringPolicy policy, double target) {
    String why = "the baseline equals the target " + Numbers.format(target);
    return switch (policy.flatRange()) {
      case REJECT -> throw new ScoringException(
          "measurement.target", Numbers.format(target), "must differ from the baseline for linear scoring (flat-range=reject)");
      case NO_SCORE -> draft.unscored(why + "; flat-range=no-score leaves it unscored");
      case ZERO, ONE, HALF -> {
        double fixed = policy.flatRange().fixedScore().getAsDouble();
        yield draft.fixed(fixed, why + "; flat-range=" + Ids.of(policy.flatRange()) + " scores it " + Numbers.format(fixed));
      }
    };
  }
}
