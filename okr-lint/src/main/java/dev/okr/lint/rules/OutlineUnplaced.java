package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.UnplacedScope;

/**
 * A line of a Markdown or text outline that the outline reader read as no objective, key result or
 * initiative (okr-core's {@code OutlineImport.unplaced()}), so that nothing is dropped silently.
 */
@RuleInfo(
    id = "outline-unplaced",
    summary = "A line of an outline that was not read as an objective, key result or initiative",
    messages = "Line not read as an objective or key result ({reason}): \"{line}\"",
    category = Category.STRUCTURE,
    severity = Severity.INFO,
    productRule = "none")
final class OutlineUnplaced implements LintRule.UnplacedLineRule {
  /** Lines longer than this are shortened in messages. */
  private static final int SHOWN = 60;

  @Override
  public void check(UnplacedScope line, Reporter out) {
    String content = line.content();
    String quoted = "\"" + (content.length() > SHOWN ? content.substring(0, SHOWN - 3) + "..." : content) + "\"";
    out.report(line, "Line not read as an objective or key result (" + line.reason() + "): " + quoted)
        .suggestion(line.keyResult().isPresent()
            ? "If it is a key result, list it under its objective or label it 'KR: ...'; it is checked as one here"
            : "If it belongs to the OKRs, label it ('Objective: ...', 'KR: ...', 'Initiative: ...') or list it under its objective");
  }
}
