package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.okr.cli.Cli.Run;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code okr lint --format sarif} against the official SARIF 2.1.0 JSON Schema (the OASIS Standard
 * with Errata 01, written in JSON Schema draft-04), kept in the test resources (see
 * sarif-schema-2.1.0.NOTICE.md) so that no network is needed.
 */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      assertThat(in).as("the committed SARIF schema").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void lintSarifOfTheSamplesConformsToSarif210() throws Exception {
    Run run = Cli.run("lint", "--format", "sarif", Cli.sample("q3.yaml"), Cli.sample("q4-draft.md"));

    assertThat(run.exit()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(run.out());
    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results).hasSize(3 + 18); // q4-draft.md: 10, and 8 kr-no-check-ins since its title heading names its cycle (2026-Q4)
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("kr-task-like");
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("../samples/q3.yaml");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(102);
  }

  @Test
  void docsUrlSetsTheBaseOfEachRulesHelpUri() throws Exception {
    Run run = Cli.run("lint", "--format", "sarif", "--docs-url", "https://github.com/acme/okr/blob/v0.3.0",
        Cli.sample("q3.yaml"));

    JsonNode sarif = JSON.readTree(run.out());
    assertThat(schema.validate(sarif)).isEmpty();
    for (JsonNode rule : sarif.get("runs").get(0).get("tool").get("driver").get("rules")) {
      assertThat(rule.get("helpUri").asText()).isEqualTo(
          "https://github.com/acme/okr/blob/v0.3.0/okr-lint/docs/rules/" + rule.get("id").asText() + ".md");
    }
  }

  @Test
  void aDocsUrlThatIsNoWebAddressIsAUsageError() {
    Run run = Cli.run("lint", "--format", "sarif", "--docs-url", "okr-lint/docs", Cli.sample("q3.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--docs-url: docs base URL \"okr-lint/docs\" must be an absolute http or https URL");
  }

  @Test
  void anEmptyReportConformsToo() throws Exception {
    Run clean = Cli.run("lint", "--format", "sarif", Cli.sample("q3.yaml"), "--config", Cli.sample("quiet.okrlint.yaml"));

    assertThat(clean.exit()).isZero();
    JsonNode sarif = JSON.readTree(clean.out());
    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatSarifForbids() throws Exception {
    Run run = Cli.run("lint", "--format", "sarif", Cli.sample("q3.yaml"));
    ObjectNode sarif = (ObjectNode) JSON.readTree(run.out());
    ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    sarif.put("version", "2.0.0");

    Set<ValidationMessage> errors = schema.validate(sarif);

    assertThat(errors).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
        .contains("$.version", "$.runs[0].results[0].level");
  }

  @Test
  void anUnplacedLineIsANoteAtItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Run run = Cli.run("lint", "--format", "sarif", LintCommandTest.unplacedOutline(dir).toString());

    JsonNode sarif = JSON.readTree(run.out());
    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode rule = null;
    for (JsonNode r : sarif.get("runs").get(0).get("tool").get("driver").get("rules")) {
      if (r.get("id").asText().equals("outline-unplaced")) {
        rule = r;
      }
    }
    assertThat(rule).as("the rule in tool.driver.rules").isNotNull();
    assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo("note");
    assertThat(rule.get("help").get("markdown").asText()).startsWith("# outline-unplaced\n");
    JsonNode last = null;
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      if (r.get("ruleId").asText().equals("outline-unplaced")) {
        last = r;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.get("level").asText()).isEqualTo("note");
    assertThat(last.get("message").get("text").asText())
        .startsWith("Line not read as an objective or key result (key result label without a statement): \"KR2:\" Suggestion: ");
    JsonNode region = last.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(4);
    assertThat(region.get("startColumn").asInt()).isEqualTo(1);
  }
}
