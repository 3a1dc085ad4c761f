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
 * Scores an increase or decrease that has a stretch target beyond its target, by the policy's
 * {@link ScoringPolicy.StretchScale}, and labels the result with a {@link StretchZone}.
 *
 * <ul>
 *   <li>{@code piecewise} (default): baseline to target scores 0 to {@link
 *       ScoringPolicy#stretchTargetScore()} (0.7), target to stretch scores on to 1;
 *   <li>{@code to-stretch}: linear from baseline to stretch, as puzzle's okr scores against its
 *       stretch goal;
 *   <li>{@code ignore}: linear from baseline to target, the stretch unused.
 * </ul>
 *
 * <p>Named {@value #NAME}.
 */
public final class StretchStrategy implements ScoringStrategy {
  /** The strategy's name. */
  public static final String NAME = "stretch";

  private static final Set<MeasurementType> TYPES =
      Sets.immutableEnumSet(MeasurementType.INCREASE, MeasurementType.DECREASE);

  /** The service constructor; the strategy is stateless. */
  public StretchStrategy() {}

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
    ScoreDraft draft = new ScoreDraft(NAME, keyResult, policy)
        .policy("stretch-scale", Ids.of(policy.stretchScale()));
    Measurement measurement = draft.measurement();
    double baseline = draft.require(measurement.baseline(), "baseline");
    double target = draft.require(measurement.target(), "target");
    double stretch = draft.require(measurement.stretch(), "stretch");
    draft.input("baseline", baseline).input("target", target).input("stretch", stretch);
    if (baseline == target) {
      return LinearStrategy.flat(draft, policy, target);
    }
    Optional<CheckIn> checkIn = draft.checkIn(date);
    if (checkIn.isEmpty()) {
      return draft.noCheckIn(date);
    }
    double current = checkIn.get().value().orElseThrow();
    draft.input("current", current);
    double toTarget = LinearStrategy.attainment(baseline, target, current);
    double attainment = attainment(baseline, target, stretch, current, policy);
    String formula;
    switch (policy.stretchScale()) {
      case PIECEWISE -> {
        double atTarget = policy.stretchTargetScore();
        draft.policy("stretch-target-score", Numbers.format(atTarget));
        if (toTarget <= 1) {
          formula = "attainment = (current - baseline) / (target - baseline) * " + Numbers.format(atTarget) + " = ("
              + Numbers.format(current) + " - " + Numbers.format(baseline) + ") / (" + Numbers.format(target) + " - "
              + Numbers.format(baseline) + ") * " + Numbers.format(atTarget) + " = " + Numbers.format(attainment);
        } else {
          formula = "attainment = " + Numbers.format(atTarget) + " + (current - target) / (stretch - target) * "
              + Numbers.format(1 - atTarget) + " = " + Numbers.format(atTarget) + " + (" + Numbers.format(current) + " - "
              + Numbers.format(target) + ") / (" + Numbers.format(stretch) + " - " + Numbers.format(target) + ") * "
              + Numbers.format(1 - atTarget) + " = " + Numbers.format(attainment);
        }
      }
      case TO_STRETCH -> {
        formula = "attainment = (current - baseline) / (stretch - baseline) = (" + Numbers.format(current) + " - "
            + Numbers.format(baseline) + ") / (" + Numbers.format(stretch) + " - " + Numbers.format(baseline) + ") = "
            + Numbers.format(attainment);
      }
      case IGNORE -> {
        formula = LinearStrategy.formula(baseline, target, current, attainment) + " (stretch ignored)";
      }
      default -> throw new AssertionError(policy.stretchScale());
    }
    return draft.fromAttainment(attainment, formula, policy.stretchZones());
  }

  /**
   * The raw stretch attainment under the policy's stretch scale; the one place the formula lives,
   * shared with the batch grader.
   */
  public static double attainment(double baseline, double target, double stretch, double current, ScoringPolicy policy) {
    return switch (policy.stretchScale()) {
      case PIECEWISE -> {
        double atTarget = policy.stretchTargetScore();
        double toTarget = LinearStrategy.attainment(baseline, target, current);
        yield toTarget <= 1 ? toTarget * atTarget : atTarget + (current - target) / (stretch - target) * (1 - atTarget);
      }
      case TO_STRETCH -> LinearStrategy.attainment(baseline, stretch, current);
      case IGNORE -> LinearStrategy.attainment(baseline, target, current);
    };
  }
}
