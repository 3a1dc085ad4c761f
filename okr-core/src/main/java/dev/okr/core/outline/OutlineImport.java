package dev.okr.core.outline;

import dev.okr.core.OkrSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * OKRs read from a plain-text or Markdown outline, with the lines that could not be placed.
 *
 * <p>It understands:
 *
 * <ul>
 *   <li>objective lines: {@code Objective: …}, {@code Objective 2. …}, {@code O1 …}, {@code ##
 *       Objective: …}, optionally tagged {@code (committed)} or {@code (aspirational)} (R6);
 *   <li>key-result lines: {@code KR1: …}, {@code KR 1.2 - …}, {@code Key Result 2: …}, and numbered
 *       or bulleted lines ({@code -}, {@code *}, {@code •}, {@code 1.}, {@code 2)}) under an
 *       objective or a {@code Key Results:} heading;
 *   <li>initiative lines: {@code Initiative: …}, or list items under an {@code Initiatives:} heading;
 *       one indented under a key result is linked to it;
 *   <li>Markdown tables with an objective row ({@code | OBJECTIVE: … |}) followed by rows whose
 *       first cell is a key-result label ({@code | Key Result 1 | Reduce … |}, or any short label
 *       ending in a number); the statement is the label cell's own text or the row's last non-empty
 *       cell;
 *   <li>the simplest outline: one key-result statement per line, with no objective.
 * </ul>
 *
 * <p>A line with no label is a key result when it is a list item inside an objective, or when it
 * reads as a key-result statement (a known verb or a leading number, see {@link
 * dev.okr.core.statement.KeyResultStatement}) inside an objective or before any objective. Any other
 * line closes the current objective and is reported in {@link #unplaced()}: nothing is dropped.
 * Every non-blank line is exactly one of an element's line, a {@linkplain #structureLines()
 * structure line} or an {@linkplain #unplaced() unplaced line}.
 *
 * <p>Ids follow document order: objectives {@code O1}, {@code O2}, …; their key results {@code
 * O1.KR1}, …; their initiatives {@code O1.I1}, …. Each element's {@code source()} is the line and
 * column where its title or statement text starts (after bullets, labels, emphasis and quotes), so
 * a finding at offset k of a statement is at column {@code column + k}. Key results found before
 * any objective go to an objective {@code O1} titled {@value #UNTITLED}, with no source. Statements
 * are kept as written; their measurements are left empty, to be resolved with {@link
 * dev.okr.core.statement.ResolvedMeasurement}.
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
   * The 1-based numbers, ascending, of the lines read as structure: headings that open a list
   * ({@code Key Results:}, {@code Initiatives:}, {@code Objectives}) and Markdown table rules.
   */
  Set<Integer> structureLines();
}
