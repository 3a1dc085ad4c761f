package dev.okr.lint;

import dev.okr.core.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the edits rules propose ({@link Edit}) and the engine's own (a suppression of a finding, the
 * removal of an unused suppression comment) into {@link Fix}es of one document's text. Each edit is
 * made only where its result stays well-formed; otherwise no fix is offered:
 *
 * <ul>
 *   <li>in a YAML block mapping, a field is a new line at the column of the element's first key,
 *       and only when the mapping does not have that key yet (a mapping names each field once);
 *   <li>in a JSON object or YAML flow mapping, a field is a new first member after its brace;
 *   <li>in a Markdown or text outline, a suppression is a comment at the end of the element's line
 *       (not in a table row), and an objective's kind a tag after its title when nothing follows it;
 *   <li>a text edit is made only where the element's text is written as it reads (no quotes
 *       escaped, no markup inside), with plain words.
 * </ul>
 *
 * <p>One instance per lint call, not thread-safe.
 */
final class Fixes {
  /** Text that stays plain words in YAML, JSON and an outline: letters, digits, spaces, '-', '_', '.'. */
  static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");
  /** The reason a suppression fix writes, for the user to replace. */
  static final String REASON = "TODO: say why";

  private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*[ \\t]*:(?:[ \\t].*)?");
  /** How many lines after an element's position its text is looked for in YAML and JSON. */
  private static final int WINDOW = 12;

  private final CodePointColumns lines;
  private final String text;
  private final boolean outline;
  private final String newline;

