package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A suppression that cannot be honoured: no reason, no rule, a rule the linter does not know, or a
 * Markdown comment that sits next to no element. The engine reports it; this class carries its
 * metadata so that it can be configured like any rule.
 */
@RuleInfo(
    id = "invalid-suppression",
    summary = "A suppression without a reason, naming an unknown rule, or attached to no element",
    messages = "Suppression \"{suppression}\" is not used: {what is wrong with it}",
    category = Category.SUPPRESSION,
    severity = Severity.WARNING,
    productRule = "none")
final class InvalidSuppression implements LintRule {}
