package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.TextSpan;
import dev.okr.lint.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrVanityMetricTest {
  private final KrVanityMetric rule = new KrVanityMetric();

  @Test
  void vanityMetricsWithoutOutcomeAreReported() {
    assertThat(RuleTester.statement(rule, "More page views")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(5, 15));
      assertThat(f.message()).isEqualTo("\"page views\" is a vanity metric unless it leads to an outcome");
    });
    assertThat(RuleTester.statement(rule, "Get 10,000 app installs")).hasSize(1);
    assertThat(RuleTester.statement(rule, "Increase Twitter followers from 5,000 to 10,000")).hasSize(1);
  }

  @Test
  void aLinkToAnOutcomeClearsIt() {
    assertThat(RuleTester.statement(rule, "40% of new installs are active on day 7, up from 28%")).isEmpty();
    assertThat(RuleTester.statement(rule, "Grow visitors who start a trial from 2,000 to 3,500 per month")).isEmpty();
    assertThat(RuleTester.statement(rule, "Increase NPS from 42 to 60")).isEmpty();
  }

  @Test
  void aTeamCanNameItsOwnVanityAndOutcomeMetrics() {
    OkrSet badges = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Double the badge count")).build()));
    LintConfig own = LintConfig.builder().vocabulary(Vocabulary.builder().addVanityMetric("badge count").build()).build();
    assertThat(RuleTester.findings(rule, badges)).isEmpty();
    assertThat(RuleTester.findings(rule, badges, own)).hasSize(1);
    OkrSet views = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Reach 1 million page views from members")).build()));
    LintConfig members = LintConfig.builder().vocabulary(Vocabulary.builder().addOutcomeMetric("members").build()).build();
    assertThat(RuleTester.findings(rule, views)).hasSize(1);
    assertThat(RuleTester.findings(rule, views, members)).isEmpty();
  }
}
