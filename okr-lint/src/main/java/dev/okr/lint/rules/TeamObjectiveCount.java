package dev.okr.lint.rules;

import dev.okr.core.Cycle;
import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TeamScope;
import dev.okr.lint.Thresholds;

/**
 * A team with more objectives in one cycle than a team should have: 1–3 a quarter, 1–2 a year.
 * Reported at the first objective over the limit.
 */
@RuleInfo(
    id = "team-objective-count",
    summary = "A team should have 1–3 objectives per quarter (1–2 per year)",
    messages = "{Team} has {n} objectives; keep 1–{max} so that priorities are real",
    category = Category.STRUCTURE,
    severity = Severity.ERROR,
    productRule = "R4")
final class TeamObjectiveCount implements LintRule.TeamRule {
  @Override
  public void check(TeamScope team, Reporter out) {
    Thresholds t = team.objectives().get(0).config().thresholds();
    boolean year = team.cycle().map(c -> c.kind() == Cycle.Kind.YEAR).orElse(false);
    int max = year ? t.maxObjectivesPerTeamPerYear() : t.maxObjectivesPerTeam();
    int n = team.objectives().size();
    if (n > max) {
      out.report(team.objectives().get(max), capitalise(team.describe()) + " has " + n + " objectives; keep 1–" + max
              + " so that priorities are real")
          .suggestion("Choose the " + max + " objectives that matter most this " + (year ? "year" : "cycle")
              + "; keep the others as backlog or KPIs");
    }
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
