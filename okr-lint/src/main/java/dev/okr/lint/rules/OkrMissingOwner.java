package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * An objective with no owner (without clear owners OKRs drift). Key results without an owner
 * belong to their objective's owner, so only objectives are checked.
 */
@RuleInfo(
    id = "okr-missing-owner",
    summary = "Every objective has an owner",
    messages = "Objective has no owner; an OKR nobody owns drifts",
    category = Category.OWNERSHIP,
    severity = Severity.ERROR,
    productRule = "R12")
final class OkrMissingOwner implements LintRule.ObjectiveRule {
  @Override
  public void check(ObjectiveScope objective, Reporter out) {
    if (objective.objective().owner().isEmpty()) {
      out.report(objective, "Objective has no owner; an OKR nobody owns drifts")
          .suggestion("Name the team or person accountable for it");
    }
  }
}
