package dev.okr.core.outline;

import dev.okr.core.OkrSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * OKRs read from a Markdown or plain-text document as its authors wrote it, with what every line
 * was read as.
 *
 * <p>Markdown is parsed with commonmark-java (GFM tables), and the structure is inferred from its
 * shapes, without okr-specific labels: a heading, a bold line or a short paragraph followed by a
 * list is an objective and its key results; in nested lists an item whose children read as key
 * results is an objective, and a key result's own children are details or initiatives; labels in
 * any common spelling ({@code Objective 2 -}, {@code O1.}, {@code **O2**}, {@code KR1.2}, {@code Key
 * Result 3:}, {@code Key results:}) are honoured; a table's columns are chosen by their headers
 * (objective, key result / result / KR, owner, score, status, priority), never by position;
 * headings naming a person or team ({@code ## CEO}, {@code #### Team: Search}) give the owner of what
 * is under them and period headings ({@code ## 2026 Q3}) the cycle; front matter ({@code owner:},
 * {@code cycle:}, {@code kind:}), {@code Owner:} and {@code Cycle:} lines and {@code (committed)} or
 * {@code (aspirational)} tags state what YAML would. Owner prefixes ({@code CFO:}, {@code @dana -}),
 * priority tags ({@code P0}, {@code [p2]}) and reported scores or statuses ({@code (7/10)}, {@code =>
 * Done}) are kept out of the statement; checkboxes and link syntax are dropped (a link keeps its
 * text). What is not OKRs (titles, contents, definitions, how-to prose, schedules, examples,
 * retrospectives) is structure. Text with no Markdown structure is read line by line: every line is
 * a key result, except lines with lines indented under them, which are objectives.
 *
 * <p>Every non-blank line has exactly one {@link LineRole} in {@link #lineRoles()}; lines that look
 * like OKRs but could not be placed are also listed in {@link #unplaced()}: nothing is dropped.
 *
 * <p>Ids follow document order: objectives {@code O1}, {@code O2}, …; their key results {@code
 * O1.KR1}, …; their initiatives {@code O1.I1}, …. Each element's {@code source()} is the 1-based line
 * and column of the first character of its text (columns in UTF-16 code units, as SARIF and LSP
 * count them). Key results found outside any objective go to an objective titled {@value #UNTITLED},
 * with no source. Statements keep their words; their measurements are left empty, to be resolved
 * with {@link dev.okr.core.statement.ResolvedMeasurement}. Immutable and thread-safe.
 */
@Value.Immutable
public interface OutlineImport {

  /** The title of the objective that holds key results written before any objective. */
  String UNTITLED = "(untitled)";

  /**
   * Reads an outline. Never throws on a non-null string.
   *
   * @param text the whole document; lines end with {@code \n}, {@code \r\n} or {@code \r}
   */
  static OutlineImport read(String text) {
    return new OutlineReader(text).read();
  }

  /** The objectives, key results and initiatives read. */
  OkrSet okrSet();

  /** The non-blank lines not read as an element or as structure, in document order. */
  List<UnplacedLine> unplaced();

  /**
   * What every non-blank line was read as, by 1-based line number, ascending. Every non-blank line
   * has exactly one role; blank lines have none.
   */
  java.util.SortedMap<Integer, LineRole> lineRoles();

  /** The 1-based numbers, ascending, of the lines read as {@linkplain LineRole#STRUCTURE structure}. */
  default Set<Integer> structureLines() {
    Set<Integer> lines = new java.util.LinkedHashSet<>();
    lineRoles().forEach((line, role) -> {
      if (role == LineRole.STRUCTURE) {
        lines.add(line);
      }
    });
    return java.util.Collections.unmodifiableSet(lines);
  }
}
