package dev.okr.testkit;

import static dev.okr.testkit.OkrAssertions.assertThat;
import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Alignment;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups, containment and the alignment graph of a document agree with its objectives. */
class OkrSetPropertiesTest {

  @Test
  void everyElementIsFoundByItsIdAndEachKeyResultInItsObjective() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> assertThat(set).findsEveryElementById());
  }

  @Test
  void onlyKeyResultsHaveAnObjective() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      for (Objective objective : set.objectives()) {
        assertThat(set.objectiveOf(objective.id())).isEmpty();
        assertThat(set.keyResult(objective.id())).isEmpty();
        for (Initiative initiative : objective.initiatives()) {
          assertThat(set.objectiveOf(initiative.id())).isEmpty();
          assertThat(set.objective(initiative.id())).isEmpty();
        }
      }
    });
  }

  @Test
  void keyResultsAreListedInDocumentOrder() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> assertThat(set.keyResults())
        .containsExactlyElementsOf(set.objectives().stream().flatMap(o -> o.keyResults().stream()).toList()));
  }

  @Test
  void theAlignmentGraphIsAcyclicWithAnEdgeForEveryAlignment() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> assertThat(set)
        .hasAcyclicAlignmentGraph()
        .hasAlignmentEdgeForEveryAlignment());
  }

  @Test
  void childrenAreTheObjectivesAlignedToAnObjectiveOrItsKeyResults() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      for (Objective parent : set.objectives()) {
        List<Objective> expected = new ArrayList<>();
        for (Objective child : set.objectives()) {
          if (child.alignment().isPresent()) {
            Alignment a = child.alignment().get();
            String parentId = a.kind() == Alignment.Kind.OBJECTIVE ? a.parentId() : set.objectiveOf(a.parentId()).orElseThrow().id();
            if (parentId.equals(parent.id())) {
              expected.add(child);
            }
          }
        }
        assertThat(set.childrenOf(parent.id())).containsExactlyElementsOf(expected);
      }
    });
  }

  @Test
  void idsAreUniqueAndEveryReferenceResolves() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      List<String> ids = new ArrayList<>();
      for (Objective objective : set.objectives()) {
        ids.add(objective.id());
        objective.keyResults().forEach(kr -> ids.add(kr.id()));
        objective.initiatives().forEach(i -> ids.add(i.id()));
        objective.alignment().ifPresent(a -> assertThat(a.kind() == Alignment.Kind.OBJECTIVE
            ? set.objective(a.parentId()).isPresent()
            : set.keyResult(a.parentId()).isPresent()).isTrue());
        for (Initiative initiative : objective.initiatives()) {
          initiative.keyResultIds().forEach(id -> assertThat(set.keyResult(id)).isPresent());
        }
      }
      assertThat(ids).doesNotHaveDuplicates();
    });
  }

  @Test
  void parentsComeBeforeTheirChildren() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      List<String> seen = new ArrayList<>();
      for (Objective objective : set.objectives()) {
        objective.alignment().ifPresent(a -> {
          String parent = a.kind() == Alignment.Kind.OBJECTIVE ? a.parentId() : set.objectiveOf(a.parentId()).orElseThrow().id();
          assertThat(seen).contains(parent);
        });
        seen.add(objective.id());
      }
    });
  }

  @Test
  void removingAnUnreferencedObjectiveLeavesAValidDocument() {
    qt().forAll(OkrGen.okrSets()).checkAssert(set -> {
      Objective last = set.objectives().get(set.objectives().size() - 1);
      boolean referenced = set.objectives().stream().anyMatch(o -> o.alignment()
              .map(a -> a.parentId().equals(last.id()) || last.keyResults().stream().map(KeyResult::id).anyMatch(a.parentId()::equals))
              .orElse(false))
          || set.objectives().stream().flatMap(o -> o.initiatives().stream()).flatMap(i -> i.keyResultIds().stream())
              .anyMatch(id -> last.keyResults().stream().map(KeyResult::id).anyMatch(id::equals));
      if (!referenced) {
        OkrSet rest = OkrSet.of(set.objectives().subList(0, set.objectives().size() - 1));
        assertThat(rest.objective(last.id())).isEmpty();
        assertThat(rest).findsEveryElementById().hasAlignmentEdgeForEveryAlignment();
      }
    });
  }
}
