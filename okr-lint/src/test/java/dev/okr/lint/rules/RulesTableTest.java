package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import dev.okr.lint.Document;
import dev.okr.lint.EngineDiagnostic;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Linter;
import dev.okr.lint.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    String expected = RulesTable.generated(page);
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

  /**
   * What the engine reports for its own rules (suppressions, unplaced lines) and what every rule
   * reports on the samples carries a listed message too; the rule tests check each rule alone.
   */
  @Test
  void everyFindingOnTheSamplesAndOfTheEngineCarriesAListedMessage() throws IOException {
    Linter linter = Linter.builder().discoverRules(false)
        .config(LintConfig.builder().asOf(java.time.LocalDate.of(2026, 8, 15)).minConfidence(0).build()).build();
    List<Finding> findings = new ArrayList<>();
    String yaml = Files.readString(Path.of("..", "samples", "q3.yaml"));
    findings.addAll(linter.lint(Document.of(OkrReader.yaml().read(yaml, "q3.yaml"), "q3.yaml", yaml)).findings());
    String draft = Files.readString(Path.of("..", "samples", "q4-draft.md"));
    OutlineImport imported = OutlineImport.read(draft);
    findings.addAll(linter.lint(Document.outline(imported.okrSet(), "q4-draft.md", draft, imported.unplaced())).findings());
    String outline = String.join("\n",
        "## Objective: Delight new users (committed)",
        "Owner: Growth",
        "- KR1: Launch the new dashboard <!-- okr-lint-disable kr-task-like -->",
        "- KR2: Raise NPS from 30 to 40 <!-- okr-lint-disable kr-vague-verb -- because we say so -->",
        "<!-- okr-lint-disable kr-no-such-rule -- because typo -->",
        "- KR3: Reduce churn from 5% to 3% by 30 Sep",
        "- KR4:",
        "");
    OutlineImport read = OutlineImport.read(outline);
    findings.addAll(linter.lint(Document.outline(read.okrSet(), "o.md", outline, read.unplaced())).findings());
    for (Finding f : findings) {
      boolean listed = EngineDiagnostic.of(f.ruleId()).map(d -> d.matchesMessage(f.message()))
          .orElseGet(() -> BuiltInRules.all().stream().filter(r -> r.metadata().id().equals(f.ruleId())).findFirst()
              .map(r -> r.metadata().matchesMessage(f.message())).orElse(false));
      assertThat(listed).as("the message of %s is not one it lists: %s", f.ruleId(), f.message()).isTrue();
    }
    assertThat(findings).extracting(Finding::ruleId)
        .contains("invalid-suppression", "unused-suppression", "outline-unplaced", "kr-task-like");
  }

  @Test
  void everyEngineDiagnosticListsItsMessagesAndHasARow() {
    String table = RulesTable.diagnostics();
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      assertThat(d.messages()).as("messages of %s", d.id()).isNotEmpty();
      assertThat(table).contains("| [" + d.id() + "](diagnostics/" + d.id() + ".md) | suppression | warning | ");
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
