package dev.okr.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole OKR document: the objectives of one or more teams and cycles, with lookups by id and the
 * alignment graph.
 *
 * <p>Ids are unique across objectives, key results and initiatives; every alignment and every
 * initiative's key result refers to an element of the set; alignments form no cycle. A set that
 * breaks one of these rules cannot be built.
 */
@Value.Immutable
public abstract class OkrSet implements WithOkrSet {
  OkrSet() {}

  /** The objectives, in document order. */
  public abstract List<Objective> objectives();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A set of these objectives. */
  public static OkrSet of(Iterable<? extends Objective> objectives) {
    return builder().addAllObjectives(objectives).build();
  }

  /** The objective with this id. */
  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(index().objectives().get(id));
  }

  /** The key result with this id. */
  public Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(index().keyResults().get(id));
  }

  /** The initiative with this id. */
  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(index().initiatives().get(id));
  }

  /** The objective that holds the key result with this id. */
  public Optional<Objective> objectiveOf(String keyResultId) {
    return Optional.ofNullable(index().ownerOfKeyResult().get(keyResultId));
  }

  /**
   * A copy of this set with the key result of the same id replaced by {@code keyResult}, in the
   * same place of the same objective, validated as a whole again (a check-in outside the
   * objective's cycle is refused, as when building).
   *
   * @throws UnknownIdException when no key result of this set has that id
   * @throws OkrValidationException when the set with the new key result breaks a rule
   */
  public OkrSet replace(KeyResult keyResult) {
    String id = keyResult.id();
    Objective holder = objectiveOf(id).orElseThrow(() -> new UnknownIdException("key result", id));
    List<KeyResult> keyResults = new ArrayList<>(holder.keyResults());
    for (int i = 0; i < keyResults.size(); i++) {
      if (keyResults.get(i).id().equals(id)) {
        keyResults.set(i, keyResult);
      }
    }
    return replace(holder.withKeyResults(keyResults));
  }

  /**
   * A copy of this set with the objective of the same id replaced by {@code objective}, in the same
   * place, validated as a whole again.
   *
   * @throws UnknownIdException when no objective of this set has that id
   * @throws OkrValidationException when the set with the new objective breaks a rule (e.g. an
   *     alignment to a key result the new objective no longer has)
   */
  public OkrSet replace(Objective objective) {
    String id = objective.id();
    if (objective(id).isEmpty()) {
      throw new UnknownIdException("objective", id);
    }
    List<Objective> all = new ArrayList<>(objectives());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        all.set(i, objective);
      }
    }
    return builder().addAllObjectives(all).build();
  }

  /** All key results, objective by objective. */
  public List<KeyResult> keyResults() {
    return ImmutableList.copyOf(index().keyResults().values());
  }

  /**
   * The objectives aligned to, or cascaded from, the objective with this id or one of its key
   * results, in document order.
   */
  public List<Objective> childrenOf(String objectiveId) {
    return index().children().getOrDefault(objectiveId, ImmutableList.of());
  }

  /**
   * The alignment graph over element ids: an edge runs from each objective to the objective or key
   * result it aligns to, and from each key result to its objective. It is acyclic.
   */
  public ImmutableGraph<String> alignmentGraph() {
    return index().graph();
  }

  /** The lookups, built once on first use. */
  @Value.Lazy
  Index index() {
    return Index.of(this);
  }

  @Value.Check
  final void check() {
    Map<String, String> pathById = new HashMap<>();
    for (int o = 0; o < objectives().size(); o++) {
      Objective objective = objectives().get(o);
      String at = "objectives[" + o + "]";
      claim(pathById, objective.id(), at + ".id");
      for (int k = 0; k < objective.keyResults().size(); k++) {
        claim(pathById, objective.keyResults().get(k).id(), at + ".keyResults[" + k + "].id");
      }
      for (int i = 0; i < objective.initiatives().size(); i++) {
        claim(pathById, objective.initiatives().get(i).id(), at + ".initiatives[" + i + "].id");
      }
    }
    Index index = index();
    for (int o = 0; o < objectives().size(); o++) {
      Objective objective = objectives().get(o);
      String at = "objectives[" + o + "]";
      if (objective.alignment().isPresent()) {
        Alignment alignment = objective.alignment().get();
        boolean found = alignment.kind() == Alignment.Kind.OBJECTIVE
            ? index.objectives().containsKey(alignment.parentId())
            : index.keyResults().containsKey(alignment.parentId());
        if (!found) {
          throw new OkrValidationException(
              at + ".alignment.parentId", alignment.parentId(),
              "refers to no " + (alignment.kind() == Alignment.Kind.OBJECTIVE ? "objective" : "key result") + " in this set");
        }
      }
      for (int i = 0; i < objective.initiatives().size(); i++) {
        List<String> ids = objective.initiatives().get(i).keyResultIds();
        for (int r = 0; r < ids.size(); r++) {
          if (!index.keyResults().containsKey(ids.get(r))) {
            throw new OkrValidationException(
                at + ".initiatives[" + i + "].keyResultIds[" + r + "]", ids.get(r), "refers to no key result in this set");
          }
        }
      }
    }
    List<String> loop = AlignmentCycles.find(index.graph());
    if (!loop.isEmpty()) {
      // Named at the first objective of the document on the loop (every objective on it has an
      // alignment; a key result is on it only through its objective), read from there.
      for (int o = 0; o < objectives().size(); o++) {
        String id = objectives().get(o).id();
        int at = loop.indexOf(id);
        if (at >= 0) {
          List<String> fromHere = new ArrayList<>(loop.subList(at, loop.size() - 1));
          fromHere.addAll(loop.subList(0, at + 1));
          throw new OkrValidationException(
              "objectives[" + o + "].alignment.parentId", String.join(" -> ", fromHere), "alignments must not form a cycle");
        }
      }
      throw new IllegalStateException("an alignment cycle without an objective: " + loop);
    }
  }

  private static void claim(Map<String, String> pathById, String id, String path) {
    String earlier = pathById.putIfAbsent(id, path);
    if (earlier != null) {
      throw new OkrValidationException(path, id, "duplicate id, first used at " + earlier);
    }
  }

  /** The lookups of an {@link OkrSet}, derived once from its objectives. */
  @Value.Immutable(builder = false, copy = false)
  @Value.Style(allParameters = true)
  abstract static class Index {
    abstract ImmutableMap<String, Objective> objectives();

    abstract ImmutableMap<String, KeyResult> keyResults();

    abstract ImmutableMap<String, Initiative> initiatives();

    abstract ImmutableMap<String, Objective> ownerOfKeyResult();

    abstract ImmutableMap<String, ImmutableList<Objective>> children();

    @Value.Auxiliary
    abstract ImmutableGraph<String> graph();

    static Index of(OkrSet set) {
      Map<String, Objective> objectives = new HashMap<>();
      Map<String, KeyResult> keyResults = new java.util.LinkedHashMap<>();
      Map<String, Initiative> initiatives = new HashMap<>();
      Map<String, Objective> owners = new HashMap<>();
      for (Objective objective : set.objectives()) {
        objectives.putIfAbsent(objective.id(), objective);
        for (KeyResult kr : objective.keyResults()) {
          keyResults.putIfAbsent(kr.id(), kr);
          owners.putIfAbsent(kr.id(), objective);
        }
        for (Initiative initiative : objective.initiatives()) {
          initiatives.putIfAbsent(initiative.id(), initiative);
        }
      }
      ImmutableGraph.Builder<String> graph = GraphBuilder.directed().allowsSelfLoops(true).<String>immutable();
      Map<String, List<Objective>> children = new HashMap<>();
      for (Objective objective : set.objectives()) {
        graph.addNode(objective.id());
        for (KeyResult kr : objective.keyResults()) {
          graph.putEdge(kr.id(), objective.id());
        }
        objective.alignment().ifPresent(a -> {
          graph.putEdge(objective.id(), a.parentId());
          Objective parent = a.kind() == Alignment.Kind.OBJECTIVE ? objectives.get(a.parentId()) : owners.get(a.parentId());
          if (parent != null) {
            children.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(objective);
          }
        });
      }
      ImmutableMap.Builder<String, ImmutableList<Objective>> frozen = ImmutableMap.builder();
      children.forEach((id, list) -> frozen.put(id, ImmutableList.copyOf(list)));
      return ImmutableIndex.of(
          ImmutableMap.copyOf(objectives), ImmutableMap.copyOf(keyResults), ImmutableMap.copyOf(initiatives),
          ImmutableMap.copyOf(owners), frozen.build(), graph.build());
    }
  }

  /**
   * Builds an {@link OkrSet}: add objectives in document order with {@code addObjective}/{@code
   * addObjectives}/{@code addAllObjectives} ({@link OkrSet#of(Iterable)} does this in one call);
   * {@code from(set)} starts from a copy. {@code build()} checks the rules of a whole document (ids
   * unique across objectives, key results and initiatives; every alignment and initiative link
   * resolves; alignments form no cycle) and throws {@link OkrValidationException} naming the path.
   * A builder is not thread-safe; the set it builds is immutable.
   */
  public static final class Builder extends ImmutableOkrSet.Builder {}
}
