package dev.okr.core.outline;

import dev.okr.core.Initiative;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.core.statement.StatementParser;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads an outline line by line; see {@link OutlineImport} for what it understands. */
final class OutlineReader {
  private static final String NOT_AN_ELEMENT = "not an objective, key result or initiative";
  private static final String OUTSIDE = "list item outside any objective";
  private static final String NO_TITLE = "objective label without a title";
  private static final String NO_STATEMENT = "key result label without a statement";
  private static final String NO_INITIATIVE = "initiative label without a title";
  private static final String ORPHAN_INITIATIVE = "initiative outside any objective";
  private static final String TABLE_ROW = "table row that is not an objective, key result or initiative";
  private static final String EMPTY_ROW = "table row without a statement";

  /** The label a line or table cell starts with. */
  private enum Label { NONE, OBJECTIVE, OBJECTIVES, KEY_RESULT, KEY_RESULTS, INITIATIVE, INITIATIVES }

  /** What unlabelled list items under an objective are. */
  private enum Mode { KEY_RESULTS, INITIATIVES }

  private final String text;
  private final StatementParser parser = StatementParser.standard();
  private final List<Draft> objectives = new ArrayList<>();
  private final List<UnplacedLine> unplaced = new ArrayList<>();
  private final List<Integer> structure = new ArrayList<>();
  private @Nullable Draft current;
  private @Nullable Draft untitled;
  private boolean seenObjective;
  private Mode mode = Mode.KEY_RESULTS;

  private int lineNo;
  private String line = "";
  private int indent;

  /** An objective being read. */
  private static final class Draft {
    final String id;
    final String title;
    final @Nullable SourcePosition source;
    final @Nullable ObjectiveKind kind;
    final int indent;
    final boolean inTable;
    final List<KeyResult> keyResults = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    @Nullable String lastKeyResult;
    int lastKeyResultIndent = -1;

    Draft(String id, String title, @Nullable SourcePosition source, @Nullable ObjectiveKind kind, int indent,
        boolean inTable) {
      this.id = id;
      this.title = title;
      this.source = source;
      this.kind = kind;
      this.indent = indent;
      this.inTable = inTable;
    }

    Objective build() {
      Objective.Builder b = Objective.builder().id(id).title(title).addAllKeyResults(keyResults)
          .addAllInitiatives(initiatives);
      if (source != null) {
        b.source(source);
      }
      if (kind != null) {
        b.kind(kind);
      }
      return b.build();
    }
  }

  /** A label found at the start of a line or cell: its kind and where the text after it starts. */
  private static final class Match {
    final Label label;
    final int textStart;
    final boolean numbered;

    Match(Label label, int textStart, boolean numbered) {
      this.label = label;
      this.textStart = textStart;
      this.numbered = numbered;
    }
  }

