package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.TextSpan;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTaskLikeTest {
  private final ObjectiveTaskLike rule = new ObjectiveTaskLike();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  private List<Finding> lint(String title) {
    return fixture.findings(OkrSet.of(List.of(Objective.builder().id("o").title(title).build())));
  }

  @Test
  void tasksAreNotObjectives() {
    assertThat(lint("Ship the new dashboard")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(0, 4));
      assertThat(f.confidence()).isEqualTo(0.85);
    });
    assertThat(lint("Fix onboarding.")).hasSize(1);
    assertThat(lint("Migrate to the cloud")).hasSize(1);
  }

  @Test
  void inspiringGoalsAndFigurativeVerbsPass() {
    assertThat(lint("Delight new users with a seamless onboarding experience.")).isEmpty();
    assertThat(lint("Build habits that keep users coming back every week.")).isEmpty();
    assertThat(lint("Achieve strong market adoption for the new pricing tier")).isEmpty();
    assertThat(lint("Establish the platform as the gold standard for reliability")).isEmpty();
  }
}
