package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sampleDocumentHasWarningsOnlySoItPassesByDefault() {
    Run run = Cli.run("lint", Cli.sample("q3.yaml"));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("../samples/q3.yaml\n")
        .contains("102:9  warning  Key result \"Launch the template gallery\" names something to do, not an outcome (R2)  [kr-task-like")
        .contains("[objective-unaligned]");
    assertThat(run.lastLine()).isEqualTo("0 errors, 3 warnings, 0 info");
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertThat(Cli.run("lint", "--fail-on", "warning", Cli.sample("q3.yaml")).exit()).isEqualTo(1);
    assertThat(Cli.run("lint", "--fail-on", "error", Cli.sample("q4-draft.md")).exit()).isEqualTo(1);
    assertThat(Cli.run("lint", "--fail-on", "never", Cli.sample("q4-draft.md")).exit()).isZero();
  }

  @Test
  void outlinesAreLintedWithTheirPositionsAndSuppressions() {
    Run run = Cli.run("lint", Cli.sample("q4-draft.md"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("10:8  error  Key result \"Improve onboarding experience\" has no quantity, so it cannot be scored (R2)  [kr-not-measurable]")
        .contains("20:4  warning  Key result \"Track support response times weekly\" watches a metric with no target or deadline")
        .doesNotContain("[kr-vanity-metric]");
    assertThat(run.lastLine()).endsWith("(1 suppressed, 0 in baseline)");
  }

  @Test
  void jsonIsOneObjectPerFindingWithTheDocumentedFields() throws Exception {
    Run run = Cli.run("lint", "--format", "json", Cli.sample("q3.yaml"), Cli.sample("q4-draft.md"));

    List<JsonNode> findings = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      findings.add(JSON.readTree(line));
    }
    assertThat(run.exit()).isEqualTo(1);
    assertThat(findings).hasSize(3 + 18); // q4-draft.md: 10, and 8 kr-no-check-ins since its title heading names its cycle (2026-Q4)
    for (JsonNode f : findings) {
      assertThat(f.fieldNames()).toIterable().contains("ruleId", "severity", "message", "file", "line", "column", "path",
          "elementId", "text", "span", "suggestion", "confidence", "fingerprint", "status");
    }
    JsonNode gallery = findings.get(0);
    assertThat(gallery.get("ruleId").asText()).isEqualTo("kr-task-like");
    assertThat(gallery.get("severity").asText()).isEqualTo("warning");
    assertThat(gallery.get("file").asText()).isEqualTo("../samples/q3.yaml");
    assertThat(gallery.get("line").asInt()).isEqualTo(102);
    assertThat(gallery.get("column").asInt()).isEqualTo(9);
    assertThat(gallery.get("path").asText()).isEqualTo("objectives[2].keyResults[2]");
    assertThat(gallery.get("span").get("end").asInt()).isEqualTo(6);
    assertThat(findings).filteredOn(f -> f.get("status").asText().equals("suppressed"))
        .singleElement().satisfies(f -> assertThat(f.get("ruleId").asText()).isEqualTo("kr-vanity-metric"));
    assertThat(findings).filteredOn(f -> f.get("path").asText().isEmpty() || f.get("line").isNull())
        .allSatisfy(f -> assertThat(f.get("file").asText()).isEqualTo("../samples/q4-draft.md"));
  }

  @Test
  void directoriesAreSearchedForSupportedFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("team"));
    Files.writeString(dir.resolve("team/okrs.txt"), "Increase NPS from 42 to 60\nLaunch new dashboard\n");
    Files.writeString(dir.resolve("notes.csv"), "not, okrs\n");

    Run run = Cli.run("lint", "--format", "json", "--fail-on", "never", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"file\":\"" + dir.resolve("team/okrs.txt").toString().replace('\\', '/') + "\"")
        .contains("\"text\":\"Launch new dashboard\"")
        .doesNotContain("notes.csv");
  }

  @Test
  void unreadableInputIsOneErrorLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\nobjectives:\n  - id: a\n    title: T\n    kind: comitted\n");

    Run run = Cli.run("lint", bad.toString(), dir.resolve("missing.yaml").toString(), dir.resolve("okrs.xlsx").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String name = dir.toString().replace('\\', '/');
    assertThat(run.err().split("\n")).containsExactly(
        "error: " + name + "/bad.yaml:5:11 objectives[0].kind: unknown objective kind \"comitted\"; expected one of: committed, aspirational",
        "error: " + name + "/missing.yaml: no such file",
        "error: " + name + "/okrs.xlsx: unsupported file type; expected " + InputDocument.SUPPORTED);
  }

  @Test
  void aConfigurationChangesRulesAndItsErrorsNameTheLine(@TempDir Path dir) throws Exception {
    Path config = dir.resolve(".okrlint.yaml");
    Files.writeString(config, "rules:\n  kr-task-like: off\n  objective-unaligned: error\n");

    Run run = Cli.run("lint", "--config", config.toString(), Cli.sample("q3.yaml"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("kr-task-like").contains("error  Objective is connected to no higher-level OKR (R9)");
    assertThat(run.lastLine()).isEqualTo("1 error, 0 warnings, 0 info");

    Files.writeString(config, "minConfidence: 0.5\nrules:\n  kr-nope: off\n");
    Run unknown = Cli.run("lint", "--config", config.toString(), Cli.sample("q3.yaml"));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: " + config.toString().replace('\\', '/') + ":3: rules.kr-nope: names no rule this linter knows");
    assertThat(unknown.err().strip()).doesNotContain("\n");

    Files.writeString(config, "minConfidence: 7\n");
    Run range = Cli.run("lint", "--config", config.toString(), Cli.sample("q3.yaml"));
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).isEqualTo("error: " + config.toString().replace('\\', '/') + ":1: minConfidence: must lie in [0, 1] (was \"7\")\n");
  }

  @Test
  void badUsageExitsTwoWithAPointerToHelp() {
    Run format = Cli.run("lint", "--format", "xml", Cli.sample("q3.yaml"));
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).startsWith("error: Invalid value for option '--format'").contains("Try 'okr lint --help' for usage.");

    Run none = Cli.run("lint");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter: 'PATH'");
  }
}
