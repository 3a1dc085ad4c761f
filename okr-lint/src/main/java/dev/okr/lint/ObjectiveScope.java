package dev.okr.lint;

import dev.okr.core.Objective;
import dev.okr.core.SourcePosition;
import java.util.List;
import java.util.Optional;

/** One objective with its key results and initiatives. */
public final class ObjectiveScope extends Scope {
  private final Objective objective;
  private final int index;
  private List<KeyResultScope> keyResults = List.of();
  private List<InitiativeScope> initiatives = List.of();

  ObjectiveScope(LintRun run, Objective objective, int index, int order) {
    super(run, "objectives[" + index + "]", order);
    this.objective = objective;
    this.index = index;
  }

  void attach(List<KeyResultScope> keyResults, List<InitiativeScope> initiatives) {
    this.keyResults = List.copyOf(keyResults);
    this.initiatives = List.copyOf(initiatives);
  }

  /** The objective. */
  public Objective objective() {
    return objective;
  }

  /** Its position among the document's objectives, from 0. */
  public int index() {
    return index;
  }

  /** Its key results, in order. */
  public List<KeyResultScope> keyResults() {
    return keyResults;
  }

  /** Its initiatives, in order. */
  public List<InitiativeScope> initiatives() {
    return initiatives;
  }

  @Override
  public Optional<String> elementId() {
    return Optional.of(objective.id());
  }

  @Override
  public Optional<SourcePosition> source() {
    return objective.source();
  }

  /** The title. */
  @Override
  public String text() {
    return objective.title();
  }

  @Override
  List<String> suppressionTexts() {
    return objective.suppressions();
  }
}
