package dev.okr.lint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.lint.Category;
import dev.okr.lint.Edit;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleFixtureTest {

  /** Reports each key result that names a bird, once per bird. */
  @RuleInfo(id = "test-bird", summary = "Names a bird", category = Category.STATEMENT, severity = Severity.WARNING,
      productRule = "none")
  static final class Bird implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      for (String bird : new String[] {"falcon", "kestrel"}) {
        if (keyResult.text().toLowerCase(Locale.ROOT).contains(bird)) {
          out.report(keyResult, "names " + bird);
        }
      }
    }
  }

  /** Defers to a rule that is not built in. */
  @RuleInfo(id = "test-deferring", summary = "Defers", category = Category.STATEMENT, severity = Severity.INFO,
      productRule = "none", supersededBy = "test-bird")
  static final class Deferring implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      out.report(keyResult, "every key result");
    }
  }

  /** Reports "falcon" and offers a fix that leaves it, or one that breaks a YAML document. */
  @RuleInfo(id = "test-bad-fix", summary = "Offers a bad fix", category = Category.STATEMENT, severity = Severity.WARNING,
      productRule = "none")
  static final class BadFix implements LintRule.KeyResultRule {
    private final boolean breaking;

    BadFix(boolean breaking) {
      this.breaking = breaking;
    }

    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      int at = keyResult.text().indexOf("Falcon");
      if (at >= 0) {
        out.report(keyResult, "names falcon").fix("Do nothing useful", breaking
            ? new Edit.AddField("kind", "committed") // a key result has no kind: the document no longer reads
            : new Edit.ReplaceText(TextSpan.of(at, at + 6), "Falcon"));
      }
    }
  }

  @Test
  void eachFixIsAppliedAndMustLeaveAReadableDocumentWithoutTheFinding() {
    String outline = """
        ## Objective: Make Fieldnote dependable without a connection (committed)
        - KR: Increase Falcon adoption from 10% to 40% of teams <!-- expect: test-bad-fix -->
        """;
    assertThatThrownBy(() -> RuleFixture.of(new BadFix(false)).expectOutline(outline))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The fix \"Do nothing useful\" of test-bad-fix at line 2 leaves the finding active:\n"
            + "## Objective: Make Fieldnote dependable without a connection (committed)\n"
            + "- KR: Increase Falcon adoption");
    String yaml = """
        objectives:
          - id: offline
            title: Make Fieldnote dependable without a connection
            keyResults:
              - id: falcon  # expect: test-bad-fix
                statement: Increase Falcon adoption from 10% to 40% of teams
        """;
    assertThatThrownBy(() -> RuleFixture.of(new BadFix(true)).expectYaml(yaml))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The fix \"Do nothing useful\" of test-bad-fix at line 5 leaves a document that does not read");
    assertThatCode(() -> RuleFixture.of(new Bird()).expectOutline(OUTLINE))
        .as("the suppression each finding is offered silences it").doesNotThrowAnyException();
  }

  private final RuleFixture fixture = RuleFixture.of(new Bird());

  private static final String OUTLINE = """
      ## Objective: Make Fieldnote dependable without a connection
      - KR: Increase Falcon adoption from 10% to 40% of teams <!-- expect: test-bird -->
      - KR: Launch Kestrel and Falcon <!-- expect: test-bird, test-bird -->
      - KR: Increase the share of teams that edit offline from 10% to 40%
      """;

  @Test
  void expectationsInAnOutlineThatMatchPassAndOtherRulesAreNotChecked() {
    // kr-task-like fires on "Launch Kestrel and Falcon" too: it is not under test
    assertThat(RuleFixture.of(new Bird()).linter().rules()).extracting(m -> m.id()).contains("kr-task-like", "test-bird");
    assertThatCode(() -> fixture.expectOutline(OUTLINE)).doesNotThrowAnyException();
  }

  @Test
  void aMissingAndAnUnexpectedFindingFailWithTheLinesExpectedAgainstActual() {
    String wrong = """
        ## Objective: Make Fieldnote dependable without a connection
        - KR: Increase Falcon adoption from 10% to 40% of teams
        - KR: Launch Kestrel and Falcon <!-- expect: test-bird -->
        - KR: Increase the share of teams that edit offline from 10% to 40% <!-- expect: test-bird -->
        """;
    assertThatThrownBy(() -> fixture.expectOutline(wrong))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            The findings of test-bird differ from those expected in the document:
              line 2: - KR: Increase Falcon adoption from 10% to 40% of teams
                expected: (nothing)
                actual:   test-bird: names falcon
              line 3: - KR: Launch Kestrel and Falcon
                expected: test-bird
                actual:   test-bird: names falcon
                actual:   test-bird: names kestrel
              line 4: - KR: Increase the share of teams that edit offline from 10% to 40%
                expected: test-bird
                actual:   (nothing)
            """);
  }

  @Test
  void yamlExpectationsAreCommentsOnTheLineThatOpensTheElement() {
    String yaml = """
        formatVersion: 1
        objectives:
          - id: offline
            title: Make Fieldnote dependable without a connection
            keyResults:
              - id: falcon   # expect: test-bird
                statement: Increase Falcon adoption from 10% to 40% of teams
              - id: share
                statement: Increase the share of teams that edit offline from 10% to 40%
        """;
    assertThatCode(() -> fixture.expectYaml(yaml)).doesNotThrowAnyException();
    assertThatThrownBy(() -> fixture.expectYaml(yaml.replace("   # expect: test-bird", "")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("line 6: - id: falcon\n    expected: (nothing)");
  }

  @Test
  void jsonExpectationsAreLineCommentsTakenOutBeforeReading() {
    String json = """
        {"formatVersion": 1, "objectives": [
          {"id": "offline", "title": "Make Fieldnote dependable without a connection", "keyResults": [
            {"id": "falcon", "statement": "Increase Falcon adoption from 10% to 40% of teams"}, // expect: test-bird
            {"id": "share", "statement": "Increase the share of teams that edit offline from 10% to 40%, see https://x.example"}
          ]}
        ]}
        """;
    assertThatCode(() -> fixture.expectJson(json)).doesNotThrowAnyException();
    assertThatThrownBy(() -> fixture.expectJson(json.replace(" // expect: test-bird", "")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("actual:   test-bird: names falcon");
  }

  @Test
  void anExpectationNamingARuleNotUnderTestIsAMistakeInTheTest() {
    assertThatThrownBy(() -> fixture.expectOutline("## Objective: O\n- KR: Launch the app <!-- expect: kr-task-like -->\n"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expects kr-task-like, which is not a rule under test");
    assertThatThrownBy(() -> fixture.expectOutline("## Objective: O\n- KR: Launch the app <!-- expect: Not An Id -->\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a rule id");
  }

  @Test
  void aDeferringRuleIsTestedWithTheRuleItDefersTo() {
    assertThatThrownBy(() -> RuleFixture.of(new Deferring()).statement("Grow Falcon"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("superseded by test-bird, which the fixture does not have");
    RuleFixture both = RuleFixture.of(new Deferring()).alongside(new Bird());
    assertThat(both.statement("Grow Falcon adoption from 10% to 40%")).isEmpty();
    assertThat(both.statement("Grow weekly active teams from 10 to 40")).extracting(f -> f.ruleId()).containsExactly("test-deferring");
    assertThat(both.config(LintConfig.builder().addDisabledRule("test-bird").build()).statement("Grow Falcon adoption from 10% to 40%"))
        .as("superseding rule off").extracting(f -> f.ruleId()).containsExactly("test-deferring");
  }

  @Test
  void aRuleUnderTestThatTheConfigurationTurnsOffIsAMistakeInTheTest() {
    assertThatThrownBy(() -> fixture.config(LintConfig.builder().addDisabledRule("test-bird").build()).statement("Grow Falcon"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("disabled by the configuration");
  }
}
