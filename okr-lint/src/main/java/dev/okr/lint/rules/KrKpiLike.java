package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.Optional;

/**
 * A key result written like a KPI: a metric to watch with no target or deadline ("Track activation
 * rate weekly"): a KPI has neither. The parser's verdict is {@code KPI} for a monitoring verb
 * without a target; phrases such as "keep an eye on" count too.
 */
@RuleInfo(
    id = "kr-kpi-like",
    summary = "A key result has a target and a deadline; a metric to watch is a KPI",
    messages = "Key result \"{statement}\" watches a metric with no target or deadline: that is a KPI, not a key result",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R10",
    heuristic = true)
final class KrKpiLike implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    KeyResultStatement st = keyResult.statement();
    Optional<TextSpan> span;
    if (st.kind() == StatementKind.KPI) {
      span = st.verb().map(Wording::span);
    } else if (st.kind() == StatementKind.VAGUE || st.kind() == StatementKind.UNCLEAR) {
      span = KrTaskLike.WATCHING_PHRASES.findIn(Wording.lowerText(keyResult));
      if (span.isEmpty()) {
        return;
      }
    } else {
      return;
    }
    String metric = st.metric().map(m -> withoutCadence(m.text())).orElse("<metric>");
    var draft = out.report(keyResult, "Key result " + Wording.quote(keyResult)
            + " watches a metric with no target or deadline: that is a KPI, not a key result")
        .confidence(0.9)
        .suggestion("Say what change this cycle brings: 'Increase " + metric + " from <baseline> to <target> by <date>'");
    span.ifPresent(draft::span);
  }

  /** "activation rate weekly" without its watching cadence: "activation rate". */
  static String withoutCadence(String metric) {
    String m = metric.strip();
    for (String cadence : new String[] {" daily", " weekly", " monthly", " quarterly", " every week", " every month", " every day"}) {
      if (Wording.lower(m).endsWith(cadence)) {
        return m.substring(0, m.length() - cadence.length()).strip();
      }
    }
    return m;
  }
}
