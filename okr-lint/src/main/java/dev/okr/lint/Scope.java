package dev.okr.lint;

import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An element of the document as a rule sees it: the element, where it is (its path and source
 * position), and what the lint call shares (configuration, date, the whole set). Findings are
 * reported at a scope. Scopes live for one lint call on one thread.
 */
public abstract class Scope {
  final LintRun run;
  private final String path;
  private int order;
  private @Nullable Map<Key<?>, Object> memos;

  /**
   * Names a value that rules compute once per element and share, e.g. a judgement several rules
   * depend on. Compare keys by identity: keep each in a constant.
   *
   * @param <T> the type of the value
   */
  public static final class Key<T> {
    private final String name;
    final boolean textOnly;

    private Key(String name, boolean textOnly) {
      this.name = name;
      this.textOnly = textOnly;
    }

    /** A new key; {@code name} is for debugging only. */
    public static <T> Key<T> of(String name) {
      return new Key<>(name, false);
    }

    /**
     * A new key for a value that depends only on the element's {@linkplain Scope#text() text} and
     * on the linter (its configuration and vocabulary), not on the rest of the document nor the
     * date: the linter keeps such values across lint calls, by text, so that linting a document
     * again after an edit computes them only for the texts that changed. The value must be
     * immutable; it is shared between threads.
     */
    public static <T> Key<T> ofText(String name) {
      return new Key<>(name, true);
    }

    @Override
    public String toString() {
      return name;
    }
  }

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
    return run.texts.parser().vocabulary();
  }

  /** The file the document was read from, when known. */
  public final Optional<String> file() {
    return run.file;
  }

  /**
   * The value named by {@code key} for this element, computed by {@code compute} on first use in
   * this lint call and shared by every rule that asks after.
   */
  @SuppressWarnings("unchecked")
  public final <T, S extends Scope> T memo(Key<T> key, Function<? super S, ? extends T> compute) {
    if (memos == null) {
      memos = new IdentityHashMap<>(4);
    }
    Object value = memos.get(key);
    if (value == null) {
      value = key.textOnly ? run.texts.memo(key, text(), () -> compute.apply((S) this)) : compute.apply((S) this);
      memos.put(key, value);
    }
    return (T) value;
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

  /** Moves the element to another rank, once every scope of a lint call is known. */
  final void reorder(int order) {
    this.order = order;
  }
}
