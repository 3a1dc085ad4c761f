package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Missing;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A key result with a number but no target: neither a value to reach nor a relative change, in the
 * statement or in the explicit measurement ("Increase NPS from 42"): a key result needs a target.
 */
@RuleInfo(
    id = "kr-no-target",
    summary = "A measurable key result needs a target",
    messages = {
      "Key result \"{statement}\" has no target: nothing says what scores 1.0",
      "Key result \"{statement}\" has a placeholder for its target (\"{placeholder}\"): nothing says what scores 1.0 until it is filled in"},
    category = Category.STATEMENT,
    severity = Severity.ERROR,
    productRule = "R2",
    supersededBy = "kr-task-like")
final class KrNoTarget implements LintRule.KeyResultRule {
  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    KeyResultStatement st = keyResult.statement();
    boolean explicitTarget = StatementFacts.explicit(keyResult).map(m -> m.target().isPresent()).orElse(false);
    if (explicitTarget || StatementFacts.explicitlyNonNumeric(keyResult) || !st.missing().contains(Missing.TARGET)
        || !StatementFacts.hasNumber(st) && StatementFacts.explicit(keyResult).isEmpty()) {
      return;
    }
    var draft = st.targetPlaceholder().isPresent()
        ? out.report(keyResult, "Key result " + Wording.quote(keyResult) + " has a placeholder for its target (\""
            + st.targetPlaceholder().get().text() + "\"): nothing says what scores 1.0 until it is filled in")
            .suggestion("Replace the placeholder with the value to reach")
            .span(st.targetPlaceholder().get().start(), st.targetPlaceholder().get().end())
        : out.report(keyResult, "Key result " + Wording.quote(keyResult) + " has no target: nothing says what scores 1.0")
            .suggestion("Add the value to reach: '... to <target> by <date>'");
    if (st.targetPlaceholder().isEmpty()) {
      st.baseline().ifPresent(b -> draft.span(b.start(), b.end()));
    }
  }
}
