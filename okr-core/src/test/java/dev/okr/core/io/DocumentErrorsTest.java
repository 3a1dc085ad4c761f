package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Where the readers place errors that the bad documents of {@code bad/} do not show: a rule broken
 * below the last position read, the parser's own syntax errors, text too long to show.
 */
class DocumentErrorsTest {

  @Test
  void aRuleBrokenBelowTheLastPositionReadIsPlacedAtTheNearestOneAbove() {
    // the milestones' rule names milestones[2].name; the name stands where milestones[2] does
    String doc = """
        objectives:
          - id: growth
            title: Ship it
            keyResults:
              - id: launch
                statement: Launch the dashboard
                measurement: {type: milestones, milestones: [design, build, design]}
        """;
    assertThatThrownBy(() -> OkrReader.yaml().read(doc, "m.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("m.yaml:7:69 objectives[0].keyResults[0].measurement.milestones[2].name:"
            + " must not repeat an earlier entry (was \"design\")");
  }

  @Test
  void aYamlSyntaxErrorIsPlacedAtTheProblemNotAtItsContext() {
    // SnakeYAML's context is the list's "[" (column 11); the problem is the "}" (column 16)
    String doc = """
        objectives:
          - id: growth
            tags: [a, b}
        """;
    OkrFormatException error = catchThrowableOfType(OkrFormatException.class, () -> OkrReader.yaml().read(doc, "s.yaml"));
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(16);
    assertThat(error.problem()).startsWith("not valid syntax: while parsing a flow sequence;")
        .contains("expected ',' or ']', but got }");
  }

  @Test
  void aCommentInJsonIsToldInPlainWords() {
    OkrFormatException error = catchThrowableOfType(OkrFormatException.class,
        () -> OkrReader.json().read("{\"objectives\": [] /* none yet */}", "c.json"));
    assertThat(error.problem())
        .isEqualTo("not valid syntax: a comment, which JSON does not allow; remove it (a YAML document may have # comments)");
    assertThat(error.line()).isEqualTo(1);
  }

  @Test
  void textTooLongToShowIsDescribedNotQuoted() {
    String longText = "x".repeat(OkrReader.MAX_TEXT_CHARS + 1);
    String json = "{\"objectives\": [{\"id\": \"a\", \"title\": \"A\", \"keyResults\": [{\"id\": \"k\","
        + " \"statement\": \"Increase NPS from 42 to 60\", \"weight\": \"" + longText + "\"}]}]}";
    assertThatThrownBy(() -> OkrReader.json().read(json, "w.json"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("w.json:1:123 objectives[0].keyResults[0].weight: expected a number,"
            + " got text longer than 1048576 characters");
  }

  @Test
  void eachReaderAndWriterKnowsItsFormat() {
    assertThat(OkrReader.json().format()).isEqualTo(DocumentFormat.JSON);
    assertThat(OkrReader.yaml().format()).isEqualTo(DocumentFormat.YAML);
    assertThat(OkrReader.of(DocumentFormat.JSON)).isSameAs(OkrReader.json());
    assertThat(OkrReader.of(DocumentFormat.YAML)).isSameAs(OkrReader.yaml());
    assertThat(DocumentFormat.forFileName("Q3.JSON")).isEqualTo(DocumentFormat.JSON);
    assertThat(DocumentFormat.forFileName("q3.yml")).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.forFileName("okrs/q3.Yaml")).isEqualTo(DocumentFormat.YAML);
    assertThatThrownBy(() -> DocumentFormat.forFileName("q3.json.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot tell the format of \"q3.json.txt\": expected a .json, .yaml or .yml file");
  }

  @Test
  void falseIsReadAsFalse() {
    String doc = """
        objectives:
          - id: growth
            title: Ship it
            keyResults:
              - id: ga
                statement: Launch the app
                measurement: {type: binary}
                checkIns: [{date: 2026-08-01, achieved: false}, {date: 2026-08-08, achieved: true}]
        """;
    var checkIns = OkrReader.yaml().read(doc, "b.yaml").keyResults().get(0).checkIns();
    assertThat(checkIns.get(0).achieved()).contains(false);
    assertThat(checkIns.get(1).achieved()).contains(true);
  }

  @Test
  void aFieldNameOfExactlyTheLimitIsReadAsAName() {
    String name = "x".repeat(OkrReader.MAX_TEXT_CHARS);
    OkrFormatException error = catchThrowableOfType(OkrFormatException.class,
        () -> OkrReader.json().read("{\"" + name + "\": 1}", "n.json"));
    assertThat(error.problem()).isEqualTo("unknown field \"" + "x".repeat(57) + "...\"; expected one of: formatVersion, cycle, objectives");
  }

  @Test
  void yamlColumnsOnTheFirstLineAreCountedInUtf16CodeUnitsToo() {
    // the rocket is one code point and two UTF-16 code units: "titel" starts at column 33 in code points
    assertThatThrownBy(() -> OkrReader.yaml().read("{objectives: [{id: \uD83D\uDE80, title: x, titel: y}]}", "r.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageStartingWith("r.yaml:1:34 objectives[0].titel: unknown field \"titel\" (did you mean \"title\"?)");
  }
}
