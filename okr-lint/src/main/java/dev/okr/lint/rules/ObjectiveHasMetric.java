package dev.okr.lint.rules;

import dev.okr.core.statement.Direction;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.ObjectiveScope;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.util.Set;

/**
 * An objective that is a metric: it carries a number ("Grow revenue 20% this quarter") or is a
 * bare metric with a direction verb ("Increase revenue").
 */
@RuleInfo(
    id = "objective-has-metric",
    summary = "An objective is qualitative; its numbers belong to key results",
    messages = {
      "Objective \"{title}\" carries a number; an objective is qualitative",
      "Objective \"{title}\" is a bare metric; an objective says why it matters"},
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R1",
    heuristic = true)
final class ObjectiveHasMetric implements LintRule.ObjectiveRule {
  /** Words that make a short phrase a metric. */
  static final Set<String> METRIC_WORDS = Set.of(
      "revenue", "sales", "churn", "retention", "conversion", "nps", "arr", "mrr", "usage", "adoption", "activation",
      "rate", "traffic", "signups", "sign-ups", "users", "engagement", "growth", "margin", "profit", "cost", "costs",
      "csat", "downloads", "leads", "bookings", "gmv", "ltv", "cac", "dau", "mau", "wau");

  static final Wording.Phrases METRIC_PHRASES = new Wording.Phrases(METRIC_WORDS);

  @Override
  public void check(ObjectiveScope objective, Reporter out) {
    KeyResultStatement st = objective.titleStatement();
    if (StatementFacts.hasNumber(st)) {
      var draft = out.report(objective, "Objective \"" + objective.text() + "\" carries a number; an objective is qualitative")
          .confidence(0.9)
          .suggestion("Keep the ambition in words and move the number to a key result");
      st.target().or(() -> st.baseline()).ifPresent(q -> draft.span(q.start(), q.end()));
      return;
    }
    if (st.kind() != StatementKind.VAGUE || st.metric().isEmpty()
        || !st.direction().map(d -> d == Direction.INCREASE || d == Direction.DECREASE).orElse(false)) {
      return;
    }
    String metric = Wording.lower(st.metric().get().text());
    if (metric.split("\\s+").length <= 4 && METRIC_PHRASES.findIn(metric).isPresent()) {
      out.report(objective, "Objective \"" + objective.text() + "\" is a bare metric; an objective says why it matters")
          .span(Wording.span(st.metric().get()))
          .confidence(0.6)
          .suggestion("Say what the change in " + st.metric().get().text() + " achieves for users or the business, "
              + "and make the metric a key result");
    }
  }
}
