package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.core.statement.Vocabulary;
import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.util.Set;

/**
 * An objective that is a task: an output verb with its object ("Ship the new dashboard", "Fix
 * onboarding"). When the title goes on to say what changes for people ("Build habits that keep
 * users coming back") the verb is figurative and the confidence drops below the default threshold.
 */
@RuleInfo(
    id = "objective-task-like",
    summary = "An objective is an inspiring goal, not a task",
    messages = "Objective \"{title}\" is a task, not an inspiring goal",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R1",
    heuristic = true)
final class ObjectiveTaskLike implements LintRule.ObjectiveRule {
  /** Words after which a title describes an effect on people, not a deliverable. */
  static final Set<String> EFFECT = Set.of("that", "so", "which", "who", "where", "as", "trust", "love", "loves");

  static final Wording.Phrases EFFECT_PHRASES = new Wording.Phrases(EFFECT);

  @Override
  public void check(ObjectiveScope objective, Reporter out) {
    KeyResultStatement st = objective.titleStatement();
    if (st.kind() != StatementKind.TASK && st.kind() != StatementKind.OUTPUT || st.verb().isEmpty()) {
      return;
    }
    String verb = Wording.lower(st.verb().get().text());
    if (Vocabulary.defaults().achieveVerbs().contains(verb)) {
      return; // "Achieve strong market adoption": a result, not a deliverable
    }
    boolean effect = EFFECT_PHRASES.findIn(Wording.lower(st.text())).isPresent();
    out.report(objective, "Objective \"" + objective.text() + "\" is a task, not an inspiring goal")
        .span(Wording.span(st.verb().get()))
        .confidence(effect ? 0.4 : 0.85)
        .suggestion("Say why it matters to users or the business, e.g. 'Make new users successful in their first week'; "
            + "make \"" + objective.text() + "\" an initiative under it");
  }
}
