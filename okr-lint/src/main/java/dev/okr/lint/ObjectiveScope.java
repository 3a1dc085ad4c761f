package dev.okr.lint;

import dev.okr.core.Objective;
import dev.okr.core.SourcePosition;
import dev.okr.core.statement.KeyResultStatement;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One objective with its key results and initiatives. */
public final class ObjectiveScope extends Scope {
  private final Objective objective;
  private final int index;
  private @Nullable KeyResultStatement title;
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

  /**
   * The title read by the statement parser as if it were a key result, to judge whether it is a
   * task or a metric (an objective is neither); read once per lint call.
   */
  public KeyResultStatement titleStatement() {
    KeyResultStatement s = title;
    if (s == null) {
      s = run.texts.parse(objective.title());
      title = s;
    }
    return s;
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
