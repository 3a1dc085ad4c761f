package dev.okr.lint;

import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An element of the document as a rule sees it: the element, where it is (its path and source
 * position), and what the lint call shares (configuration, date, the whole set). Findings are
 * reported at a scope. Scopes live for one lint call on one thread.
 */
public abstract class Scope {
  final LintRun run;
  private final String path;
  private final int order;

  Scope(LintRun run, String path, int order) {
    this.run = run;
    this.path = path;
    this.order = order;
  }

  /** The element's path in the document, e.g. {@code objectives[1].keyResults[0]}; empty for the document. */
  public final String path() {
    return path;
  }

  /** The configuration in force. */
  public final LintConfig config() {
    return run.config;
  }

  /** The date the document is linted at (check-in rules compare against it). */
  public final LocalDate asOf() {
    return run.asOf;
  }

  /** The whole document. */
  public final OkrSet set() {
    return run.set;
  }

  /**
   * The words the statement parser reads statements with: okr-core's defaults, okr-lint's additions
   * and the configuration's output verbs.
   */
  public final dev.okr.core.statement.Vocabulary statementVocabulary() {
    return run.parser.vocabulary();
  }

  /** The file the document was read from, when known. */
  public final Optional<String> file() {
    return run.file;
  }

  /** The element's id, if it has one. */
  public abstract Optional<String> elementId();

  /** Where the element was read from, when it was read from a file or outline. */
  public abstract Optional<SourcePosition> source();

  /** The element's text that spans refer to: a statement or title; empty for the document. */
  public abstract String text();

  /** The suppressions written on the element in the model, as written. */
  abstract List<String> suppressionTexts();

  /** The element's rank in document order, for sorting findings. */
  final int order() {
    return order;
  }
}
