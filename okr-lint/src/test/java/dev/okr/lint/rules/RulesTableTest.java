package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.lint.LintRule;
import dev.okr.lint.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The rules table in okr-lint/docs/README.md is the one generated from the rule registry, and every
 * built-in rule lists the messages it reports. With {@code -Dokr.rules.table=write} it writes the
 * table first ({@link RulesTable#REGENERATE}).
 */
class RulesTableTest {
  @Test
  void theCommittedTableIsTheGeneratedOne() throws IOException {
    if ("write".equals(System.getProperty("okr.rules.table"))) {
      RulesTable.write();
    }
    String page = Files.readString(RulesTable.PAGE);
    String expected = RulesTable.into(page, RulesTable.of(BuiltInRules.all()));
    assertThat(page)
        .as("the rules table in okr-lint/%s is not the generated one; regenerate it from the repository root with\n  %s\n",
            RulesTable.PAGE, RulesTable.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyBuiltInRuleListsItsMessages() {
    for (LintRule rule : BuiltInRules.all()) {
      RuleMetadata m = rule.metadata();
      assertThat(m.messages()).as("messages of %s", m.id()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
    }
  }

  @Test
  void eachRuleHasARowWithItsIdPageSeverityAndMessages() {
    String table = RulesTable.of(BuiltInRules.all());
    assertThat(table.lines()).hasSize(BuiltInRules.all().size() + 2);
    assertThat(table).contains("| [kr-no-target](rules/kr-no-target.md) | statement | error | A measurable key result needs a target | "
        + "`Key result \"{statement}\" has no target: nothing says what scores 1.0`<br>`Key result \"{statement}\" has a placeholder");
    assertThat(table).contains("[R2](../../docs/okr-practice.md#r2-key-results-measure-outcomes)");
  }

  @Test
  void theTableGoesBetweenTheMarkersOnly() {
    String page = "# t\n\n" + RulesTable.BEGIN + "\nold\n" + RulesTable.END + "\n\nafter\n";
    assertThat(RulesTable.into(page, "| new |\n"))
        .isEqualTo("# t\n\n" + RulesTable.BEGIN + "\n\n| new |\n\n" + RulesTable.END + "\n\nafter\n");
    assertThatThrownBy(() -> RulesTable.into("# no markers\n", "| new |\n")).hasMessageContaining("markers");
  }

  @Test
  void aMessageMatchesItsTemplateOnly() {
    RuleMetadata noTarget = new KrNoTarget().metadata();
    assertThat(noTarget.matchesMessage("Key result \"Increase NPS from 42\" has no target: nothing says what scores 1.0")).isTrue();
    assertThat(noTarget.matchesMessage("Key result \"Increase NPS from 42\" has no target")).isFalse();
    assertThat(new ObjectiveKrCount().metadata()
        .matchesMessage("Objective has 1 key result; an objective should have 2–5 key results")).isTrue();
    assertThat(new KrTaskLike().metadata()
        .matchesMessage("Key result \"Launch the app\" names something to do, not an outcome")).isTrue();
  }
}
