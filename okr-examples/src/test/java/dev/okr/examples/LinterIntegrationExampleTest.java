package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.core.SourcePosition;
import dev.okr.lint.Finding;
import dev.okr.lint.LintReport;
import dev.okr.lint.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor's integration, checked on what it returns (reports, JSON, SARIF), not on what it prints. */
class LinterIntegrationExampleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LinterIntegrationExample.Result RESULT = LinterIntegrationExample.run();

  private static List<String> ruleIds(LintReport report) {
    return report.active().stream().map(Finding::ruleId).toList();
  }

  @Test
  void theVendorsRuleIsFoundThroughServiceLoaderAndRunsAsTheUserTypes() {
    assertThat(RESULT.rules()).contains("acme-kr-codename", "kr-task-like");
    Map<String, LintReport> typed = RESULT.typed();
    assertThat(typed.keySet()).containsExactlyElementsOf(LinterIntegrationExample.TYPED);
    assertThat(ruleIds(typed.get("Launch offline mode"))).containsExactly("kr-task-like");
    assertThat(ruleIds(typed.get("Increase Falcon adoption from 10% to 40% of teams"))).containsExactly("acme-kr-codename");
    assertThat(ruleIds(typed.get("Increase the share of teams that edit offline from 10% to 40%"))).isEmpty();
  }

  @Test
  void theConfigurationApplies() {
    // "demo" was added as an output verb, so "Demo offline mode ..." reads as a task
    assertThat(RESULT.saved().active()).filteredOn(f -> f.ruleId().equals("kr-task-like")).singleElement().satisfies(f -> {
      assertThat(f.elementId()).contains("offline-demo");
      assertThat(f.position()).contains(SourcePosition.of(15, 9));
      assertThat(f.message()).startsWith("Key result \"Demo offline mode at the all-hands\"");
    });
    assertThat(RESULT.saved().active()).extracting(Finding::ruleId).doesNotContain("kr-no-baseline");
  }

  @Test
  void findingsComeOutAsJsonAndSarif() throws Exception {
    Finding codename = RESULT.saved().active().get(0);
    assertThat(codename.ruleId()).isEqualTo("acme-kr-codename");
    assertThat(codename.span()).contains(TextSpan.of(9, 15));

    JsonNode json = JSON.readTree(RESULT.json()).get("findings").get(0);
    assertThat(json.get("ruleId").asText()).isEqualTo("acme-kr-codename");
    assertThat(json.get("file").asText()).isEqualTo("okrs/offline.yaml");
    assertThat(json.get("line").asInt()).isEqualTo(9);
    assertThat(json.get("span").get("start").asInt()).isEqualTo(9);
    assertThat(json.get("span").get("end").asInt()).isEqualTo(15);

    JsonNode run = JSON.readTree(RESULT.sarif()).get("runs").get(0);
    List<String> results = new ArrayList<>();
    run.get("results").forEach(r -> results.add(r.get("ruleId").asText()));
    assertThat(results).containsExactly("acme-kr-codename", "kr-no-check-ins", "kr-task-like");
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("id").asText()).isEqualTo("acme-kr-codename");
    assertThat(rule.get("help").get("markdown").asText()).startsWith("# acme-kr-codename").contains("## Good");
  }
}
