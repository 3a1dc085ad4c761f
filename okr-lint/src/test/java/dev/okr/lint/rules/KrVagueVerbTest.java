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

class KrVagueVerbTest {
  private final KrVagueVerb rule = new KrVagueVerb();

  @Test
  void vagueVerbsWithoutNumbersAreReportedAtTheWord() {
    assertThat(RuleTester.statement(rule, "Improve load times")).singleElement().satisfies(f -> {
      assertThat(f.span()).contains(TextSpan.of(0, 7));
      assertThat(f.message()).isEqualTo("\"Improve\" without a number does not say how much");
      assertThat(f.confidence()).isEqualTo(0.9);
    });
    assertThat(RuleTester.statement(rule, "Optimize conversion rates")).hasSize(1);
    assertThat(RuleTester.statement(rule, "KR1: Better retention for SMB customers")).singleElement()
        .satisfies(f -> assertThat(f.span()).contains(TextSpan.of(5, 11)));
  }

  @Test
  void aNumberMakesTheVerbConcrete() {
    assertThat(RuleTester.statement(rule, "Improve W4 retention from 31% to 42%")).isEmpty();
    assertThat(RuleTester.statement(rule, "Launch new dashboard")).isEmpty();
  }

  @Test
  void aTeamCanAddVagueVerbs() {
    LintConfig own = LintConfig.builder().vocabulary(Vocabulary.builder().addVagueVerb("supercharge").build()).build();
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "O").addKeyResult(KeyResult.of("k", "Supercharge the funnel")).build()));
    assertThat(RuleTester.findings(rule, set, own)).hasSize(1);
    assertThat(RuleTester.findings(rule, set)).isEmpty();
  }
}
