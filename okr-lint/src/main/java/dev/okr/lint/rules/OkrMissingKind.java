package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.Edit;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * An objective not labelled committed or aspirational, so its grade cannot be read. Which label is
 * right is the author's choice: both are offered as fixes.
 */
@RuleInfo(
    id = "okr-missing-kind",
    summary = "Every OKR is labelled committed or aspirational",
    messages = "Objective is not labelled committed or aspirational, so its score cannot be read",
    category = Category.STRUCTURE,
    severity = Severity.ERROR,
    productRule = "R6")
final class OkrMissingKind implements LintRule.ObjectiveRule {
  @Override
  public void check(ObjectiveScope objective, Reporter out) {
    if (objective.objective().kind().isEmpty()) {
      out.report(objective, "Objective is not labelled committed or aspirational, so its score cannot be read")
          .suggestion("Add kind: committed (must reach 1.0) or kind: aspirational (0.6–0.7 is healthy)")
          .fix("Label it committed (must reach 1.0)", new Edit.AddField("kind", "committed"))
          .fix("Label it aspirational (0.6–0.7 is healthy)", new Edit.AddField("kind", "aspirational"));
    }
  }
}
