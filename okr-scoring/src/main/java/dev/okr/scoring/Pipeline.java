package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one path from an observation to a score: the strategy's {@link Attainment}, then the
 * policies (overshoot, below-baseline, flat range, no check-ins, rounding), then the clamp to
 * [0, 1], then the score with its explanation. The only place a key result's score is rounded or
 * clamped; {@link Scorer} runs it for key results and for batch rows alike.
 */
final class Pipeline {
  private Pipeline() {}

  /**
   * The score of {@code observation} by {@code strategy} under the context's policy.
   *
   * @throws ScoringException when the strategy finds the observation unusable, or the flat-range
   *     policy rejects it
   */
  static Score score(ScoringStrategy strategy, Observation observation, ScoringContext context) {
    ScoringPolicy policy = context.policy();
    Attainment attainment = strategy.attain(observation, context);
    String id = observation.keyResultId();
    if (attainment instanceof Attainment.Measured m) {
      double contribution = policy.contribution(m.attainment());
      double value = ScoringPolicy.value(contribution);
      StretchZone zone = m.zones().isEmpty() ? null : m.zones().get().of(value);
      return new Score.Scored(id, value, m.attainment(), contribution, zone, observation, strategy, context, null);
    }
    if (attainment instanceof Attainment.Outcome o) {
      return fixed(o.value(), observation, strategy, context, null);
    }
    if (attainment instanceof Attainment.FlatRange f) {
      String why = "the baseline equals the target " + Numbers.format(f.target());
      return switch (policy.flatRange()) {
        case REJECT -> throw new ScoringException("measurement.target", Numbers.format(f.target()),
            "must differ from the baseline for " + strategy.name() + " scoring (flat-range=reject)");
        case NO_SCORE -> new Score.Unscored(id, why + "; flat-range=no-score leaves it unscored", observation, strategy, context);
        case ZERO, ONE, HALF -> {
          double value = policy.flatRange().fixedScore().getAsDouble();
          yield fixed(value, observation, strategy, context,
              why + "; flat-range=" + Ids.of(policy.flatRange()) + " scores it " + Numbers.format(value));
        }
      };
    }
    Optional<LocalDate> date = observation.date();
    String why = date.isPresent() && policy.checkInSelection() == ScoringPolicy.CheckInSelection.LATEST_ON_OR_BEFORE
        ? "no check-in on or before " + date.get()
        : "no check-in";
    return switch (policy.noCheckIns()) {
      case NO_SCORE -> new Score.Unscored(id, why, observation, strategy, context);
      case ZERO -> fixed(0, observation, strategy, context, why + "; no-check-ins=zero scores it 0");
    };
  }

  /**
   * A score fixed by an outcome or a policy: value, attainment and contribution alike, only
   * rounded. {@code formula} replaces the strategy's when given.
   */
  private static Score fixed(
      double outcome, Observation observation, ScoringStrategy strategy, ScoringContext context, @Nullable String formula) {
    double contribution = context.policy().rounding().apply(outcome);
    return new Score.Scored(observation.keyResultId(), ScoringPolicy.value(contribution), outcome, contribution, null,
        observation, strategy, context, formula);
  }

  /**
   * A scored key result's explanation, rendered when first asked for: the strategy shows its work
   * for the attainment it computes again (strategies are deterministic), then the policy steps.
   */
  static Explanation explain(Score.Scored score) {
    Attainment attainment = score.strategy.attain(score.observation, score.context);
    Workings w = new Workings();
    score.strategy.show(score.observation, score.context, attainment, w);
    ScoringPolicy policy = score.context.policy();
    if (score.formula != null || !(attainment instanceof Attainment.Measured)) {
      return explanation(score.strategy(), policy, w, score.formula == null ? w.formula() : score.formula);
    }
    double raw = score.attainment();
    double contribution = score.contribution();
    double value = score.value();
    StringBuilder text = new StringBuilder(w.formula());
    if (contribution != raw) {
      text.append("; contribution = ").append(Numbers.format(contribution))
          .append(" (").append(String.join(", ", steps(policy, raw))).append(')');
    }
    if (value != contribution) {
      text.append("; score = clamp to [0, 1] = ").append(Numbers.format(value));
    } else {
      text.append("; score = ").append(Numbers.format(value));
    }
    score.zone().ifPresent(zone -> text.append("; zone = ").append(zone.id()));
    return explanation(score.strategy(), policy, w, text.toString());
  }

  /** An unscored key result's explanation, rendered when first asked for: its formula is the reason. */
  static Explanation explain(Score.Unscored score) {
    Workings w = new Workings();
    score.strategy.show(score.observation, score.context, score.strategy.attain(score.observation, score.context), w);
    return explanation(score.strategy(), score.context.policy(), w, score.reason());
  }

  private static Explanation explanation(String strategy, ScoringPolicy policy, Workings w, String formula) {
    Map<String, String> policies = new LinkedHashMap<>(policy.describe());
    policies.putAll(w.policies());
    return Explanation.builder().strategy(strategy).policy(policies).inputs(w.inputs()).formula(formula).build();
  }

  private static List<String> steps(ScoringPolicy policy, double attainment) {
    ImmutableList.Builder<String> steps = ImmutableList.builder();
    if (attainment > 1 && policy.overshoot() == ScoringPolicy.Overshoot.CAP) {
      steps.add("overshoot=cap");
    }
    if (attainment < 0 && policy.belowBaseline() == ScoringPolicy.BelowBaseline.ZERO) {
      steps.add("below-baseline=zero");
    }
    if (policy.rounding().places().isPresent()) {
      steps.add("rounding " + policy.rounding());
    }
    return steps.build();
  }
}
