package dev.okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import java.time.LocalDate;

/** Reads scores in tests: the scored case with a clear failure when a score or rollup is unscored, and one strategy run alone. */
final class Scores {
  private Scores() {}

  /** The score as scored, failing the test with the reason when it is unscored. */
  static Score.Scored scored(Score score) {
    assertThat(score).as("score of %s", score.keyResultId()).isInstanceOf(Score.Scored.class);
    return (Score.Scored) score;
  }

  /** The rollup as scored, failing the test with the reason when it is unscored. */
  static RollupScore.Scored scored(RollupScore score) {
    assertThat(score).as("rollup of %s", score.id()).isInstanceOf(RollupScore.Scored.class);
    return (RollupScore.Scored) score;
  }

  /** The key result's score by this strategy alone, under the policy, through the pipeline. */
  static Score score(ScoringStrategy strategy, KeyResult keyResult, LocalDate date, ScoringContext context) {
    return Pipeline.score(strategy, Observation.of(keyResult, date, context.policy()), context);
  }

  /** The key result's score by this strategy alone, under the policy with no cycle, through the pipeline. */
  static Score score(ScoringStrategy strategy, KeyResult keyResult, LocalDate date, ScoringPolicy policy) {
    return score(strategy, keyResult, date, ScoringContext.of(policy));
  }
}
