package dev.okr.lint;

import dev.okr.core.SourcePosition;
import dev.okr.core.outline.UnplacedLine;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A line of an outline that its reader did not place ({@link Document#unplaced()}), as a {@link
 * LintRule.UnplacedLineRule} sees it. A finding reported here sits at the line's first non-blank
 * character and comes before the other findings on that line. When the line reads as a key-result
 * statement, it is also checked as a key result ({@link #keyResult()}), and a finding reported at
 * the line belongs to that key result: a suppression on the line covers both.
 */
public final class UnplacedScope extends Scope {
  private final UnplacedLine line;
  private final String content;
  private final @Nullable KeyResultScope keyResult;

  UnplacedScope(LintRun run, UnplacedLine line, String content, @Nullable KeyResultScope keyResult) {
    super(run, "", 0);
    this.line = line;
    this.content = content;
    this.keyResult = keyResult;
  }

  /** Why the outline reader did not place it, e.g. "key result label without a statement". */
  public String reason() {
    return line.reason();
  }

  /**
   * The line's text after indentation, quote and list markers, a task box, emphasis and trailing
   * HTML comments; the whole line from its first non-blank character for a table row.
   */
  public String content() {
    return content;
  }

  /** The key result it reads as, when it reads as a key-result statement. */
  public Optional<KeyResultScope> keyResult() {
    return Optional.ofNullable(keyResult);
  }

  @Override
  public Optional<String> elementId() {
    return Optional.empty();
  }

  /** The line and the column of its first non-blank character. */
  @Override
  public Optional<SourcePosition> source() {
    return Optional.of(SourcePosition.of(line.line(), line.column()));
  }

  /** The line from its first non-blank character. */
  @Override
  public String text() {
    return line.text().strip();
  }

  @Override
  List<String> suppressionTexts() {
    return List.of();
  }

  /** The scope its findings are reported at: the key result it reads as, or the line itself. */
  Scope element() {
    return keyResult != null ? keyResult : this;
  }
}
