package dev.okr.core.outline;

import dev.okr.core.Cycle;
import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.core.statement.StatementParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an outline: front matter, then either plain text (an indentation tree of lines) or Markdown
 * (commonmark-java's block tree laid out as {@link Unit}s), then infers objectives, key results and
 * structure from the shapes; see {@link OutlineImport} for what it understands.
 */
final class OutlineReader {
  private static final String NO_STATEMENT = "key result label without a statement";
  private static final String OUTSIDE_OBJECTIVE = "initiative outside any objective";
  private static final String NO_TITLE = "objective label without a title";
  private static final String EMPTY_ROW = "table row without an objective or key result";

  /** {@code Owner: Sam}, {@code Cycle: 2026-Q3}, {@code Kind: committed}: a meta line and its value. */
  private static final Pattern META = Pattern.compile(
      "(?i)^\\**(owner|owners|dri|lead|team|accountable|responsible|cycle|quarter|period|timeframe|kind|type)\\**"
          + "\\s*:\\s*\\**\\s*(\\S.{0,80}?)\\s*\\**$");
  /** "Supports company KR 1.2", "Aligned to O2": a note under an objective naming what it connects to. */
  private static final Pattern ALIGNMENT_NOTE = Pattern.compile(
      "(?i)(?:supports|contributes to|aligns? (?:with|to)|aligned (?:with|to)|linked to|parent|cascades? from|ladders up to)\\b");
  private static final Pattern LEADING_BULLET = Pattern.compile("^[-*+]\\s+");
  private static final Pattern QUOTES = Pattern.compile("^[\"']|[\"']$");
  private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
  private static final Pattern OBJECTIVE_NUMBER = Pattern.compile("(?i)o?\\d+\\.?|o\\d+|objective.*");
  private static final Pattern OBJECTIVE_HEADER = Pattern.compile(".*\\b(objectives?|goals?|okrs?)\\b.*");
  private static final Pattern KEY_RESULT_HEADER =
      Pattern.compile(".*\\b(key results?|krs?|results?|measures?|outcomes?|metrics?)\\b.*");
  private static final Pattern NUMBERS_HEADER = Pattern.compile(".*\\b(target|baseline|current|actual|start)\\b.*");
  private static final Pattern OWNER_HEADER =
      Pattern.compile("(owners?|dri|lead|responsible|who|assignee|accountable|team|owner/team)\\b.*");
  private static final Pattern SCORE_HEADER =
      Pattern.compile(".*\\b(score|grade|progress|%|achieved|completion|attainment)\\b.*|%");
  private static final Pattern STATUS_HEADER = Pattern.compile("(status|state|health|rag|on track\\??)\\b.*");
  private static final Pattern NUMBER_HEADER = Pattern.compile("#|no\\.?|nr\\.?|id|ref|number|n\u00B0|");
  private static final Pattern PRIORITY_HEADER = Pattern.compile("(priority|prio|p)");
  private static final Pattern KIND_TAG = Pattern.compile(
      "(?i)\\s*[\\[(](committed|aspirational|stretch|moonshot|roof-?shot)[\\])]\\s*");

  private final String text;
  private final String[] lines;
  private final LineRole[] roles;
  private final StatementParser parser = StatementParser.standard();
  private final List<Draft> objectives = new ArrayList<>();
  private final List<UnplacedLine> unplaced = new ArrayList<>();
  private final java.util.Map<String, Section> sectionCache = new java.util.HashMap<>();
  private final java.util.Map<String, Owner> owners = new java.util.HashMap<>();
  private final java.util.Map<Unit, Columns> columns = new java.util.HashMap<>();
  private final java.util.Map<String, KeyResultStatement> statements = new java.util.HashMap<>();
  private final java.util.Map<Integer, Boolean> lineLists = new java.util.HashMap<>();
  private final java.util.Map<Integer, Boolean> keyResultLists = new java.util.HashMap<>();

  // what the document as a whole says (front matter, meta lines before any section)
  private @Nullable Owner docOwner;
  private @Nullable Cycle docCycle;
  private @Nullable ObjectiveKind docKind;

  // Markdown state
  private final List<Frame> sections = new ArrayList<>();
  private @Nullable Draft current;
  private Anchor anchor = Anchor.NONE;
  private int anchorLevel;
  private boolean initiatives;
  /** Whether the open objective was read from a title line whose paragraph goes on to describe it. */
  private boolean described;
  /** Whether the open objective's key results came from a list (so a paragraph after them is prose). */
  private boolean keyResultsFromList;
  /** The objective whose title or key result's statement a wrapped line would continue, and where it starts. */
  private @Nullable Draft lastElement;
  private int lastElementLine = -1;
  /** The index of that key result in its objective, or -1 for the objective's title. */
  private int lastKeyResult = -1;
  /** Set by a paragraph such as "Dependencies" or "**Not OKRs**": the list right under it is not OKRs. */
  private boolean quietList;

  private enum Anchor { NONE, HEADING, PARA, ITEM, TABLE, UNTITLED }

  /** A heading's section: what it says about the text under it. */
  private record Frame(int level, Section section) {}

  /** An objective being read. */
  private final class Draft {
    final String id;
    String title;
    final @Nullable SourcePosition source;
    @Nullable ObjectiveKind kind;
    @Nullable Owner owner;
    @Nullable Cycle cycle;
    @Nullable String priority;
    @Nullable Reported reported;
    final StringBuilder description = new StringBuilder();
    final List<KeyResultDraft> keyResults = new ArrayList<>();
    final List<Initiative> initiativeList = new ArrayList<>();
    @Nullable String lastKeyResult;

    Draft(String title, @Nullable SourcePosition source) {
      this.id = "O" + (objectives.size() + 1);
      this.title = title;
      this.source = source;
    }

    Objective build() {
      List<KeyResult> built = new ArrayList<>(keyResults.size());
      for (KeyResultDraft k : keyResults) {
        built.add(k.build());
      }
      Objective.Builder b = Objective.builder().id(id).title(title).addAllKeyResults(built)
          .addAllInitiatives(initiativeList);
      if (source != null) {
        b.source(source);
      }
      if (kind != null) {
        b.kind(kind);
      }
      if (owner != null) {
        b.owner(owner);
      }
      if (cycle != null) {
        b.cycle(cycle);
      }
      if (description.length() > 0) {
        b.description(description.toString());
      }
      if (priority != null) {
        b.priority(priority);
      }
      if (reported != null) {
        b.reported(reported);
      }
      return b.build();
    }
  }

  /** A key result being read: built once, when the document is read. */
  private static final class KeyResultDraft {
    final String id;
    String statement;
    final SourcePosition source;
    @Nullable Owner owner;
    @Nullable String priority;
    @Nullable Reported reported;

    KeyResultDraft(String id, String statement, SourcePosition source) {
      this.id = id;
      this.statement = statement;
      this.source = source;
    }

    KeyResult build() {
      KeyResult.Builder b = KeyResult.builder().id(id).statement(statement).source(source);
      if (owner != null) {
        b.owner(owner);
      }
      if (priority != null && !priority.isBlank()) {
        b.priority(priority);
      }
      if (reported != null) {
        b.reported(reported);
      }
      return b.build();
    }
  }

  OutlineReader(String text) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = split(this.text);
    this.roles = new LineRole[lines.length];
  }

  /** The lines of a text, split at {@code \n}, {@code \r\n} and {@code \r}. */
  private static String[] split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, k));
        if (c == '\r' && k + 1 < n && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  OutlineImport read() {
    int body = frontMatter();
    String[] masked = lines;
    if (body > 0) {
      masked = Arrays.copyOf(lines, lines.length);
      Arrays.fill(masked, 0, body, "");
    }
    masked = maskComments(masked);
    if (isPlain(masked, body)) {
      readPlain(masked);
    } else {
      readMarkdown(MarkdownUnits.of(masked, masked == lines ? text : String.join("\n", masked)));
    }
    TreeMap<Integer, LineRole> byLine = new TreeMap<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        LineRole r = roles[i] != null ? roles[i] : LineRole.STRUCTURE;
        byLine.put(i + 1, r);
      }
    }
    List<Objective> built = new ArrayList<>(objectives.size());
    for (Draft d : objectives) {
      built.add(d.build());
    }
    return ImmutableOutlineImport.builder()
        .okrSet(OkrSet.of(built))
        .addAllUnplaced(unplaced)
        .lineRoles(byLine)
        .build();
  }

  // ---- front matter and comments -------------------------------------------------------------

  /** Reads YAML front matter ({@code ---} … {@code ---} at the top); returns the number of its lines. */
  private int frontMatter() {
    if (lines.length < 2 || !lines[0].strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < Math.min(lines.length, 200); i++) {
      String s = lines[i].strip();
      if (s.equals("---") || s.equals("...")) {
        for (int k = 0; k <= i; k++) {
          roles[k] = LineRole.STRUCTURE;
          if (k > 0 && k < i) {
            meta(lines[k].strip(), true);
          }
        }
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Lines that are only an HTML comment are structure; the Markdown parser sees them blank (in a
   * copy of the lines, made only when there is such a line).
   */
  private String[] maskComments(String[] in) {
    String[] masked = in;
    boolean open = false;
    for (int i = 0; i < masked.length; i++) {
      String s = masked[i].strip();
      if (open || s.startsWith("<!--") && (s.indexOf("-->") < 0 || s.endsWith("-->"))) {
        roles[i] = roles[i] == null && !s.isEmpty() ? LineRole.STRUCTURE : roles[i];
        open = open ? s.indexOf("-->") < 0 : s.indexOf("-->") < 0;
        if (masked == lines) {
          masked = Arrays.copyOf(lines, lines.length);
        }
        masked[i] = "";
      }
    }
    return masked;
  }

  /** Applies a meta line ({@code Owner: Sam}); returns whether it was one. */
  private boolean meta(String text, boolean document) {
    if (text.indexOf(':') < 0) {
      return false;
    }
    Matcher m = META.matcher(LEADING_BULLET.matcher(text).replaceFirst(""));
    if (!m.matches()) {
      return false;
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    String value = QUOTES.matcher(m.group(2)).replaceAll("").strip();
    if (value.isEmpty()) {
      return false;
    }
    Draft d = document ? null : current;
    switch (key) {
      case "cycle", "quarter", "period", "timeframe" -> {
        Cycle c = cycleOf(value);
        if (c == null) {
          return document;
        }
        if (d != null) {
          d.cycle = c;
        } else if (!sections.isEmpty()) {
          Frame top = sections.remove(sections.size() - 1);
          sections.add(new Frame(top.level(), new Section(top.section().kind(), top.section().owner(), c)));
        } else {
          docCycle = c;
        }
      }
      case "kind", "type" -> {
        ObjectiveKind k = kindOf(value);
        if (k == null) {
          return document;
        }
        if (d != null) {
          d.kind = k;
        } else {
          docKind = k;
        }
      }
      default -> {
        Owner o = value.startsWith("@") ? Section.named(Owner.Kind.PERSON, value)
            : key.equals("team") ? Section.named(Owner.Kind.TEAM, value) : ownerOf(value);
        if (o == null) {
          return false; // a name that shows nothing names no owner
        }
        if (d != null) {
          d.owner = o;
        } else if (!sections.isEmpty()) {
          Frame top = sections.remove(sections.size() - 1);
          sections.add(new Frame(top.level(), new Section(top.section().kind(), o, top.section().cycle())));
        } else {
          docOwner = o;
        }
      }
    }
    return true;
  }

  private static @Nullable Cycle cycleOf(String value) {
    try {
      return Cycle.parse(value);
    } catch (RuntimeException e) {
      return Section.cycle(value);
    }
  }

  private static @Nullable ObjectiveKind kindOf(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.startsWith("committed")) {
      return ObjectiveKind.COMMITTED;
    }
    if (v.startsWith("aspirational") || v.startsWith("stretch") || v.startsWith("moonshot") || v.startsWith("roof")) {
      return ObjectiveKind.ASPIRATIONAL;
    }
    return null;
  }

  /** The owner a cell, prefix or meta line names: a team or role it reads as, else a person. */
  private @Nullable Owner ownerOf(String value) {
    return owners.computeIfAbsent(value, OutlineReader::readOwner);
  }

  private static @Nullable Owner readOwner(String value) {
    Owner named = Section.owner(value);
    String bare = TRAILING_PARENTHESES.matcher(value).replaceAll("").strip();
    return named != null ? named : Section.named(Owner.Kind.PERSON, bare.isEmpty() ? value : bare);
  }

  // ---- plain text ----------------------------------------------------------------------------

  /** Plain text: no Markdown structure and no labels; lists and indentation only. */
  private boolean isPlain(String[] masked, int body) {
    if (body > 0) {
      return false;
    }
    for (String line : masked) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      char c = s.charAt(0);
      if (c == '#' || c == '|' || c == '>' || s.startsWith("```") || s.startsWith("**") || s.startsWith("__")
          || s.startsWith("<") || s.startsWith("===") || s.startsWith("---") && s.replace("-", "").isBlank()) {
        return false;
      }
      String content = stripMarker(s);
      Label label = Label.at(content, Text.skipEmphasis(content, 0, content.length()), content.length());
      if (label.kind() != Label.Kind.NONE) {
        return false;
      }
    }
    return true;
  }

  /** Plain text: every line is a key result, except lines with lines indented under them (objectives). */
  private void readPlain(String[] masked) {
    int n = masked.length;
    int[] level = new int[n];
    int[] markerEnd = new int[n];
    for (int i = 0; i < n; i++) {
      String s = masked[i];
      if (s.isBlank()) {
        level[i] = -1;
        continue;
      }
      int indent = 0;
      int p = 0;
      while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
        indent += s.charAt(p) == '\t' ? 4 : 1;
        p++;
      }
      int q = marker(s, p);
      markerEnd[i] = q < 0 ? p : Text.skipSpaces(s, q, s.length());
      level[i] = indent * 2 + (q < 0 ? 0 : 1);
    }
    // parent of each line: the nearest line above with a lower level
    int[] parent = new int[n];
    boolean[] hasChildren = new boolean[n];
    List<Integer> stack = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = -1;
      if (level[i] < 0) {
        continue;
      }
      while (!stack.isEmpty() && level[stack.get(stack.size() - 1)] >= level[i]) {
        stack.remove(stack.size() - 1);
      }
      if (!stack.isEmpty()) {
        parent[i] = stack.get(stack.size() - 1);
        hasChildren[parent[i]] = true;
      }
      stack.add(i);
    }
    for (int i = 0; i < n; i++) {
      if (level[i] < 0) {
        continue;
      }
      int depth = 0;
      for (int p = parent[i]; p >= 0; p = parent[p]) {
        depth++;
      }
      ElementText t = ElementText.read(lines[i], markerEnd[i], contentEnd(i));
      if (depth == 0 && hasChildren[i]) {
        openObjective(i, t, Anchor.ITEM, 0);
      } else if (depth == 0 && (Section.isTitle(t.text()) || !statementLike(t.text())
          || lines[i].strip().startsWith("(") && lines[i].strip().endsWith(")")
          || section(withoutColon(t.text())).kind() == Section.Kind.NOT_OKRS)) {
        closeObjective();
        roles[i] = LineRole.STRUCTURE;
      } else if (depth == 0) {
        if (anchor != Anchor.UNTITLED) {
          closeObjective();
        }
        addKeyResult(i, t);
      } else if (depth == 1 && current != null) {
        addKeyResult(i, t);
      } else {
        roles[i] = LineRole.DETAIL;
      }
    }
  }

  // ---- Markdown ------------------------------------------------------------------------------

  private void readMarkdown(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (roles[u.line] != null) {
        continue;
      }
      if (u.quoted) {
        roles[u.line] = LineRole.STRUCTURE;
        continue;
      }
      if (u.type != Unit.Type.ITEM && u.type != Unit.Type.CONT) {
        quietList = false;
      }
      switch (u.type) {
        case HEADING -> heading(units, i);
        case PARA -> paragraphLine(units, i);
        case ITEM -> item(units, i);
        case CONT -> continuation(u);
        case TABLE_ROW -> {
          if (u.tableRows != null) {
            table(u.tableRows);
          } else {
            roles[u.line] = LineRole.STRUCTURE;
          }
        }
        default -> roles[u.line] = LineRole.STRUCTURE;
      }
    }
  }

  private boolean inNotOkrs() {
    for (Frame f : sections) {
      if (f.section().kind() == Section.Kind.NOT_OKRS) {
        return true;
      }
    }
    return false;
  }

  private void heading(List<Unit> units, int i) {
    Unit u = units.get(i);
    while (!sections.isEmpty() && sections.get(sections.size() - 1).level() >= u.level) {
      sections.remove(sections.size() - 1);
    }
    String line = lines[u.line];
    int end = Text.trimEnd(line, u.col, stripClosingHashes(line));
    ElementText t = ElementText.read(line, u.col, end);
    Label.Kind label = t.label().kind();
    boolean closes = anchor != Anchor.HEADING || anchorLevel >= u.level;
    if (label.isKeyResult() && t.text().isEmpty() || label.isInitiative() && t.text().isEmpty()) {
      roles[u.line] = LineRole.STRUCTURE;
      initiatives = label.isInitiative();
      return;
    }
    if (closes) {
      closeObjective();
    }
    if (inNotOkrs()) {
      roles[u.line] = LineRole.STRUCTURE;
      sections.add(new Frame(u.level, new Section(Section.Kind.NOT_OKRS, null, null)));
      return;
    }
    if (label.isObjective() && !t.text().isEmpty()) {
      openObjective(u.line, t, Anchor.HEADING, u.level);
      return;
    }
    if (label.isKeyResult()) {
      addKeyResult(u.line, t);
      return;
    }
    if (label != Label.Kind.NONE || t.text().isEmpty()) {
      roles[u.line] = LineRole.STRUCTURE;
      sections.add(new Frame(u.level, new Section(Section.Kind.OTHER, null, null)));
      return;
    }
    Section section = section(t.text());
    if (section.kind() == Section.Kind.OTHER && headsObjective(units, i)) {
      openObjective(u.line, t, Anchor.HEADING, u.level);
      return;
    }
    roles[u.line] = LineRole.STRUCTURE;
    sections.add(new Frame(u.level, section));
  }

  /** Whether a heading with no label is an objective: what is directly under it reads as its key results. */
  private boolean headsObjective(List<Unit> units, int i) {
    Unit h = units.get(i);
    boolean keyResults = false;
    for (int j = i + 1; j < units.size(); j++) {
      Unit u = units.get(j);
      if (u.quoted) {
        continue;
      }
      if (u.type == Unit.Type.HEADING) {
        if (u.level > h.level && !keyResults) {
          ElementText t = ElementText.read(lines[u.line], u.col, lines[u.line].length());
          return t.label().kind().isKeyResult() && t.text().isEmpty();
        }
        break;
      }
      switch (u.type) {
        case PARA -> {
          ElementText t = text(u);
          if (t.label().kind().isObjective() || objectiveCandidate(units, j)) {
            return keyResults;
          }
          if (t.label().kind().isKeyResult()) {
            keyResults = true;
          }
        }
        case ITEM -> {
          ElementText t = text(u);
          if (t.label().kind().isObjective() || u.level == 0 && objectiveItem(u, t)) {
            return keyResults;
          }
          if (u.level == 0) {
            keyResults = true;
          }
        }
        case TABLE_ROW -> {
          if (u.tableRows != null) {
            Columns c = Columns.of(this, u.tableRows.get(0));
            if (c.objective >= 0 || c.combined >= 0) {
              return keyResults;
            }
            for (Unit row : u.tableRows) {
              List<int[]> cells = cells(lines[row.line], row.col);
              if (!row.header && c.keyResult >= 0 && c.keyResult < cells.size()) {
                String cell = cellRaw(row, cells, c.keyResult);
                ElementText ct = cellText(row, cells, c.keyResult);
                if (ct.label().kind().isObjective() || cell.startsWith("**") && onlyCell(row, cells, c.keyResult)) {
                  return keyResults;
                }
              }
            }
            if (c.keyResult >= 0) {
              keyResults = true;
            }
          }
        }
        default -> { }
      }
    }
    return keyResults;
  }

  /**
   * Whether an unlabelled paragraph line opens an objective: a bold or short title line that starts
   * a paragraph right before a list of key results (the paragraph's other lines describe it).
   */
  private boolean objectiveCandidate(List<Unit> units, int j) {
    Unit u = units.get(j);
    if (!u.paragraphStart) {
      return false;
    }
    if (current != null && current.keyResults.isEmpty() && (anchor == Anchor.HEADING || anchor == Anchor.PARA)) {
      return false;
    }
    int end = j;
    while (!units.get(end).paragraphEnd && end + 1 < units.size() && units.get(end + 1).type == Unit.Type.PARA) {
      end++;
    }
    if (end + 1 >= units.size()) {
      return false;
    }
    Unit next = units.get(end + 1);
    boolean listFollows = next.type == Unit.Type.ITEM && next.level == 0 && !next.quoted;
    boolean labelledFollows = end == j && next.type == Unit.Type.PARA && text(next).label().kind().isKeyResult();
    if (!listFollows && !labelledFollows) {
      return false;
    }
    String raw = lines[u.line].substring(u.col).strip();
    ElementText t = text(u);
    if (t.text().isEmpty() || t.label().kind() != Label.Kind.NONE) {
      return false;
    }
    boolean bold = raw.startsWith("**") || raw.startsWith("__");
    String title = t.text();
    if (section(withoutColon(title)).kind() == Section.Kind.NOT_OKRS || Section.isTitle(title)) {
      return false;
    }
    if (title.endsWith(":") && !bold || title.endsWith("?") || Text.words(title) > 25) {
      return false;
    }
    if (!bold && (!statementLike(title) || META.matcher(raw).matches() || Text.words(title) > 16)) {
      return false;
    }
    if (listFollows) {
      ElementText first = text(next);
      if (objectiveItem(next, first) || !listOfKeyResults(units, end + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the list starting at unit {@code i} reads as key results: half its top items or more. */
  private boolean listOfKeyResults(List<Unit> units, int i) {
    return keyResultLists.computeIfAbsent(i, k -> countKeyResultItems(units, i));
  }

  private boolean countKeyResultItems(List<Unit> units, int i) {
    int items = 0;
    int statements = 0;
    for (int k = i; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.type == Unit.Type.ITEM && u.level == 0) {
        items++;
        ElementText t = text(u);
        if (t.label().kind().isKeyResult() || readsAsKeyResult(t.text(), false)) {
          statements++;
        }
      } else if (u.type != Unit.Type.ITEM && u.type != Unit.Type.CONT) {
        break;
      }
    }
    return statements * 2 >= items;
  }

  /** Whether a top-level item with child items is an objective: it reads as a title and they as key results. */
  private boolean objectiveItem(Unit u, ElementText t) {
    if (u.children.isEmpty() || t.text().isEmpty()) {
      return false;
    }
    if (readsAsKeyResult(t.text(), true)) {
      return false;
    }
    int kr = 0;
    for (Unit c : u.children) {
      ElementText ct = text(c);
      if (ct.label().kind().isKeyResult() || readsAsKeyResult(ct.text(), false)) {
        kr++;
      }
    }
    return kr * 2 >= u.children.size();
  }

  private void paragraphLine(List<Unit> units, int i) {
    Unit u = units.get(i);
    String raw = lines[u.line].substring(u.col).strip();
    if (raw.startsWith("|")) {
      pipeRow(u);
      return;
    }
    if (inNotOkrs()) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    ElementText t = text(u);
    Label.Kind label = t.label().kind();
    if (label.isObjective()) {
      if (!t.text().isEmpty()) {
        closeObjective();
        openObjective(u.line, t, Anchor.PARA, 0);
      } else if (label == Label.Kind.OBJECTIVES) {
        roles[u.line] = LineRole.STRUCTURE;
      } else {
        unplace(u, NO_TITLE);
      }
      return;
    }
    if (label.isKeyResult()) {
      if (!t.text().isEmpty()) {
        addKeyResult(u.line, t);
      } else if (label == Label.Kind.KEY_RESULTS) {
        roles[u.line] = LineRole.STRUCTURE;
        initiatives = false;
      } else {
        unplace(u, NO_STATEMENT);
      }
      return;
    }
    if (label.isInitiative()) {
      initiative(u, t);
      return;
    }
    if (!u.paragraphStart && current != null && anchor == Anchor.PARA && described && current.keyResults.isEmpty()
        && current.source != null && roles[units.get(i - 1).line] != null
        && (roles[units.get(i - 1).line] == LineRole.OBJECTIVE || roles[units.get(i - 1).line] == LineRole.DETAIL)
        && !t.label().kind().isKeyResult() && objectiveOpenedBy(units, i)) {
      roles[u.line] = LineRole.DETAIL;
      appendDescription(t.text());
      return;
    }
    if (!u.paragraphStart && i > 0 && continuesElement(units.get(i - 1), raw)) {
      roles[u.line] = LineRole.DETAIL;
      if (lastElement != null && units.get(i - 1).line == lastElementLine) {
        wraps(lastElementLine, u.line, u.col);
        lastElementLine = u.line;
      }
      return;
    }
    if (meta(raw, false)) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    if (u.paragraphStart && u.paragraphEnd && section(withoutColon(t.text())).kind() == Section.Kind.NOT_OKRS) {
      roles[u.line] = LineRole.STRUCTURE;
      quietList = true;
      return;
    }
    if (objectiveCandidate(units, i)) {
      closeObjective();
      openObjective(u.line, t, Anchor.PARA, 0);
      described = true;
      return;
    }
    Section.Kind section = section(t.text()).kind();
    if (t.owner() == null && section == Section.Kind.OWNER && !readsAsKeyResult(t.text(), true)) {
      // "2. Growth team (retention focus)": a section title written as a line
      closeObjective();
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    if (current != null && current.keyResults.isEmpty() && (anchor == Anchor.HEADING || anchor == Anchor.PARA)
        && ALIGNMENT_NOTE.matcher(t.text()).lookingAt()) {
      roles[u.line] = LineRole.DETAIL;
      appendDescription(t.text());
      return;
    }
    boolean lineList = lineList(units, i) && statementLike(t.text()) && !aside(raw, t.text());
    if (lineList && !t.text().isEmpty() && (current != null && anchor != Anchor.TABLE && anchor != Anchor.ITEM
        && !keyResultsFromList && (t.owner() != null || readsAsKeyResult(t.text(), false))
        || readsAsKeyResult(t.text(), true) && !keyResultsFromList)) {
      if (current != null && current.keyResults.isEmpty() && anchor == Anchor.PARA && !readsAsKeyResult(t.text(), false)) {
        roles[u.line] = LineRole.DETAIL;
        appendDescription(t.text());
        return;
      }
      addKeyResult(u.line, t);
      return;
    }
    if (current != null && current.keyResults.isEmpty() && (anchor == Anchor.HEADING || anchor == Anchor.PARA)) {
      roles[u.line] = LineRole.DETAIL;
      appendDescription(t.text());
      return;
    }
    roles[u.line] = LineRole.STRUCTURE;
  }

  /** Whether the open objective was read from the first line of the paragraph holding unit {@code i}. */
  private boolean objectiveOpenedBy(List<Unit> units, int i) {
    int start = i;
    while (start > 0 && !units.get(start).paragraphStart) {
      start--;
    }
    return current != null && current.source != null && current.source.line() == units.get(start).line + 1;
  }

  /** Whether a paragraph line continues the element on the line above (wrapped text), rather than starting one. */
  private boolean continuesElement(Unit above, String raw) {
    LineRole r = roles[above.line];
    if (r != LineRole.OBJECTIVE && r != LineRole.KEY_RESULT && r != LineRole.DETAIL && r != LineRole.INITIATIVE
        && r != LineRole.OBJECTIVE_AND_KEY_RESULT) {
      return false;
    }
    if (raw.isEmpty()) {
      return false;
    }
    char c = raw.charAt(0);
    if (!Character.isLowerCase(c) && "\u2014\u2013-(".indexOf(c) < 0) {
      return false;
    }
    // a short line above and a statement here: one element a line, written in lower case
    return lines[above.line].strip().length() >= 45 || !readsAsKeyResult(ElementText.read(raw, 0, raw.length()).text(), false);
  }

  /**
   * Whether a paragraph line is an aside rather than a statement: a title naming OKRs and a period,
   * a note in parentheses or italics, or "Term: prose".
   */
  private boolean aside(String raw, String text) {
    if (Section.isTitle(text) || raw.startsWith("(") && raw.endsWith(")") || raw.startsWith("_") && raw.endsWith("_")
        || raw.startsWith("*") && !raw.startsWith("**") && raw.endsWith("*")) {
      return true;
    }
    int firstColon = text.indexOf(':');
    if (section(firstColon < 0 ? text : text.substring(0, firstColon)).kind() == Section.Kind.NOT_OKRS) {
      return true;
    }
    int colon = text.indexOf(": ");
    return current == null && colon > 0 && Text.words(text.substring(0, colon)) <= 3
        && text.substring(0, colon).chars().noneMatch(Character::isDigit);
  }

  /** Whether a text reads as one statement, not prose: one sentence, not too long, not an introduction. */
  private static boolean statementLike(String text) {
    if (text.endsWith(":") || Text.words(text) > 30) {
      return false;
    }
    int stop = text.indexOf(". ");
    while (stop >= 0) {
      if (stop + 2 < text.length() && Character.isUpperCase(text.charAt(stop + 2)) && stop > 3
          && !Character.isUpperCase(text.charAt(stop - 1))) {
        return false;
      }
      stop = text.indexOf(". ", stop + 2);
    }
    return true;
  }

  /**
   * Whether the paragraph holding unit {@code i} is a list of statements, one a line, rather than
   * prose: a single line, or lines that each start a statement.
   */
  private boolean lineList(List<Unit> units, int i) {
    int start = i;
    while (start > 0 && !units.get(start).paragraphStart && units.get(start - 1).type == Unit.Type.PARA) {
      start--;
    }
    int end = i;
    while (!units.get(end).paragraphEnd && end + 1 < units.size() && units.get(end + 1).type == Unit.Type.PARA) {
      end++;
    }
    if (start == end) {
      return true;
    }
    final int first = start;
    final int last = end;
    return lineLists.computeIfAbsent(first, k -> statementLines(units, first, last));
  }

  /** Whether lines {@code start} to {@code end} of a paragraph each start a statement, mostly. */
  private boolean statementLines(List<Unit> units, int start, int end) {
    int statements = 0;
    for (int k = start; k <= end; k++) {
      Unit u = units.get(k);
      if (lines[u.line].strip().startsWith("|")) {
        statements++;
        continue;
      }
      ElementText t = text(u);
      String s = t.owner() != null || t.label().kind() != Label.Kind.NONE ? "@" : t.text();
      if (s.isEmpty() || !(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)) || s.charAt(0) == '@')) {
        return false;
      }
      if (t.label().kind() != Label.Kind.NONE || readsAsKeyResult(t.text(), false)) {
        statements++;
      }
    }
    return statements * 2 > end - start + 1;
  }

  private void item(List<Unit> units, int i) {
    Unit u = units.get(i);
    if (inNotOkrs() || quietList) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    ElementText t = text(u);
    Label.Kind label = t.label().kind();
    String raw = lines[u.line].substring(u.col).strip();
    if (anchor == Anchor.ITEM && u.level <= anchorLevel || anchor == Anchor.TABLE) {
      // a table's objective has the table's rows; a list after it is not more of them
      closeObjective();
    }
    if (label.isObjective() && !t.text().isEmpty()) {
      closeObjective();
      openObjective(u.line, t, Anchor.ITEM, u.level);
      return;
    }
    if (label == Label.Kind.INITIATIVE) {
      initiative(u, t);
      return;
    }
    if (label == Label.Kind.KEY_RESULT && t.text().isEmpty()) {
      unplace(u, NO_STATEMENT);
      return;
    }
    if (label == Label.Kind.OBJECTIVE && t.text().isEmpty()) {
      unplace(u, NO_TITLE);
      return;
    }
    if (label.isKeyResult() && t.text().isEmpty() || label.isInitiative() && t.text().isEmpty()
        || label == Label.Kind.OBJECTIVES && t.text().isEmpty()) {
      roles[u.line] = LineRole.STRUCTURE;
      initiatives = label.isInitiative();
      return;
    }
    if (t.text().isEmpty()) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    if (label == Label.Kind.NONE && meta(raw, false)) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    if (label == Label.Kind.NONE && u.level == 0 && t.owner() == null && u.children.isEmpty()
        && Text.words(t.text()) <= 6 && t.text().chars().noneMatch(Character::isDigit)
        && section(t.text()).kind() == Section.Kind.OWNER) {
      // "2. Growth team (retention focus)": a team's section written as a list item
      closeObjective();
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    int krLevel = switch (anchor) {
      case ITEM -> anchorLevel + 1;
      case NONE -> -1;
      default -> 0;
    };
    if (current == null && initiatives) {
      // an item under "Initiatives:" before any objective: listed, not dropped
      unplace(u, OUTSIDE_OBJECTIVE);
      return;
    }
    if (current == null || anchor == Anchor.UNTITLED && u.level == 0) {
      if (u.level == 0 && objectiveItem(u, t) && label == Label.Kind.NONE) {
        closeObjective();
        openObjective(u.line, t, Anchor.ITEM, u.level);
        return;
      }
      krLevel = u.level;
      if (current == null && u.level == 0 && label == Label.Kind.NONE && soleItem(units, i)
          && !readsAsKeyResult(t.text(), false)) {
        // "1. User Onboarding and Activation": a numbered section title, not a key result
        roles[u.line] = LineRole.STRUCTURE;
        return;
      }
    }
    boolean underOpenObjective = u.item != null && current != null && current.source != null
        && u.item.line + 1 < current.source.line();
    if (label.isKeyResult() || u.level == krLevel || underOpenObjective) {
      if (initiatives && current != null && !label.isKeyResult()) {
        addInitiative(u.line, t, false);
      } else {
        addKeyResult(u.line, t);
        keyResultsFromList = true;
      }
      return;
    }
    if (label.isInitiative()) {
      initiative(u, t);
      return;
    }
    if (u.level > krLevel && current != null && (current.lastKeyResult != null || initiatives)) {
      if (initiatives) {
        addInitiative(u.line, t, true);
      } else {
        roles[u.line] = LineRole.DETAIL;
      }
      return;
    }
    addKeyResult(u.line, t);
  }

  /** A line labelled as an initiative ({@code Initiative: …}) or opening a list of them ({@code Initiatives:}). */
  private void initiative(Unit u, ElementText t) {
    if (t.label().kind() == Label.Kind.INITIATIVES && t.text().isEmpty()) {
      roles[u.line] = LineRole.STRUCTURE;
      initiatives = true;
    } else if (t.text().isEmpty()) {
      unplace(u, "initiative label without a title");
    } else if (current == null) {
      unplace(u, OUTSIDE_OBJECTIVE);
    } else {
      addInitiative(u.line, t, true);
    }
  }

  /** Whether the item at {@code i} is the only item of its list. */
  private static boolean soleItem(List<Unit> units, int i) {
    for (int k = i - 1; k >= 0 && units.get(k).type != Unit.Type.HEADING; k--) {
      Unit u = units.get(k);
      if (u.type == Unit.Type.ITEM && u.level == 0) {
        return false;
      }
      if (u.type != Unit.Type.CONT && u.type != Unit.Type.ITEM) {
        break;
      }
    }
    for (int k = i + 1; k < units.size(); k++) {
      Unit u = units.get(k);
      if (u.type == Unit.Type.ITEM && u.level == 0) {
        return false;
      }
      if (u.type != Unit.Type.CONT && u.type != Unit.Type.ITEM) {
        break;
      }
    }
    return true;
  }

  private void continuation(Unit u) {
    Unit item = u.item;
    LineRole of = item == null ? null : roles[item.line];
    roles[u.line] = of == null || of == LineRole.STRUCTURE || of == LineRole.UNPLACED ? LineRole.STRUCTURE
        : LineRole.DETAIL;
    if (u.wrapped && item != null && roles[u.line] == LineRole.DETAIL) {
      wraps(item.line, u.line, u.col);
    }
  }

  /**
   * Line {@code line} wraps the text of the element that starts on line {@code of}: its words join
   * that element's statement or title (markup left out, everything else kept).
   */
  private void wraps(int of, int line, int col) {
    if (lastElement == null || lastElementLine != of) {
      return;
    }
    String more = ElementText.plain(lines[line].substring(Math.min(col, lines[line].length()), contentEnd(line)).strip());
    if (more.isEmpty()) {
      return;
    }
    Draft d = lastElement;
    if (lastKeyResult < 0) {
      d.title = d.title + " " + more;
    } else {
      KeyResultDraft kr = d.keyResults.get(lastKeyResult);
      kr.statement = kr.statement + " " + more;
    }
  }

  // ---- tables --------------------------------------------------------------------------------

  /** The roles of a table's columns, chosen by their headers. */
  static final class Columns {
    int objective = -1;
    int keyResult = -1;
    int combined = -1;
    int owner = -1;
    int score = -1;
    int status = -1;
    int number = -1;
    int priority = -1;
    boolean teamOwner;

    static Columns of(OutlineReader reader, Unit header) {
      return reader.columns.computeIfAbsent(header, h -> read(reader, h));
    }

    private static Columns read(OutlineReader reader, Unit header) {
      Columns c = new Columns();
      List<int[]> cells = cells(reader.lines[header.line], header.col);
      for (int k = 0; k < cells.size(); k++) {
        String h = ElementText.plain(reader.lines[header.line].substring(cells.get(k)[0], cells.get(k)[1]))
            .toLowerCase(Locale.ROOT).strip();
        boolean obj = OBJECTIVE_HEADER.matcher(h).matches() && Text.words(h) <= 5;
        boolean kr = KEY_RESULT_HEADER.matcher(h).matches() && Text.words(h) <= 5 && !NUMBERS_HEADER.matcher(h).matches();
        if (obj && kr) {
          c.combined = c.combined < 0 ? k : c.combined;
        } else if (obj && c.objective < 0) {
          c.objective = k;
        } else if (kr && c.keyResult < 0) {
          c.keyResult = k;
        } else if (OWNER_HEADER.matcher(h).matches()
            && c.owner < 0) {
          c.owner = k;
          c.teamOwner = h.startsWith("team");
        } else if (SCORE_HEADER.matcher(h).matches() && c.score < 0) {
          c.score = k;
        } else if (STATUS_HEADER.matcher(h).matches() && c.status < 0) {
          c.status = k;
        } else if (NUMBER_HEADER.matcher(h).matches() && c.number < 0 && k == 0) {
          c.number = k;
        } else if (PRIORITY_HEADER.matcher(h).matches() && c.priority < 0) {
          c.priority = k;
        }
      }
      return c;
    }

    boolean isOkrTable() {
      return objective >= 0 || keyResult >= 0 || combined >= 0;
    }
  }

  private void table(List<Unit> rows) {
    Unit header = rows.get(0);
    for (Unit r : rows) {
      roles[r.line] = LineRole.STRUCTURE;
    }
    for (int l = header.line + 1; l < lines.length && l <= header.line + 1; l++) {
      roles[l] = LineRole.STRUCTURE;
    }
    if (inNotOkrs()) {
      return;
    }
    Columns c = Columns.of(this, header);
    if (!c.isOkrTable()) {
      // a table whose header row is itself labelled ("| OBJECTIVE: … |") is read row by row
      // rows labelled in their first cell with a title of their own ("| OBJECTIVE: Grow … |") are OKRs
      // read row by row; label cells without text of their own are a table of definitions
      boolean labelled = false;
      for (Unit r : rows) {
        ElementText first = cellText(r, cells(lines[r.line], r.col), 0);
        labelled |= first.label().kind().isObjective() && !first.text().isEmpty();
      }
      if (labelled) {
        for (Unit r : rows) {
          roles[r.line] = null;
          if (r.header && cellText(r, cells(lines[r.line], r.col), 0).label().kind() == Label.Kind.NONE) {
            roles[r.line] = LineRole.STRUCTURE;
          } else {
            pipeRow(r);
          }
        }
      }
      return;
    }
    if (anchor != Anchor.HEADING && anchor != Anchor.PARA) {
      closeObjective();
    }
    Draft tableObjective = null;
    String lastObjectiveText = null;
    for (int k = 1; k < rows.size(); k++) {
      Unit r = rows.get(k);
      List<int[]> cells = cells(lines[r.line], r.col);
      ElementText obj = cellText(r, cells, c.objective);
      ElementText kr = cellText(r, cells, c.keyResult);
      if (c.combined >= 0) {
        ElementText both = cellText(r, cells, c.combined);
        String number = c.number >= 0 ? cellRaw(r, cells, c.number) : "";
        String rawCell = cellRaw(r, cells, c.combined);
        boolean objectiveRow = both.label().kind().isObjective()
            || !both.label().kind().isKeyResult() && (OBJECTIVE_NUMBER.matcher(number).matches()
                || rawCell.startsWith("**"));
        if (objectiveRow) {
          obj = both;
          kr = new ElementText(both.label(), "", 0, null, null, null);
        } else {
          kr = both;
        }
      }
      if (c.combined < 0 && obj.text().isEmpty() && !kr.text().isEmpty() && (kr.label().kind().isObjective()
          || cellRaw(r, cells, c.keyResult).startsWith("**") && onlyCell(r, cells, c.keyResult))) {
        obj = kr;
        kr = new ElementText(kr.label(), "", 0, null, null, null);
      }
      boolean newObjective = !obj.text().isEmpty() && (tableObjective == null || !obj.text().equals(lastObjectiveText));
      if (newObjective) {
        closeObjective();
        openObjective(r.line, obj, Anchor.TABLE, 0);
        tableObjective = current;
        lastObjectiveText = obj.text();
        if (kr.text().isEmpty()) {
          applyCells(r, cells, c, true);
        }
      }
      if (!kr.text().isEmpty()) {
        addKeyResult(r.line, kr);
        applyCells(r, cells, c, false);
        if (newObjective) {
          roles[r.line] = LineRole.OBJECTIVE_AND_KEY_RESULT;
        }
      } else if (!newObjective) {
        boolean empty = true;
        boolean beyondObjective = false;
        for (int cell = 0; cell < cells.size(); cell++) {
          boolean words = Text.hasWord(lines[r.line], cells.get(cell)[0], cells.get(cell)[1]);
          empty &= !words;
          beyondObjective |= words && cell != c.objective;
        }
        if (empty || !obj.text().isEmpty()) {
          roles[r.line] = LineRole.STRUCTURE;
          if (beyondObjective && !obj.text().isEmpty()) {
            // the objective's own row again, without a key result: its owner, score, status and
            // priority are the objective's, as on the row that opened it, not dropped
            applyCells(r, cells, c, true);
          }
        } else {
          unplace(r, EMPTY_ROW);
        }
      }
    }
  }

  /** The owner, score, status and priority cells of a row, on its key result or objective. */
  private void applyCells(Unit r, List<int[]> cells, Columns c, boolean onObjective) {
    String owner = c.owner >= 0 ? ElementText.plain(cellRaw(r, cells, c.owner)).strip() : "";
    String priority = c.priority >= 0 ? ElementText.plain(cellRaw(r, cells, c.priority)).strip() : "";
    Reported reported = reported(c.score >= 0 ? cellRaw(r, cells, c.score) : "",
        c.status >= 0 ? cellRaw(r, cells, c.status) : "");
    Owner who = Text.hasWord(owner, 0, owner.length()) ? (c.teamOwner ? Section.named(Owner.Kind.TEAM, owner) : ownerOf(owner)) : null;
    if (onObjective && current != null) {
      current.owner = who != null ? who : current.owner;
      current.reported = reported != null ? reported : current.reported;
      current.priority = priority.isEmpty() ? current.priority : priority;
      return;
    }
    if (current == null || current.keyResults.isEmpty()) {
      return;
    }
    KeyResultDraft kr = current.keyResults.get(current.keyResults.size() - 1);
    kr.owner = who != null ? who : kr.owner;
    kr.reported = reported != null ? reported : kr.reported;
    kr.priority = priority.isEmpty() ? kr.priority : priority;
  }

  /**
   * What a row's score and status cells report, or null. A cell that does not read as a score or
   * status ({@code n/a}, {@code 2 material}) is left in the document, not guessed at.
   */
  private static @Nullable Reported reported(String score, String status) {
    Optional<Reported> s = Reported.parse(score.isBlank() ? null : score);
    Optional<Reported> t = Reported.parse(status.isBlank() ? null : status);
    if (s.isPresent() && t.isPresent()) {
      return Reported.of(score.strip() + " \u00B7 " + status.strip(), s.get().score().or(() -> t.get().score()),
          t.get().status().or(() -> s.get().status()));
    }
    return s.or(() -> t).orElse(null);
  }

  private boolean onlyCell(Unit r, List<int[]> cells, int column) {
    for (int k = 0; k < cells.size(); k++) {
      if (k != column && Text.hasWord(lines[r.line], cells.get(k)[0], cells.get(k)[1])) {
        return false;
      }
    }
    return true;
  }

  private ElementText cellText(Unit r, List<int[]> cells, int column) {
    if (column < 0 || column >= cells.size()) {
      return new ElementText(new Label(Label.Kind.NONE, 0, false), "", 0, null, null, null);
    }
    int[] cell = cells.get(column);
    return ElementText.read(lines[r.line], cell[0], cell[1]);
  }

  private String cellRaw(Unit r, List<int[]> cells, int column) {
    if (column < 0 || column >= cells.size()) {
      return "";
    }
    return lines[r.line].substring(cells.get(column)[0], cells.get(column)[1]).strip();
  }

  /** A pipe row outside a Markdown table: read by the label of its first cell. */
  private void pipeRow(Unit u) {
    String line = lines[u.line];
    List<int[]> cells = cells(line, u.col);
    boolean rule = !cells.isEmpty();
    for (int[] c : cells) {
      for (int k = c[0]; k < c[1]; k++) {
        char ch = line.charAt(k);
        rule &= ch == '-' || ch == ':' || Character.isWhitespace(ch);
      }
    }
    if (cells.isEmpty() || rule) {
      roles[u.line] = LineRole.STRUCTURE;
      return;
    }
    ElementText first = cellText(u, cells, 0);
    ElementText text = first;
    if (first.text().isEmpty() || first.label().numbered() && first.label().kind().isKeyResult() && first.text().isEmpty()) {
      text = lastCell(u, cells);
    }
    Label.Kind label = first.label().kind();
    if (label == Label.Kind.NONE && current != null && shortNumbered(cellRaw(u, cells, 0))) {
      label = Label.Kind.KEY_RESULT;
      text = lastCell(u, cells);
    }
    if (label.isObjective() && !text.text().isEmpty()) {
      closeObjective();
      openObjective(u.line, text, Anchor.TABLE, 0);
    } else if ((label.isKeyResult() || label.isInitiative()) && !text.text().isEmpty()) {
      if (label.isInitiative() && current != null) {
        addInitiative(u.line, text, true);
      } else {
        addKeyResult(u.line, text);
      }
    } else if (label != Label.Kind.NONE) {
      unplace(u, EMPTY_ROW);
    } else {
      roles[u.line] = LineRole.STRUCTURE;
    }
  }

  private ElementText lastCell(Unit u, List<int[]> cells) {
    for (int k = cells.size() - 1; k >= 1; k--) {
      ElementText t = cellText(u, cells, k);
      if (!t.text().isEmpty()) {
        return t;
      }
    }
    return new ElementText(new Label(Label.Kind.NONE, 0, false), "", 0, null, null, null);
  }

  /** A short cell ending in a number, such as "Key Result 3" in another language. */
  private static boolean shortNumbered(String cell) {
    return !cell.isEmpty() && cell.length() <= 40 && Character.isDigit(cell.charAt(cell.length() - 1))
        && Text.words(cell) <= 4;
  }

  /** The cells of a table row as [start, end) of their trimmed text, outer pipes dropped. */
  static List<int[]> cells(String line, int from) {
    List<int[]> cells = new ArrayList<>();
    int end = Text.trimEnd(line, from, line.length());
    int p = Text.skipSpaces(line, from, end);
    if (p < end && line.charAt(p) == '|') {
      p++;
    }
    int start = p;
    boolean code = false;
    for (int k = p; k <= end; k++) {
      char ch = k < end ? line.charAt(k) : '|';
      if (ch == '`') {
        code = !code;
      }
      boolean pipe = k == end || ch == '|' && !code && line.charAt(k - 1) != '\\';
      if (pipe) {
        if (k == end && start >= end) {
          break;
        }
        int s = Text.skipSpaces(line, start, k);
        cells.add(new int[] {s, Text.trimEnd(line, s, k)});
        start = k + 1;
      }
    }
    return cells;
  }

  // ---- elements ------------------------------------------------------------------------------

  private ElementText text(Unit u) {
    if (u.text == null) {
      u.text = ElementText.read(lines[u.line], u.col, contentEnd(u.line));
    }
    return u.text;
  }

  /** What a heading or line says of the text under it ({@link Section#of}), read once per text. */
  private Section section(String text) {
    return sectionCache.computeIfAbsent(text, Section::of);
  }

  private static String withoutColon(String text) {
    return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
  }

  /** The end of a line's content: before a trailing HTML comment (suppressions live there). */
  private int contentEnd(int line) {
    String s = lines[line];
    int comment = s.lastIndexOf("<!--");
    if (comment > 0 && s.indexOf("-->", comment) >= 0 && s.substring(s.indexOf("-->", comment) + 3).isBlank()) {
      return comment;
    }
    return s.length();
  }

  private void openObjective(int line, ElementText t, Anchor how, int level) {
    String title = t.text();
    if (title.isEmpty()) {
      closeObjective();
      roles[line] = LineRole.STRUCTURE;
      return;
    }
    ObjectiveKind kind = null;
    Matcher m = KIND_TAG.matcher(title);
    if (m.find() && (m.end() == title.length() || m.start() == 0) && title.length() > m.group().length()) {
      kind = kindOf(m.group(1));
      title = (title.substring(0, m.start()) + " " + title.substring(m.end())).strip();
    }
    int column = t.start();
    if (kind != null && m.start() == 0) {
      int at = lines[line].indexOf(title, t.start());
      column = at >= 0 ? at : column;
    }
    Draft d = new Draft(title, SourcePosition.of(line + 1, column + 1));
    d.kind = kind != null ? kind : docKind;
    Owner named = t.owner() != null ? ownerOf(t.owner()) : null;
    d.owner = named != null ? named : sectionOwner();
    d.cycle = sectionCycle();
    d.priority = t.priority();
    d.reported = t.reported();
    objectives.add(d);
    current = d;
    lastElement = d;
    lastElementLine = line;
    lastKeyResult = -1;
    anchor = how;
    anchorLevel = level;
    initiatives = false;
    described = false;
    keyResultsFromList = false;
    roles[line] = LineRole.OBJECTIVE;
  }

  private void closeObjective() {
    current = null;
    keyResultsFromList = false;
    anchor = Anchor.NONE;
    initiatives = false;
  }

  private @Nullable Owner sectionOwner() {
    for (int k = sections.size() - 1; k >= 0; k--) {
      if (sections.get(k).section().owner() != null) {
        return sections.get(k).section().owner();
      }
    }
    return docOwner;
  }

  private @Nullable Cycle sectionCycle() {
    for (int k = sections.size() - 1; k >= 0; k--) {
      if (sections.get(k).section().cycle() != null) {
        return sections.get(k).section().cycle();
      }
    }
    return docCycle;
  }

  private void addKeyResult(int line, ElementText t) {
    if (t.text().isEmpty()) {
      roles[line] = LineRole.STRUCTURE;
      return;
    }
    if (current == null) {
      Draft d = new Draft(OutlineImport.UNTITLED, null);
      d.owner = sectionOwner();
      d.cycle = sectionCycle();
      d.kind = docKind;
      objectives.add(d);
      current = d;
      anchor = Anchor.UNTITLED;
    }
    Draft d = current;
    String id = d.id + ".KR" + (d.keyResults.size() + 1);
    KeyResultDraft kr = new KeyResultDraft(id, t.text(), SourcePosition.of(line + 1, t.start() + 1));
    kr.owner = t.owner() == null ? null : ownerOf(t.owner());
    kr.priority = t.priority();
    kr.reported = t.reported();
    d.keyResults.add(kr);
    d.lastKeyResult = id;
    lastElement = d;
    lastElementLine = line;
    lastKeyResult = d.keyResults.size() - 1;
    roles[line] = LineRole.KEY_RESULT;
  }

  private void addInitiative(int line, ElementText t, boolean linked) {
    Draft d = current;
    if (t.text().isEmpty()) {
      roles[line] = LineRole.STRUCTURE;
      return;
    }
    if (d == null) {
      // an item under "Initiatives:" before any objective: listed, not dropped
      unplace(line, OUTSIDE_OBJECTIVE);
      return;
    }
    Initiative.Builder b = Initiative.builder()
        .id(d.id + ".I" + (d.initiativeList.size() + 1))
        .title(t.text())
        .source(SourcePosition.of(line + 1, t.start() + 1));
    if (linked && d.lastKeyResult != null && !initiatives) {
      b.addKeyResultId(d.lastKeyResult);
    }
    d.initiativeList.add(b.build());
    roles[line] = LineRole.INITIATIVE;
  }

  private void appendDescription(String text) {
    if (current != null && !text.isEmpty()) {
      if (current.description.length() > 0) {
        current.description.append(' ');
      }
      current.description.append(text);
    }
  }

  private void unplace(Unit u, String reason) {
    unplace(u.line, reason);
  }

  private void unplace(int line, String reason) {
    roles[line] = LineRole.UNPLACED;
    String text = lines[line];
    // the first char that is not blank as a blank line is blank (String.isBlank), not only past the
    // Markdown indent of spaces and tabs: a line may start with a form feed
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    unplaced.add(ImmutableUnplacedLine.builder()
        .line(line + 1)
        .column(first + 1)
        .text(text)
        .reason(reason)
        .build());
  }

  /**
   * Whether a text reads as a key-result statement: the statement reader finds a number it would
   * measure and a verb or metric ({@code strict}), or at least a verb or a leading number.
   */
  private boolean readsAsKeyResult(String text, boolean strict) {
    if (text.isEmpty()) {
      return false;
    }
    KeyResultStatement s = statements.computeIfAbsent(text, parser::parse);
    if (s.kind() == StatementKind.UNCLEAR) {
      return false;
    }
    boolean number = s.target().isPresent() || s.baseline().isPresent() || s.relativeChange().isPresent();
    if (strict) {
      return number && (s.verb().isPresent() || s.metric().isPresent());
    }
    return number || s.verb().isPresent();
  }

  private static int stripClosingHashes(String line) {
    int e = Text.trimEnd(line, 0, line.length());
    int k = e;
    while (k > 0 && line.charAt(k - 1) == '#') {
      k--;
    }
    return k < e && k > 0 && Character.isWhitespace(line.charAt(k - 1)) ? k : e;
  }

  /** A line's text without a leading list marker. */
  private static String stripMarker(String s) {
    int q = marker(s, 0);
    return q < 0 ? s : s.substring(Text.skipSpaces(s, q, s.length()));
  }

  /** The index after a list marker at {@code p} ({@code -}, {@code *}, {@code •}, {@code 1.}, {@code 2)}), or -1. */
  static int marker(String line, int p) {
    int n = line.length();
    if (p >= n) {
      return -1;
    }
    char c = line.charAt(p);
    if ("-*+\u2022\u00B7\u25E6\u25AA\u2023\u2013\u2014\u25CB\u25CF\u25A0\u25A1\u25BA\u25B8".indexOf(c) >= 0) {
      return p + 1 < n && Character.isWhitespace(line.charAt(p + 1)) ? p + 1 : -1;
    }
    if (Character.isDigit(c)) {
      int q = Text.digits(line, p, n);
      while (q + 1 < n && line.charAt(q) == '.' && Character.isDigit(line.charAt(q + 1))) {
        q = Text.digits(line, q + 1, n);
      }
      return q < n && (line.charAt(q) == '.' || line.charAt(q) == ')') && q + 1 < n
          && Character.isWhitespace(line.charAt(q + 1)) ? q + 1 : -1;
    }
    return -1;
  }
}
