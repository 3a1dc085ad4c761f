package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.okr.core.OkrSet;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the JSON and YAML document readers (docs/fuzzing.md). Every input is read by both: a
 * reader gives a document or an {@link OkrFormatException} whose message is one line, never any
 * other exception; a document it gives is written back (JSON and YAML) and reads back equal, so
 * nothing read is lost or changed on the way out. Under plain {@code mvn test} it runs the seeds
 * in {@code DocumentReadersFuzzTestInputs/read/}.
 */
class DocumentReadersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (OkrReader reader : new OkrReader[] {OkrReader.json(), OkrReader.yaml()}) {
      OkrSet set;
      try {
        set = reader.read(text, "fuzz." + reader.format().name().toLowerCase(java.util.Locale.ROOT));
      } catch (OkrFormatException e) {
        assertThat(e.getMessage()).as("message of %s", e).doesNotContain("\n", "\r");
        assertThat(e.line()).isNotNegative();
        assertThat(e.column()).isNotNegative();
        continue;
      }
      assertThat(OkrReader.json().read(OkrWriter.json().write(set), "again.json")).isEqualTo(set);
      assertThat(OkrReader.yaml().read(OkrWriter.yaml().write(set), "again.yaml")).isEqualTo(set);
    }
  }
}
