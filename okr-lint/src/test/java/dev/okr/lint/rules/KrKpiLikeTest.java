package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.TextSpan;
import org.junit.jupiter.api.Test;

class KrKpiLikeTest {
  private final KrKpiLike rule = new KrKpiLike();

  @Test
  void watchingAMetricIsAKpi() {
    assertThat(RuleTester.statement(rule, "Track activation rate weekly")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(0, 5));
      assertThat(f.message()).isEqualTo("Key result \"Track activation rate weekly\" watches a metric with no target or deadline: that is a KPI, not a key result");
      assertThat(f.suggestion().orElseThrow()).contains("'Increase activation rate from <baseline> to <target> by <date>'");
    });
    assertThat(RuleTester.statement(rule, "Monitor churn rate monthly")).hasSize(1);
    assertThat(RuleTester.statement(rule, "Keep an eye on server costs")).hasSize(1);
  }

  @Test
  void aTargetMakesItAKeyResult() {
    assertThat(RuleTester.statement(rule, "Increase activation rate from 22% to 35% this quarter")).isEmpty();
    assertThat(RuleTester.statement(rule, "Maintain 99.99% uptime during peak traffic hours")).isEmpty();
  }
}
