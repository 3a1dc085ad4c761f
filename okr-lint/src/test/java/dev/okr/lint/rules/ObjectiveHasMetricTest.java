package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveHasMetricTest {
  private final ObjectiveHasMetric rule = new ObjectiveHasMetric();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  private List<Finding> lint(String title) {
    return fixture.findings(OkrSet.of(List.of(Objective.builder().id("o").title(title).build())));
  }

  @Test
  void numbersAndBareMetricsAreReported() {
    assertThat(lint("Increase revenue by 20%")).singleElement().satisfies(f -> {
      assertThat(f.confidence()).isEqualTo(0.9);
      assertThat(f.message()).contains("carries a number");
    });
    assertThat(lint("Increase revenue")).singleElement().satisfies(f -> {
      assertThat(f.confidence()).isEqualTo(0.6);
      assertThat(f.message()).contains("bare metric");
    });
  }

  @Test
  void qualitativeObjectivesPass() {
    assertThat(lint("Turn existing customers into the primary growth engine.")).isEmpty();
    assertThat(lint("Become the easiest analytics tool to set up")).isEmpty();
    assertThat(lint("Increase product delivery velocity without sacrificing quality")).isEmpty();
  }
}
