package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Initiative;
import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InitiativeUnlinkedTest {
  private final InitiativeUnlinked rule = new InitiativeUnlinked();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void anInitiativeWithoutKeyResultsIsReported() {
    var o = objective("o", "Delight", "Reduce billing tickets by 40%", "Raise NPS from 38 to 50")
        .addInitiative(Initiative.builder().id("i1").title("Rebuild the billing page").build())
        .addInitiative(Initiative.builder().id("i2").title("Interview churned users").addKeyResultId("o-kr2").build());
    assertThat(fixture.findings(set(o))).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("objectives[0].initiatives[0]");
      assertThat(f.message()).isEqualTo("Initiative \"Rebuild the billing page\" moves no key result; every initiative should move one");
    });
  }

  @Test
  void inADocumentTheFindingIsOnTheInitiativesLine() {
    fixture.expectYaml("""
        formatVersion: 1
        objectives:
          - id: billing
            title: Make billing painless
            keyResults:
              - id: tickets
                statement: Reduce billing tickets from 400 to 240 a month
            initiatives:
              - id: rebuild   # expect: initiative-unlinked
                title: Rebuild the billing page
              - id: interview
                title: Interview churned users
                keyResults: [tickets]
        """);
  }
}
