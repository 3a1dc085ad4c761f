package dev.okr.testkit;

import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableGraph;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a whole document ({@link OkrSet}). */
public final class OkrSetAssert extends AbstractObjectAssert<OkrSetAssert, OkrSet> {

  OkrSetAssert(OkrSet actual) {
    super(actual, OkrSetAssert.class);
  }

  /** The objectives' ids, exactly and in order. */
  public OkrSetAssert hasObjectiveIds(String... ids) {
    isNotNull();
    List<String> actualIds = actual.objectives().stream().map(Objective::id).toList();
    if (!actualIds.equals(List.of(ids))) {
      failWithMessage("Expected the objectives%n  %s%nbut were%n  %s", List.of(ids), actualIds);
    }
    return this;
  }

  /**
   * Every objective, key result and initiative is found by its id, and {@link
   * OkrSet#objectiveOf(String)} gives the objective that holds each key result.
   */
  public OkrSetAssert findsEveryElementById() {
    isNotNull();
    for (Objective objective : actual.objectives()) {
      expectFound("objective", objective.id(), actual.objective(objective.id()), objective);
      for (KeyResult kr : objective.keyResults()) {
        expectFound("key result", kr.id(), actual.keyResult(kr.id()), kr);
        expectFound("objective of key result", kr.id(), actual.objectiveOf(kr.id()), objective);
      }
      for (Initiative initiative : objective.initiatives()) {
        expectFound("initiative", initiative.id(), actual.initiative(initiative.id()), initiative);
      }
    }
    return this;
  }

  private void expectFound(String what, String id, Optional<?> found, Object expected) {
    if (found.isEmpty() || found.get() != expected) {
      failWithMessage("Expected the %s with id \"%s\" to be%n  %s%nbut the lookup gave%n  %s", what, id, expected, found);
    }
  }

  /** The alignment graph has no cycle. */
  public OkrSetAssert hasAcyclicAlignmentGraph() {
    isNotNull();
    if (Graphs.hasCycle(actual.alignmentGraph())) {
      failWithMessage("Expected an acyclic alignment graph but it has a cycle: %s", actual.alignmentGraph());
    }
    return this;
  }

  /**
   * The alignment graph has an edge from every aligned objective to its parent and from every key
   * result to its objective, and no other edge.
   */
  public OkrSetAssert hasAlignmentEdgeForEveryAlignment() {
    isNotNull();
    ImmutableGraph<String> graph = actual.alignmentGraph();
    int edges = 0;
    for (Objective objective : actual.objectives()) {
      if (objective.alignment().isPresent()) {
        expectEdge(graph, objective.id(), objective.alignment().get().parentId());
        edges++;
      }
      for (KeyResult kr : objective.keyResults()) {
        expectEdge(graph, kr.id(), objective.id());
        edges++;
      }
    }
    if (graph.edges().size() != edges) {
      failWithMessage("Expected %s edges in the alignment graph but found %s: %s", edges, graph.edges().size(), graph);
    }
    return this;
  }

  private void expectEdge(ImmutableGraph<String> graph, String from, String to) {
    if (!graph.nodes().contains(from) || !graph.hasEdgeConnecting(from, to)) {
      failWithMessage("Expected an edge %s -> %s in the alignment graph %s", from, to, graph);
    }
  }

  /** Building the document again through its builder gives an equal value with the same hash. */
  public OkrSetAssert rebuildsEqual() {
    isNotNull();
    OkrSet rebuilt = new OkrSet.Builder().from(actual).build();
    if (!rebuilt.equals(actual) || rebuilt.hashCode() != actual.hashCode()) {
      failWithMessage("Expected the rebuilt document to equal%n  %s%nbut was%n  %s", actual, rebuilt);
    }
    return this;
  }
}
