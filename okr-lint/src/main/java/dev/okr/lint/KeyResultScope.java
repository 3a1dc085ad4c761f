package dev.okr.lint;

import dev.okr.core.KeyResult;
import dev.okr.core.SourcePosition;
import java.util.List;
import java.util.Optional;

/** One key result of an objective. */
public final class KeyResultScope extends Scope {
  private final KeyResult keyResult;
  private final ObjectiveScope objective;
  private final int index;

  KeyResultScope(LintRun run, KeyResult keyResult, ObjectiveScope objective, int index, int order) {
    super(run, objective.path() + ".keyResults[" + index + "]", order);
    this.keyResult = keyResult;
    this.objective = objective;
    this.index = index;
  }

  /** The key result. */
  public KeyResult keyResult() {
    return keyResult;
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
    return Optional.of(keyResult.id());
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