  Fixes(CodePointColumns lines, boolean outline) {
    this.lines = lines;
    this.text = lines.text();
    this.outline = outline;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** The fix for a proposed edit at an element, when it can be made safely. */
  @Nullable Fix of(Scope at, String title, Edit edit) {
    Replacement r = edit instanceof Edit.ReplaceText t ? replaceText(at, t) : addField(at, (Edit.AddField) edit);
    return r == null ? null : Fix.of(title, r);
  }

  /**
   * A suppression of a rule on the element a finding is at: a comment in an outline, an entry in a
   * new {@code suppressions} field in YAML and JSON; with a reason for the user to write.
   */
  @Nullable Fix suppression(Scope at, String ruleId, @Nullable SourcePosition line) {
    if (!(at instanceof ObjectiveScope || at instanceof KeyResultScope || at instanceof InitiativeScope
        || at instanceof UnplacedScope)) {
      return null; // the document and teams take no suppressions
    }
    String suppression = ruleId + " -- " + REASON;
    String title = "Suppress " + ruleId + " here (then write why)";
    if (outline) {
      SourcePosition p = line != null ? line : at.source().orElse(null);
      int start = p == null ? -1 : lines.lineStart(p.line());
      if (start < 0) {
        return null;
      }
      int end = lines.lineEnd(start);
      int first = start;
      while (first < end && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      int last = end - 1;
      while (last > first && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      if (first == end || text.charAt(first) == '|' || text.charAt(last) == '|' || hasOpenComment(first, end)) {
        return null; // a table row's cells, or a comment left open
      }
      return Fix.of(title, replacement(end, end, " <!-- " + OutlineSuppressions.MARKER + " " + suppression + " -->"));
    }
    if (!at.suppressionTexts().isEmpty()) {
      return null; // its suppressions field exists: a second one would not read
    }
    Replacement r = field(at, "suppressions", "[\"" + suppression + "\"]", "[\"" + suppression + "\"]");
    return r == null ? null : Fix.of(title, r);
  }

  /** The removal of an outline's suppression comment that starts at a position; its line too when nothing else is on it. */
  @Nullable Fix removeComment(@Nullable SourcePosition p) {
    if (!outline || p == null) {
      return null;
    }
    int lineStart = lines.lineStart(p.line());
    if (lineStart < 0) {
      return null;
    }
    int lineEnd = lines.lineEnd(lineStart);
    int open = lineStart + p.column() - 1;
    if (open > lineEnd || !text.startsWith("<!--", open)) {
      return null;
    }
    int close = text.indexOf("-->", open + 4);
    if (close < 0 || close > lineEnd) {
      return null;
    }
    int end = close + 3;
    int start = open;
    while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
      start--;
    }
    if (start == lineStart && text.substring(end, lineEnd).isBlank()) {
      int next = lines.lineStart(p.line() + 1);
      end = next < 0 ? lineEnd : next;
      if (next < 0 && lineStart > 0) {
        start = lineStart - (text.startsWith("\r\n", lineStart - 2) ? 2 : 1); // the last line: take the break before it
      }
    }
    return Fix.of("Remove the unused suppression", replacement(start, end, ""));
  }

  private @Nullable Replacement replaceText(Scope at, Edit.ReplaceText edit) {
    String element = at.text();
    if (edit.span().end() > element.length() || element.isEmpty()) {
      return null;
    }
    String after = element.substring(0, edit.span().start()) + edit.text() + element.substring(edit.span().end());
    if (after.isBlank()) {
      return null; // a statement or title may not be blank: the document would not read
    }
    int start = textStart(at);
    if (start < 0) {
      return null;
    }
    return replacement(start + edit.span().start(), start + edit.span().end(), edit.text());
  }

  /** Where the element's text is written as it reads, or -1. */
  private int textStart(Scope at) {
    String element = at.text();
    SourcePosition p = at.source().orElse(null);
    int lineStart = p == null ? -1 : lines.lineStart(p.line());
    if (lineStart < 0 || element.indexOf('\n') >= 0 || element.indexOf('\r') >= 0) {
      return -1;
    }
    if (outline) {
      int start = lineStart + p.column() - 1;
      return text.startsWith(element, start) ? start : -1;
    }
    int windowEnd = lines.lineStart(p.line() + WINDOW);
    int limit = windowEnd < 0 ? text.length() : windowEnd;
    int inWindow = text.substring(lineStart, limit).indexOf(element); // not beyond: an absent text costs a window, not the file
    if (inWindow < 0) {
      return -1;
    }
    int found = lineStart + inWindow;
    // written as a plain, single- or double-quoted scalar that ends where the text ends
    char before = found == 0 ? ' ' : text.charAt(found - 1);
    int after = found + element.length();
    char next = after >= text.length() ? '\n' : text.charAt(after);
    boolean quoted = (before == '"' || before == '\'') && next == before;
    boolean plain = (before == ' ' || before == '\t') && (next == '\n' || next == '\r' || next == ' ' && text.startsWith(" #", after));
    return quoted || plain ? found : -1;
  }

  private @Nullable Replacement addField(Scope at, Edit.AddField edit) {
    if (outline) {
      if (!edit.field().equals("kind") || !(at instanceof ObjectiveScope)) {
        return null;
      }
      int start = textStart(at);
      if (start < 0) {
        return null;
      }
      int end = start + at.text().length();
      int lineEnd = lines.lineEnd(lines.lineStart(lines.lineOf(start)));
      if (!text.substring(end, lineEnd).isBlank()) {
        return null; // something follows the title: a report, a table cell
      }
      return replacement(end, end, " (" + edit.value() + ")");
    }
    return field(at, edit.field(), edit.value(), "\"" + edit.value() + "\"");
  }

  /**
   * A new field of the element's mapping: a line before its first key in a YAML block mapping, a
   * first member after the brace of a JSON object or flow mapping; none when the mapping has the key.
   */
  private @Nullable Replacement field(Scope at, String name, String yamlValue, String jsonValue) {
    SourcePosition p = at.source().orElse(null);
    int lineStart = p == null ? -1 : lines.lineStart(p.line());
    if (lineStart < 0) {
      return null;
    }
    int lineEnd = lines.lineEnd(lineStart);
    int o = lineStart + p.column() - 1;
    if (o >= lineEnd) {
      return null;
    }
    if (text.charAt(o) == '{') {
      int close = closingBrace(o);
      if (close < 0) {
        return null;
      }
      if (text.substring(o + 1, close).isBlank() || hasMember(o, close, name)) {
        return null;
      }
      return replacement(o + 1, o + 1, "\"" + name + "\": " + jsonValue + ", ");
    }
    String prefix = text.substring(lineStart, o);
    if (!prefix.matches("[ -]*") || !YAML_KEY.matcher(text.substring(o, lineEnd)).matches()) {
      return null;
    }
    int column = o - lineStart;
    if (hasKey(text.substring(o, lineEnd), name)) {
      return null;
    }
    for (int line = p.line() + 1; line <= lines.lineCount(); line++) {
      int s = lines.lineStart(line);
      String content = text.substring(s, lines.lineEnd(s));
      String stripped = content.stripLeading();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int indent = content.length() - stripped.length();
      if (indent < column) {
        break;
      }
      if (indent == column && hasKey(stripped, name)) {
        return null;
      }
    }
    return replacement(o, o, name + ": " + yamlValue + newline + " ".repeat(column));
  }

  private static boolean hasKey(String line, String name) {
    return line.startsWith(name) && line.substring(name.length()).stripLeading().startsWith(":");
  }

  /** Whether the characters {@code [start, end)} (one line) open a comment they do not close. */
  private boolean hasOpenComment(int start, int end) {
    for (int open = end - 4; open >= start; open--) {
      if (text.startsWith("<!--", open)) {
        for (int close = open + 4; close + 3 <= end; close++) {
          if (text.startsWith("-->", close)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the object or flow mapping between the braces at {@code open} and {@code close} has a
   * member named {@code name}, quoted or not; members of nested ones do not count.
   */
  private boolean hasMember(int open, int close, String name) {
    int depth = 0;
    boolean keyNext = false;
    for (int i = open; i < close; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
        keyNext = depth == 1;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 1) {
        keyNext = true;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < close && text.charAt(end) != c) {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (keyNext && depth == 1 && text.substring(i + 1, Math.min(end, close)).equals(name)) {
          return true;
        }
        keyNext = false;
        i = end;
      } else if (!Character.isWhitespace(c)) {
        if (keyNext && depth == 1 && hasKey(text.substring(i, close), name)) {
          return true;
        }
        keyNext = false;
      }
    }
    return false;
  }

  /** The offset of the brace that closes the one at {@code open}, skipping strings; -1 if none. */
  private int closingBrace(int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return c == '}' ? i : -1;
        }
      }
    }
    return -1;
  }

  private Replacement replacement(int start, int end, String newText) {
    int startLine = lines.lineOf(start);
    int endLine = lines.lineOf(end);
    return new Replacement(start, end, startLine, start - lines.lineStart(startLine) + 1, endLine,
        end - lines.lineStart(endLine) + 1, newText);
  }
}
