package dev.okr.scoring;

import com.google.common.collect.ImmutableList;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A score being assembled by a built-in strategy: collects the inputs and policies for the
 * explanation and applies the shared policies in one place.
 */
final class ScoreDraft {
  private final String strategy;
  private final KeyResult keyResult;
  private final ScoringPolicy policy;
  private final Map<String, String> policies = new LinkedHashMap<>();
  private final Map<String, String> inputs = new LinkedHashMap<>();

  ScoreDraft(String strategy, KeyResult keyResult, ScoringPolicy policy) {
    this.strategy = strategy;
    this.keyResult = keyResult;
    this.policy = policy;
    policies.putAll(policy.describe());
  }

  ScoreDraft policy(String name, String value) {
    policies.put(name, value);
    return this;
  }

  ScoreDraft input(String name, Object value) {
    inputs.put(name, value instanceof Double d ? Numbers.format(d) : String.valueOf(value));
    return this;
  }

  /** The measurement, or a {@link ScoringException} saying the strategy needs one. */
  Measurement measurement() {
    return keyResult.measurement().orElseThrow(() -> new ScoringException(
        "measurement", null, "the " + strategy + " strategy needs the key result's measurement; the statement alone cannot be scored"));
  }

  /** A number the strategy needs, or a {@link ScoringException} naming it. */
  double require(OptionalDouble number, String field) {
    if (number.isEmpty()) {
      throw new ScoringException("measurement." + field, null, "the " + strategy + " strategy needs a " + field);
    }
    return number.getAsDouble();
  }

  /**
   * The check-in that counts at {@code date} under the policy; of several on the same day, the last
   * given ({@link KeyResult#latestCheckIn(LocalDate)}). Recorded as the {@code check-in} input.
   */
  Optional<CheckIn> checkIn(LocalDate date) {
    LocalDate upTo = policy.checkInSelection() == ScoringPolicy.CheckInSelection.LATEST_ON_OR_BEFORE ? date : LocalDate.MAX;
    Optional<CheckIn> found = keyResult.latestCheckIn(upTo);
    found.ifPresent(c -> input("check-in", c.date()));
    return found;
  }

  /** The score when no check-in counts at {@code date}, under the no-check-ins policy. */
  Score noCheckIn(LocalDate date) {
    String why = policy.checkInSelection() == ScoringPolicy.CheckInSelection.LATEST_ON_OR_BEFORE
        ? "no check-in on or before " + date
        : "no check-in";
    return switch (policy.noCheckIns()) {
      case NO_SCORE -> unscored(why);
      case ZERO -> fixed(0, why + "; no-check-ins=zero scores it 0");
    };
  }

  /** An unscored key result; {@code why} becomes the explanation's formula. */
  Score unscored(String why) {
    return Score.unscored(keyResult.id(), explanation(why));
  }

  /** A score fixed by a policy or a yes/no outcome: value, attainment and contribution alike. */
  Score fixed(double value, String formula) {
    double contribution = policy.rounding().apply(value);
    return Score.of(keyResult.id(), ScoringPolicy.value(contribution), value, contribution, null, explanation(formula));
  }

  /**
   * A score from a raw attainment: the overshoot, below-baseline and rounding policies give the
   * contribution, clamping it to [0, 1] gives the value. {@code formula} shows how the attainment
   * was computed; the policy steps are appended.
   */
  Score fromAttainment(double attainment, String formula, @Nullable Bands<StretchZone> zones) {
    double contribution = policy.contribution(attainment);
    double value = ScoringPolicy.value(contribution);
    StringBuilder text = new StringBuilder(formula);
    if (contribution != attainment) {
      text.append("; contribution = ").append(Numbers.format(contribution))
          .append(" (").append(String.join(", ", steps(attainment))).append(')');
    }
    if (value != contribution) {
      text.append("; score = clamp to [0, 1] = ").append(Numbers.format(value));
    } else {
      text.append("; score = ").append(Numbers.format(value));
    }
    StretchZone zone = zones == null ? null : zones.of(value);
    if (zone != null) {
      text.append("; zone = ").append(zone.id());
    }
    return Score.of(keyResult.id(), value, attainment, contribution, zone, explanation(text.toString()));
  }

  private List<String> steps(double attainment) {
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

  private Explanation explanation(String formula) {
    return Explanation.builder().strategy(strategy).policy(policies).inputs(inputs).formula(formula).build();
  }
}
