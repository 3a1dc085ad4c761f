package dev.okr.lint.rules;

import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/**
 * A key result whose statement okr-core's reader did not read because it is not in English
 * ({@link StatementKind#UNREADABLE}): "Augmenter le taux de conversion de 2 % à 5 %". The linter
 * says what it could not check instead of judging it; the other statement rules do not run on it.
 * Info, not a warning: the key result may be a good one, and the limit is the reader's.
 */
@RuleInfo(
    id = "kr-unreadable",
    summary = "A key result the statement reader could not read: it is not in English",
    messages = "Key result \"{statement}\" was not read (not English: the reader understands English key results), so the statement rules did not check it",
    category = Category.STATEMENT,
    severity = Severity.INFO,
    productRule = "none")
final class KrUnreadable implements LintRule.KeyResultRule {
  /** Why a statement was not read, as the message says it. */
  static final String REASON = "not English: the reader understands English key results";

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    if (keyResult.statement().kind() != StatementKind.UNREADABLE) {
      return;
    }
    out.report(keyResult, "Key result " + Wording.quote(keyResult) + " was not read (" + REASON
            + "), so the statement rules did not check it")
        .suggestion("Write the key result in English to have its wording checked, or turn this rule off for "
            + "documents written in another language");
  }
}
