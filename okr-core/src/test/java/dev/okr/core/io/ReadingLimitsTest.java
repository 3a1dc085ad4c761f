package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.Measurement;
import dev.okr.core.OkrSet;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that make JSON and YAML read alike and bounded: YAML 1.2 scalars, duplicate fields,
 * the length of text values and of the document. The broken documents of these rules that fit in a
 * file are in {@code bad/} (39 to 46); the ones too large for a file are made here.
 */
class ReadingLimitsTest {

  private static String yamlWithMeasurement(String baseline, String target) {
    return """
        objectives:
          - id: growth
            title: Delight new users
            keyResults:
              - id: nps
                statement: Increase NPS from 42 to 60
                measurement: {type: increase, baseline: %s, target: %s}
        """.formatted(baseline, target);
  }

  private static Measurement measurementOf(OkrSet set) {
    return set.keyResults().get(0).measurement().orElseThrow();
  }

  @Test
  void yamlNumbersAreYaml12DecimalsSoALeadingZeroIsNoOctal() {
    Measurement m = measurementOf(OkrReader.yaml().read(yamlWithMeasurement("010", "0060"), "q.yaml"));
    assertThat(m.baseline()).hasValue(10.0);
    assertThat(m.target()).hasValue(60.0);

    Measurement other = measurementOf(OkrReader.yaml().read(yamlWithMeasurement("+4.2e1", "60."), "q.yaml"));
    assertThat(other.baseline()).hasValue(42.0);
    assertThat(other.target()).hasValue(60.0);
  }

  @Test
  void yamlOctalBinaryAndHexadecimalFormsAreErrors() {
    for (String form : List.of("0b101", "0x1F", "1_0")) {
      assertThatThrownBy(() -> OkrReader.yaml().read(yamlWithMeasurement(form, "60"), "q.yaml"))
          .as(form)
          .isInstanceOf(OkrFormatException.class)
          .hasMessage("q.yaml:7:49 objectives[0].keyResults[0].measurement.baseline: expected a decimal number, got "
              + form + " (YAML is read as YAML 1.2: no octal, hexadecimal, binary, sexagesimal or _ in numbers)");
    }
    // YAML 1.2's own octal form is text to the parser, so no number either.
    assertThatThrownBy(() -> OkrReader.yaml().read(yamlWithMeasurement("0o17", "60"), "q.yaml"))
        .hasMessage("q.yaml:7:49 objectives[0].keyResults[0].measurement.baseline: expected a number, got \"0o17\"");
  }

  @Test
  void yamlTextThatYaml11ReadAsNumbersOrBooleansStaysTextAsWritten() {
    OkrSet set = OkrReader.yaml().read("""
        objectives:
          - id: 010
            title: yes
            keyResults: [Increase NPS from 42 to 60]
        """, "q.yaml");
    assertThat(set.objectives().get(0).id()).isEqualTo("010");
    assertThat(set.objectives().get(0).title()).isEqualTo("yes");
  }

