package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import dev.okr.core.OkrSet;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @Test
  void anOutlineBecomesYamlWithPositionsAndItsUnplacedLinesAsComments() throws Exception {
    Run run = Cli.run("convert", "--to", "yaml", Cli.sample("q4-draft.md"));

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("  - id: O1\n    title: Make the first week with Fieldnote feel effortless\n    kind: aspirational\n")
        .contains("      - id: O1.KR4\n        statement: Improve onboarding experience\n        source:\n"
            + "          file: ../samples/q4-draft.md\n          line: 10\n          column: 8\n")
        .contains("    cycle: 2026-Q4\n")
        .doesNotContain("not read as an objective");

    OkrSet read = OkrReader.yaml().read(run.out(), "converted.yaml");
    OkrSet imported = OutlineImport.read(Files.readString(Path.of(Cli.sample("q4-draft.md")))).okrSet();
    assertThat(read).as("the YAML reads back as what the importer read").isEqualTo(imported);
    assertThat(read.objectives().get(1).origin())
        .as("the origin is where the importer found it, in the file converted")
        .isEqualTo(imported.objectives().get(1).source().map(p -> p.inFile("../samples/q4-draft.md")));
    assertThat(read.objectives().get(1).source()).as("the source is where it stands in the YAML")
        .isNotEqualTo(read.objectives().get(1).origin())
        .hasValueSatisfying(p -> assertThat(run.out().lines().toList().get(p.line() - 1)).endsWith("- id: O2"));
  }

  @Test
  void convertingAConvertedDocumentKeepsTheFirstOrigin(@TempDir Path dir) throws Exception {
    Run first = Cli.run("convert", "--to", "yaml", Cli.sample("q4-draft.md"));
    Path converted = dir.resolve("q4-draft.yaml");
    Files.writeString(converted, first.out());

    Run second = Cli.run("convert", "--to", "json", converted.toString());

    assertThat(second.exit()).isZero();
    OkrSet again = OkrReader.json().read(second.out(), "again.json");
    OkrSet imported = OutlineImport.read(Files.readString(Path.of(Cli.sample("q4-draft.md")))).okrSet();
    assertThat(again.keyResults().get(3).origin())
        .isEqualTo(imported.keyResults().get(3).source().map(p -> p.inFile("../samples/q4-draft.md")));
    assertThat(second.out()).doesNotContain(converted.getFileName().toString());
  }

  @Test
  void jsonCannotHoldCommentsSoUnplacedLinesGoToStandardError() throws Exception {
    Path outline = Files.createTempFile("okr-convert", ".md");
    Files.writeString(outline, "Objective: Grow revenue\n- KR1: Increase ARR from $1M to $2M\nKR2:\n");
    Run run = Cli.run("convert", "--to", "json", outline.toString());

    assertThat(run.exit()).isZero();
    assertThat(OkrReader.json().read(run.out(), "converted.json").objectives()).hasSize(1);
    assertThat(run.err().split("\n")).containsExactly(
        outline.toString().replace('\\', '/') + ":3:1: unplaced (key result label without a statement): KR2:");
    Files.delete(outline);

    Run sample = Cli.run("convert", "--to", "json", Cli.sample("q4-draft.md"));
    assertThat(sample.exit()).isZero();
    assertThat(sample.err()).as("every line of the sample is placed").isEmpty();
  }


  @Test
  void aDocumentKeepsItsOwnPositionsAndCanGainMeasurements() {
    Run run = Cli.run("convert", "--to", "json", "--fill-measurements", Cli.sample("q4-draft.md"));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"statement\" : \"Grow paid team seats from 8,400 to 11,000\",\n"
        + "      \"measurement\" : {\n        \"type\" : \"increase\",");

    Run yaml = Cli.run("convert", "--to", "yaml", Cli.sample("q3.yaml"));
    assertThat(yaml.out()).contains("  - id: sync\n")
        .contains("    source:\n      file: ../samples/q3.yaml\n      line: 36\n      column: 5\n");
    assertThat(OkrReader.yaml().read(yaml.out(), "again.yaml"))
        .isEqualTo(OkrReader.yaml().read(Cli.run("convert", "--to", "yaml", Cli.sample("q3.yaml")).out(), "x.yaml"));
  }

  @Test
  void theTargetFormatIsRequired() {
    Run run = Cli.run("convert", Cli.sample("q3.yaml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Missing required option: '--to=FORMAT'");
  }

  @Test
  void jsonKeepsEachElementsLineAndTheNoiseTakenOutOfItsText(@TempDir Path dir) throws Exception {
    Path outline = dir.resolve("noisy.md");
    Files.writeString(outline, """
        ## Team: Finance
        ### Close the books faster
        - P0 CFO: Reduce days to close from 9 to 5 (0.8)
        - @mo - Automate 80% of bank reconciliations => on track
        """);
    Run run = Cli.run("convert", "--to", "json", outline.toString());

    assertThat(run.exit()).isZero();
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    com.fasterxml.jackson.databind.JsonNode objective = doc.get("objectives").get(0);
    assertThat(objective.get("owner").toString()).isEqualTo("{\"team\":\"Finance\"}");
    assertThat(objective.get("source").get("line").asInt()).isEqualTo(2);
    com.fasterxml.jackson.databind.JsonNode first = objective.get("keyResults").get(0);
    assertThat(first.get("statement").asText()).isEqualTo("Reduce days to close from 9 to 5");
    assertThat(first.get("source").get("line").asInt()).isEqualTo(3);
    assertThat(first.get("source").get("column").asInt()).isEqualTo(11);
    assertThat(first.get("owner").toString()).isEqualTo("{\"person\":\"CFO\"}");
    assertThat(first.get("priority").asText()).isEqualTo("P0");
    assertThat(first.get("reported").get("score").asDouble()).isEqualTo(0.8);
    com.fasterxml.jackson.databind.JsonNode second = objective.get("keyResults").get(1);
    assertThat(second.get("owner").toString()).isEqualTo("{\"person\":\"@mo\"}");
    assertThat(second.get("reported").get("status").asText()).isEqualTo("on track");
    assertThat(second.get("source").get("line").asInt()).isEqualTo(4);
  }
}
