package dev.okr.lint;

import dev.okr.core.KeyResult;
import dev.okr.core.SourcePosition;
import dev.okr.core.statement.KeyResultStatement;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One key result of an objective.
 *
 * <p>A line of an outline that its reader did not place but that reads as a key-result statement
 * is checked as a key result too, by the rules of category {@link Category#STATEMENT} (see {@link
 * Document#unplaced()}). Such a loose key result has no path (it is not in the set) and no element
 * id; its objective is a placeholder titled {@code "(statement)"}, as for {@link
 * Linter#lintStatement(String)}.
 */
public final class KeyResultScope extends Scope {
  private final KeyResult keyResult;
  private final ObjectiveScope objective;
  private final int index;
  private final boolean loose;
  private @Nullable KeyResultStatement statement;

  KeyResultScope(LintRun run, KeyResult keyResult, ObjectiveScope objective, int index, int order) {
    super(run, objective.path() + ".keyResults[" + index + "]", order);
    this.keyResult = keyResult;
    this.objective = objective;
    this.index = index;
    this.loose = false;
  }

  /** A loose key result: a line of an outline that reads as a statement, under a placeholder objective. */
  KeyResultScope(LintRun run, KeyResult keyResult, ObjectiveScope placeholder, int index) {
    super(run, "", 0);
    this.keyResult = keyResult;
    this.objective = placeholder;
    this.index = index;
    this.loose = true;
  }

  /** The key result. */
  public KeyResult keyResult() {
    return keyResult;
  }

  /**
   * The statement read by okr-core's statement parser, with the linter's vocabulary (the parser's
   * defaults, okr-lint's additions and the configuration's output verbs); read once per lint call.
   */
  public KeyResultStatement statement() {
    KeyResultStatement s = statement;
    if (s == null) {
      s = run.texts.parse(keyResult.statement());
      statement = s;
    }
    return s;
  }

  /** The objective it belongs to. */
  public ObjectiveScope objective() {
    return objective;
  }

  /** Its position among its objective's key results, from 0. */
  public int index() {
    return index;
  }

  @Override
  public Optional<String> elementId() {
    return loose ? Optional.empty() : Optional.of(keyResult.id());
  }

  @Override
  public Optional<SourcePosition> source() {
    return keyResult.source();
  }

  /** The statement as written. */
  @Override
  public String text() {
    return keyResult.statement();
  }

  @Override
  List<String> suppressionTexts() {
    return keyResult.suppressions();
  }
}
