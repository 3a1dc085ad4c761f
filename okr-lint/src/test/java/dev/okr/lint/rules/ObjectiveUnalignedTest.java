package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.objective;
import static dev.okr.lint.Okrs.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Alignment;
import dev.okr.core.Owner;
import dev.okr.lint.LintConfig;
import dev.okr.lint.testing.RuleFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObjectiveUnalignedTest {
  private final ObjectiveUnaligned rule = new ObjectiveUnaligned();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void withoutHigherLevelOkrsNothingIsReported() {
    assertThat(fixture.findings(set(objective("a", "A"), objective("b", "B")))).isEmpty();
  }

  @Test
  void teamObjectivesBesideACompanyLevelAreChecked() {
    var company = objective("c1", "Turn customers into the growth engine", "Increase NRR from 105% to 118%")
        .owner(Owner.team("Company"));
    var companyTwo = objective("c2", "Become the most reliable product").owner(Owner.team("Company"));
    var aligned = objective("cs", "Make expansion effortless").owner(Owner.team("CS")).alignment(Alignment.toObjective("c1"));
    var cascaded = objective("rev", "Drive expansion revenue").owner(Owner.team("Revenue")).alignment(Alignment.toKeyResult("c1-kr1"));
    var loose = objective("g", "Delight new users").owner(Owner.team("Growth"));
    assertThat(fixture.findings(set(company, companyTwo, aligned, cascaded, loose)))
        .singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("g"));
  }
}
