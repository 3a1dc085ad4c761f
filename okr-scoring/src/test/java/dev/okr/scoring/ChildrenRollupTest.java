package dev.okr.scoring;

import static dev.okr.scoring.Scores.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rollups of child objectives only ({@code items=children}): a parent scores as its children do,
 * and a child without children of its own scores by its key results, nested or flat; the key
 * results of an objective with children are left out at every level.
 */
class ChildrenRollupTest {
  private static final Cycle Q1 = Cycle.quarter(2026, 1);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private static KeyResult kr(String id, double percent) {
    return KeyResult.builder().id(id).statement("s").measurement(Measurement.increase(0, 100))
        .addCheckIns(CheckIn.value(LocalDate.of(2026, 3, 1), percent)).build();
  }

  private static Objective objective(String id, String parent, KeyResult... krs) {
    Objective.Builder b = Objective.builder().id(id).title("Objective " + id).cycle(Q1).addKeyResults(krs);
    if (parent != null) {
      b.alignment(Alignment.toObjective(parent));
    }
    return b.build();
  }

  private static Scorer children(RollupPolicy.Nesting nesting) {
    return Scorer.of(Profiles.okr().withRollup(
        RollupPolicy.builder().items(RollupPolicy.Items.CHILDREN).nesting(nesting).build()));
  }

  @Test
  void aParentScoresAsItsChildWhoseKeyResultsAreMet() {
    // the parent's own key result at 0 is left out; the child's at 100% is its score
    OkrSet set = OkrSet.of(List.of(objective("p", null, kr("a", 0)), objective("c", "p", kr("b", 100))));
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(set, "p", DAY)).value()).isEqualTo(1.0);
    assertThat(scored(children(RollupPolicy.Nesting.FLAT).score(set, "p", DAY)).value()).isEqualTo(1.0);
    // the leaf itself scores by its key results
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(set, "c", DAY)).value()).isEqualTo(1.0);
  }

  @Test
  void nestedChildrenCountOnceEachAndFlatOnesByTheirKeyResults() {
    OkrSet set = OkrSet.of(List.of(
        objective("p", null, kr("a", 0)),
        objective("c1", "p", kr("b", 100), kr("d", 100)),
        objective("c2", "p", kr("e", 0))));
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(set, "p", DAY)).value()).isEqualTo(0.5);
    assertThat(scored(children(RollupPolicy.Nesting.FLAT).score(set, "p", DAY)).value()).isEqualTo(2.0 / 3);
  }

  @Test
  void aMiddleObjectiveScoresByItsChildrenAtEveryLevel() {
    // c's own key result at 100% is left out: it has a child, g, at 0
    OkrSet set = OkrSet.of(List.of(
        objective("p", null, kr("a", 100)),
        objective("c", "p", kr("b", 100)),
        objective("g", "c", kr("d", 0))));
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(set, "p", DAY)).value()).isEqualTo(0.0);
    assertThat(scored(children(RollupPolicy.Nesting.FLAT).score(set, "p", DAY)).value()).isEqualTo(0.0);
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(set, "c", DAY)).value()).isEqualTo(0.0);
  }

  @Test
  void withoutASetAnObjectiveScoresByItsKeyResultsNestedOrFlat() {
    Objective o = objective("o", null, kr("a", 100), kr("b", 50));
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).score(o, DAY)).value()).isEqualTo(0.75);
    assertThat(scored(children(RollupPolicy.Nesting.NESTED).scoreGroup("team", List.of(o), DAY)).value()).isEqualTo(0.75);
    assertThat(scored(children(RollupPolicy.Nesting.FLAT).scoreGroup("team", List.of(o), DAY)).value()).isEqualTo(0.75);
  }
}
