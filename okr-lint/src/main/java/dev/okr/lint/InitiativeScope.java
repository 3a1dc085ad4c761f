package dev.okr.lint;

import dev.okr.core.Initiative;
import dev.okr.core.SourcePosition;
import java.util.List;
import java.util.Optional;

/** One initiative of an objective. */
public final class InitiativeScope extends Scope {
  private final Initiative initiative;
  private final ObjectiveScope objective;

  InitiativeScope(LintRun run, Initiative initiative, ObjectiveScope objective, int index, int order) {
    super(run, objective.path() + ".initiatives[" + index + "]", order);
    this.initiative = initiative;
    this.objective = objective;
  }

  /** The initiative. */
  public Initiative initiative() {
    return initiative;
  }

  /** The objective it belongs to. */
  public ObjectiveScope objective() {
    return objective;
  }

  @Override
  public Optional<String> elementId() {
    return Optional.of(initiative.id());
  }

  @Override
  public Optional<SourcePosition> source() {
    return initiative.source();
  }

  /** The title. */
  @Override
  public String text() {
    return initiative.title();
  }

  @Override
  List<String> suppressionTexts() {
    return initiative.suppressions();
  }
}
