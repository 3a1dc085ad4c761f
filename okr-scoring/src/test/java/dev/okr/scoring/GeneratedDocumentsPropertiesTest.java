package dev.okr.scoring;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.testkit.OkrGen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Over every valid document okr-testkit generates, under every profile: a key result either gets a
 * score in [0, 1] (or an explained absence of one) or a {@link ScoringException} naming what it
 * lacks; objectives roll up to [0, 1]; a scored value always grades.
 */
class GeneratedDocumentsPropertiesTest {

  @Test
  void everyGeneratedDocumentScoresRollsUpAndGradesUnderEveryProfile() {
    List<Profile> profiles = List.copyOf(Profiles.all().values());
    qt().forAll(OkrGen.okrSets(), OkrGen.dates(), Generate.pick(profiles)).checkAssert((set, date, profile) -> {
      Scorer scorer = Scorer.of(profile);
      for (Objective objective : set.objectives()) {
        for (KeyResult keyResult : objective.keyResults()) {
          try {
            Score score = scorer.score(keyResult, date, objective.cycle());
            if (score instanceof Score.Scored scored) {
              assertThat(scored.value()).isBetween(0.0, 1.0);
              Grader.defaults().grade(scored.value(), objective.kind());
            } else {
              assertThat(((Score.Unscored) score).reason()).isNotBlank().isEqualTo(score.explanation().formula());
            }
          } catch (ScoringException e) {
            assertThat(e.path()).isNotBlank();
          }
        }
        // a rollup (which may reach into aligned children) scores in [0, 1] or names the key result it cannot score
        try {
          RollupScore rolled = scorer.score(set, objective.id(), date);
          rolled.valueIfScored().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        } catch (ScoringException e) {
          assertThat(e.path()).matches("objectives\\[[^]]+]\\.keyResults\\[\\d+]\\..+");
        }
      }
    });
  }

  @Test
  void portfolioFiguresAreSharesOfTheDocument() {
    qt().withExamples(Math.max(1, dev.okr.testkit.OkrTheories.examples() / 10))
        .forAll(OkrGen.okrSets(), OkrGen.dates()).checkAssert((set, date) -> {
          Portfolio.Report report;
          try {
            report = Portfolio.of(Scorer.of(Profiles.okr().withScoring(
                Profiles.okr().scoring().withFlatRange(ScoringPolicy.FlatRange.NO_SCORE)))).analyse(set, date);
          } catch (ScoringException e) {
            return;
          }
          long keyResults = set.objectives().stream().mapToLong(o -> o.keyResults().size()).sum();
          long counted = report.cycles().stream()
              .mapToLong(c -> c.distribution().values().stream().flatMap(m -> m.values().stream()).mapToLong(Distribution::count).sum())
              .sum();
          assertThat(counted).isEqualTo(keyResults);
          for (Portfolio.CycleFigures figures : report.cycles()) {
            for (Rate rate : List.of(figures.committedHitRate(), figures.aspirationalHitRate(),
                figures.strategicAlignment(), figures.roadmapTraceability())) {
              rate.share().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
            }
          }
        });
  }
}
