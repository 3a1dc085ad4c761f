package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.outline.OutlineImport;
import dev.okr.lint.Document;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import dev.okr.lint.testing.RuleFixture;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KrDirectionMismatchTest {
  private final KrDirectionMismatch rule = new KrDirectionMismatch();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void aVerbThatContradictsItsNumbersIsReportedAtTheVerb() {
    assertThat(fixture.statement("Increase conversion from 2% to 1%")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("\"Increase\" but the target 1% is below the baseline 2%");
      assertThat(f.span()).contains(TextSpan.of(0, 8));
      assertThat(f.suggestion()).contains(
          "Check the numbers; if they are right, say the way they go: 'Reduce conversion from 2% to 1%'");
    });
    assertThat(fixture.statement("Decrease NPS from 42 to 60")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Decrease\" but the target 60 is above the baseline 42");
    assertThat(fixture.statement("Reduce churn to 8% (from 5%)")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Reduce\" but the target 8% is above the baseline 5%");
    assertThat(fixture.statement("KR2: Growing paid seats from 11,000 to 8,400")).singleElement()
        .satisfies(f -> assertThat(f.span()).contains(TextSpan.of(5, 12)));
    assertThat(fixture.statement("Cut MTTR from 30 minutes to 2 hours")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Cut\" but the target 2 hours is above the baseline 30 minutes");
    assertThat(fixture.statement("Increase open P1 bugs from 5 to zero")).hasSize(1);
  }

  @Test
  void offersTheVerbTheNumbersGoAsAFixThatRemovesTheFinding() {
    String outline = """
        ## Objective: Keep customers happy (committed)
        Owner: Care
        - Increase churn from 5% to 3% <!-- expect: kr-direction-mismatch -->
        - Increase NPS from 42 to 60
        """;
    fixture.expectOutline(outline); // applies each fix too: the document reads, the finding is gone
    String text = outline.replace(" <!-- expect: kr-direction-mismatch -->", "");
    OutlineImport imported = OutlineImport.read(text);
    Finding f = fixture.findings(Document.outline(imported.okrSet(), "okrs.md", text, imported.unplaced())).get(0);
    assertThat(f.fixes().get(0).title()).isEqualTo("Say \"Reduce\" (if the numbers are right)");
    assertThat(f.fixes().get(0).applyTo(text)).contains("- Reduce churn from 5% to 3%\n");
    fixture.expectYaml("""
        formatVersion: 1
        cycle: 2026-Q3
        objectives:
          - id: care
            title: Keep customers happy
            kind: committed
            owner: {team: Care}
            keyResults:
              - id: churn  # expect: kr-direction-mismatch
                statement: "improve activation from 40% to 30%"
              - Increase NPS from 42 to 60
        """);
  }

  @Test
  void improvingGoesToTheBetterSide() {
    assertThat(fixture.statement("Improve latency from 400 to 200 ms")).isEmpty();
    assertThat(fixture.statement("Improve first response time from 4h to 1h")).isEmpty();
    assertThat(fixture.statement("Improve CSAT from 4.1 to 4.5")).isEmpty();
    assertThat(fixture.statement("Improve latency from 200 to 400 ms")).singleElement()
        .extracting(Finding::message)
        .isEqualTo("\"Improve\" but the target 400 ms is above the baseline 200, and latency is better lower");
    assertThat(fixture.statement("Improve activation from 40% to 30%")).singleElement()
        .extracting(Finding::message).isEqualTo("\"Improve\" but the target 30% is below the baseline 40%");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Reduce latency from 400 to 200 ms",
      "Increase NPS from 42 to 60",
      "Reduce churn from 5% to 3%",
      "Increase NPS to 60",
      "Reduce churn by 20%",
      "Increase revenue from 5% to $40",
      "Increase NPS from 42 to 42",
      "Keep churn at 2% (from 3%)",
      "Achieve 60% adoption, up from 70%",
      "Activation rate: 35% → 22%",
      "Launch the dashboard to 50% of accounts",
      "Improve onboarding",
      "Augmenter le taux de conversion de 5 % à 2 %"})
  void nothingIsReportedWithoutAWayAndTwoComparableNumbersThatDisagree(String statement) {
    assertThat(fixture.statement(statement)).as(statement).isEmpty();
  }

  @Test
  void theDevelopmentCorpusHasNoMismatch() throws IOException {
    List<String> flagged = new ArrayList<>();
    for (String file : KrJudgementCorpusTest.DEVELOPMENT) {
      for (KrJudgementCorpusTest.Row row : KrJudgementCorpusTest.read(file)) {
        if (!fixture.statement(row.statement()).isEmpty()) {
          flagged.add(row.statement());
        }
      }
    }
    // written by people who meant what they wrote: a mismatch there would be a misreading
    assertThat(flagged).as("flagged rows").isEmpty();
  }
}
