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

class KrVagueVerbTest {
  private final KrVagueVerb rule = new KrVagueVerb();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());

  @Test
  void vagueVerbsWithoutNumbersAreReportedAtTheWord() {
    assertThat(fixture.statement("Improve load times")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(0, 7));
      assertThat(f.message()).isEqualTo("\"Improve\" without a number does not say how much");
      assertThat(f.confidence()).isEqualTo(0.9);
    });
    assertThat(fixture.statement("Optimize conversion rates")).hasSize(1);
    assertThat(fixture.statement("KR1: Better retention for SMB customers")).singleElement()
        .satisfies(f -> assertThat(f.span()).contains(TextSpan.of(5, 11)));
  }

  @Test
  void aNumberMakesTheVerbConcrete() {
    assertThat(fixture.statement("Improve W4 retention from 31% to 42%")).isEmpty();
    assertThat(fixture.statement("Launch new dashboard")).isEmpty();
  }

  @Test
  void aTeamCanAddVagueVerbs() {
    LintConfig own = LintConfig.builder().vocabulary(Vocabulary.builder().addVagueVerb("supercharge").build()).build();
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Supercharge the funnel")).build()));
    assertThat(fixture.config(own).findings(set)).hasSize(1);
    assertThat(fixture.findings(set)).isEmpty();
  }

  @Test
  void inAnOutline() {
    fixture.expectOutline("""
        ## Objective: Make the app feel fast
        - KR: Improve load times <!-- expect: kr-vague-verb -->
        - KR: Optimize conversion rates <!-- expect: kr-vague-verb -->
        - KR: Improve W4 retention from 31% to 42%
        - KR: Launch new dashboard
        """);
  }
}
