package dev.okr.lint.rules;

import dev.okr.core.statement.Direction;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Missing;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A key result that moves or reaches a level without saying where it starts. The parser
 * decides when a baseline is needed (an increase, a decrease or a level to reach, not a relative
 * change, a level to keep or zero); a baseline in the explicit measurement counts.
 */
@RuleInfo(
    id = "kr-no-baseline",
    summary = "A key result should say where its metric starts",
    messages = "Key result \"{statement}\" does not say where it starts, so the size of the change is unknown",
    category = Category.STATEMENT,
    severity = Severity.INFO,
    productRule = "R2",
    supersededBy = "kr-task-like")
final class KrNoBaseline implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    KeyResultStatement st = keyResult.statement();
    boolean explicitBaseline = StatementFacts.explicit(keyResult).map(m -> m.baseline().isPresent()).orElse(false);
    if (explicitBaseline || StatementFacts.explicitlyNonNumeric(keyResult) || StatementFacts.explicitlyHeld(keyResult)
        || !st.missing().contains(Missing.BASELINE) || st.target().isEmpty()
        || st.direction().map(d -> d == Direction.REACH_ZERO || d == Direction.MAINTAIN).orElse(false)) {
      return;
    }
    var draft = out.report(keyResult, "Key result " + Wording.quote(keyResult) + " does not say where it starts, so the size of the change is unknown")
        .suggestion("Add the current value: '... from <baseline> to " + st.target().get().text() + "'");
    st.target().ifPresent(t -> draft.span(t.start(), t.end()));
  }
}