  OutlineReader(String text) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  OutlineImport read() {
    String s = text;
    int n = s.length();
    int i = 0;
    while (i <= n) {
      int j = i;
      while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
        j++;
      }
      lineNo++;
      line = s.substring(i, j);
      readLine();
      if (j >= n) {
        break;
      }
      i = s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? j + 2 : j + 1;
    }
    List<Objective> built = new ArrayList<>(objectives.size());
    for (Draft d : objectives) {
      built.add(d.build());
    }
    return ImmutableOutlineImport.builder()
        .okrSet(OkrSet.of(built))
        .addAllUnplaced(unplaced)
        .addAllStructureLines(structure)
        .build();
  }

  private void readLine() {
    indent = 0;
    while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
      indent++;
    }
    if (indent == line.length()) {
      return;
    }
    // A Markdown comment ending the line is not content (okr-lint reads suppressions from it):
    // a line that is only a comment reads as blank, and a trailing one is not part of the text.
    int comment = line.indexOf("<!--", indent);
    if (comment >= 0) {
      int close = line.indexOf("-->", comment + 4);
      if (close >= 0 && line.substring(close + 3).isBlank()) {
        line = line.substring(0, comment);
        if (line.isBlank()) {
          return;
        }
      }
    }
    if (line.charAt(indent) == '|') {
      readTableRow();
      return;
    }
    if (current != null && current.inTable) {
      current = null;
    }
    int p = indent;
    boolean heading = false;
    boolean listItem = false;
    for (int markers = 0; markers < 3; markers++) {
      int q = marker(p);
      if (q < 0) {
        break;
      }
      if (line.charAt(p) == '#') {
        heading = true;
      } else if (line.charAt(p) != '>') {
        listItem = true;
      }
      p = skipSpaces(q);
    }
    Match m = label(skipEmphasis(p), line.length());
    switch (m.label) {
      case OBJECTIVE:
      case OBJECTIVES:
        objectiveLine(m);
        break;
      case KEY_RESULTS:
        if (hasText(m.textStart, line.length())) {
          keyResultLine(m.textStart);
        } else {
          reopen();
          mode = Mode.KEY_RESULTS;
          structure.add(lineNo);
        }
        break;
      case KEY_RESULT:
        if (hasText(m.textStart, line.length())) {
          keyResultLine(m.textStart);
        } else {
          unplace(NO_STATEMENT);
        }
        break;
      case INITIATIVES:
        if (hasText(m.textStart, line.length())) {
          initiativeLine(m.textStart);
        } else if (reopen() != null) {
          mode = Mode.INITIATIVES;
          structure.add(lineNo);
        } else {
          unplace(ORPHAN_INITIATIVE);
        }
        break;
      case INITIATIVE:
        if (hasText(m.textStart, line.length())) {
          initiativeLine(m.textStart);
        } else {
          unplace(NO_INITIATIVE);
        }
        break;
      default:
        unlabelled(p, heading, listItem);
        break;
    }
  }

  private void unlabelled(int p, boolean heading, boolean listItem) {
    if (listItem && current != null && indent < current.indent) {
      current = null;
    }
    if (listItem && current != null) {
      if (mode == Mode.INITIATIVES) {
        initiativeLine(p);
      } else {
        keyResultLine(p);
      }
      return;
    }
    boolean orphan = current == null && !seenObjective;
    if (!heading && (current != null && mode == Mode.KEY_RESULTS || orphan) && readsAsKeyResult(p)) {
      keyResultLine(p);
      return;
    }
    unplace(listItem && current == null ? OUTSIDE : NOT_AN_ELEMENT);
    current = null;
  }

  private boolean readsAsKeyResult(int p) {
    int[] span = clean(p, line.length());
    if (span[0] >= span[1]) {
      return false;
    }
    KeyResultStatement s = parser.parse(line.substring(span[0], span[1]));
    return s.kind() != StatementKind.UNCLEAR
        && (s.verb().isPresent() || s.target().map(q -> q.start() == 0).orElse(false));
  }

  // ---- elements ------------------------------------------------------------------------------

  private void objectiveLine(Match m) {
    int[] span = clean(m.textStart, line.length());
    if (span[0] >= span[1]) {
      if (m.label == Label.OBJECTIVES) {
        structure.add(lineNo);
      } else {
        unplace(NO_TITLE);
      }
      return;
    }
    addObjective(span[0], span[1]);
  }

  private void addObjective(int from, int to) {
    ObjectiveKind kind = null;
    String title = line.substring(from, to);
    String lower = title.toLowerCase(java.util.Locale.ROOT);
    for (ObjectiveKind k : ObjectiveKind.values()) {
      String name = k.name().toLowerCase(java.util.Locale.ROOT);
      for (String tag : new String[] {"(" + name + ")", "[" + name + "]"}) {
        if (lower.endsWith(tag) && title.length() > tag.length()) {
          kind = k;
          to -= tag.length();
        } else if (lower.startsWith(tag) && title.length() > tag.length()) {
          kind = k;
          from += tag.length();
        }
      }
    }
    if (kind != null) {
      int[] span = clean(from, to);
      if (span[0] < span[1]) {
        from = span[0];
        to = span[1];
      }
    }
    Draft d = new Draft("O" + (objectives.size() + 1), line.substring(from, to),
        SourcePosition.of(lineNo, from + 1), kind, indent, line.charAt(indent) == '|');
    objectives.add(d);
    current = d;
    seenObjective = true;
    mode = Mode.KEY_RESULTS;
  }

  private void keyResultLine(int p) {
    int[] span = clean(p, line.length());
    if (span[0] >= span[1]) {
      unplace(NO_STATEMENT);
      return;
    }
    addKeyResult(span[0], span[1]);
  }

  private void addKeyResult(int from, int to) {
    Draft d = reopen();
    if (d == null) {
      if (untitled == null) {
        untitled = new Draft("O" + (objectives.size() + 1), OutlineImport.UNTITLED, null, null, 0, false);
        objectives.add(untitled);
      }
      d = untitled;
    }
    current = d;
    mode = Mode.KEY_RESULTS;
    String id = d.id + ".KR" + (d.keyResults.size() + 1);
    d.keyResults.add(KeyResult.builder().id(id).statement(line.substring(from, to))
        .source(SourcePosition.of(lineNo, from + 1)).build());
    d.lastKeyResult = id;
    d.lastKeyResultIndent = indent;
  }

  private void initiativeLine(int p) {
    Draft d = reopen();
    if (d == null) {
      unplace(ORPHAN_INITIATIVE);
      return;
    }
    int[] span = clean(p, line.length());
    if (span[0] >= span[1]) {
      unplace(NO_INITIATIVE);
      return;
    }
    addInitiative(d, span[0], span[1]);
  }

  private void addInitiative(Draft d, int from, int to) {
    Initiative.Builder b = Initiative.builder()
        .id(d.id + ".I" + (d.initiatives.size() + 1))
        .title(line.substring(from, to))
        .source(SourcePosition.of(lineNo, from + 1));
    if (d.lastKeyResult != null && indent > d.lastKeyResultIndent) {
      b.addKeyResultId(d.lastKeyResult);
    }
    d.initiatives.add(b.build());
  }

  /** The open objective, else the last one read (reopened), else null. */
  private @Nullable Draft reopen() {
    if (current == null && !objectives.isEmpty()) {
      current = objectives.get(objectives.size() - 1);
    }
    return current;
  }

  private void unplace(String reason) {
    unplaced.add(ImmutableUnplacedLine.builder()
        .line(lineNo)
        .column(indent + 1)
        .text(line)
        .reason(reason)
        .build());
  }

  // ---- tables --------------------------------------------------------------------------------

  private void readTableRow() {
    List<int[]> cells = cells();
    boolean rule = !cells.isEmpty();
    for (int[] c : cells) {
      for (int k = c[0]; k < c[1]; k++) {
        char ch = line.charAt(k);
        if (ch != '-' && ch != ':' && !Character.isWhitespace(ch)) {
          rule = false;
        }
      }
    }
    if (rule && line.indexOf('-', indent) >= 0) {
      structure.add(lineNo);
      return;
    }
    if (cells.isEmpty() || cells.get(0)[0] >= cells.get(0)[1]) {
      unplace(TABLE_ROW);
      return;
    }
    int[] first = cells.get(0);
    int labelStart = skipEmphasis(first[0]);
    Match m = label(labelStart, first[1]);
    int[] own = clean(m.textStart, first[1]);
    int[] text = own[0] < own[1] ? own : lastOtherCell(cells);
    Label label = m.label;
    if (label == Label.NONE && looksLikeLabel(first) && (current != null || seenObjective)) {
      label = Label.KEY_RESULT;
      text = lastOtherCell(cells);
    }
    switch (label) {
      case OBJECTIVE:
      case OBJECTIVES:
        if (text[0] < text[1]) {
          addObjective(text[0], text[1]);
        } else {
          unplace(NO_TITLE);
        }
        break;
      case KEY_RESULT:
      case KEY_RESULTS:
        if (text[0] < text[1]) {
          addKeyResult(text[0], text[1]);
        } else {
          unplace(EMPTY_ROW);
        }
        break;
      case INITIATIVE:
      case INITIATIVES:
        Draft d = reopen();
        if (d == null) {
          unplace(ORPHAN_INITIATIVE);
        } else if (text[0] < text[1]) {
          addInitiative(d, text[0], text[1]);
        } else {
          unplace(EMPTY_ROW);
        }
        break;
      default:
        unplace(TABLE_ROW);
        break;
    }
  }

  /** The cells of a table row as [start, end) of their trimmed text, outer pipes dropped. */
  private List<int[]> cells() {
    List<int[]> cells = new ArrayList<>();
    int end = line.length();
    while (end > indent && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int from = indent + 1;
    for (int k = from; k <= end; k++) {
      boolean pipe = k < end && line.charAt(k) == '|' && line.charAt(k - 1) != '\\';
      if (pipe || k == end) {
        if (k == end && from >= end) {
          break;
        }
        int s = from;
        int e = k;
        while (s < e && Character.isWhitespace(line.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
          e--;
        }
        cells.add(new int[] {s, e});
        from = k + 1;
      }
    }
    return cells;
  }

  private int[] lastOtherCell(List<int[]> cells) {
    for (int c = cells.size() - 1; c >= 1; c--) {
      int[] span = clean(cells.get(c)[0], cells.get(c)[1]);
      if (span[0] < span[1]) {
        return span;
      }
    }
    return new int[] {0, 0};
  }

  /** A short cell ending in a number, such as "Key Result 3" in another language. */
  private boolean looksLikeLabel(int[] cell) {
    int length = cell[1] - cell[0];
    if (length == 0 || length > 40 || !Character.isDigit(line.charAt(cell[1] - 1))) {
      return false;
    }
    int words = 1;
    for (int k = cell[0]; k < cell[1]; k++) {
      if (line.charAt(k) == ' ') {
        words++;
      }
    }
    return words <= 4;
  }

  // ---- line shapes -----------------------------------------------------------------------------

  /** The index after a list, heading or quote marker at {@code p}, or -1. */
  private int marker(int p) {
    int n = line.length();
    if (p >= n) {
      return -1;
    }
    char c = line.charAt(p);
    if (c == '#') {
      int q = p;
      while (q < n && line.charAt(q) == '#') {
        q++;
      }
      return q - p <= 6 && (q == n || line.charAt(q) == ' ' || line.charAt(q) == '\t') ? q : -1;
    }
    if ("-*+>\u2022\u00B7\u25E6\u25AA\u2023\u2013\u2014\u25CB\u25CF\u25A0\u25A1\u25BA\u25B8".indexOf(c) >= 0) {
      return spaceAt(p + 1) ? p + 1 : -1;
    }
    if (c == '[' && p + 2 < n && line.charAt(p + 2) == ']' && " xX".indexOf(line.charAt(p + 1)) >= 0) {
      return spaceAt(p + 3) ? p + 3 : -1;
    }
    if (c == '(') {
      int q = digits(p + 1);
      return q > p + 1 && q < n && line.charAt(q) == ')' && spaceAt(q + 1) ? q + 1 : -1;
    }
    if (Character.isDigit(c)) {
      int q = digits(p);
      while (q + 1 < n && line.charAt(q) == '.' && Character.isDigit(line.charAt(q + 1))) {
        q = digits(q + 1);
      }
      return q < n && (line.charAt(q) == '.' || line.charAt(q) == ')') && spaceAt(q + 1) ? q + 1 : -1;
    }
    if (c >= 'a' && c <= 'z' && p + 1 < n && line.charAt(p + 1) == ')') {
      return spaceAt(p + 2) ? p + 2 : -1;
    }
    return -1;
  }

  private boolean spaceAt(int p) {
    return p < line.length() && Character.isWhitespace(line.charAt(p));
  }

  private int digits(int p) {
    while (p < line.length() && Character.isDigit(line.charAt(p))) {
      p++;
    }
    return p;
  }

  private int skipSpaces(int p) {
    while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
      p++;
    }
    return p;
  }

  private int skipEmphasis(int p) {
    while (p < line.length() && (line.charAt(p) == '*' || line.charAt(p) == '_')) {
      p++;
    }
    return p;
  }

  /** The label at {@code p}, looking no further than {@code end}. */
  private Match label(int p, int end) {
    int q = p;
    while (q < end && q - p < 12 && (Character.isLetter(line.charAt(q)) && line.charAt(q) < 128)) {
      q++;
    }
    String word = line.substring(p, q).toLowerCase(java.util.Locale.ROOT);
    Label label;
    boolean plural = false;
    switch (word) {
      case "objective":
        label = Label.OBJECTIVE;
        break;
      case "objectives":
        label = Label.OBJECTIVES;
        plural = true;
        break;
      case "o":
        label = q < end && Character.isDigit(line.charAt(q)) ? Label.OBJECTIVE : Label.NONE;
        break;
      case "kr":
        label = Label.KEY_RESULT;
        break;
      case "krs":
        label = Label.KEY_RESULTS;
        plural = true;
        break;
      case "initiative":
        label = Label.INITIATIVE;
        break;
      case "initiatives":
        label = Label.INITIATIVES;
        plural = true;
        break;
      case "key":
        int r = skipSpaces(q);
        if (r > q && r + 6 <= end && line.regionMatches(true, r, "result", 0, 6)) {
          q = r + 6;
          if (q < end && (line.charAt(q) == 's' || line.charAt(q) == 'S')) {
            q++;
            plural = true;
          }
          label = plural ? Label.KEY_RESULTS : Label.KEY_RESULT;
          if (q < end && Character.isLetterOrDigit(line.charAt(q)) && !Character.isDigit(line.charAt(q))) {
            label = Label.NONE;
          }
        } else {
          label = Label.NONE;
        }
        break;
      default:
        label = Label.NONE;
        break;
    }
    if (label == Label.NONE) {
      return new Match(Label.NONE, p, false);
    }
    int k = q;
    int afterWord = skipSpaces(k);
    boolean numbered = false;
    int num = afterWord < end && line.charAt(afterWord) == '#' ? afterWord + 1 : afterWord;
    if (word.equals("o")) {
      num = k;
    }
    int d = Math.min(digits(num), end);
    if (d > num) {
      numbered = true;
      while (d + 1 < end && line.charAt(d) == '.' && Character.isDigit(line.charAt(d + 1))) {
        d = Math.min(digits(d + 1), end);
      }
      k = d;
    } else if (word.equals("o")) {
      return new Match(Label.NONE, p, false);
    } else if (q < end && Character.isLetterOrDigit(line.charAt(q))) {
      return new Match(Label.NONE, p, false);
    }
    k = Math.min(skipEmphasis(k), end);
    int s = Math.min(skipSpaces(k), end);
    if (s < end && ":.)-\u2013\u2014".indexOf(line.charAt(s)) >= 0) {
      k = s + 1;
    } else if (s >= end) {
      k = end;
    } else if (!(numbered && s > k)) {
      return new Match(Label.NONE, p, false);
    }
    k = Math.min(skipSpaces(skipEmphasis(k)), end);
    if (!plural && !numbered && k >= end && (label == Label.KEY_RESULT)) {
      label = Label.KEY_RESULTS;
    }
    return new Match(label, k, numbered);
  }

  private boolean hasText(int from, int to) {
    int[] span = clean(from, to);
    return span[0] < span[1];
  }

  /** The span [from, to) without surrounding blanks, emphasis markers and matching quotes. */
  private int[] clean(int from, int to) {
    int s = from;
    int e = Math.min(to, line.length());
    boolean changed = true;
    while (changed) {
      changed = false;
      while (s < e && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      if (e - s >= 2) {
        char a = line.charAt(s);
        char b = line.charAt(e - 1);
        if (a == b && (a == '*' || a == '_' || a == '"' || a == '\'' || a == '`')
            || a == '\u201C' && b == '\u201D' || a == '\u2018' && b == '\u2019' || a == '\u00AB' && b == '\u00BB') {
          s++;
          e--;
          changed = true;
        }
      }
    }
    for (int k = s; k < e; k++) {
      if (Character.isLetterOrDigit(line.charAt(k))) {
        return new int[] {s, e};
      }
    }
    return new int[] {s, s};
  }
}
