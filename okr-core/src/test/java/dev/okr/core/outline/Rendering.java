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
   * Every non-blank line has exactly one role and blank lines none; each element's line has its
   * element's role; each element's position points at the first character of its text, and its text
   * is the line's from there with only markup left out (a subsequence); unplaced lines are quoted
   * exactly and have the unplaced role.
   */
  static void checkLaws(String document, OutlineImport result) {
    List<String> lines = document.startsWith("\uFEFF") ? lines(document.substring(1)) : lines(document);
    java.util.Map<Integer, LineRole> roles = result.lineRoles();
    for (Objective o : result.okrSet().objectives()) {
      o.source().ifPresent(p -> {
        assertThat(roles.get(p.line())).isIn(LineRole.OBJECTIVE, LineRole.OBJECTIVE_AND_KEY_RESULT);
        pointsAt(lines, p, o.title());
      });
      for (KeyResult kr : o.keyResults()) {
        SourcePosition p = kr.source().orElseThrow();
        assertThat(roles.get(p.line())).isIn(LineRole.KEY_RESULT, LineRole.OBJECTIVE_AND_KEY_RESULT);
        pointsAt(lines, p, kr.statement());
      }
      for (Initiative i : o.initiatives()) {
        SourcePosition p = i.source().orElseThrow();
        assertThat(roles.get(p.line())).isEqualTo(LineRole.INITIATIVE);
        pointsAt(lines, p, i.title());
      }
    }
    for (UnplacedLine u : result.unplaced()) {
      assertThat(roles.get(u.line())).isEqualTo(LineRole.UNPLACED);
      assertThat(lines.get(u.line() - 1)).isEqualTo(u.text());
      assertThat(u.column()).isEqualTo(firstNonBlank(u.text()) + 1);
    }
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        nonBlank.add(i + 1);
      }
    }
    assertThat(roles.keySet()).as("lines with a role").containsExactlyElementsOf(nonBlank);
    assertThat(roles.values().stream().filter(r -> r == LineRole.UNPLACED).count())
        .isEqualTo(result.unplaced().size());
  }

  /**
   * The text starts at the position and is the document's text from there with only markup left
   * out (a subsequence): a wrapped element's text goes on over the next lines.
   */
  private static void pointsAt(List<String> lines, SourcePosition p, String text) {
    String line = lines.get(p.line() - 1);
    String from = line.substring(p.column() - 1) + " " + String.join(" ", lines.subList(p.line(), lines.size()));
    assertThat(text).isNotEmpty();
    assertThat(from.charAt(0)).as("first character at %s of %s", p, line).isEqualTo(text.charAt(0));
    int k = 0;
    for (int i = 0; i < from.length() && k < text.length(); i++) {
      if (from.charAt(i) == text.charAt(k)) {
        k++;
      }
    }
    assertThat(k).as("\"%s\" read from \"%s\" at %s", text, line, p).isEqualTo(text.length());
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
