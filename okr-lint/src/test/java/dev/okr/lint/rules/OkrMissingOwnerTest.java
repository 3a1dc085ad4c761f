package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrMissingOwnerTest {
  private final OkrMissingOwner rule = new OkrMissingOwner();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void onlyObjectivesWithoutOwnerAreReported() {
    Objective owned = Okrs.objective("a", "A").build();
    Objective orphan = Objective.builder().id("b").title("B").build();
    assertThat(fixture.findings(OkrSet.of(List.of(owned, orphan)))).singleElement()
        .satisfies(f -> {
          assertThat(f.elementId()).contains("b");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void inADocumentTheFindingIsOnTheLineThatOpensTheObjective() {
    fixture.expectYaml("""
        formatVersion: 1
        objectives:
          - id: owned
            title: Make onboarding effortless
            owner: {team: Growth}
          - id: orphan   # expect: okr-missing-owner
            title: Earn the trust of paying teams
        """);
  }
}
