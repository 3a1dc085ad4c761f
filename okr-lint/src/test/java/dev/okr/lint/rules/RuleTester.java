package dev.okr.lint.rules;

import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Linter;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs one rule alone, so that a rule's test sees only its own findings; checks that none cites a
 * bare practice-rule number.
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

  /** Every finding a rule test sees also says the thing itself (see {@link PlainWordingTest}). */
  private static List<Finding> plain(List<Finding> findings) {
    findings.forEach(PlainWordingTest::assertPlain);
    return findings;
  }
}
