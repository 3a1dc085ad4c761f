package dev.okr.report;

import dev.okr.core.Alignment;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.report.ReportDocument.ObjectiveEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alignment tree drawn as boxes and connectors: each objective a box under the objective it aligns
 * to (a solid connector) or the objective whose key result it cascades from (a dashed connector,
 * labelled with that key result's id). Objectives whose parent is not in the document are roots,
 * and say so. Each box shows the id, the title, and the score with its status or grade in words.
 */
final class AlignmentTree {
  static final double WIDTH = 860;
  static final double ROW = 34;
  static final double BOX = 26;
  static final double INDENT = 28;
  static final int TITLE_CHARS = 56;

  /** A box: the objective, its depth, the row it is drawn on, and the row of its parent (-1 for a root). */
  record Node(ObjectiveEntry entry, int depth, int row, int parentRow, Optional<String> via, Optional<String> missing) {}

  private AlignmentTree() {}

  /** The boxes in drawing order: depth first from each root, in document order. */
  static List<Node> layout(List<ObjectiveEntry> objectives) {
    Map<String, ObjectiveEntry> byId = new LinkedHashMap<>();
    Map<String, String> ownerOfKeyResult = new HashMap<>();
    for (ObjectiveEntry e : objectives) {
      byId.putIfAbsent(e.objective().id(), e);
      for (KeyResult kr : e.objective().keyResults()) {
        ownerOfKeyResult.putIfAbsent(kr.id(), e.objective().id());
      }
    }
    Map<String, List<ObjectiveEntry>> children = new LinkedHashMap<>();
    List<ObjectiveEntry> roots = new ArrayList<>();
    for (ObjectiveEntry e : objectives) {
      Optional<String> parent = parentOf(e.objective(), ownerOfKeyResult).filter(byId::containsKey)
          .filter(p -> !p.equals(e.objective().id()));
      if (parent.isPresent() && !reachesItself(e.objective().id(), byId, ownerOfKeyResult)) {
        children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(e);
      } else {
        roots.add(e);
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (ObjectiveEntry root : roots) {
      Optional<String> missing = root.objective().alignment().map(Alignment::parentId)
          .filter(p -> parentOf(root.objective(), ownerOfKeyResult).filter(byId::containsKey).isEmpty());
      add(nodes, root, 0, -1, Optional.empty(), missing, children);
    }
    return nodes;
  }

  private static void add(List<Node> nodes, ObjectiveEntry e, int depth, int parentRow, Optional<String> via,
      Optional<String> missing, Map<String, List<ObjectiveEntry>> children) {
    int row = nodes.size();
    nodes.add(new Node(e, depth, row, parentRow, via, missing));
    for (ObjectiveEntry child : children.getOrDefault(e.objective().id(), List.of())) {
      Optional<String> through = child.objective().alignment().filter(a -> a.kind() == Alignment.Kind.KEY_RESULT)
          .map(Alignment::parentId);
      add(nodes, child, depth + 1, row, through, Optional.empty(), children);
    }
  }

  /** The id of the objective this one hangs under: the one it aligns to, or the one holding the key result it cascades from. */
  private static Optional<String> parentOf(Objective o, Map<String, String> ownerOfKeyResult) {
    return o.alignment().flatMap(a -> a.kind() == Alignment.Kind.OBJECTIVE
        ? Optional.of(a.parentId())
        : Optional.ofNullable(ownerOfKeyResult.get(a.parentId())));
  }

  /** Whether following parents from {@code id} comes back to it (a loop the document should not have): then it is a root. */
  private static boolean reachesItself(String id, Map<String, ObjectiveEntry> byId, Map<String, String> ownerOfKeyResult) {
    String at = id;
    for (int i = 0; i <= byId.size(); i++) {
      ObjectiveEntry e = byId.get(at);
      if (e == null) {
        return false;
      }
      Optional<String> parent = parentOf(e.objective(), ownerOfKeyResult);
      if (parent.isEmpty()) {
        return false;
      }
      if (parent.get().equals(id)) {
        return true;
      }
      at = parent.get();
    }
    return true;
  }

  static double boxX(int depth) {
    return 4 + depth * INDENT;
  }

  static double boxY(int row) {
    return 4 + row * ROW;
  }

  static void draw(StringBuilder out, List<ObjectiveEntry> objectives) {
    List<Node> nodes = layout(objectives);
    int depth = nodes.stream().mapToInt(Node::depth).max().orElse(0);
    double width = Math.max(WIDTH, boxX(depth) + 320);
    StringBuilder label = new StringBuilder("Alignment tree:");
    for (Node n : nodes) {
      label.append(' ').append(n.entry().objective().id());
      if (n.parentRow() >= 0) {
        label.append(n.via().map(v -> " cascades from key result " + v + " of ").orElse(" aligns to "))
            .append(nodes.get(n.parentRow()).entry().objective().id());
      } else {
        label.append(n.missing().map(m -> " (its parent " + m + " is not in this document)").orElse(" (top level)"));
      }
      label.append(';');
    }
    Svg svg = Svg.open(out, "tree", width, nodes.size() * ROW + 8, label.toString());
    for (Node n : nodes) {
      if (n.parentRow() >= 0) {
        Node p = nodes.get(n.parentRow());
        double x = boxX(p.depth()) + INDENT / 2;
        double midY = boxY(n.row()) + BOX / 2;
        String cls = n.via().isPresent() ? "link cascade" : "link";
        svg.path(cls, false, x, boxY(p.row()) + BOX, x, midY, boxX(n.depth()), midY);
      }
    }
    for (Node n : nodes) {
      ObjectiveEntry e = n.entry();
      double x = boxX(n.depth());
      double y = boxY(n.row());
      svg.rect("box " + Page.colourClass(e.colour()), x, y, width - x - 4, BOX,
          " data-objective=\"" + Html.text(e.objective().id()) + "\"" + Html.data("score", e.score()));
      String title = e.objective().title();
      if (title.codePointCount(0, title.length()) > TITLE_CHARS) {
        title = title.substring(0, title.offsetByCodePoints(0, TITLE_CHARS - 1)) + "\u2026";
      }
      String words = Page.summary(e.score(), e.grade(), e.status(), e.note().isPresent());
      svg.text("box-text", x + 6, y + 17, "start", Page.icon(e.colour(), e.grade().isPresent() || e.status().isPresent())
          + " " + e.objective().id() + ": " + title + "  \u2014 " + words
          + n.via().map(v -> "  (cascaded from " + v + ")").orElse("")
          + n.missing().map(m -> "  (parent " + m + " not in this document)").orElse(""));
    }
    svg.close();
  }
}
