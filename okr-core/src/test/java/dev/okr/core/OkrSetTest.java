package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.graph.Graphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrSetTest {

  private static Objective objective(String id, String... keyResultIds) {
    Objective.Builder builder = Objective.builder().id(id).title("Objective " + id);
    for (String kr : keyResultIds) {
      builder.addKeyResults(KeyResult.of(kr, "Key result " + kr));
    }
    return builder.build();
  }

  private static OkrSet company() {
    Objective company = objective("c1", "c1-kr1", "c1-kr2");
    Objective growth = objective("g1", "g1-kr1").withAlignment(Alignment.toObjective("c1"))
        .withInitiatives(Initiative.builder().id("g1-i1").title("Onboarding").addKeyResultIds("g1-kr1", "c1-kr2").build());
    Objective platform = objective("p1", "p1-kr1").withAlignment(Alignment.toKeyResult("c1-kr2"));
    return OkrSet.of(List.of(company, growth, platform));
  }

  @Test
  void findsEveryElementById() {
    OkrSet set = company();
    assertThat(set.objective("g1")).contains(set.objectives().get(1));
    assertThat(set.keyResult("c1-kr2")).contains(set.objectives().get(0).keyResults().get(1));
    assertThat(set.initiative("g1-i1")).contains(set.objectives().get(1).initiatives().get(0));
    assertThat(set.objectiveOf("p1-kr1")).contains(set.objectives().get(2));
    assertThat(set.objective("c1-kr1")).isEmpty();
    assertThat(set.keyResult("c1")).isEmpty();
    assertThat(set.objectiveOf("c1")).isEmpty();
    assertThat(set.keyResults()).extracting(KeyResult::id).containsExactly("c1-kr1", "c1-kr2", "g1-kr1", "p1-kr1");
  }

  @Test
  void childrenAreAlignedOrCascaded() {
    OkrSet set = company();
    assertThat(set.childrenOf("c1")).extracting(Objective::id).containsExactly("g1", "p1");
    assertThat(set.childrenOf("g1")).isEmpty();
  }

  @Test
  void theAlignmentGraphRunsFromChildToParent() {
    OkrSet set = company();
    assertThat(set.alignmentGraph().hasEdgeConnecting("g1", "c1")).isTrue();
    assertThat(set.alignmentGraph().hasEdgeConnecting("p1", "c1-kr2")).isTrue();
    assertThat(set.alignmentGraph().hasEdgeConnecting("c1-kr2", "c1")).isTrue();
    assertThat(Graphs.hasCycle(set.alignmentGraph())).isFalse();
  }

  @Test
  void rejectsAnIdUsedTwiceAcrossObjectives() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1", "kr1"), objective("o2", "o1"))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[1].keyResults[0].id: duplicate id, first used at objectives[0].id (was \"o1\")");
  }

  @Test
  void rejectsAnInitiativeIdUsedByAKeyResult() {
    Objective o = objective("o1", "kr1")
        .withInitiatives(Initiative.builder().id("kr1").title("Onboarding").build());
    assertThatThrownBy(() -> OkrSet.of(List.of(o)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[0].initiatives[0].id: duplicate id, first used at objectives[0].keyResults[0].id (was \"kr1\")");
  }

  @Test
  void rejectsAnAlignmentToAMissingObjective() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1", "kr1"), objective("o2").withAlignment(Alignment.toObjective("o3")))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[1].alignment.parentId: refers to no objective in this set (was \"o3\")");
  }

  @Test
  void rejectsAnAlignmentToAKeyResultAsIfItWereAnObjective() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1", "kr1"), objective("o2").withAlignment(Alignment.toObjective("kr1")))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[1].alignment.parentId: refers to no objective in this set (was \"kr1\")");
  }

  @Test
  void rejectsACascadeFromAMissingKeyResult() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1", "kr1"), objective("o2").withAlignment(Alignment.toKeyResult("o1")))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[1].alignment.parentId: refers to no key result in this set (was \"o1\")");
  }

  @Test
  void rejectsAnInitiativeMovingAMissingKeyResult() {
    Objective o = objective("o1", "kr1")
        .withInitiatives(Initiative.builder().id("i1").title("Onboarding").addKeyResultIds("kr1", "kr9").build());
    assertThatThrownBy(() -> OkrSet.of(List.of(o)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[0].initiatives[0].keyResultIds[1]: refers to no key result in this set (was \"kr9\")");
  }

  @Test
  void rejectsAnObjectiveAlignedToItself() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1").withAlignment(Alignment.toObjective("o1")))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[0].alignment.parentId: alignments must not form a cycle (was \"o1 -> o1\")");
  }

  @Test
  void rejectsAnObjectiveCascadedFromItsOwnKeyResult() {
    assertThatThrownBy(() -> OkrSet.of(List.of(objective("o1", "kr1").withAlignment(Alignment.toKeyResult("kr1")))))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[0].alignment.parentId: alignments must not form a cycle (was \"o1 -> kr1 -> o1\")");
  }

  @Test
  void namesACycleEnteredThroughAKeyResultAtItsFirstObjective() {
    // x -> k; k belongs to y; y -> z; z -> k. The search enters the loop at k, a key result, which
    // has no alignment: the error used to name "objectives[1].keyResults[0].alignment.parentId".
    Objective x = objective("x").withAlignment(Alignment.toKeyResult("k"));
    Objective y = objective("y", "k").withAlignment(Alignment.toObjective("z"));
    Objective z = objective("z").withAlignment(Alignment.toKeyResult("k"));
    assertThatThrownBy(() -> OkrSet.of(List.of(x, y, z)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[1].alignment.parentId: alignments must not form a cycle (was \"y -> z -> k -> y\")");
  }

  @Test
  void namesACycleAtItsFirstObjectiveInTheDocument() {
    Objective a = objective("a").withAlignment(Alignment.toObjective("c"));
    Objective b = objective("b").withAlignment(Alignment.toObjective("a"));
    Objective c = objective("c").withAlignment(Alignment.toObjective("b"));
    assertThatThrownBy(() -> OkrSet.of(List.of(b, c, a)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("objectives[0].alignment.parentId: alignments must not form a cycle (was \"b -> a -> c -> b\")");
  }

  @Test
  void theSetIsRebuiltEqual() {
    OkrSet set = company();
    assertThat(new OkrSet.Builder().from(set).build()).isEqualTo(set).hasSameHashCodeAs(set);
    assertThat(set.withObjectives(set.objectives())).isEqualTo(set);
  }
}
