package dev.okr.core.outline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a Markdown outline as the Markdown parser placed it: a heading, a paragraph line, the
 * first line of a list item, a later line of one, a table row, or a line of other structure (code,
 * HTML, rules). The structure inference reads these, not raw lines.
 */
final class Unit {

  /** Where the parser placed the line. */
  enum Type { HEADING, PARA, ITEM, CONT, TABLE_ROW, STRUCT }

  final Type type;
  /** The 0-based line. */
  final int line;
  /** The 0-based index in the line where the content starts (after markers). */
  final int col;
  /** A heading's level, or a list item's nesting depth (0 for a top-level list). */
  final int level;

  /** For PARA: whether the line starts or ends its paragraph. */
  boolean paragraphStart;
  boolean paragraphEnd;
  /** For ITEM: its child items; for CONT, the item it continues. */
  @Nullable Unit item;
  final List<Unit> children = new java.util.ArrayList<>();
  /** For TABLE_ROW: the table's rows, header first (set on the header row only), and whether this is the header. */
  @Nullable List<Unit> tableRows;
  boolean header;
  /** For CONT: whether the line wraps the item's first paragraph (more of its text, not a detail under it). */
  boolean wrapped;
  /** The element text read from the line, once (see OutlineReader#text). */
  @Nullable ElementText text;
  /** Whether the line sits in a block quote. */
  boolean quoted;

  Unit(Type type, int line, int col, int level) {
    this.type = type;
    this.line = line;
    this.col = col;
    this.level = level;
  }

  @Override
  public String toString() {
    return type + "@" + (line + 1) + ":" + (col + 1) + "/" + level;
  }
}
