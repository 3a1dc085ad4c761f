/**
 * Scoring of key results, rollups, grading, progress and forecasts, portfolio figures, and batch
 * grading of key-result rows.
 *
 * <p>Scoring strategies are services: {@link dev.okr.scoring.ScoringStrategies} finds the built-in
 * ones and any an application provides under {@code provides dev.okr.scoring.ScoringStrategy}.
 */
module dev.okr.scoring {
  requires transitive dev.okr.core;
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires de.siegmar.fastcsv;

  exports dev.okr.scoring;
  exports dev.okr.scoring.batch;

  uses dev.okr.scoring.ScoringStrategy;

  provides dev.okr.scoring.ScoringStrategy with
      dev.okr.scoring.LinearStrategy,
      dev.okr.scoring.StretchStrategy,
      dev.okr.scoring.MaintainStrategy,
      dev.okr.scoring.BinaryStrategy,
      dev.okr.scoring.MilestonesStrategy;
}
