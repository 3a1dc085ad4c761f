package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.TextSpan;
import dev.okr.lint.Vocabulary;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrVanityMetricTest {
  private final KrVanityMetric rule = new KrVanityMetric();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void vanityMetricsWithoutOutcomeAreReported() {
    assertThat(fixture.statement("More page views")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(5, 15));
      assertThat(f.message()).isEqualTo("\"page views\" is a vanity metric unless it leads to an outcome");
    });
    assertThat(fixture.statement("Get 10,000 app installs")).hasSize(1);
    assertThat(fixture.statement("Increase Twitter followers from 5,000 to 10,000")).hasSize(1);
  }

  @Test
  void aLinkToAnOutcomeClearsIt() {
    assertThat(fixture.statement("40% of new installs are active on day 7, up from 28%")).isEmpty();
    assertThat(fixture.statement("Grow visitors who start a trial from 2,000 to 3,500 per month")).isEmpty();
    assertThat(fixture.statement("Increase NPS from 42 to 60")).isEmpty();
  }

  @Test
  void aTeamCanNameItsOwnVanityAndOutcomeMetrics() {
    OkrSet badges = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Double the badge count")).build()));
    LintConfig own = LintConfig.builder().vocabulary(Vocabulary.builder().addVanityMetric("badge count").build()).build();
    assertThat(fixture.findings(badges)).isEmpty();
    assertThat(fixture.config(own).findings(badges)).hasSize(1);
    OkrSet views = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Reach 1 million page views from members")).build()));
    LintConfig members = LintConfig.builder().vocabulary(Vocabulary.builder().addOutcomeMetric("members").build()).build();
    assertThat(fixture.findings(views)).hasSize(1);
    assertThat(fixture.config(members).findings(views)).isEmpty();
  }

  @Test
  void inAnOutline() {
    fixture.expectOutline("""
        ## Objective: Grow an audience that stays
        - KR: Increase Twitter followers from 5,000 to 10,000 <!-- expect: kr-vanity-metric -->
        - KR: Grow visitors who start a trial from 2,000 to 3,500 per month
        - KR: Increase NPS from 42 to 60
        """);
  }
}
