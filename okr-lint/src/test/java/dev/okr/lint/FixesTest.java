package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Applies every fix the linter offers to a document and lints again: the document still reads, and
 * the finding is gone or suppressed.
 */
class FixesTest {
  private static final Linter LINTER = Linter.of(LintConfig.builder().asOf(LocalDate.of(2026, 8, 1)).build());

  static final String YAML = """
      formatVersion: 1
      cycle: 2026-Q3
      objectives:
        - id: growth
          title: Ship the new dashboard
          keyResults:
            - id: speed
              statement: Improve load times
            - id: launch
              statement: "Launch the onboarding checklist"
            - Increase NPS from 42
        - id: trust
          title: Earn the trust of paying teams
          kind: committed
          owner: {team: Growth}
          suppressions: ["objective-unaligned -- the company OKRs are not written yet"]
          keyResults:
            - {id: churn, statement: Reduce churn from 5% to 3%}
            - id: views
              statement: Increase pricing page views from 20,000 to 30,000
              suppressions: []
          initiatives:
            - {id: tour, title: Interactive tour}
      """;

  static final String JSON = """
      {
        "formatVersion": 1,
        "cycle": "2026-Q3",
        "objectives": [
          {
            "id": "growth",
            "title": "Ship the new dashboard",
            "keyResults": [
              {"id": "speed", "statement": "Improve load times"},
              {"id": "launch", "statement": "Launch the onboarding checklist"},
              {"id": "nps", "suppressions": [], "statement": "Increase NPS from 42"}
            ]
          },
          {"id": "trust", "title": "Earn the trust of paying teams", "kind": "committed",
           "owner": {"team": "Growth"},
           "keyResults": ["Reduce churn from 5% to 3%", "Increase pricing page views from 20,000 to 30,000"]}
        ]
      }
      """;

  static final String OUTLINE = """
      # Growth OKRs

      ## Objective: Ship the new dashboard

      - KR1: Improve load times
      - KR2: Launch the onboarding checklist
      - KR3: Increase NPS from 42 <!-- okr-lint-disable kr-task-like -- no task here -->

      ## Objective: Earn the trust of paying teams (committed)
      Owner: Growth

      | Key result | Owner |
      |---|---|
      | Reduce churn from 5% to 3% | Sam |
      <!-- okr-lint-disable kr-vanity-metric -- we watch the pricing page this quarter -->
      - Increase pricing page views from 20,000 to 30,000
      Improve the onboarding experience

      ## Objective: Delight new writers
      """;

  @Test
  void everyFixOfAYamlDocumentKeepsItReadableAndRemovesItsFinding() {
    int applied = checkEveryFix(YAML, t -> Document.of(OkrReader.yaml().read(t, "okrs.yaml"), "okrs.yaml", t));
    assertThat(applied).isGreaterThan(5);
  }

  @Test
  void everyFixOfAJsonDocumentKeepsItReadableAndRemovesItsFinding() {
    int applied = checkEveryFix(JSON, t -> Document.of(OkrReader.json().read(t, "okrs.json"), "okrs.json", t));
    assertThat(applied).isGreaterThan(5);
  }

  @Test
  void everyFixOfAnOutlineKeepsItReadableAndRemovesItsFinding() {
    int applied = checkEveryFix(OUTLINE, FixesTest::outline);
    assertThat(applied).isGreaterThan(5);
  }

  @Test
  void aMissingKindIsOfferedBothLabelsInEachFormat() {
    for (Document d : List.of(
        Document.of(OkrReader.yaml().read(YAML, "okrs.yaml"), "okrs.yaml", YAML),
        Document.of(OkrReader.json().read(JSON, "okrs.json"), "okrs.json", JSON),
        outline(OUTLINE))) {
      Finding missing = LINTER.lint(d).findings().stream().filter(f -> f.ruleId().equals("okr-missing-kind")).findFirst().orElseThrow();
      assertThat(missing.fixes()).as(d.file().orElseThrow()).extracting(Fix::title)
          .containsExactly("Label it committed (must reach 1.0)", "Label it aspirational (0.6–0.7 is healthy)",
              "Suppress okr-missing-kind here (then write why)");
    }
  }

  @Test
  void aYamlFieldIsANewLineAtTheMappingsColumn() {
    Finding missing = LINTER.lint(Document.of(OkrReader.yaml().read(YAML, "okrs.yaml"), "okrs.yaml", YAML)).findings()
        .stream().filter(f -> f.ruleId().equals("okr-missing-kind")).findFirst().orElseThrow();
    Fix committed = missing.fixes().get(0);
    assertThat(committed.replacements()).containsExactly(new Replacement(48, 48, 4, 5, 4, 5, "kind: committed\n    "));
    assertThat(committed.applyTo(YAML)).contains("""
          - kind: committed
            id: growth
            title: Ship the new dashboard
        """);
  }

  @Test
  void anOutlineSuppressionIsACommentAtTheEndOfTheElementsLine() {
    Finding vague = LINTER.lint(outline(OUTLINE)).findings().stream()
        .filter(f -> f.ruleId().equals("kr-vague-verb") && f.text().equals("Improve load times")).findFirst().orElseThrow();
    String fixed = vague.fixes().get(vague.fixes().size() - 1).applyTo(OUTLINE);
    assertThat(fixed).contains("- KR1: Improve load times <!-- okr-lint-disable kr-vague-verb -- TODO: say why -->\n");
  }

  @Test
  void anUnusedOutlineSuppressionIsOfferedItsRemoval() {
    Finding unused = LINTER.lint(outline(OUTLINE)).findings().stream()
        .filter(f -> f.ruleId().equals("unused-suppression")).findFirst().orElseThrow();
    assertThat(unused.fixes()).extracting(Fix::title).containsExactly("Remove the unused suppression");
    assertThat(unused.fixes().get(0).applyTo(OUTLINE)).contains("- KR3: Increase NPS from 42\n");
  }

