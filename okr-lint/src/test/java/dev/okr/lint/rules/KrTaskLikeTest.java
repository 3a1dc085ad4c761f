package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.TextSpan;
import dev.okr.lint.Vocabulary;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KrTaskLikeTest {
  private final KrTaskLike rule = new KrTaskLike();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @ParameterizedTest
  @ValueSource(strings = {
      "Launch new dashboard", "Ship onboarding redesign", "Complete onboarding redesign by end of quarter",
      "Publish 10 blog posts", "Introduce 2 new self-service features by Q3", "Hire 3 engineers", "Rebuild the billing page",
      "Track activation rate weekly", "Dashboard v2 launch", "KR2: Implementation of the CRM"})
  void outputsOfTheProductBriefAreFlagged(String statement) {
    assertThat(fixture.statement(statement)).as(statement).hasSize(1);
  }

  // "Close 300 support tickets" was listed above until the trained model decided: KR-LABELS.md calls
  // throughput of the team's own work unclear ("a linter may flag them or not"), so no verdict is
  // asserted for it.

  @ParameterizedTest
  @ValueSource(strings = {
      "Increase NPS from 42 to 60", "Reduce churn rate from 5% to 3%", "Lowering CAC from $50 to $35",
      "Achieve a trial-to-paid conversion rate of 25%, up from 14%", "60% of content creators use the assistant weekly",
      "Maintain 99.99% uptime during peak traffic hours", "Reduce support ticket volume by 25%",
      "Achieve zero critical defects released to production for two consecutive sprints",
      "Generate 500 organic leads from new content", "Improve onboarding experience",
      "KR2: Reduce monthly churn rate from [X]% to [Y]%."})
  void outcomesAreNotFlagged(String statement) {
    assertThat(fixture.statement(statement)).as(statement).isEmpty();
  }

  @Test
  void theFindingPointsAtTheVerbWithConfidenceAndSuggestion() {
    Finding f = fixture.statement("Launch new dashboard").get(0);
    assertThat(f.span()).contains(TextSpan.of(0, 6));
    assertThat(f.confidence()).isEqualTo(0.9);
    assertThat(f.message()).isEqualTo("Key result \"Launch new dashboard\" names something to do (\"Launch\"), not an outcome");
    assertThat(f.suggestion()).contains("Rewrite as the outcome this work should bring about, e.g. "
        + "'Increase the share of users who use the new dashboard weekly from <baseline>% to <target>%', "
        + "and make \"Launch new dashboard\" an initiative that moves it");
  }

  @Test
  void aMeasuredRolloutIsReportedOnlyBelowTheDefaultConfidence() {
    String rollout = "Launch feature X to 100% of paying users";
    assertThat(fixture.statement(rollout)).isEmpty();
    LintConfig strict = LintConfig.builder().minConfidence(0.3).build();
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "Delight").addKeyResult(KeyResult.of("k", rollout)).build()));
    assertThat(fixture.config(strict).findings(set)).singleElement()
        .satisfies(f -> {
          assertThat(f.confidence()).isEqualTo(0.4);
          assertThat(f.message()).contains("is a rollout");
        });
  }

  @Test
  void aShareOfPeopleIsAnOutcomeEvenWhenTheyAreCountedNouns() {
    assertThat(fixture.statement("90% of new hires rate onboarding 4 or higher")).isEmpty();
    assertThat(fixture.statement("Automate 80% of the regression tests")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("team's own work"));
  }

  @Test
  void aTeamsVocabularyExtendsTheRule() {
    String demo = "Demo the prototype to the board";
    LintConfig own = LintConfig.builder().vocabulary(Vocabulary.builder().addOutputVerb("demo").build()).build();
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "Delight").addKeyResult(KeyResult.of("k", demo)).build()));
    assertThat(fixture.config(own).findings(set)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("names something to do"));
    LintConfig outcome = LintConfig.builder().vocabulary(Vocabulary.builder().addOutcomeMetric("regression tests").build()).build();
    OkrSet automate = OkrSet.of(List.of(Okrs.objective("o", "Delight")
        .addKeyResult(KeyResult.of("k", "Automate 80% of the regression tests")).build()));
    assertThat(fixture.config(outcome).findings(automate)).isEmpty();
  }
}
