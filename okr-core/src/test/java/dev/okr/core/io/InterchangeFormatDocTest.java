package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.OkrSet;
import dev.okr.core.Reported;
import dev.okr.core.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/interchange-format.md: its whole documents read, and say what reading them gives. */
class InterchangeFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "interchange-format.md");

  /** The YAML blocks of the page that are whole documents (fragments start elsewhere). */
  private static List<String> documents() throws IOException {
    String page = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> documents = new ArrayList<>();
    for (int at = page.indexOf("```yaml\n"); at >= 0; at = page.indexOf("```yaml\n", at + 1)) {
      String block = page.substring(at + "```yaml\n".length(), page.indexOf("\n```", at) + 1);
      if (block.contains("formatVersion: 1")) {
        documents.add(block);
      }
    }
    return documents;
  }

  @Test
  void everyWholeDocumentReadsAndWritesBackEqual() throws IOException {
    List<String> documents = documents();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(2);
    for (String yaml : documents) {
      OkrSet set = OkrReader.yaml().read(yaml, "doc.yaml");
      assertThat(OkrReader.yaml().read(OkrWriter.yaml().withSourcePositions("doc.yaml").write(set), "again.yaml"))
          .isEqualTo(set);
    }
  }

  @Test
  void theExamplesSayWhatReadingGives() throws IOException {
    OkrSet first = OkrReader.yaml().read(documents().get(0), "q3.yaml");
    assertThat(first.keyResult("activation").orElseThrow().reported())
        .isEqualTo(Reported.parse("=> 0.7 (on track)"));
    assertThat(first.keyResult("activation").orElseThrow().priority()).contains("P1");

    String converted = documents().stream().filter(d -> d.contains("file: q3.md")).findFirst().orElseThrow();
    KeyResult kr = OkrReader.yaml().read(converted, "q3.yaml").keyResult("O1.KR1").orElseThrow();
    assertThat(kr.origin()).contains(SourcePosition.of("q3.md", 2, 8));
    assertThat(kr.source()).contains(SourcePosition.of(7, 9));
  }
}
