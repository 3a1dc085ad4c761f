package dev.okr.lint;

import org.immutables.value.Value;

/** The numbers the structural rules compare against; each default cites the rule it comes from. */
@Value.Immutable
public interface Thresholds {

  /** Fewest key results an objective should have (R3: 2–5). */
  @Value.Default
  default int minKeyResultsPerObjective() {
    return 2;
  }

  /** Most key results an objective should have (R3: 2–5). */
  @Value.Default
  default int maxKeyResultsPerObjective() {
    return 5;
  }

  /** Most objectives per team in a quarter or custom cycle (R4: 1–3). */
  @Value.Default
  default int maxObjectivesPerTeam() {
    return 3;
  }

  /** Most objectives per team in a year cycle (R4: annual OKRs 1–2). */
  @Value.Default
  default int maxObjectivesPerTeamPerYear() {
    return 2;
  }

  /**
   * Most key results per team in one cycle: R4 says 20+ means no real prioritisation, and R3 × R4
   * (3 objectives × 5 key results) gives 15.
   */
  @Value.Default
  default int maxKeyResultsPerTeam() {
    return 15;
  }

  /** Days after which the latest check-in is stale (R8: weekly check-ins, one missed week tolerated). */
  @Value.Default
  default int staleCheckInDays() {
    return 14;
  }

  /** Days into a cycle before a key result without any check-in is reported (R8). */
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
