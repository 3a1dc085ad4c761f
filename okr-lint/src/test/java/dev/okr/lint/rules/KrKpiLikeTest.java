package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.LintConfig;
import dev.okr.lint.TextSpan;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KrKpiLikeTest {
  private final KrKpiLike rule = new KrKpiLike();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void watchingAMetricIsAKpi() {
    assertThat(fixture.statement("Track activation rate weekly")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(0, 5));
      assertThat(f.message()).isEqualTo("Key result \"Track activation rate weekly\" watches a metric with no target or deadline: that is a KPI, not a key result");
      assertThat(f.suggestion().orElseThrow()).contains("'Increase activation rate from <baseline> to <target> by <date>'");
    });
    assertThat(fixture.statement("Monitor churn rate monthly")).hasSize(1);
    assertThat(fixture.statement("Keep an eye on server costs")).hasSize(1);
  }

  @Test
  void aTargetMakesItAKeyResult() {
    assertThat(fixture.statement("Increase activation rate from 22% to 35% this quarter")).isEmpty();
    assertThat(fixture.statement("Maintain 99.99% uptime during peak traffic hours")).isEmpty();
  }

  @Test
  void inAnOutline() {
    fixture.expectOutline("""
        ## Objective: Keep customers for longer
        - KR: Track activation rate weekly <!-- expect: kr-kpi-like -->
        - KR: Monitor churn rate monthly <!-- expect: kr-kpi-like -->
        - KR: Increase activation rate from 22% to 35% this quarter
        - KR: Maintain 99.99% uptime during peak traffic hours
        """);
  }
}
