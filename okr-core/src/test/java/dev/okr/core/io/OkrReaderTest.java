package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Alignment;
import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Measurement;
import dev.okr.core.MeasurementType;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OkrReaderTest {
  private static final String YAML = """
      formatVersion: 1
      cycle: 2026-Q3
      objectives:
        - id: company
          title: Become the tool product teams trust
          kind: committed
          cycle: 2026
          keyResults:
            - Grow paying teams from 1,000 to 1,500
        - id: 2026
          title: Delight new users
          kind: Aspirational
          owner: {person: Ana Lopez}
          alignsTo: {keyResult: company-kr1}
          tags: [onboarding, activation]
          keyResults:
            - Increase NPS from 42 to 60
            - id: churn
              statement: Reduce churn rate from 5% to 3%
              weight: 2.5
              measurement: {type: decrease, unit: '%', baseline: 5, target: 3}
              checkIns:
                - {date: 2026-07-07, value: 4.5, confidence: 0.7, note: after the first campaign}
          initiatives:
            - {id: emails, title: Win-back emails, status: in-progress, keyResults: [churn]}
      """;

  @Test
  void readsEveryPartOfTheForm() {
    OkrSet set = OkrReader.yaml().read(YAML, "q3.yaml");

    Objective company = set.objective("company").orElseThrow();
    assertThat(company.cycle()).contains(Cycle.year(2026));
    assertThat(company.kind()).contains(ObjectiveKind.COMMITTED);

    Objective growth = set.objective("2026").orElseThrow();
    assertThat(growth.cycle()).as("the document's cycle is the default").contains(Cycle.quarter(2026, 3));
    assertThat(growth.kind()).contains(ObjectiveKind.ASPIRATIONAL);
    assertThat(growth.owner()).contains(Owner.person("Ana Lopez"));
    assertThat(growth.alignment()).contains(Alignment.toKeyResult("company-kr1"));
    assertThat(growth.tags()).containsExactly("onboarding", "activation");
    assertThat(growth.keyResults()).extracting(KeyResult::id).containsExactly("2026-kr1", "churn");

    KeyResult churn = set.keyResult("churn").orElseThrow();
    assertThat(churn.weight()).isEqualTo(2.5);
    assertThat(churn.measurement()).contains(Measurement.builder()
        .type(MeasurementType.DECREASE).unit("%").baseline(5).target(3).build());
    assertThat(churn.checkIns()).containsExactly(CheckIn.builder()
        .date(LocalDate.of(2026, 7, 7)).value(4.5).confidence(0.7).note("after the first campaign").build());
    assertThat(set.initiative("emails").orElseThrow().keyResultIds()).containsExactly("churn");
    assertThat(set.objectiveOf("company-kr1")).contains(company);
    assertThat(set.childrenOf("company")).containsExactly(growth);
  }

  @Test
  void recordsWhereEachElementStands() {
    OkrSet set = OkrReader.yaml().read(YAML, "q3.yaml");

    assertThat(set.objective("company").orElseThrow().source()).contains(SourcePosition.of(4, 5));
    assertThat(set.keyResult("company-kr1").orElseThrow().source()).contains(SourcePosition.of(9, 9));
    assertThat(set.keyResult("churn").orElseThrow().source()).contains(SourcePosition.of(18, 9));
    assertThat(set.initiative("emails").orElseThrow().source()).contains(SourcePosition.of(25, 9));
  }

  @Test
  void aSourceFieldIsTheOriginAndTheSourceStaysThePositionInTheDocument() {
    String yaml = """
        objectives:
          - id: o
            title: Delight new users
            source: {line: 12, column: 3}
            keyResults:
              - {id: k, statement: Increase NPS from 42 to 60, source: {line: 13, column: 5}}
        """;
    OkrSet set = OkrReader.yaml().read(yaml, "converted.yaml");

    assertThat(set.objective("o").orElseThrow().origin()).contains(SourcePosition.of(12, 3));
    assertThat(set.keyResult("k").orElseThrow().origin()).contains(SourcePosition.of(13, 5));
    assertThat(set.objective("o").orElseThrow().source()).contains(SourcePosition.of(2, 5));
    assertThat(set.keyResult("k").orElseThrow().source()).contains(SourcePosition.of(6, 9));
  }

  @Test
  void jsonAndYamlReadTheSameDocumentAlike() {
    OkrSet fromYaml = OkrReader.yaml().read(YAML, "q3.yaml");
    String json = OkrWriter.json().write(fromYaml);

    assertThat(OkrReader.json().read(json, "q3.json")).isEqualTo(fromYaml);
    assertThat(OkrReader.yaml().read(OkrWriter.yaml().write(fromYaml), "again.yaml")).isEqualTo(fromYaml);
  }

  @Test
  void writesBareStatementsBackAsBareStrings() {
    OkrSet set = OkrReader.yaml().read(YAML, "q3.yaml");

    assertThat(OkrWriter.yaml().write(set))
        .contains("- \"Grow paying teams from 1,000 to 1,500\"\n")
        .contains("- Increase NPS from 42 to 60\n")
        .contains("- id: churn\n")
        .doesNotContain("source:");
  }

  @Test
  void writesSourcePositionsOnlyWhenAsked() {
    OkrSet set = OkrReader.yaml().read(YAML, "q3.yaml");
    String withPositions = OkrWriter.yaml().withSourcePositions().write(set);
    OkrSet again = OkrReader.yaml().read(withPositions, "converted.yaml");

    assertThat(withPositions).contains("source:");
    assertThat(again.keyResult("churn").orElseThrow().origin()).contains(SourcePosition.of(18, 9));
    assertThat(again.keyResult("company-kr1").orElseThrow().origin()).contains(SourcePosition.of(9, 9));
  }

  @Test
  void writesTheFileThePositionsAreIn() {
    OkrSet set = OkrReader.yaml().read(YAML, "q3.yaml");
    String converted = OkrWriter.yaml().withSourcePositions("okrs/q3.yaml").write(set);
    OkrSet again = OkrReader.yaml().read(converted, "converted.yaml");

    assertThat(converted).contains("""
              - id: churn
                statement: Reduce churn rate from 5% to 3%
        """).contains("""
                source:
                  file: okrs/q3.yaml
                  line: 18
                  column: 9
        """);
    KeyResult churn = again.keyResult("churn").orElseThrow();
    assertThat(churn.origin()).contains(SourcePosition.of("okrs/q3.yaml", 18, 9));
    assertThat(churn.source()).as("where it stands in converted.yaml")
        .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(lineOf(converted, "- id: churn")));
    assertThat(again.initiative("emails").orElseThrow().origin()).contains(SourcePosition.of("okrs/q3.yaml", 25, 9));
  }

  @Test
  void anOriginIsWrittenAsItIsAndWinsOverTheSource() {
    OkrSet set = OkrSet.of(java.util.List.of(Objective.builder().id("o").title("Delight new users")
        .source(SourcePosition.of(4, 5))
        .origin(SourcePosition.of("q3.md", 1, 12))
        .addKeyResult(KeyResult.builder().id("o-kr1").statement("Increase NPS from 42 to 60")
            .source(SourcePosition.of(8, 9)).origin(SourcePosition.of(2, 7)).build())
        .addKeyResult(KeyResult.builder().id("o-kr2").statement("Reduce churn from 5% to 3%")
            .source(SourcePosition.of("notes.md", 3, 1)).build())
        .build()));

    String json = OkrWriter.json().withSourcePositions("converted.yaml").write(set);
    OkrSet again = OkrReader.json().read(json, "again.json");

    assertThat(again.objectives().get(0).origin()).contains(SourcePosition.of("q3.md", 1, 12));
    assertThat(again.keyResults().get(0).origin()).as("an origin without a file stays without one")
        .contains(SourcePosition.of(2, 7));
    assertThat(again.keyResults().get(1).origin()).as("a source that names its file keeps it")
        .contains(SourcePosition.of("notes.md", 3, 1));
    assertThat(OkrWriter.json().withSourcePositions().write(again)).isEqualTo(json);
    assertThat(OkrWriter.json().write(again)).doesNotContain("source");
    assertThatThrownBy(() -> OkrWriter.yaml().withSourcePositions(" "))
        .isInstanceOf(dev.okr.core.OkrValidationException.class).hasMessage("file: must not be blank (was \" \")");
  }

  @Test
  void readsAndWritesPriorityAndWhatWasReported() {
    String yaml = """
        objectives:
          - id: o
            title: Delight new users
            priority: P0
            reported: {text: '=> 0.7 (on track)', score: 0.7, status: on track}
            keyResults:
              - id: k
                statement: Increase NPS from 42 to 60
                priority: high
                reported: {text: (7/10), score: 0.7}
              - id: d
                statement: Launch the new onboarding checklist
                reported: {text: ✅, status: done}
        """;
    OkrSet set = OkrReader.yaml().read(yaml, "q3.yaml");

    Objective o = set.objective("o").orElseThrow();
    assertThat(o.priority()).contains("P0");
    assertThat(o.reported()).contains(Reported.of("=> 0.7 (on track)", java.util.Optional.of(0.7), java.util.Optional.of("on track")));
    assertThat(set.keyResult("k").orElseThrow().priority()).contains("high");
    assertThat(set.keyResult("k").orElseThrow().reported()).contains(Reported.ofScore("(7/10)", 0.7));
    assertThat(set.keyResult("d").orElseThrow().reported()).contains(Reported.ofStatus("✅", "done"));

    String written = OkrWriter.yaml().write(set);
    assertThat(written).contains("""
              - id: k
                statement: Increase NPS from 42 to 60
                priority: high
                reported:
                  text: (7/10)
                  score: 0.7
        """);
    assertThat(OkrReader.yaml().read(written, "again.yaml")).isEqualTo(set);
    assertThat(OkrReader.json().read(OkrWriter.json().write(set), "again.json")).isEqualTo(set);
    assertThat(set.withObjectives(o.withReported(java.util.Optional.empty()))).isNotEqualTo(set);
  }

  @Test
  void aKeyResultWithAPriorityOrAReportIsNoBareString() {
    OkrSet set = OkrSet.of(java.util.List.of(Objective.builder().id("o").title("Delight new users")
        .addKeyResult(KeyResult.builder().id("o-kr1").statement("Increase NPS from 42 to 60").priority("P1").build())
        .addKeyResult(KeyResult.builder().id("o-kr2").statement("Reduce churn from 5% to 3%")
            .reported(Reported.ofScore("66%", 0.66)).build())
        .addKeyResult(KeyResult.of("o-kr3", "Cut p95 latency from 900 to 300 ms"))
        .build()));

    String yaml = OkrWriter.yaml().write(set);
    assertThat(yaml).contains("- id: o-kr1\n").contains("- id: o-kr2\n").contains("- Cut p95 latency from 900 to 300 ms\n");
    assertThat(OkrReader.yaml().read(yaml, "again.yaml")).isEqualTo(set);
  }

  @Test
  void reportsAreCheckedWhereTheyAreWritten() {
    assertThatThrownBy(() -> OkrReader.yaml().read("""
        objectives:
          - id: o
            title: Delight new users
            reported: {text: see notes}
        """, "q3.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("q3.yaml:4:15 objectives[0].reported: must hold a score, a status or both (was \"see notes\")");
    assertThatThrownBy(() -> OkrReader.yaml().read("""
        objectives:
          - id: o
            title: Delight new users
            reported: {score: 0.7}
        """, "q3.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("q3.yaml:4:15 objectives[0].reported.text: missing; this field is required");
    assertThatThrownBy(() -> OkrReader.yaml().read("""
        objectives:
          - id: o
            title: Delight new users
            source: {file: q3.md, line: 1, col: 3}
        """, "q3.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageStartingWith("q3.yaml:4:36 objectives[0].source.col: unknown field \"col\"; expected one of: file, line, column");
  }

  @Test
  void yamlColumnsAreCountedInUtf16CodeUnits() {
    // SnakeYAML counts a code point per column; 🚀 is two UTF-16 code units, as in Java strings.
    String yaml = "objectives:\n"
        + "  - {id: o, title: \"🚀🚀 Launch\", keyResults: [🚀 Grow NPS, {id: k, statement: 🚀 Grow}]}\n";
    OkrSet set = OkrReader.yaml().read(yaml, "flow.yaml");
    String line = yaml.lines().toList().get(1);

    assertThat(set.keyResult("o-kr1").orElseThrow().source()).contains(SourcePosition.of(2, line.indexOf("🚀 Grow NPS") + 1));
    assertThat(set.keyResult("k").orElseThrow().source()).contains(SourcePosition.of(2, line.indexOf("{id: k") + 1));
    assertThat(OkrReader.json().read(OkrWriter.json().write(set), "flow.json")).isEqualTo(set);

    assertThatThrownBy(() -> OkrReader.yaml().read(yaml.replace("{id: k,", "{id: k, weight: heavy,"), "flow.yaml"))
        .isInstanceOfSatisfying(OkrFormatException.class, e ->
            assertThat(e.column()).isEqualTo(line.replace("{id: k,", "{id: k, weight: heavy,").indexOf("heavy") + 1));
  }

  private static int lineOf(String text, String part) {
    java.util.List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part + " not in " + text);
  }

  @Test
  void anEmptyDocumentIsAnError() {
    assertThatThrownBy(() -> OkrReader.yaml().read("", "empty.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("empty.yaml:1:1 the document is empty; expected a mapping with \"objectives\"");
  }

  @Test
  void aFileWithoutAKnownExtensionIsRefused() {
    assertThatThrownBy(() -> OkrReader.readFile(Path.of("okrs.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot tell the format of \"okrs.txt\": expected a .json, .yaml or .yml file");
  }

  @Test
  void deepNestingStopsAtTheFirstUnexpectedList() {
    String deep = "objectives: " + "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> OkrReader.yaml().read(deep, "deep.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageStartingWith("deep.yaml:1:14 objectives[0]: expected an objective");
  }

  @Test
  void errorPartsAreAvailableSeparately() {
    OkrFormatException error = org.assertj.core.api.Assertions.catchThrowableOfType(OkrFormatException.class,
        () -> OkrReader.json().read("{\"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"kind\": 3}]}", "x.json"));

    assertThat(error.source()).isEqualTo("x.json");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo(51);
    assertThat(error.path()).isEqualTo("objectives[0].kind");
    assertThat(error.problem()).isEqualTo("is not a known objective kind; expected one of: committed, aspirational (was \"3\")");
  }

  /** Found by the round-trip property: -0.0 was written as 0 and read back unequal. */
  @Test
  void negativeZeroRoundTrips() {
    OkrSet set = OkrSet.of(java.util.List.of(Objective.builder().id("o").title("Keep latency down")
        .addKeyResult(KeyResult.builder().id("k").statement("Keep p95 latency at most 20490 ms")
            .measurement(Measurement.builder().type(MeasurementType.AT_MOST).baseline(-0.0).target(20490).build())
            .build())
        .build()));

    assertThat(OkrReader.json().read(OkrWriter.json().write(set), "z.json")).isEqualTo(set);
    assertThat(OkrReader.yaml().read(OkrWriter.yaml().write(set), "z.yaml")).isEqualTo(set);
  }
}
