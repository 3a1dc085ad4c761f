package dev.okr.examples;

import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import java.util.List;
import java.util.Locale;

// README:vendor-rule:start
/**
 * A tool vendor's own lint rule: a key result is read by the whole company, so it names no internal
 * project codename ("Increase Falcon adoption ..."). Registered as a service in {@code
 * META-INF/services/dev.okr.lint.LintRule}, so every {@link dev.okr.lint.Linter} on the class path
 * runs it; its help page is {@code docs/acme-kr-codename.md} beside this class. Tested with
 * okr-lint's {@link dev.okr.lint.testing.RuleFixture} (CodenameRuleTest).
 */
@RuleInfo(
    id = "acme-kr-codename",
    summary = "A key result names no internal project codename",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R2")
public final class CodenameRule implements LintRule.KeyResultRule {
  /** The codenames this company uses internally. */
  static final List<String> CODENAMES = List.of("Falcon", "Bluebird", "Kestrel");

  /** Creates the rule; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
  public CodenameRule() {}

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    String text = keyResult.text();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String codename : CODENAMES) {
      int at = lower.indexOf(codename.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        out.report(keyResult, "Key result names the internal codename \"" + codename + "\"; say what changes for users")
            .span(at, at + codename.length())
            .suggestion("Name the product or the behaviour it changes, e.g. 'teams that sync offline' instead of '" + codename + "'");
        return;
      }
    }
  }
}
// README:vendor-rule:end
