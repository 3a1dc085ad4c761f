package dev.okr.core.outline;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Parses a Markdown text with commonmark-java (GFM tables on) and lays its block tree out as one
 * {@link Unit} per placed line, in line order.
 */
final class MarkdownUnits {

  /**
   * The parser; commonmark-java's parsers are immutable and safe to share between threads. Only
   * the block structure is used (each element's text is read from its source line), so inline
   * parsing is skipped: it would cost more than the rest of the import.
   */
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (sourceLines, node) -> { })
      .build();

  private final String[] lines;
  private final @Nullable Unit[] byLine;

  private MarkdownUnits(String[] lines) {
    this.lines = lines;
    this.byLine = new Unit[lines.length];
  }

  /** The units of {@code text}, already split into {@code lines}. */
  static List<Unit> of(String[] lines, String text) {
    MarkdownUnits units = new MarkdownUnits(lines);
    Node document = PARSER.parse(text);
    units.visitChildren(document, -1, null, false);
    List<Unit> out = new ArrayList<>();
    for (Unit u : units.byLine) {
      if (u != null) {
        out.add(u);
      }
    }
    return out;
  }

  private void visitChildren(Node parent, int depth, @Nullable Unit item, boolean quoted) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      visit(n, depth, item, quoted);
    }
  }

  private void visit(Node n, int depth, @Nullable Unit item, boolean quoted) {
    if (n instanceof Heading h) {
      List<SourceSpan> spans = h.getSourceSpans();
      if (spans.isEmpty()) {
        return;
      }
      int first = spans.get(0).getLineIndex();
      put(new Unit(Unit.Type.HEADING, first, headingContent(first), h.getLevel()), quoted);
      for (int k = 1; k < spans.size(); k++) {
        put(new Unit(Unit.Type.STRUCT, spans.get(k).getLineIndex(), spans.get(k).getColumnIndex(), 0), quoted);
      }
    } else if (n instanceof Paragraph || n instanceof IndentedCodeBlock) {
      paragraph(n, depth, item, quoted);
    } else if (n instanceof ListBlock) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof ListItem li) {
          listItem(li, depth + 1, item, quoted);
        }
      }
    } else if (n instanceof BlockQuote) {
      visitChildren(n, depth, item, true);
    } else if (n instanceof TableBlock) {
      table(n, quoted);
    } else {
      for (SourceSpan s : n.getSourceSpans()) {
        if (byLine[s.getLineIndex()] == null) {
          put(new Unit(Unit.Type.STRUCT, s.getLineIndex(), s.getColumnIndex(), 0), quoted);
        }
      }
    }
  }

  private void listItem(ListItem li, int depth, @Nullable Unit parent, boolean quoted) {
    List<SourceSpan> spans = li.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    int line = spans.get(0).getLineIndex();
    Node first = li.getFirstChild();
    int col;
    if (first instanceof Paragraph p && !p.getSourceSpans().isEmpty()
        && p.getSourceSpans().get(0).getLineIndex() == line) {
      col = p.getSourceSpans().get(0).getColumnIndex();
    } else {
      Integer content = li.getContentIndent();
      col = Math.min(lines[line].length(), spans.get(0).getColumnIndex() + (content == null ? 2 : content));
    }
    Unit unit = new Unit(Unit.Type.ITEM, line, col, depth);
    unit.item = parent;
    if (parent != null) {
      parent.children.add(unit);
    }
    put(unit, quoted);
    for (Node c = first; c != null; c = c.getNext()) {
      if (c == first && c instanceof Paragraph p) {
        List<SourceSpan> ps = p.getSourceSpans();
        boolean lazy = false;
        for (int k = 1; k < ps.size(); k++) {
          int l = ps.get(k).getLineIndex();
          int indent = indent(lines[l]);
          // a line not indented to the item's content is a lazy continuation: in an outline typed
          // without blank lines it is the next line of the document, not more of this item
          lazy |= indent < col && startsNew(lines[l], indent) || labelled(lines[l], indent);
          Unit u = lazy ? para(l, indent, false, false) : cont(l, indent, unit);
          u.wrapped = !lazy;
          put(u, quoted);
        }
      } else {
        visitContinuation(c, depth, unit, quoted);
      }
    }
  }

  /** Blocks after an item's first paragraph: nested lists are items, the rest continue it. */
  private void visitContinuation(Node c, int depth, Unit item, boolean quoted) {
    if (c instanceof ListBlock) {
      for (Node li = c.getFirstChild(); li != null; li = li.getNext()) {
        if (li instanceof ListItem x) {
          listItem(x, depth + 1, item, quoted);
        }
      }
    } else if ((c instanceof Paragraph || c instanceof IndentedCodeBlock) && !c.getSourceSpans().isEmpty()
        && labelled(lines[c.getSourceSpans().get(0).getLineIndex()], indent(lines[c.getSourceSpans().get(0).getLineIndex()]))) {
      // "Objective: …" indented under the last item of a list is the next objective, not more of that item
      paragraph(c, depth, null, quoted);
    } else if (c instanceof Paragraph || c instanceof IndentedCodeBlock) {
      for (SourceSpan s : c.getSourceSpans()) {
        int l = s.getLineIndex();
        put(cont(l, indent(lines[l]), item), quoted);
      }
    } else {
      visit(c, depth, item, quoted);
    }
  }

  private void paragraph(Node p, int depth, @Nullable Unit item, boolean quoted) {
    List<SourceSpan> spans = p.getSourceSpans();
    for (int k = 0; k < spans.size(); k++) {
      int l = spans.get(k).getLineIndex();
      int col = p instanceof IndentedCodeBlock ? indent(lines[l]) : Math.max(spans.get(k).getColumnIndex(), 0);
      col = Math.min(col, lines[l].length());
      boolean code = p instanceof IndentedCodeBlock;
      Unit u = item != null ? cont(l, col, item) : para(l, col, code || k == 0, code || k == spans.size() - 1);
      put(u, quoted);
    }
  }

  private void table(Node table, boolean quoted) {
    List<Unit> rows = new ArrayList<>();
    Unit head = null;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      boolean header = part instanceof TableHead;
      if (!(part instanceof TableHead) && !(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow && !row.getSourceSpans().isEmpty()) {
          SourceSpan s = row.getSourceSpans().get(0);
          Unit u = new Unit(Unit.Type.TABLE_ROW, s.getLineIndex(), s.getColumnIndex(), 0);
          u.header = header;
          rows.add(u);
          put(u, quoted);
          if (header && head == null) {
            head = u;
          }
        }
      }
    }
    for (SourceSpan s : table.getSourceSpans()) {
      if (byLine[s.getLineIndex()] == null) {
        put(new Unit(Unit.Type.STRUCT, s.getLineIndex(), s.getColumnIndex(), 0), quoted);
      }
    }
    if (!rows.isEmpty()) {
      rows.get(0).tableRows = rows;
    }
  }

  private static Unit para(int line, int col, boolean start, boolean end) {
    Unit u = new Unit(Unit.Type.PARA, line, col, -1);
    u.paragraphStart = start;
    u.paragraphEnd = end;
    return u;
  }

  private static Unit cont(int line, int col, Unit item) {
    Unit u = new Unit(Unit.Type.CONT, line, col, item.level);
    u.item = item;
    return u;
  }

  private void put(Unit u, boolean quoted) {
    u.quoted = quoted;
    if (u.line >= 0 && u.line < byLine.length && byLine[u.line] == null && !lines[u.line].isBlank()) {
      byLine[u.line] = u;
    }
  }

  private int headingContent(int line) {
    String s = lines[line];
    int p = indent(s);
    if (p < s.length() && s.charAt(p) == '#') {
      while (p < s.length() && s.charAt(p) == '#') {
        p++;
      }
      p = Text.skipSpaces(s, p, s.length());
    }
    return p;
  }

  static int indent(String s) {
    int p = 0;
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  /** Whether a line starts with an objective or key-result label, after any bullet: never wrapped text. */
  private static boolean labelled(String s, int p) {
    int q = p;
    int n = s.length();
    while (q < n && (s.charAt(q) == ' ' || s.charAt(q) == '\t' || "-*+\u2022\u00B7".indexOf(s.charAt(q)) >= 0)) {
      q++;
    }
    q = Text.skipEmphasis(s, q, n);
    return q < n && Label.at(s, q, n).kind() != Label.Kind.NONE;
  }

  /** Whether a lazy line reads as the start of something new rather than wrapped text. */
  private static boolean startsNew(String s, int p) {
    if (p >= s.length()) {
      return false;
    }
    char c = s.charAt(p);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '*' || c == '_' || c == '@' || c == '['
        || c == '|' || !Character.isLetter(c) && c > 127;
  }
}
