package dev.okr.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.SourcePosition;
import org.junit.jupiter.api.Test;

/** The outline forms {@link OutlineImport} understands, one example each, rendered exactly. */
class OutlineImportTest {

  private static void assertImports(String document, String expected) {
    OutlineImport result = OutlineImport.read(document);
    assertThat(Rendering.render(result)).isEqualTo(expected);
    Rendering.checkLaws(document, result);
  }

  @Test
  void theSimplestOutlineIsOneStatementPerLine() {
    assertImports("""
        Increase NPS from 42 to 60
        Reduce churn rate from 5% to 3%

        Track activation rate weekly
        Our team rocks
        """, """
        O1 - (untitled)
          O1.KR1 1:1 Increase NPS from 42 to 60
          O1.KR2 2:1 Reduce churn rate from 5% to 3%
          O1.KR3 4:1 Track activation rate weekly
          O1.KR4 5:1 Our team rocks
        """);
  }

  @Test
  void labelledLinesInTheirCommonSpellings() {
    assertImports("""
        Objective: Delight new users
        KR1: Increase Day-7 activation rate from 22% to 35%
        KR 2 - Reduce time-to-first-value from 45 to 12 minutes
        Key Result 3: Raise NPS from 38 to 50
        O2 Turn customers into the growth engine
        KR1. Increase NRR from 105% to 118%
        Objective 3. Make deploys boring
        key result 1.1) Reduce deploy time from 28 minutes to under 8 minutes
        """, """
        O1 1:12 Delight new users
          O1.KR1 2:6 Increase Day-7 activation rate from 22% to 35%
          O1.KR2 3:8 Reduce time-to-first-value from 45 to 12 minutes
          O1.KR3 4:15 Raise NPS from 38 to 50
        O2 5:4 Turn customers into the growth engine
          O2.KR1 6:6 Increase NRR from 105% to 118%
        O3 7:14 Make deploys boring
          O3.KR1 8:17 Reduce deploy time from 28 minutes to under 8 minutes
        """);
  }

  @Test
  void markdownHeadingsListsEmphasisAndCheckboxes() {
    assertImports("""
        # Q3 OKRs

        ## Objective 1: **Delight new users** (committed)
        ### Key Results
        - [ ] Increase Day-7 activation rate from 22% to 35%
        * **Reduce time-to-first-value from 45 to 12 minutes**
        1) "Raise NPS from 38 to 50"

        **Objective:** [aspirational] Become the default tool
        + Grow seat expansion revenue by 25% quarter-over-quarter
        """, """
        O1 3:19 [committed] Delight new users
          O1.KR1 5:7 Increase Day-7 activation rate from 22% to 35%
          O1.KR2 6:5 Reduce time-to-first-value from 45 to 12 minutes
          O1.KR3 7:5 Raise NPS from 38 to 50
        O2 9:31 [aspirational] Become the default tool
          O2.KR1 10:3 Grow seat expansion revenue by 25% quarter-over-quarter
        structure 1 4
        """);
  }

  @Test
  void initiativesUnderAHeadingOrLabelledAndLinkedWhenIndentedUnderAKeyResult() {
    assertImports("""
        Objective: Make onboarding effortless
        - KR1: Increase Day-7 activation rate from 22% to 35%
          - Initiative: Redesign the onboarding checklist
        - KR2: Reduce time-to-first-value from 45 to 12 minutes
        Initiatives:
        - Run a pricing-page experiment
        - Interview 10 churned customers
        """, """
        O1 1:12 Make onboarding effortless
          O1.KR1 2:8 Increase Day-7 activation rate from 22% to 35%
          O1.KR2 4:8 Reduce time-to-first-value from 45 to 12 minutes
          O1.I1 3:17 Redesign the onboarding checklist -> O1.KR1
          O1.I2 6:3 Run a pricing-page experiment
          O1.I3 7:3 Interview 10 churned customers
        structure 5
        """);
  }

  @Test
  void markdownTablesWithAnObjectiveRow() {
    assertImports("""
        | Level | Why | Example |
        |:---|---|---:|
        | OBJECTIVE: Help new users reach value faster | | |
        | KR 1 | speed | Reduce median time-to-first-key-action from 14 days to 7 days |
        | Résultat clé 2 | Increase onboarding completion rate from 38% to 65% |
        | Key Result 3: Reduce support tickets by 40% | |
        | Initiative | Rebuild the checklist |
        | Notes | nothing here |
        After the table
        - a list item
        """, """
        O1 3:14 Help new users reach value faster
          O1.KR1 4:18 Reduce median time-to-first-key-action from 14 days to 7 days
          O1.KR2 5:20 Increase onboarding completion rate from 38% to 65%
          O1.KR3 6:17 Reduce support tickets by 40%
          O1.I1 7:16 Rebuild the checklist -> O1.KR3
        structure 1 2 8 9 10
        """);
  }

