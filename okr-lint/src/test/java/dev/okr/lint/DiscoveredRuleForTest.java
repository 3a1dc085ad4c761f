package dev.okr.lint;

/** A third-party rule as a vendor would ship it: listed in META-INF/services of the test class path. */
@RuleInfo(id = "test-discovered", summary = "Finds the word xyzzy", category = Category.STATEMENT, severity = Severity.INFO,
    productRule = "R2")
public final class DiscoveredRuleForTest implements LintRule.KeyResultRule {
  /** Used by {@link java.util.ServiceLoader}. */
  public DiscoveredRuleForTest() {}

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    if (keyResult.text().contains("xyzzy")) {
      out.report(keyResult, "xyzzy");
    }
  }
}