  @Test
  void jsonAndSarifReportsCarryTheFixes() throws Exception {
    LintReport report = LINTER.lint(Document.of(OkrReader.yaml().read(YAML, "okrs.yaml"), "okrs.yaml", YAML));
    ObjectMapper json = new ObjectMapper();
    JsonNode finding = null;
    for (JsonNode f : json.readTree(ReportFormat.JSON.render(report)).path("findings")) {
      if (f.path("ruleId").asText().equals("okr-missing-kind")) {
        finding = f;
      }
    }
    assertThat(finding).isNotNull();
    JsonNode fix = finding.path("fixes").get(0);
    assertThat(fix.path("title").asText()).isEqualTo("Label it committed (must reach 1.0)");
    assertThat(fix.path("replacements").get(0).toString()).isEqualTo(
        "{\"startOffset\":48,\"endOffset\":48,\"startLine\":4,\"startColumn\":5,\"endLine\":4,\"endColumn\":5,"
            + "\"text\":\"kind: committed\\n    \"}");

    JsonNode result = null;
    for (JsonNode r : json.readTree(ReportFormat.SARIF.render(report)).path("runs").get(0).path("results")) {
      if (r.path("ruleId").asText().equals("okr-missing-kind")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    JsonNode sarifFix = result.path("fixes").get(0);
    assertThat(sarifFix.path("description").path("text").asText()).isEqualTo("Label it committed (must reach 1.0)");
    JsonNode change = sarifFix.path("artifactChanges").get(0);
    assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo("okrs.yaml");
    JsonNode replacement = change.path("replacements").get(0);
    assertThat(replacement.path("deletedRegion").path("startLine").asInt()).isEqualTo(4);
    assertThat(replacement.path("deletedRegion").path("startColumn").asInt()).isEqualTo(5);
    assertThat(replacement.path("deletedRegion").path("endColumn").asInt()).isEqualTo(5);
    assertThat(replacement.path("deletedRegion").path("charOffset").asInt()).isEqualTo(48);
    assertThat(replacement.path("deletedRegion").path("charLength").asInt()).isZero();
    assertThat(replacement.path("insertedContent").path("text").asText()).isEqualTo("kind: committed\n    ");
  }

  /** Offers to delete a key result's statement, or its first word. */
  @RuleInfo(id = "test-delete", summary = "Offers deletions", category = Category.STATEMENT, severity = Severity.INFO,
      productRule = "none")
  static final class Deleting implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      if (keyResult.text().equals("Improve load times")) {
        out.report(keyResult, "deletable")
            .fix("Delete it all", new Edit.ReplaceText(TextSpan.of(0, keyResult.text().length()), ""))
            .fix("Delete the verb", new Edit.ReplaceText(TextSpan.of(0, 8), ""));
      }
    }
  }

  @Test
  void aTextEditThatWouldLeaveTheStatementBlankIsNotOffered() {
    Linter linter = Linter.builder().addRule(new Deleting()).config(LINTER.config()).build();
    Finding f = linter.lint(Document.of(OkrReader.yaml().read(YAML, "okrs.yaml"), "okrs.yaml", YAML)).findings().stream()
        .filter(x -> x.ruleId().equals("test-delete")).findFirst().orElseThrow();
    assertThat(f.fixes()).extracting(Fix::title).containsExactly("Delete the verb", "Suppress test-delete here (then write why)");
    assertThat(f.fixes().get(0).applyTo(YAML)).contains("        statement: load times\n");
  }

  @Test
  void noFixesWithoutTheDocumentsText() {
    LintReport report = LINTER.lint(OkrReader.yaml().read(YAML, "okrs.yaml"));
    assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.fixes()).isEmpty());
  }

  private static Document outline(String text) {
    OutlineImport imported = OutlineImport.read(text);
    return Document.outline(imported.okrSet(), "okrs.md", text, imported.unplaced());
  }

  /** Applies each fix of each finding on its own; returns how many were applied. */
  private static int checkEveryFix(String text, Function<String, Document> read) {
    List<Finding> before = LINTER.lint(read.apply(text)).findings();
    int applied = 0;
    List<String> rulesFixed = new ArrayList<>();
    for (Finding f : before) {
      for (Fix fix : f.fixes()) {
        String fixed = fix.applyTo(text);
        String what = f.ruleId() + " at " + f.path() + " \"" + f.text() + "\" by \"" + fix.title() + "\":\n" + fixed;
        Document after;
        try {
          after = read.apply(fixed);
        } catch (RuntimeException e) {
          throw new AssertionError("the fix broke the document: " + what, e);
        }
        List<Finding> now = LINTER.lint(after).findings();
        assertThat(count(now, f)).as("active findings like the fixed one after " + what).isEqualTo(count(before, f) - 1);
        assertThat(suppressionProblems(now)).as("findings of suppressions after " + what).isLessThanOrEqualTo(suppressionProblems(before));
        applied++;
        rulesFixed.add(f.ruleId());
      }
    }
    assertThat(rulesFixed).contains("okr-missing-kind");
    return applied;
  }

  private static long suppressionProblems(List<Finding> findings) {
    return findings.stream().filter(n -> n.isActive() && n.ruleId().endsWith("-suppression")).count();
  }

  private static long count(List<Finding> findings, Finding like) {
    return findings.stream()
        .filter(n -> n.isActive() && n.ruleId().equals(like.ruleId()) && n.path().equals(like.path()) && n.text().equals(like.text()))
        .count();
  }
}
