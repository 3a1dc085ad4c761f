package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterIntegrationExampleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theVendorsRuleIsFoundThroughServiceLoaderAndRunsAsTheUserTypes() {
    String out = Printed.by(LinterIntegrationExample::run);

    assertThat(out).contains(
        "the vendor's own: acme-kr-codename",
        "  \"Launch offline mode\" -> kr-task-like",
        "  \"Increase Falcon adoption from 10% to 40% of teams\" -> acme-kr-codename",
        "  \"Increase the share of teams that edit offline from 10% to 40%\" -> no findings");
  }

  @Test
  void theConfigurationApplies() {
    String out = Printed.by(LinterIntegrationExample::run);

    // "demo" was added as an output verb, so "Demo offline mode ..." reads as a task
    assertThat(out).contains("15:9 warning kr-task-like: Key result \"Demo offline mode at the all-hands\"");
  }

  @Test
  void findingsComeOutAsJsonAndSarif() throws Exception {
    String out = Printed.by(LinterIntegrationExample::run);
    String json = out.substring(out.indexOf("JSON for the editor:\n") + 21, out.indexOf("SARIF for code scanning:\n"));
    String sarif = out.substring(out.indexOf("SARIF for code scanning:\n") + 25);

    JsonNode findings = JSON.readTree(json).get("findings");
    JsonNode codename = findings.get(0);
    assertThat(codename.get("ruleId").asText()).isEqualTo("acme-kr-codename");
    assertThat(codename.get("file").asText()).isEqualTo("okrs/offline.yaml");
    assertThat(codename.get("line").asInt()).isEqualTo(9);
    assertThat(codename.get("span").get("start").asInt()).isEqualTo(9);
    assertThat(codename.get("span").get("end").asInt()).isEqualTo(15);

    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    List<String> results = new ArrayList<>();
    run.get("results").forEach(r -> results.add(r.get("ruleId").asText()));
    assertThat(results).containsExactly("acme-kr-codename", "kr-no-check-ins", "kr-task-like");
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("id").asText()).isEqualTo("acme-kr-codename");
    assertThat(rule.get("help").get("markdown").asText()).startsWith("# acme-kr-codename").contains("## Good");
  }
}
