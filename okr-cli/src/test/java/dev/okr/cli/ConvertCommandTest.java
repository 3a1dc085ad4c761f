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
        .endsWith("# 3 lines of ../samples/q4-draft.md not read as an objective, key result or initiative (line:column, reason, text):\n"
            + "#   1:1  not an objective, key result or initiative:  # Fieldnote: Q4 2026 OKR draft\n"
            + "#   3:1  not an objective, key result or initiative:  Status: a draft for the planning review; the OKRs are made up for this project.\n"
            + "#   24:1  not an objective, key result or initiative:  Open question for the review: should Revenue own the churn key result?\n");

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
  void jsonCannotHoldCommentsSoUnplacedLinesGoToStandardError() {
    Run run = Cli.run("convert", "--to", "json", Cli.sample("q4-draft.md"));

    assertThat(run.exit()).isZero();
    assertThat(OkrReader.json().read(run.out(), "converted.json").objectives()).hasSize(2);
    assertThat(run.err().split("\n")).containsExactly(
        "../samples/q4-draft.md:1:1: unplaced (not an objective, key result or initiative): # Fieldnote: Q4 2026 OKR draft",
        "../samples/q4-draft.md:3:1: unplaced (not an objective, key result or initiative): Status: a draft for the planning review; the OKRs are made up for this project.",
        "../samples/q4-draft.md:24:1: unplaced (not an objective, key result or initiative): Open question for the review: should Revenue own the churn key result?");
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
}
