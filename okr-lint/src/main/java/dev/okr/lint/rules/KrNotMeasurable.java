package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A key result with no quantity at all, neither in its statement nor in its explicit measurement
 * ("Improve onboarding experience"): a key result is quantitative. Statements that kr-task-like
 * reports are left to it.
 */
@RuleInfo(
    id = "kr-not-measurable",
    summary = "A key result needs a quantity: a metric with a baseline and a target",
    messages = "Key result \"{statement}\" has no quantity, so it cannot be scored",
    category = Category.STATEMENT,
    severity = Severity.ERROR,
    productRule = "R2",
    supersededBy = "kr-task-like")
final class KrNotMeasurable implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    if (StatementFacts.explicit(keyResult).isPresent() || StatementFacts.hasNumber(keyResult.statement())) {
      return;
    }
    String metric = keyResult.statement().metric().map(m -> m.text()).orElse("<metric>");
    out.report(keyResult, "Key result " + Wording.quote(keyResult) + " has no quantity, so it cannot be scored")
        .suggestion("Name a number: 'Increase " + metric + " from <baseline> to <target> by <date>'");
  }
}
