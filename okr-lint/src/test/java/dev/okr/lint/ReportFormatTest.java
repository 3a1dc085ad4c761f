package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LintReport report() {
    Objective o = Objective.builder().id("o1").title("Delight new users").source(SourcePosition.of(1, 3))
        .addKeyResult(KeyResult.builder().id("k1").statement("Launch new dashboard").source(SourcePosition.of(2, 9)).build())
        .addKeyResult(KeyResult.builder().id("k2").statement("Launch the app").source(SourcePosition.of(3, 9))
            .addSuppression("test-launch -- because the app store deal").build())
        .build();
    Linter linter = Linter.builder().rules(List.of()).addRule(new LinterTest.PointsAtLaunch())
        .addRule(new DiscoveredRuleForTest()).discoverRules(false)
        .config(LintConfig.builder().asOf(LocalDate.of(2026, 7, 1)).build()).build();
    return linter.lint(Document.outline(OkrSet.of(List.of(o)), "okrs/growth.md", ""));
  }

  @Test
  void textGroupsByFileMarksTheSpanAndSummarises() {
    assertThat(ReportFormat.TEXT.render(report())).isEqualTo(String.join("\n",
        "okrs/growth.md",
        "  2:9  warning  launch  [test-launch, confidence 0.80]",
        "      | Launch new dashboard",
        "      | ^^^^^^",
        "      = suggestion: measure the outcome",
        "",
        "0 errors, 1 warning, 0 info (1 suppressed, 0 in baseline)",
        ""));
  }

  @Test
  void jsonHoldsEveryFinding() throws Exception {
    JsonNode root = JSON.readTree(ReportFormat.JSON.render(report()));
    assertThat(root.path("summary").path("warnings").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("suppressed").asInt()).isEqualTo(1);
    JsonNode first = root.path("findings").get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("test-launch");
    assertThat(first.path("line").asInt()).isEqualTo(2);
    assertThat(first.path("column").asInt()).isEqualTo(9);
    assertThat(first.path("span").path("end").asInt()).isEqualTo(6);
    assertThat(first.path("status").asText()).isEqualTo("active");
    assertThat(root.path("findings").get(1).path("status").asText()).isEqualTo("suppressed");
  }

  @Test
  void sarifHasRulesResultsLocationsFingerprintsAndSuppressions() throws Exception {
    JsonNode root = JSON.readTree(ReportFormat.SARIF.render(report()));
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    assertThat(root.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = root.path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("okr-lint");
    assertThat(rules).hasSize(2);
    JsonNode results = run.path("results");
    assertThat(results).hasSize(2);
    for (JsonNode r : results) {
      int index = r.path("ruleIndex").asInt();
      assertThat(rules.get(index).path("id").asText()).isEqualTo(r.path("ruleId").asText());
      assertThat(r.path("message").path("text").asText()).isNotBlank();
      assertThat(r.path("partialFingerprints").path("okrLintFingerprint/v1").asText()).hasSize(16);
    }
    JsonNode active = results.get(0);
    assertThat(active.path("level").asText()).isEqualTo("warning");
    JsonNode physical = active.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("okrs/growth.md");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
    assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(9);
    assertThat(physical.path("region").path("endColumn").asInt()).isEqualTo(15);
    assertThat(active.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("objectives[0].keyResults[0]");
    assertThat(active.has("suppressions")).isFalse();
    JsonNode suppressed = results.get(1).path("suppressions").get(0);
    assertThat(suppressed.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.path("justification").asText()).isEqualTo("because the app store deal");
  }

  @Test
  void sarifMarksBaselinedFindingsAsExternallySuppressed() throws Exception {
    LintReport report = report();
    LintReport later = Baseline.of(report).apply(report);
    JsonNode results = JSON.readTree(ReportFormat.SARIF.render(later)).path("runs").get(0).path("results");
    assertThat(results.get(0).path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
    assertThat(results.get(0).path("baselineState").asText()).isEqualTo("unchanged");
  }

  @Test
  void sarifCarriesEachRulesDocumentationAsHelp() throws Exception {
    LintReport r = Linter.builder().discoverRules(false).build().lint(OkrSet.of(List.of()));
    JsonNode rules = JSON.readTree(ReportFormat.SARIF.render(r)).path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules).isNotEmpty();
    for (JsonNode rule : rules) {
      assertThat(rule.path("help").path("markdown").asText()).as(rule.path("id").asText()).contains("## Bad");
    }
  }

  @Test
  void sarifLinksEachBuiltInRulesPageAndThePracticeItEnforces() throws Exception {
    LintReport r = Linter.builder().discoverRules(false).build().lint(OkrSet.of(List.of()));
    JsonNode rules = JSON.readTree(ReportFormat.SARIF.render(r)).path("runs").get(0).path("tool").path("driver").path("rules");
    JsonNode count = null;
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      assertThat(rule.path("helpUri").asText()).as(id).isEqualTo("https://okr.dev/okr-lint/docs/rules/" + id + ".md");
      assertThat(rule.path("help").path("markdown").asText()).as(id)
          .doesNotContain("](../").contains("](https://okr.dev/docs/okr-practice.md#");
      if (id.equals("objective-kr-count")) {
        count = rule;
      }
    }
    assertThat(count).isNotNull();
    assertThat(count.path("fullDescription").path("text").asText()).isEqualTo(
        "An objective needs 2–5 key results. OKR practice: an objective should have 2–5 key results "
            + "(docs/okr-practice.md#r3-two-to-five-key-results).");
    assertThat(count.path("properties").path("practice").get(0).asText())
        .isEqualTo("https://okr.dev/docs/okr-practice.md#r3-two-to-five-key-results");
  }

  @Test
  void sarifResolvesLinksAgainstAGivenBaseAndThirdPartyRulesLinkTheirPractice() throws Exception {
    JsonNode rules = JSON.readTree(ReportFormat.sarif(report(), "https://github.com/acme/okr/blob/v0.3.0"))
        .path("runs").get(0).path("tool").path("driver").path("rules");
    for (JsonNode rule : rules) {
      assertThat(rule.path("helpUri").asText()).as(rule.path("id").asText())
          .isEqualTo("https://github.com/acme/okr/blob/v0.3.0/docs/okr-practice.md#r2-key-results-measure-outcomes");
    }
  }

  @Test
  void aDocsBaseMustBeAnAbsoluteWebUrl() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportFormat.sarif(report(), "okr-lint/docs"))
        .withMessageContaining("must be an absolute http or https URL");
  }

  @Test
  void helpUriIsTheSarifHelpUriOfABuiltInRuleAnEngineDiagnosticOrNone() throws Exception {
    LintReport builtIn = Linter.withDefaults().lintStatement("Launch the new onboarding checklist");
    for (LintReport report : List.of(builtIn, report())) {
      JsonNode sarif = JSON.readTree(ReportFormat.sarif(report, "https://example.org/okr"));
      for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
        String id = rule.get("id").asText();
        if (rule.has("helpUri")) {
          assertThat(ReportFormat.helpUri(report, id, "https://example.org/okr")).as(id).hasValue(rule.get("helpUri").asText());
        } else {
          assertThat(ReportFormat.helpUri(report, id, "https://example.org/okr")).as(id).isEmpty();
        }
      }
    }
    assertThat(ReportFormat.helpUri(builtIn, "kr-task-like", "https://example.org/okr"))
        .hasValue("https://example.org/okr/okr-lint/docs/rules/kr-task-like.md");
    assertThat(ReportFormat.helpUri(builtIn, "unused-suppression", "https://okr.dev/"))
        .hasValue("https://okr.dev/okr-lint/docs/diagnostics/unused-suppression.md");
    assertThat(ReportFormat.helpUri(builtIn, "no-such-rule", "https://okr.dev/")).isEmpty();
  }
}
