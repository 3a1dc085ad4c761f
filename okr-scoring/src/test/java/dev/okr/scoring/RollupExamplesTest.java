package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rollups of objectives and groups, with the tools' published examples. */
class RollupExamplesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /** A key result from 0 to 100 checked in at {@code percent}, or never when negative. */
  private static KeyResult kr(String id, double percent, double weight) {
    KeyResult.Builder b = KeyResult.builder().id(id).statement("Increase x from 0 to 100").weight(weight)
        .measurement(Measurement.increase(0, 100));
    if (percent >= 0) {
      b.addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), percent));
    }
    return b.build();
  }

  private static KeyResult kr(String id, double percent) {
    return kr(id, percent, 1);
  }

  private static Objective objective(String id, KeyResult... krs) {
    return Objective.builder().id(id).title("Objective " + id).addKeyResults(krs).build();
  }

  @Test
  void perdooWeighsKeyResultsEquallyAndCapsEachAt100Percent() {
    // support.perdoo.com: one key result at 100% and two at 0% give 33%; 0% and 200% give 50%, not 100%
    Scorer perdoo = Scorer.of(Profiles.perdoo());
    assertThat(scored(perdoo.score(objective("o", kr("a", 100), kr("b", 0), kr("c", 0)), DAY)).value()).isCloseTo(1.0 / 3, within(1e-12));
    RollupScore.Scored capped = scored(perdoo.score(objective("o", kr("a", 0), kr("b", 200)), DAY));
    assertThat(capped.value()).isEqualTo(0.5);
    // weights are ignored by a plain mean
    assertThat(scored(perdoo.score(objective("o", kr("a", 100, 5), kr("b", 0, 1)), DAY)).value()).isEqualTo(0.5);
  }

  @Test
  void quantiveAveragesKeyResultsAndChildObjectives() {
    // help.quantive.com: "Happy customers, proud team" 39% = (27% + 18% + 73%) / 3, where the child
    // objective "World class customer support" is 73% = (85% + 60%) / 2
    Objective parent = objective("happy", kr("nps", 27), kr("enps", 18));
    Objective child = objective("support", kr("csat", 85), kr("response", 60)).withAlignment(Alignment.toObjective("happy"));
    OkrSet set = OkrSet.of(List.of(parent, child));
    Profile blended = Profiles.quantive().withRollup(
        Profiles.quantive().rollup().withItems(RollupPolicy.Items.KEY_RESULTS_AND_CHILDREN));
    Scorer quantive = Scorer.of(blended);
    assertThat(scored(quantive.score(set, "support", DAY)).value()).isEqualTo(0.725);
    RollupScore.Scored happy = scored(quantive.score(set, "happy", DAY));
    assertThat(happy.value()).isCloseTo((0.27 + 0.18 + 0.725) / 3, within(1e-12));
    assertThat(Rounding.of(2, Rounding.Mode.HALF_UP).apply(happy.value())).isEqualTo(0.39);
    assertThat(happy.children()).extracting(RollupScore::id).containsExactly("support");
    assertThat(happy.items()).extracting(RollupItem::kind)
        .containsExactly(RollupItem.Kind.KEY_RESULT, RollupItem.Kind.KEY_RESULT, RollupItem.Kind.OBJECTIVE);
    // the default: key results only
    assertThat(scored(Scorer.of(Profiles.quantive()).score(set, "happy", DAY)).value()).isCloseTo(0.225, within(1e-12));
  }

  @Test
  void quantiveKeepsOvershootInTheRawRollup() {
    RollupScore.Scored score = scored(Scorer.of(Profiles.quantive()).score(objective("o", kr("a", 150), kr("b", 100)), DAY));
    assertThat(score.raw()).isEqualTo(1.25);
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.formula()).contains("score = clamp to [0, 1] = 1");
  }

  @Test
  void gitlabRoundsKeyResultsTruncatesTheMeanAndCountsAChildWithoutProgressAsZero() {
    // ee/app/models/work_items/progress.rb rounds a key result's progress to whole percent;
    // average_progress_of_children divides the sum of the children's integer progress by the number
    // of children in integer division; children are key results and child objectives alike
    Objective parent = objective("o", kr("a", 33.9), kr("b", 66.2), kr("c", -1));
    Objective child = objective("child", kr("d", 50)).withAlignment(Alignment.toObjective("o"));
    OkrSet set = OkrSet.of(List.of(parent, child));
    RollupScore.Scored score = scored(Scorer.of(Profiles.gitlab()).score(set, "o", DAY));
    // (34 + 66 + 0 + 50) / 4 = 37.5 -> 37%
    assertThat(score.value()).isEqualTo(0.37);
    assertThat(score.keyResults()).extracting(s -> s.valueIfScored().orElse(-1)).containsExactly(0.34, 0.66, -1.0);
  }

  @Test
  void okrTrackerWeighsWithNormalisedWeights() {
    RollupScore.Scored score = scored(Scorer.of(Profiles.okrTracker()).score(objective("o", kr("a", 100, 1), kr("b", 0, 3)), DAY));
    assertThat(score.value()).isEqualTo(0.25);
    assertThat(score.formula()).isEqualTo("weighted mean = (1 * 1 + 3 * 0) / (1 + 3) = 0.25");
  }

  @Test
  void nestedAndFlatMeansDiffer() {
    Objective parent = objective("p", kr("a", 100));
    Objective child = objective("c", kr("b", 0), kr("d", 0), kr("e", 0)).withAlignment(Alignment.toObjective("p"));
    OkrSet set = OkrSet.of(List.of(parent, child));
    RollupPolicy both = RollupPolicy.builder().items(RollupPolicy.Items.KEY_RESULTS_AND_CHILDREN).build();
    Profile nested = Profiles.okr().withRollup(both);
    Profile flat = Profiles.okr().withRollup(both.withNesting(RollupPolicy.Nesting.FLAT));
    assertThat(scored(Scorer.of(nested).score(set, "p", DAY)).value()).isEqualTo(0.5);
    assertThat(scored(Scorer.of(flat).score(set, "p", DAY)).value()).isEqualTo(0.25);
    Profile childrenOnly = Profiles.okr().withRollup(both.withItems(RollupPolicy.Items.CHILDREN));
    assertThat(scored(Scorer.of(childrenOnly).score(set, "p", DAY)).value()).isEqualTo(0.0);
    // groups: a team's score as the mean of its objectives, or of all their key results
    List<Objective> team = List.of(objective("x", kr("x1", 100)), objective("y", kr("y1", 0), kr("y2", 0), kr("y3", 0)));
    assertThat(scored(Scorer.defaults().scoreGroup("team", team, DAY)).value()).isEqualTo(0.5);
    assertThat(scored(Scorer.of(flat).scoreGroup("team", team, DAY)).value()).isEqualTo(0.25);
    assertThatThrownBy(() -> Scorer.defaults().scoreGroup("empty", List.of(), DAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unscoredKeyResultsCountAsZeroOrAreLeftOut() {
    Objective o = objective("o", kr("a", 80), kr("b", -1));
    RollupScore.Scored zero = scored(Scorer.defaults().score(o, DAY));
    assertThat(zero.value()).isEqualTo(0.4);
    Profile omit = Profiles.okr().withRollup(RollupPolicy.builder().unscored(RollupPolicy.Unscored.OMIT).build());
    RollupScore.Scored omitted = scored(Scorer.of(omit).score(o, DAY));
    assertThat(omitted.value()).isEqualTo(0.8);
    assertThat(omitted.omitted()).containsExactly("b");
    assertThat(omitted.formula()).contains("left out (unscored): [b]");
    RollupScore nothing = Scorer.of(omit).score(objective("o", kr("b", -1)), DAY);
    assertThat(nothing.valueIfScored()).isEmpty();
    assertThat(nothing).isInstanceOfSatisfying(RollupScore.Unscored.class,
        u -> assertThat(u.reason()).isEqualTo(u.formula()).contains("left out"));
    assertThat(nothing.items()).isEmpty();
  }

  @Test
  void minimumRollupAndWeightedMean() {
    Objective o = objective("o", kr("a", 90, 2), kr("b", 30, 1), kr("c", 60, 1));
    assertThat(scored(Scorer.defaults().score(o, DAY)).value()).isCloseTo((2 * 0.9 + 0.3 + 0.6) / 4, within(1e-12));
    Profile min = Profiles.okr().withRollup(RollupPolicy.builder().rollup(StandardRollup.MINIMUM).build());
    assertThat(scored(Scorer.of(min).score(o, DAY)).value()).isEqualTo(0.3);
  }

  @Test
  void aKeyResultThatCannotBeScoredNamesItsPlaceInTheObjective() {
    KeyResult noTarget = KeyResult.builder().id("bad").statement("s")
        .measurement(Measurement.builder().type(dev.okr.core.MeasurementType.INCREASE).baseline(1).build()).build();
    assertThatThrownBy(() -> Scorer.defaults().score(objective("o", kr("a", 10), noTarget), DAY))
        .isInstanceOfSatisfying(ScoringException.class,
            e -> assertThat(e.path()).isEqualTo("objectives[o].keyResults[1].measurement.target"));
  }
}
