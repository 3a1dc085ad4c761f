package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @RuleInfo(supersededBy = ...)}: applied by the engine, in both directions. */
class SupersededByTest {

  /** Reports every key result that says "launch". */
  @RuleInfo(id = "test-launch-word", summary = "Says launch", category = Category.STATEMENT, severity = Severity.WARNING,
      productRule = "none", heuristic = true)
  static final class LaunchWord implements LintRule.KeyResultRule {
    private final double confidence;

    LaunchWord(double confidence) {
      this.confidence = confidence;
    }

    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      if (keyResult.text().contains("Launch")) {
        out.report(keyResult, "launch").confidence(confidence);
      }
    }
  }

  /** Reports every key result without a digit, and defers to test-launch-word. */
  @RuleInfo(id = "test-no-digit", summary = "No digit", category = Category.STATEMENT, severity = Severity.ERROR,
      productRule = "none", supersededBy = "test-launch-word")
  static final class NoDigit implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      if (!keyResult.text().matches(".*\\d.*")) {
        out.report(keyResult, "no digit");
      }
    }
  }

  private static final OkrSet SET = OkrSet.of(List.of(Objective.builder().id("o").title("O")
      .addKeyResult(KeyResult.of("k1", "Launch the gallery"))
      .addKeyResult(KeyResult.of("k2", "Grow the gallery"))
      .addKeyResult(KeyResult.of("k3", "Launch 3 galleries"))
      .build()));

  private static List<String> lint(LintConfig config, LintRule... rules) {
    Linter linter = Linter.builder().rules(List.of(rules)).discoverRules(false).config(config).build();
    return linter.lint(SET).active().stream().map(f -> f.elementId().orElseThrow() + " " + f.ruleId()).toList();
  }

  @Test
  void whenTheSupersedingRuleReportsTheSameElementTheDeferringRuleSaysNothingThere() {
    assertThat(lint(LintConfig.defaults(), new LaunchWord(0.9), new NoDigit()))
        .containsExactly("k1 test-launch-word", "k2 test-no-digit", "k3 test-launch-word");
  }

  @Test
  void whenTheSupersedingRuleIsDisabledOrAbsentTheDeferringRuleReportsAsUsual() {
    LintConfig off = LintConfig.builder().addDisabledRule("test-launch-word").build();
    assertThat(lint(off, new LaunchWord(0.9), new NoDigit())).containsExactly("k1 test-no-digit", "k2 test-no-digit");
    assertThat(lint(LintConfig.defaults(), new NoDigit())).containsExactly("k1 test-no-digit", "k2 test-no-digit");
  }

  @Test
  void aSupersedingFindingBelowTheMinimumConfidenceSupersedesNothing() {
    assertThat(lint(LintConfig.defaults(), new LaunchWord(0.3), new NoDigit())).containsExactly("k1 test-no-digit", "k2 test-no-digit");
  }

  @Test
  void aSuppressedSupersedingFindingStillSupersedes() {
    OkrSet set = OkrSet.of(List.of(Objective.builder().id("o").title("O")
        .addKeyResult(KeyResult.builder().id("k1").statement("Launch the gallery")
            .addSuppression("test-launch-word -- because the launch is the commitment").build())
        .build()));
    Linter linter = Linter.builder().rules(List.of(new LaunchWord(0.9), new NoDigit())).discoverRules(false).build();
    LintReport report = linter.lint(set);
    assertThat(report.active()).isEmpty();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("test-launch-word");
  }

  @Test
  void aRuleCannotSupersedeItselfOrNameAMalformedId() {
    @RuleInfo(id = "test-self", summary = "x", category = Category.STATEMENT, severity = Severity.INFO, productRule = "none",
        supersededBy = "test-self")
    final class Self implements LintRule.DocumentRule {
      @Override
      public void check(DocumentScope document, Reporter out) {}
    }
    assertThatThrownBy(() -> new Self().metadata()).hasMessageContaining("is superseded by \"test-self\"");
  }
}
