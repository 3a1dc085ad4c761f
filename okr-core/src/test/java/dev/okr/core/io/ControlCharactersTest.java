package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The control characters a document may not hold, found where they stand (line and UTF-16 column),
 * whichever way the parser reads: JSON allows U+007F to U+009F, YAML does not (but for U+0085, its
 * line break), and neither allows U+0000 to U+001F but tab, line feed and carriage return.
 */
class ControlCharactersTest {

  /** Reads all of {@code text} through the filter, in blocks of three chars. */
  private static String readBlocks(String text, DocumentFormat format) throws IOException {
    try (Reader in = new ControlCharacters(new StringReader(text), format)) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[5];
      for (int n; (n = in.read(buffer, 1, 3)) >= 0; ) {
        out.append(buffer, 1, n);
      }
      return out.toString();
    }
  }

  /** Reads all of {@code text} through the filter, one char at a time. */
  private static String readChars(String text, DocumentFormat format) throws IOException {
    try (Reader in = new ControlCharacters(new StringReader(text), format)) {
      StringBuilder out = new StringBuilder();
      for (int c; (c = in.read()) >= 0; ) {
        out.append((char) c);
      }
      return out.toString();
    }
  }

  private static ControlCharacters.Found found(String text, DocumentFormat format, boolean oneByOne) {
    return catchThrowableOfType(ControlCharacters.Found.class,
        () -> {
          if (oneByOne) {
            readChars(text, format);
          } else {
            readBlocks(text, format);
          }
        });
  }

  @Test
  void passesAllowedTextThroughUnchangedInBothSyntaxes() throws IOException {
    String text = "a:\tb\r\nc: \u00a0d\re: \u0085\u00a0\uFFFD\n";
    for (DocumentFormat format : DocumentFormat.values()) {
      assertThat(readBlocks(text, format)).isEqualTo(text);
      assertThat(readChars(text, format)).isEqualTo(text);
    }
  }

  @Test
  void jsonAllowsTheC1ControlsThatYamlRefuses() throws IOException {
    String text = "{\"t\": \"\u007f\u0080\u009f\uFFFE\uFFFF\"}";
    assertThat(readBlocks(text, DocumentFormat.JSON)).isEqualTo(text);
    assertThat(readChars(text, DocumentFormat.JSON)).isEqualTo(text);
    for (char c : new char[] {'\u007f', '\u0080', '\u009f', '\uFFFE', '\uFFFF'}) {
      ControlCharacters.Found found = found("t: a" + c, DocumentFormat.YAML, false);
      assertThat(found).as("U+%04X", (int) c).isNotNull();
      assertThat(found.column()).isEqualTo(5);
    }
    // the neighbours of the refused ranges are fine in YAML
    String neighbours = "t: \u007e\u00a0\uFFFD\n";
    assertThat(readBlocks(neighbours, DocumentFormat.YAML)).isEqualTo(neighbours);
  }

  @Test
  void namesTheCharacterTheSyntaxAndWhereItStands() {
    ControlCharacters.Found json = found("{\n  \"t\":\r\n \"a\u0001\"}", DocumentFormat.JSON, false);
    assertThat(json.getMessage()).isEqualTo("control character U+0001 is not allowed in a JSON document;"
        + " remove it, or write it escaped in quoted text (\\u0001)");
    assertThat(json.line()).isEqualTo(3);
    assertThat(json.column()).isEqualTo(4);

    ControlCharacters.Found yaml = found("a: b\rt: x\u001f", DocumentFormat.YAML, true);
    assertThat(yaml.getMessage()).isEqualTo("control character U+001F is not allowed in a YAML document;"
        + " remove it, or write it escaped in quoted text (\\u001F)");
    assertThat(yaml.line()).isEqualTo(2);
    assertThat(yaml.column()).isEqualTo(5);
  }

  @Test
  void theFirstAndLastRefusedLowControlsAreFoundOneByOneToo() {
    for (char c : new char[] {'\u0000', '\u0008', '\u000b', '\u000c', '\u001f'}) {
      for (DocumentFormat format : DocumentFormat.values()) {
        ControlCharacters.Found found = found("ab" + c, format, true);
        assertThat(found).as("U+%04X in %s", (int) c, format).isNotNull();
        assertThat(found.line()).isEqualTo(1);
        assertThat(found.column()).isEqualTo(3);
      }
    }
  }

  @Test
  void theReaderReportsTheCharacterAtItsPositionAsAFormatError() {
    assertThatThrownBy(() -> OkrReader.yaml().read("objectives:\n  - id: a\u0007\n", "c.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("c.yaml:2:10 control character U+0007 is not allowed in a YAML document;"
            + " remove it, or write it escaped in quoted text (\\u0007)");
    assertThatThrownBy(() -> OkrReader.json().read("{\"objectives\": [\u007f]}", "c.json"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessageNotContaining("control character");
  }

  @Test
  void theCauseIsFoundHoweverDeeplyWrapped() {
    ControlCharacters.Found found = new ControlCharacters.Found(1, 2, '\u0001', DocumentFormat.JSON);
    assertThat(ControlCharacters.causeOf(found)).isSameAs(found);
    assertThat(ControlCharacters.causeOf(new RuntimeException(new UncheckedIOException(found)))).isSameAs(found);
    assertThat(ControlCharacters.causeOf(new RuntimeException(new IOException("other")))).isNull();
    assertThat(ControlCharacters.causeOf(new IllegalStateException())).isNull();
  }
}
