package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.LintRule;
import dev.okr.lint.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The meta-test: every built-in rule has a unique id, a documentation page and a test class, and
 * defers only to a rule that exists; no rule asks whether another is enabled.
 */
class BuiltInRulesTest {
  private final List<LintRule> rules = BuiltInRules.all();

  @Test
  void idsAreUniqueAndSorted() {
    Set<String> seen = new HashSet<>();
    String previous = "";
    for (LintRule rule : rules) {
      String id = rule.metadata().id();
      assertThat(seen.add(id)).as("unique id %s", id).isTrue();
      assertThat(id).as("sorted").isGreaterThan(previous);
      previous = id;
    }
  }

  @Test
  void everyRuleHasADocumentationPageWithABadAndAGoodExample() throws Exception {
    for (LintRule rule : rules) {
      RuleMetadata m = rule.metadata();
      Path page = Path.of("docs", "rules", m.id() + ".md");
      assertThat(page).as("docs page of %s", m.id()).exists();
      String text = Files.readString(page);
      assertThat(text).startsWith("# " + m.id() + "\n").contains("## Bad").contains("## Good");
      assertThat(rule.documentation()).as("page shipped in the jar for %s", m.id()).contains(text);
    }
  }

  @Test
  void everyRuleHasATestClass() {
    for (LintRule rule : rules) {
      String testClass = rule.getClass().getName() + "Test";
      assertThat(exists(testClass)).as("test class %s for %s", testClass, rule.metadata().id()).isTrue();
    }
  }

  @Test
  void supersededByNamesAnotherBuiltInRule() {
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.metadata().id()));
    List<String> deferring = new java.util.ArrayList<>();
    for (LintRule rule : rules) {
      rule.metadata().supersededBy().ifPresent(other -> {
        assertThat(ids).as("the rule %s is superseded by", rule.metadata().id()).contains(other);
        assertThat(other).isNotEqualTo(rule.metadata().id());
        deferring.add(rule.metadata().id());
      });
    }
    assertThat(deferring).containsExactlyInAnyOrder("kr-no-baseline", "kr-no-target", "kr-not-measurable");
  }

  @Test
  void noRuleAsksWhetherAnotherIsEnabled() throws Exception {
    try (var sources = Files.list(Path.of("src", "main", "java", "dev", "okr", "lint", "rules"))) {
      for (Path source : sources.toList()) {
        assertThat(Files.readString(source)).as("%s defers with @RuleInfo(supersededBy = ...)", source.getFileName())
            .doesNotContain("isEnabled(");
      }
    }
  }

  @Test
  void everyDocumentationPageBelongsToARule() throws Exception {
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.metadata().id()));
    try (var pages = Files.list(Path.of("docs", "rules"))) {
      pages.forEach(p -> assertThat(ids).as("rule for page %s", p).contains(p.getFileName().toString().replace(".md", "")));
    }
  }

  private static boolean exists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
