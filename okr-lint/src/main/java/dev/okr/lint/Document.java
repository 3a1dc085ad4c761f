package dev.okr.lint;

import dev.okr.core.OkrSet;
import dev.okr.core.outline.UnplacedLine;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is linted: an OKR set, and where it came from when it came from a file — the file name
 * shown in reports (use a path relative to the repository root for SARIF) and, for a Markdown or
 * plain-text outline, the source text, whose {@code <!-- okr-lint-disable ... -->} comments are
 * read as suppressions, and the lines the outline reader could not place.
 */
@Value.Immutable
public interface Document {

  /** The OKRs. */
  @Value.Parameter
  OkrSet set();

  /** The file's name or relative path, as reports show it. */
  Optional<String> file();

  /** The text of a Markdown or plain-text outline the set was read from. */
  Optional<String> outlineText();

  /**
   * The text of a structured file (YAML, JSON) the set was read from, when given: the linter counts
   * its findings' columns in code points in it too ({@link Finding#codePointColumn()}). An
   * outline's text is {@link #outlineText()}.
   */
  Optional<String> fileText();

  /**
   * The lines of the outline that its reader did not place (okr-core's {@code
   * OutlineImport.unplaced()}), so that the linter checks everything it was given and says what it
   * could not read:
   *
   * <ul>
   *   <li>each line is checked by the {@link LintRule.UnplacedLineRule}s as an {@link UnplacedScope}:
   *       the built-in {@code outline-unplaced} (info by default) reports every one at its line
   *       and column, naming the reader's reason and the text;
   *   <li>a line that reads as a key-result statement is also checked as a key result by the rules
   *       of category {@link Category#STATEMENT} that check key results (kr-task-like, kr-no-target,
   *       kr-vague-verb, …: the rules that look at a statement alone, not at its objective or
   *       check-ins), its findings at that line. It reads as one when, after its Markdown markup
   *       (indentation, quote and list markers, a task box, emphasis, trailing comments), it is not
   *       a heading, a table row or a question, and okr-core's {@code KeyResultStatement.parse}
   *       reads in it a leading verb it knows or a number in a role (its kind is not {@code
   *       UNCLEAR}), where the number opens the statement ("60% of users …") or comes with a
   *       baseline ("NPS from 42 to 60"). Such a loose key result has no path and no element id,
   *       and is not part of the set: document-wide rules (counts, duplicates) do not see it.
   * </ul>
   *
   * <p>A comment {@code <!-- okr-lint-disable <rule-id> -- because ... -->} on such a line or the
   * line before it suppresses its findings, as it does an element's. Empty unless the document is an
   * outline.
   */
  List<UnplacedLine> unplaced();

  /**
   * Checks that unplaced lines come with the outline they belong to.
   *
   * @throws IllegalStateException if there are unplaced lines but no outline text
   */
  @Value.Check
  default void check() {
    if (!unplaced().isEmpty() && outlineText().isEmpty()) {
      throw new IllegalStateException("unplaced lines belong to an outline: give its text too");
    }
  }

  /** A document known only as a set. */
  static Document of(OkrSet set) {
    return ImmutableDocument.of(set);
  }

  /** A set read from a structured file (YAML, JSON), named as reports should show it. */
  static Document of(OkrSet set, String file) {
    return ImmutableDocument.builder().set(set).file(file).build();
  }

  /**
   * A set read from a structured file (YAML, JSON), named as reports should show it, with the file's
   * text, so that findings carry their columns in code points as well ({@link
   * Finding#codePointColumn()}).
   */
  static Document of(OkrSet set, String file, String text) {
    return ImmutableDocument.builder().set(set).file(file).fileText(text).build();
  }

  /**
   * A set read from a Markdown or plain-text outline (okr-core's {@code OutlineImport}), with the
   * outline's text. Its elements' positions mark the first character of their text, so findings
   * point at the offending words. Prefer {@link #outline(OkrSet, String, String, List)}, which also
   * checks the lines the reader could not place.
   */
  static Document outline(OkrSet set, String file, String text) {
    return ImmutableDocument.builder().set(set).file(file).outlineText(text).build();
  }

  /**
   * A set read from a Markdown or plain-text outline, with the outline's text and the lines the
   * reader could not place ({@link #unplaced()}):
   *
   * <pre>{@code
   * OutlineImport imported = OutlineImport.read(text);
   * Document doc = Document.outline(imported.okrSet(), "okrs/growth.md", text, imported.unplaced());
   * }</pre>
   */
  static Document outline(OkrSet set, String file, String text, List<UnplacedLine> unplaced) {
    return ImmutableDocument.builder().set(set).file(file).outlineText(text).unplaced(unplaced).build();
  }
}