  @Test
  void proseUnderAnObjectiveIsStructureAndItsListsAreItsKeyResults() {
    assertImports("""
        Objective: Grow revenue
        - Increase ARR from $1.2M to $1.5M
        Some words about why this matters.
        - a stray list item
        KR: Reduce CAC from $50 to $35
        Key Results:
        - Raise NRR from 105% to 118%
        """, """
        O1 1:12 Grow revenue
          O1.KR1 2:3 Increase ARR from $1.2M to $1.5M
          O1.KR2 4:3 a stray list item
          O1.KR3 5:5 Reduce CAC from $50 to $35
          O1.KR4 7:3 Raise NRR from 105% to 118%
        structure 3 6
        """);
  }

  @Test
  void emptyLabelsAndOrphansAreReported() {
    assertImports("""
        Objective:
        KR1:
        Initiative: Write the launch plan
        Objective: Ship less, learn more
        Initiative:
        """, """
        O1 4:12 Ship less, learn more
        unplaced 1:1 objective label without a title: Objective:
        unplaced 2:1 key result label without a statement: KR1:
        unplaced 3:1 initiative outside any objective: Initiative: Write the launch plan
        unplaced 5:1 initiative label without a title: Initiative:
        """);
  }

  @Test
  void lineEndingsByteOrderMarkAndTabs() {
    String document = "\uFEFFObjective: Delight users\r\n\tKR1: Increase NPS from 42 to 60\rKR2: Cut churn by 10%";
    OutlineImport result = OutlineImport.read(document);
    KeyResult second = result.okrSet().keyResults().get(1);
    assertThat(result.okrSet().objectives().get(0).source()).hasValue(SourcePosition.of(1, 12));
    assertThat(result.okrSet().keyResults().get(0).source()).hasValue(SourcePosition.of(2, 7));
    assertThat(second.statement()).isEqualTo("Cut churn by 10%");
    assertThat(second.source()).hasValue(SourcePosition.of(3, 6));
    Rendering.checkLaws(document, result);
  }

  @Test
  void anEmptyDocumentImportsNothing() {
    OutlineImport result = OutlineImport.read("");
    assertThat(result.okrSet().objectives()).isEmpty();
    assertThat(result.unplaced()).isEmpty();
    assertThat(OutlineImport.read("\n\n  \n").okrSet().objectives()).isEmpty();
  }

  @Test
  void statementsAreLeftForTheParserAndMeasurementsEmpty() {
    OutlineImport result = OutlineImport.read("Objective: X\n- Increase NPS from 42 to 60");
    assertThat(result.okrSet().keyResults().get(0).measurement()).isEmpty();
  }

  /**
   * Found by OutlineImportFuzzTest: code ticks left open before a key result's or an objective's
   * text are dropped from the text, and the source pointed at the tick instead of the text's first
   * character.
   */
  @Test
  void anUnmatchedCodeTickBeforeTheTextIsNotWhereTheTextStarts() {
    String document = "``Grow revenue\n- ```Launch the beta\n";
    OutlineImport result = OutlineImport.read(document);
    assertThat(result.okrSet().objectives().get(0).title()).isEqualTo("Grow revenue");
    assertThat(result.okrSet().objectives().get(0).source()).hasValue(SourcePosition.of(1, 3));
    assertThat(result.okrSet().keyResults().get(0).statement()).isEqualTo("Launch the beta");
    assertThat(result.okrSet().keyResults().get(0).source()).hasValue(SourcePosition.of(2, 6));
    Rendering.checkLaws(document, result);
  }

  /**
   * Found by OutlineImportFuzzTest: a team named by a no-break space alone ("\u00A0 org") made the
   * importer throw the model's "name must not be blank" instead of reading no owner.
   */
  @Test
  void aNameOfNoBreakSpacesNamesNoOwnerAndDoesNotThrow() {
    String document = "## \u00A0 org\n\n- Increase NPS from 30 to 40\n\nowner: \u00A0\n";
    OutlineImport result = OutlineImport.read(document);
    assertThat(result.okrSet().keyResults()).extracting(KeyResult::statement).containsExactly("Increase NPS from 30 to 40");
    assertThat(result.okrSet().objectives()).allSatisfy(o -> assertThat(o.owner()).isEmpty());
    Rendering.checkLaws(document, result);
  }

  /**
   * Found by OutlineImportFuzzTest: an unplaced line that starts with a form feed gave the column
   * of the form feed, not of its first non-blank character.
   */
  @Test
  void anUnplacedLineStartingWithAFormFeedGivesTheColumnOfItsFirstNonBlankCharacter() throws Exception {
    String document;
    try (var in = getClass().getResourceAsStream("OutlineImportFuzzTestInputs/read/found-unplaced-line-after-a-form-feed.md")) {
      document = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    OutlineImport result = OutlineImport.read(document);
    assertThat(result.unplaced()).filteredOn(u -> u.text().startsWith("\f")).singleElement()
        .satisfies(u -> assertThat(u.column()).isEqualTo(2));
    Rendering.checkLaws(document, result);
  }
}
