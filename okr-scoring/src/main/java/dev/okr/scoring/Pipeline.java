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
    String name = strategy.name();
    if (attainment instanceof Attainment.Measured m) {
      return measured(id, name, policy, m);
    }
    if (attainment instanceof Attainment.Outcome o) {
      return fixed(id, name, policy, o.value(), o, null);
    }
    if (attainment instanceof Attainment.FlatRange f) {
      String why = "the baseline equals the target " + Numbers.format(f.target());
      return switch (policy.flatRange()) {
        case REJECT -> throw new ScoringException("measurement.target", Numbers.format(f.target()),
            "must differ from the baseline for " + name + " scoring (flat-range=reject)");
        case NO_SCORE -> unscored(id, name, policy, why + "; flat-range=no-score leaves it unscored", f);
        case ZERO, ONE, HALF -> {
          double value = policy.flatRange().fixedScore().getAsDouble();
          yield fixed(id, name, policy, value, f,
              why + "; flat-range=" + Ids.of(policy.flatRange()) + " scores it " + Numbers.format(value));
        }
      };
    }
    Attainment.NoReading none = (Attainment.NoReading) attainment;
    Optional<LocalDate> date = observation.date();
    String why = date.isPresent() && policy.checkInSelection() == ScoringPolicy.CheckInSelection.LATEST_ON_OR_BEFORE
        ? "no check-in on or before " + date.get()
        : "no check-in";
    return switch (policy.noCheckIns()) {
      case NO_SCORE -> unscored(id, name, policy, why, none);
      case ZERO -> fixed(id, name, policy, 0, none, why + "; no-check-ins=zero scores it 0");
    };
  }

  /** A raw attainment: capped, floored and rounded into the contribution, clamped into the value. */
  private static Score measured(String id, String strategy, ScoringPolicy policy, Attainment.Measured m) {
    double attainment = m.attainment();
    double contribution = policy.contribution(attainment);
    double value = ScoringPolicy.value(contribution);
    StretchZone zone = m.zones().map(z -> z.of(value)).orElse(null);
    return new Score.Scored(id, value, attainment, contribution, zone, () -> {
      Workings w = workings(m);
      StringBuilder text = new StringBuilder(w.formula());
      if (contribution != attainment) {
        text.append("; contribution = ").append(Numbers.format(contribution))
            .append(" (").append(String.join(", ", steps(policy, attainment))).append(')');
      }
      if (value != contribution) {
        text.append("; score = clamp to [0, 1] = ").append(Numbers.format(value));
      } else {
        text.append("; score = ").append(Numbers.format(value));
      }
      if (zone != null) {
        text.append("; zone = ").append(zone.id());
      }
      return explanation(strategy, policy, w, text.toString());
    });
  }

  /**
   * A score fixed by an outcome or a policy: value, attainment and contribution alike, only
   * rounded. {@code formula} replaces the strategy's when given.
   */
  private static Score fixed(
      String id, String strategy, ScoringPolicy policy, double outcome, Attainment attainment, @Nullable String formula) {
    double contribution = policy.rounding().apply(outcome);
    return new Score.Scored(id, ScoringPolicy.value(contribution), outcome, contribution, null, () -> {
      Workings w = workings(attainment);
      return explanation(strategy, policy, w, formula == null ? w.formula() : formula);
    });
  }

  private static Score unscored(String id, String strategy, ScoringPolicy policy, String why, Attainment attainment) {
    return new Score.Unscored(id, why, () -> explanation(strategy, policy, workings(attainment), why));
  }

  private static Workings workings(Attainment attainment) {
    Workings w = new Workings();
    attainment.workings().accept(w);
    return w;
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
