package dev.okr.core;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds a cycle in an alignment graph, to name it in an error. */
final class AlignmentCycles {
  private AlignmentCycles() {}

  /**
   * One cycle as the list of its nodes, the first repeated at the end ({@code a -> b -> a}), or an
   * empty list when the graph is acyclic. Iterative, so deep graphs cannot overflow the stack.
   */
  static List<String> find(Graph<String> graph) {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
    for (String root : graph.nodes()) {
      if (state.containsKey(root)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<Iterator<String>> pending = new ArrayDeque<>();
      path.push(root);
      pending.push(graph.successors(root).iterator());
      state.put(root, 1);
      while (!path.isEmpty()) {
        Iterator<String> next = pending.peek();
        if (next.hasNext()) {
          String child = next.next();
          Integer seen = state.get(child);
          if (seen == null) {
            state.put(child, 1);
            path.push(child);
            pending.push(graph.successors(child).iterator());
          } else if (seen == 1) {
            return cycleFrom(path, child);
          }
        } else {
          state.put(path.pop(), 2);
          pending.pop();
        }
      }
    }
    return ImmutableList.of();
  }

  private static List<String> cycleFrom(Deque<String> path, String start) {
    List<String> cycle = new ArrayList<>();
    Iterator<String> fromRoot = path.descendingIterator();
    boolean in = false;
    while (fromRoot.hasNext()) {
      String node = fromRoot.next();
      in |= node.equals(start);
      if (in) {
        cycle.add(node);
      }
    }
    cycle.add(start);
    return cycle;
  }
}
