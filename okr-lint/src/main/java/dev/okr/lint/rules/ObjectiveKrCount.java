package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.Thresholds;

/** An objective with fewer or more key results than an objective should have (2–5 by default). */
@RuleInfo(
    id = "objective-kr-count",
    summary = "An objective needs 2–5 key results",
    messages = {
      "Objective has no key results; an objective should have {min}–{max} that show it is reached",
      "Objective has {n key results}; an objective should have {min}–{max} key results",
      "Objective has {n} key results; an objective should have {min}–{max} so that it stays focused"},
    category = Category.STRUCTURE,
    severity = Severity.ERROR,
    productRule = "R3")
final class ObjectiveKrCount implements LintRule.ObjectiveRule {
  @Override
  public void check(ObjectiveScope objective, Reporter out) {
    Thresholds t = objective.config().thresholds();
    int n = objective.objective().keyResults().size();
    String range = t.minKeyResultsPerObjective() + "–" + t.maxKeyResultsPerObjective();
    if (n < t.minKeyResultsPerObjective()) {
      out.report(objective, n == 0
              ? "Objective has no key results; an objective should have " + range + " that show it is reached"
              : "Objective has " + plural(n, "key result") + "; an objective should have " + range + " key results")
          .suggestion("Add key results of the form 'Increase <metric> from <baseline> to <target> by <date>'");
    } else if (n > t.maxKeyResultsPerObjective()) {
      out.report(objective, "Objective has " + n + " key results; an objective should have " + range + " so that it stays focused")
          .suggestion("Keep the " + t.maxKeyResultsPerObjective()
              + " that best show the objective is reached; move the rest to initiatives or another objective");
    }
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
