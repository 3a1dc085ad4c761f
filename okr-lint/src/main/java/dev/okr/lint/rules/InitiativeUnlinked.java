package dev.okr.lint.rules;

import dev.okr.lint.Category;
import dev.okr.lint.InitiativeScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;

/** An initiative that names no key result it moves (every initiative should trace to a key result). */
@RuleInfo(
    id = "initiative-unlinked",
    summary = "Every initiative should name the key result it moves",
    messages = "Initiative \"{title}\" moves no key result; every initiative should move one",
    category = Category.ALIGNMENT,
    severity = Severity.ERROR,
    productRule = "R5")
final class InitiativeUnlinked implements LintRule.InitiativeRule {
  @Override
  public void check(InitiativeScope initiative, Reporter out) {
    if (initiative.initiative().keyResultIds().isEmpty()) {
      out.report(initiative, "Initiative \"" + initiative.initiative().title() + "\" moves no key result; every initiative should move one")
          .suggestion("Link it to the key result it is meant to move, or question whether it belongs on the roadmap");
    }
  }
}
