package dev.okr.lint;

import dev.okr.core.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A line of an outline that its reader did not place and that does not read as a key-result
 * statement: where {@code outline-unplaced} findings are reported. Rules never see it.
 */
final class UnplacedScope extends Scope {
  private final SourcePosition source;
  private final String text;

  UnplacedScope(LintRun run, SourcePosition source, String text) {
    super(run, "", 0);
    this.source = source;
    this.text = text;
  }

  @Override
  public Optional<String> elementId() {
    return Optional.empty();
  }

  @Override
  public Optional<SourcePosition> source() {
    return Optional.of(source);
  }

  /** The line from its first non-blank character. */
  @Override
  public String text() {
    return text;
  }

  @Override
  List<String> suppressionTexts() {
    return List.of();
  }
}
