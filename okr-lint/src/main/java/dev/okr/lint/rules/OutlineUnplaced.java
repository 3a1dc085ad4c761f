package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A line of a Markdown or text outline that the outline reader read as no objective, key result or
 * initiative (okr-core's {@code OutlineImport.unplaced()}), so that nothing is dropped silently.
 * The engine reports it for the lines a {@link dev.okr.lint.Document} carries; this class carries
 * its metadata so that it can be configured like any rule.
 */
@RuleInfo(
    id = "outline-unplaced",
    summary = "A line of an outline that was not read as an objective, key result or initiative",
    messages = "Line not read as an objective or key result ({reason}): \"{line}\"",
    category = Category.STRUCTURE,
    severity = Severity.INFO,
    productRule = "none")
final class OutlineUnplaced implements LintRule {}
