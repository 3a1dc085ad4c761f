package dev.okr.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A plain listing of an import, for exact comparisons, and the laws every import obeys. */
final class Rendering {
  private Rendering() {}

  /**
   * One line per element, indented under its objective, with its position; then the unplaced lines
   * and the structure lines.
   */
  static String render(OutlineImport result) {
    StringBuilder sb = new StringBuilder();
    for (Objective o : result.okrSet().objectives()) {
      sb.append(o.id()).append(' ').append(at(o.source()))
          .append(o.kind().map(k -> " [" + k.name().toLowerCase(java.util.Locale.ROOT) + "]").orElse(""))
          .append(' ').append(o.title()).append('\n');
      for (KeyResult kr : o.keyResults()) {
        sb.append("  ").append(kr.id()).append(' ').append(at(kr.source())).append(' ').append(kr.statement())
            .append('\n');
      }
      for (Initiative i : o.initiatives()) {
        sb.append("  ").append(i.id()).append(' ').append(at(i.source())).append(' ').append(i.title())
            .append(i.keyResultIds().isEmpty() ? "" : " -> " + String.join(", ", i.keyResultIds())).append('\n');
      }
    }
    for (UnplacedLine u : result.unplaced()) {
      sb.append("unplaced ").append(u.line()).append(':').append(u.column()).append(' ').append(u.reason())
          .append(": ").append(u.text().strip()).append('\n');
    }
    if (!result.structureLines().isEmpty()) {
      sb.append("structure ").append(result.structureLines().stream().map(String::valueOf)
          .collect(Collectors.joining(" "))).append('\n');
    }
    return sb.toString();
  }

  private static String at(Optional<SourcePosition> source) {
    return source.map(SourcePosition::toString).orElse("-");
  }

  /**
   * Every non-blank line is exactly one of an element's line, a structure line or an unplaced line;
   * each element's position points at its text in the document; unplaced lines are quoted exactly.
   */
  static void checkLaws(String document, OutlineImport result) {
    List<String> lines = document.startsWith("\uFEFF") ? lines(document.substring(1)) : lines(document);
    List<Integer> accounted = new ArrayList<>();
    for (Objective o : result.okrSet().objectives()) {
      o.source().ifPresent(p -> {
        accounted.add(p.line());
        assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).startsWith(o.title());
      });
      for (KeyResult kr : o.keyResults()) {
        SourcePosition p = kr.source().orElseThrow();
        accounted.add(p.line());
        assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).startsWith(kr.statement());
      }
      for (Initiative i : o.initiatives()) {
        SourcePosition p = i.source().orElseThrow();
        accounted.add(p.line());
        assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).startsWith(i.title());
      }
    }
    accounted.addAll(result.structureLines());
    for (UnplacedLine u : result.unplaced()) {
      accounted.add(u.line());
      assertThat(lines.get(u.line() - 1)).isEqualTo(u.text());
      assertThat(u.column()).isEqualTo(firstNonBlank(u.text()) + 1);
    }
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        nonBlank.add(i + 1);
      }
    }
    assertThat(accounted).as("lines accounted for").containsExactlyInAnyOrderElementsOf(nonBlank);
  }

  private static int firstNonBlank(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The lines of a text split at \n, \r\n and \r, as the importer splits them. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
