package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TeamScope;

/**
 * A team with more key results in one cycle than it can focus on (20+ means no real
 * prioritisation; 15 by default, the most that 3 objectives of 5 key results allow). Reported at
 * the objective whose key results pass the limit.
 */
@RuleInfo(
    id = "team-kr-count",
    summary = "A team should not carry more than 15 key results in one cycle",
    messages = "{Team} has {n} key results; keep at most {max} so that focus stays sharp",
    category = Category.STRUCTURE,
    severity = Severity.WARNING,
    productRule = "R4")
final class TeamKrCount implements LintRule.TeamRule {
  @Override
  public void check(TeamScope team, Reporter out) {
    int max = team.objectives().get(0).config().thresholds().maxKeyResultsPerTeam();
    int total = team.keyResultCount();
    if (total <= max) {
      return;
    }
    int running = 0;
    for (ObjectiveScope o : team.objectives()) {
      running += o.objective().keyResults().size();
      if (running > max) {
        out.report(o, TeamObjectiveCount.capitalise(team.describe()) + " has " + total + " key results; keep at most " + max
                + " so that focus stays sharp")
            .suggestion("Cut the key results that measure activity rather than outcomes first");
        return;
      }
    }
  }
}
