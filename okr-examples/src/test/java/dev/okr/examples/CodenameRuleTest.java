package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.Finding;
import dev.okr.lint.TextSpan;
import dev.okr.lint.testing.RuleFixture;
import org.junit.jupiter.api.Test;

/** The vendor's rule, tested as a vendor tests theirs: with okr-lint's {@link RuleFixture}. */
class CodenameRuleTest {

  @Test
  void aKeyResultNamingACodenameIsReportedOnItsLine() {
    // README:vendor-rule-test:start
    RuleFixture.of(new CodenameRule()).expectOutline("""
        ## Objective: Make Fieldnote dependable without a connection
        - KR: Increase Falcon adoption from 10% to 40% of teams <!-- expect: acme-kr-codename -->
        - KR: Cut sync conflicts in bluebird from 3.1% to 1% of edits <!-- expect: acme-kr-codename -->
        - KR: Increase the share of teams that edit offline from 10% to 40%
        """);
    // README:vendor-rule-test:end
  }

  @Test
  void inTheSavedDocumentTheFindingIsOnTheKeyResultsLine() {
    RuleFixture.of(new CodenameRule()).expectYaml("""
        formatVersion: 1
        cycle: 2026-Q3
        objectives:
          - id: offline
            title: Make Fieldnote dependable without a connection
            keyResults:
              - id: offline-falcon   # expect: acme-kr-codename
                statement: Increase Falcon adoption from 10% to 40% of teams
              - id: offline-conflicts
                statement: Reduce sync conflicts after reconnecting from 3.1% to 1% of edits
        """);
  }

  @Test
  void theFindingPointsAtTheCodenameAndSuggestsWhatToSayInstead() {
    assertThat(RuleFixture.of(new CodenameRule()).statement("Increase Falcon adoption from 10% to 40% of teams"))
        .singleElement().satisfies(f -> {
          assertThat(f.span()).contains(TextSpan.of(9, 15));
          assertThat(f.message()).isEqualTo("Key result names the internal codename \"Falcon\"; say what changes for users");
          assertThat(f.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("instead of 'Falcon'"));
        });
  }

  @Test
  void aKeyResultWithTwoCodenamesIsReportedOnce() {
    assertThat(RuleFixture.of(new CodenameRule()).statement("Move Kestrel users to Falcon from 10% to 40%"))
        .extracting(Finding::ruleId).containsExactly("acme-kr-codename");
  }
}
