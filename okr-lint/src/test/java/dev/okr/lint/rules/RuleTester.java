package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Linter;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs one rule alone, so that a rule's test sees only its own findings; checks that none cites a
 * bare practice-rule number and that each message is one its rule lists in {@code @RuleInfo}.
 */
final class RuleTester {
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private RuleTester() {}

  static Linter linter(LintRule rule, LintConfig config) {
    return Linter.builder().rules(List.of(rule)).discoverRules(false).config(config).build();
  }

  static List<Finding> findings(LintRule rule, OkrSet set) {
    return findings(rule, set, LintConfig.builder().asOf(AS_OF).build());
  }

  static List<Finding> findings(LintRule rule, OkrSet set, LintConfig config) {
    return plain(linter(rule, config).lint(set).active());
  }

  static List<Finding> statement(LintRule rule, String statement) {
    return plain(linter(rule, LintConfig.builder().asOf(AS_OF).build()).lintStatement(statement).active());
  }

  /**
   * Every finding a rule test sees also says the thing itself (see {@link PlainWordingTest}) and
   * carries a message its rule lists (see {@link RulesTableTest}).
   */
  private static List<Finding> plain(List<Finding> findings) {
    findings.forEach(PlainWordingTest::assertPlain);
    findings.forEach(RuleTester::assertListed);
    return findings;
  }

  /** Fails if a built-in rule's finding carries a message that its {@code @RuleInfo} does not list. */
  static void assertListed(Finding f) {
    BuiltInRules.all().stream().filter(r -> r.metadata().id().equals(f.ruleId())).findFirst()
        .ifPresent(r -> assertThat(r.metadata().matchesMessage(f.message()))
            .as("message of %s is not one of its @RuleInfo messages %s: %s", f.ruleId(), r.metadata().messages(), f.message())
            .isTrue());
  }
}