  @Test
  void aWholeNumberInYamlIsDecimalToo() {
    String doc = """
        objectives:
          - id: growth
            title: Delight new users
            keyResults: [Increase NPS from 42 to 60]
            source: {file: q.md, line: 010, column: 0x2}
        """;
    assertThatThrownBy(() -> OkrReader.yaml().read(doc, "q.yaml"))
        .hasMessage("q.yaml:5:45 objectives[0].source.column: expected a decimal number, got 0x2"
            + " (YAML is read as YAML 1.2: no octal, hexadecimal, binary, sexagesimal or _ in numbers)");
    OkrSet set = OkrReader.yaml().read(doc.replace("0x2", "2"), "q.yaml");
    assertThat(set.objectives().get(0).origin().orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void aFieldGivenTwiceIsAnErrorInBothSyntaxes() {
    assertThatThrownBy(() -> OkrReader.json().read(
        "{\"formatVersion\": 1, \"objectives\": [], \"formatVersion\": 2}", "d.json"))
        .hasMessage("d.json:1:40 formatVersion: duplicate field \"formatVersion\", first given at 1:2"
            + " (a mapping names each field once)");
    assertThatThrownBy(() -> OkrReader.yaml().read("formatVersion: 1\nobjectives: []\nformatVersion: 2\n", "d.yaml"))
        .hasMessage("d.yaml:3:1 formatVersion: duplicate field \"formatVersion\", first given at 1:1"
            + " (a mapping names each field once)");
  }

  @Test
  void theSameNameInDifferentMappingsIsNoDuplicate() {
    OkrSet set = OkrReader.json().read("""
        {"objectives": [
          {"id": "a", "title": "A", "keyResults": [{"id": "k", "statement": "Increase NPS from 1 to 2"}]},
          {"id": "b", "title": "B", "keyResults": ["Increase NPS from 3 to 4"]}]}
        """, "d.json");
    assertThat(set.objectives()).hasSize(2);
  }

  @Test
  void textLongerThanTheLimitIsRefusedAlikeInJsonAndYaml() {
    String title = "x".repeat(OkrReader.MAX_TEXT_CHARS + 1);
    String json = "{\"objectives\": [{\"id\": \"a\", \"title\": \"" + title + "\", \"keyResults\": []}]}";
    String yaml = "objectives:\n  - id: a\n    title: " + title + "\n    keyResults: []\n";

    assertThatThrownBy(() -> OkrReader.json().read(json, "long.json"))
        .hasMessage("long.json:1:38 objectives[0].title: text longer than 1048576 characters, the most read");
    assertThatThrownBy(() -> OkrReader.yaml().read(yaml, "long.yaml"))
        .hasMessage("long.yaml:3:12 objectives[0].title: text longer than 1048576 characters, the most read");
  }

  @Test
  void textOfExactlyTheLimitIsRead() {
    String title = "x".repeat(OkrReader.MAX_TEXT_CHARS);
    String json = "{\"objectives\": [{\"id\": \"a\", \"title\": \"" + title + "\", \"keyResults\": []}]}";
    String yaml = "objectives:\n  - id: a\n    title: " + title + "\n    keyResults: []\n";
    assertThat(OkrReader.json().read(json, "ok.json").objectives().get(0).title()).hasSize(OkrReader.MAX_TEXT_CHARS);
    assertThat(OkrReader.yaml().read(yaml, "ok.yaml").objectives().get(0).title()).hasSize(OkrReader.MAX_TEXT_CHARS);
  }

  @Test
  void aFieldNameLongerThanTheLimitIsRefusedAlike() {
    String name = "x".repeat(OkrReader.MAX_TEXT_CHARS + 1);
    assertThatThrownBy(() -> OkrReader.json().read("{\"" + name + "\": 1}", "long.json"))
        .hasMessage("long.json:1:1 a field name longer than 1048576 characters, the most read");
    // YAML takes a key longer than 1024 characters only in its explicit form, "? KEY".
    assertThatThrownBy(() -> OkrReader.yaml().read("? " + name + "\n: 1\n", "long.yaml"))
        .hasMessage("long.yaml:1:1 a field name longer than 1048576 characters, the most read");
    String nested = "objectives:\n  - id: a\n    ? " + name + "\n    : 1\n";
    assertThatThrownBy(() -> OkrReader.yaml().read(nested, "long.yaml"))
        .hasMessage("long.yaml:2:5 objectives[0]: a field name longer than 1048576 characters, the most read");
  }

  /** A document that never ends, its padding repeated without ever being held in memory. */
  private static Reader endless(String start, String repeated) {
    return new Reader() {
      private int at = -start.length();

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++, at++) {
          buffer[offset + i] = at < 0 ? start.charAt(at + start.length()) : repeated.charAt(at % repeated.length());
        }
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void anEndlessDocumentStopsAtTheSizeLimitInBothSyntaxes() {
    assertThatThrownBy(() -> OkrReader.json().read(endless("{\"objectives\": [", " \n"), "endless.json"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("endless.json the document is longer than 67108864 characters, the most read");
    assertThatThrownBy(() -> OkrReader.yaml().read(endless("objectives:\n", " \n"), "endless.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("endless.yaml the document is longer than 67108864 characters, the most read");
  }
}
