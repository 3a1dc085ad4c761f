package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.core.io.DocumentFormat;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings carry spans and columns in UTF-16 code units (Java, JavaScript, LSP, SARIF) and the
 * JSON report carries them in code points as well (Python): an emoji takes two UTF-16 code units
 * and one code point, a combining mark one of each.
 */
class PositionUnitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Points from "Launch" to the end of "rocket". */
  @RuleInfo(id = "test-rocket", summary = "Points at the launch of the rocket", category = Category.STATEMENT,
      severity = Severity.WARNING, productRule = "none")
  static final class PointsAtRocket implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      String text = keyResult.text();
      int from = text.indexOf("Launch");
      int to = text.indexOf("rocket");
      if (from >= 0 && to >= from) {
        out.report(keyResult, "rocket").span(from, to + "rocket".length());
      }
    }
  }

  private static final Linter LINTER = Linter.builder().rules(List.of(new PointsAtRocket())).discoverRules(false).build();

  /** 🎉 (U+1F389) and 🚀 (U+1F680) are outside the Basic Multilingual Plane; U+0301 is a combining acute. */
  private static final String OUTLINE = String.join("\n",
      "## Objective: Delight 😀 new users (committed)",
      "- KR1: 🎉 Launch 🚀 the rocket",
      "- KR2: Cafe\u0301 Launch the rocket",
      "");

  private static List<Finding> outlineFindings() {
    return LINTER.lint(Document.outline(OutlineImport.read(OUTLINE).okrSet(), "o.md", OUTLINE)).findings();
  }

  @Test
  void anEmojiBeforeAndInsideTheSpanCountsTwoUtf16UnitsAndOneCodePoint() {
    Finding f = outlineFindings().get(0);
    String text = f.text();
    assertThat(text).isEqualTo("🎉 Launch 🚀 the rocket");
    TextSpan span = f.span().orElseThrow();
    assertThat(span).isEqualTo(TextSpan.of(3, 23));
    assertThat(text.substring(span.start(), span.end())).isEqualTo("Launch 🚀 the rocket");
    assertThat(span.codePointStart(text)).isEqualTo(2);
    assertThat(span.codePointEnd(text)).isEqualTo(21);
    int[] codePoints = text.codePoints().toArray();
    assertThat(new String(codePoints, span.codePointStart(text), span.codePointEnd(text) - span.codePointStart(text)))
        .isEqualTo("Launch 🚀 the rocket");
    // "- KR1: " is 7 units; the span starts 3 units (2 code points) into the text
    assertThat(f.position().orElseThrow().line()).isEqualTo(2);
    assertThat(f.position().orElseThrow().column()).isEqualTo(11);
    assertThat(f.codePointColumn()).hasValue(10);
  }

  @Test
  void aCombiningMarkIsOneUnitAndOneCodePoint() {
    Finding f = outlineFindings().get(1);
    assertThat(f.text()).isEqualTo("Cafe\u0301 Launch the rocket");
    TextSpan span = f.span().orElseThrow();
    assertThat(span).isEqualTo(TextSpan.of(6, 23));
    assertThat(span.codePointStart(f.text())).isEqualTo(6);
    assertThat(span.codePointEnd(f.text())).isEqualTo(23);
    assertThat(f.position().orElseThrow().column()).isEqualTo(14);
    assertThat(f.codePointColumn()).hasValue(14);
  }

  @Test
  void theJsonReportGivesBothUnits() throws Exception {
    JsonNode findings = JSON.readTree(ReportFormat.JSON.render(
        LINTER.lint(Document.outline(OutlineImport.read(OUTLINE).okrSet(), "o.md", OUTLINE)))).path("findings");
    JsonNode emoji = findings.get(0);
    assertThat(emoji.path("column").asInt()).isEqualTo(11);
    assertThat(emoji.path("codePointColumn").asInt()).isEqualTo(10);
    assertThat(emoji.path("span").path("start").asInt()).isEqualTo(3);
    assertThat(emoji.path("span").path("end").asInt()).isEqualTo(23);
    assertThat(emoji.path("span").path("codePointStart").asInt()).isEqualTo(2);
    assertThat(emoji.path("span").path("codePointEnd").asInt()).isEqualTo(21);
    JsonNode mark = findings.get(1);
    assertThat(mark.path("column").asInt()).isEqualTo(14);
    assertThat(mark.path("codePointColumn").asInt()).isEqualTo(14);
    assertThat(mark.path("span").path("codePointStart").asInt()).isEqualTo(6);
  }

  @Test
  void aStructuredFileGivenWithItsTextHasCodePointColumnsAndOneWithoutHasNone() throws Exception {
    String json = "{\"formatVersion\": 1, \"objectives\": [{\"id\": \"o\", \"title\": \"Delight 😀🎉 users\", "
        + "\"keyResults\": [{\"id\": \"k\", \"statement\": \"Launch the rocket\"}]}]}\n";
    var set = OkrReader.of(DocumentFormat.JSON).read(json, "o.json");
    Finding withText = LINTER.lint(Document.of(set, "o.json", json)).findings().get(0);
    int utf16 = withText.position().orElseThrow().column();
    assertThat(json.indexOf("{\"id\": \"k\"") + 1).isEqualTo(utf16);
    assertThat(withText.codePointColumn()).hasValue(utf16 - 2);
    assertThat(json.codePointCount(0, utf16 - 1) + 1).isEqualTo(utf16 - 2);

    Finding withoutText = LINTER.lint(Document.of(set, "o.json")).findings().get(0);
    assertThat(withoutText.position()).isEqualTo(withText.position());
    assertThat(withoutText.codePointColumn()).isEmpty();
    JsonNode line = JSON.readTree(ReportFormat.JSON.render(LINTER.lint(Document.of(set, "o.json")))).path("findings").get(0);
    assertThat(line.path("codePointColumn").isNull()).isTrue();
  }

  @Test
  void sarifSaysItCountsUtf16CodeUnits() throws Exception {
    JsonNode run = JSON.readTree(ReportFormat.SARIF.render(
        LINTER.lint(Document.outline(OutlineImport.read(OUTLINE).okrSet(), "o.md", OUTLINE)))).path("runs").get(0);
    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    JsonNode region = run.path("results").get(0).path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startColumn").asInt()).isEqualTo(11);
    assertThat(region.path("endColumn").asInt()).isEqualTo(31);
  }
}
