package dev.okr.lint;

import org.immutables.value.Value;

/** The numbers the structural rules compare against; each default cites the rule it comes from. */
@Value.Immutable
public interface Thresholds {

  /** Fewest key results an objective should have (OKR practice: 2–5 key results per objective). */
  @Value.Default
  default int minKeyResultsPerObjective() {
    return 2;
  }

  /** Most key results an objective should have (OKR practice: 2–5 key results per objective). */
  @Value.Default
  default int maxKeyResultsPerObjective() {
    return 5;
  }

  /** Most objectives per team in a quarter or custom cycle (OKR practice: 1–3). */
  @Value.Default
  default int maxObjectivesPerTeam() {
    return 3;
  }

  /** Most objectives per team in a year cycle (OKR practice: annual OKRs 1–2). */
  @Value.Default
  default int maxObjectivesPerTeamPerYear() {
    return 2;
  }

  /**
   * Most key results per team in one cycle: OKR practice says 20 or more means no real
   * prioritisation, and 3 objectives of 5 key results give 15.
   */
  @Value.Default
  default int maxKeyResultsPerTeam() {
    return 15;
  }

  /** Days after which the latest check-in is stale (weekly check-ins, one missed week tolerated). */
  @Value.Default
  default int staleCheckInDays() {
    return 14;
  }

  /** Days into a cycle before a key result without any check-in is reported ("set and forget"). */
  @Value.Default
  default int checkInGraceDays() {
    return 14;
  }

  /** The defaults. */
  static Thresholds defaults() {
    return builder().build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    positive("minKeyResultsPerObjective", minKeyResultsPerObjective());
    positive("maxObjectivesPerTeam", maxObjectivesPerTeam());
    positive("maxObjectivesPerTeamPerYear", maxObjectivesPerTeamPerYear());
    positive("maxKeyResultsPerTeam", maxKeyResultsPerTeam());
    positive("staleCheckInDays", staleCheckInDays());
    if (checkInGraceDays() < 0) {
      throw new LintConfigException("thresholds.checkInGraceDays", checkInGraceDays(), 0, "must not be negative");
    }
    if (maxKeyResultsPerObjective() < minKeyResultsPerObjective()) {
      throw new LintConfigException("thresholds.maxKeyResultsPerObjective", maxKeyResultsPerObjective(), 0,
          "must not be below minKeyResultsPerObjective " + minKeyResultsPerObjective());
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new LintConfigException("thresholds." + name, value, 0, "must be at least 1");
    }
  }

  /**
   * Builds {@link Thresholds}; every limit has a default, so set only those to change: {@code
   * minKeyResultsPerObjective}, {@code maxKeyResultsPerObjective}, {@code maxObjectivesPerTeam},
   * {@code maxObjectivesPerTeamPerYear}, {@code maxKeyResultsPerTeam}, {@code staleCheckInDays},
   * {@code checkInGraceDays}. {@code build()} throws {@link LintConfigException} for a limit out of
   * range (a minimum above its maximum, a negative count). A builder is not thread-safe; the
   * thresholds it builds are immutable.
   */
  final class Builder extends ImmutableThresholds.Builder {}
}
