package dev.okr.lint;

import dev.okr.core.SourcePosition;
import java.util.List;
import java.util.Optional;

/** The whole document, with its objectives, teams and key results in document order. */
public final class DocumentScope extends Scope {
  private List<ObjectiveScope> objectives = List.of();
  private List<TeamScope> teams = List.of();
  private List<KeyResultScope> keyResults = List.of();

  DocumentScope(LintRun run) {
    super(run, "", 0);
  }

  void attach(List<ObjectiveScope> objectives, List<TeamScope> teams, List<KeyResultScope> keyResults) {
    this.objectives = List.copyOf(objectives);
    this.teams = List.copyOf(teams);
    this.keyResults = List.copyOf(keyResults);
  }

  /** The objectives, in document order. */
  public List<ObjectiveScope> objectives() {
    return objectives;
  }

  /** The objectives grouped by owner and cycle, in order of first appearance. */
  public List<TeamScope> teams() {
    return teams;
  }

  /** Every key result, objective by objective. */
  public List<KeyResultScope> keyResults() {
    return keyResults;
  }

  @Override
  public Optional<String> elementId() {
    return Optional.empty();
  }

  @Override
  public Optional<SourcePosition> source() {
    return Optional.empty();
  }

  @Override
  public String text() {
    return "";
  }

  @Override
  List<String> suppressionTexts() {
    return List.of();
  }
}
