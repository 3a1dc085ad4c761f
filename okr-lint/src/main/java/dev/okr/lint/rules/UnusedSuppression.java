package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A suppression of an enabled rule that silenced nothing on its element: the defect it excused is
 * gone, so the suppression should go too. The engine reports it; this class carries its metadata.
 */
@RuleInfo(
    id = "unused-suppression",
    summary = "A suppression that silences no finding",
    messages = "Suppression of {rule id} silences nothing here; remove it",
    category = Category.SUPPRESSION,
    severity = Severity.WARNING,
    productRule = "none")
final class UnusedSuppression implements LintRule {}
