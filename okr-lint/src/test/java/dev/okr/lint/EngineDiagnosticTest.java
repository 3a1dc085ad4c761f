package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.SourcePosition;
import dev.okr.lint.rules.BuiltInRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's own diagnostics, invalid-suppression and unused-suppression: reported as findings,
 * configured by id, documented, and not rules.
 */
class EngineDiagnosticTest {
  private static final Set<String> OWNER_AND_KIND = Set.of("okr-missing-owner", "okr-missing-kind");

  private static Linter linter(LintConfig config) {
    List<LintRule> rules = BuiltInRules.all().stream().filter(r -> OWNER_AND_KIND.contains(r.metadata().id())).toList();
    return Linter.builder().rules(rules).discoverRules(false).config(config).build();
  }

  private static LintReport lint(String... suppressions) {
    Objective o = Objective.builder().id("o").title("Delight").addSuppressions(suppressions).build();
    return linter(LintConfig.builder().addDisabledRule("okr-missing-kind").build()).lint(OkrSet.of(List.of(o)));
  }

  @Test
  void aSuppressionWithoutReasonIsNotHonoured() {
    LintReport r = lint("okr-missing-owner");
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("invalid-suppression", "okr-missing-owner");
    assertThat(r.active().get(0).message()).contains("needs a reason");
    assertThat(r.active().get(0).category()).isEqualTo(Category.SUPPRESSION);
  }

  @Test
  void aSuppressionNamingAnUnknownRuleIsReported() {
    LintReport r = lint("okr-missing-ownr -- because typo");
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("invalid-suppression", "okr-missing-owner");
    assertThat(r.active().get(0).message()).contains("names no known rule: okr-missing-ownr");
  }

  @Test
  void aMarkdownCommentNextToNoElementIsReportedAtItsLine() {
    Objective o = Objective.builder().id("o").title("Delight").source(SourcePosition.of(1, 3)).build();
    String text = "# Delight\n\n<!-- okr-lint-disable okr-missing-owner -- because nobody -->\n";
    LintReport r = linter(LintConfig.defaults()).lint(Document.outline(OkrSet.of(List.of(o)), "okrs.md", text));
    Finding invalid = r.active().stream().filter(f -> f.ruleId().equals("invalid-suppression")).findFirst().orElseThrow();
    assertThat(invalid.message()).contains("applies to no element");
    assertThat(invalid.position()).contains(SourcePosition.of(3, 1));
  }

  @Test
  void aSuppressionThatSilencesNothingIsReported() {
    Objective o = Objective.builder().id("o").title("Delight").owner(Owner.team("Growth"))
        .addSuppression("okr-missing-owner -- because we had no owner yet").build();
    LintReport r = linter(LintConfig.defaults()).lint(OkrSet.of(List.of(o)));
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("okr-missing-kind", "unused-suppression");
    assertThat(r.active().get(1).message()).isEqualTo("Suppression of okr-missing-owner silences nothing here; remove it");
  }

  @Test
  void aUsedSuppressionIsNotReportedAndSuppressionsOfDisabledRulesAreIgnored() {
    Objective o = Objective.builder().id("o").title("Delight")
        .addSuppression("okr-missing-owner, okr-missing-kind -- because this is a draft").build();
    assertThat(linter(LintConfig.defaults()).lint(OkrSet.of(List.of(o))).active()).isEmpty();
    LintConfig kindOff = LintConfig.builder().addDisabledRule("okr-missing-kind").build();
    assertThat(linter(kindOff).lint(OkrSet.of(List.of(o))).active()).isEmpty();
  }

  @Test
  void theConfigurationTurnsADiagnosticOffOrChangesItsSeverityByItsId() {
    Objective o = Objective.builder().id("o").title("Delight").owner(Owner.team("Growth"))
        .addSuppression("okr-missing-owner -- because we had no owner yet").build();
    LintConfig off = LintConfig.builder().addDisabledRule("unused-suppression").build();
    assertThat(linter(off).lint(OkrSet.of(List.of(o))).active()).extracting(Finding::ruleId).containsExactly("okr-missing-kind");
    LintConfig error = LintConfig.builder().putSeverity("unused-suppression", Severity.ERROR).build();
    assertThat(linter(error).lint(OkrSet.of(List.of(o))).active()).filteredOn(f -> f.ruleId().equals("unused-suppression"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void diagnosticsAreNotRules() {
    List<String> ruleIds = new ArrayList<>();
    BuiltInRules.all().forEach(r -> ruleIds.add(r.metadata().id()));
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      assertThat(ruleIds).doesNotContain(d.id());
      assertThat(Linter.withDefaults().rules()).extracting(RuleMetadata::id).doesNotContain(d.id());
      assertThat(EngineDiagnostic.of(d.id())).contains(d);
    }
    assertThat(EngineDiagnostic.of("kr-task-like")).isEmpty();
  }

  @Test
  void aRuleCannotTakeTheIdOfADiagnostic() {
    @RuleInfo(id = "unused-suppression", summary = "x", category = Category.STRUCTURE, severity = Severity.INFO, productRule = "none")
    final class Impostor implements LintRule.DocumentRule {
      @Override
      public void check(DocumentScope document, Reporter out) {}
    }
    assertThatThrownBy(() -> Linter.builder().addRule(new Impostor()).discoverRules(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engine's diagnostic unused-suppression");
  }

  @Test
  void everyDiagnosticHasAPageShippedInTheJarAndNoOtherPageIsInItsFolder() throws Exception {
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      Path page = Path.of("docs", "diagnostics", d.id() + ".md");
      assertThat(page).as("page of %s", d.id()).exists();
      String text = Files.readString(page);
      assertThat(text).startsWith("# " + d.id() + "\n").contains("## Bad").contains("## Good");
      assertThat(d.documentation()).contains(text);
    }
    try (var pages = Files.list(Path.of("docs", "diagnostics"))) {
      pages.forEach(p -> assertThat(EngineDiagnostic.of(p.getFileName().toString().replace(".md", ""))).as("%s", p).isPresent());
    }
  }

  @Test
  void sarifDescribesTheDiagnosticsItReportsBesideTheRules() throws Exception {
    LintReport r = lint("okr-missing-owner");
    JsonNode run = new ObjectMapper().readTree(ReportFormat.SARIF.render(r)).get("runs").get(0);
    JsonNode descriptors = run.get("tool").get("driver").get("rules");
    JsonNode invalid = run.get("results").get(0);
    assertThat(invalid.get("ruleId").asText()).isEqualTo("invalid-suppression");
    JsonNode described = descriptors.get(invalid.get("ruleIndex").asInt());
    assertThat(described.get("id").asText()).isEqualTo("invalid-suppression");
    assertThat(described.get("helpUri").asText()).isEqualTo("https://okr.dev/okr-lint/docs/diagnostics/invalid-suppression.md");
    assertThat(described.get("help").get("markdown").asText()).startsWith("# invalid-suppression");
    assertThat(described.get("properties").get("tags").toString()).contains("engine");
    assertThat(r.rules()).extracting(RuleMetadata::id).containsExactly("okr-missing-owner");
    assertThat(ReportFormat.TEXT.render(r)).contains("invalid-suppression");
    assertThat(new ObjectMapper().readTree(ReportFormat.JSON.render(r)).get("findings").get(0).get("ruleId").asText())
        .isEqualTo("invalid-suppression");
  }
}
