package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {

  /** A test rule that points at the word "Launch" in statements. */
  @RuleInfo(id = "test-launch", summary = "Points at Launch", category = Category.STATEMENT, severity = Severity.WARNING,
      productRule = "R2", heuristic = true)
  static final class PointsAtLaunch implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      int at = keyResult.text().indexOf("Launch");
      if (at >= 0) {
        out.report(keyResult, "launch").span(at, at + 6).confidence(0.8).suggestion("measure the outcome");
      }
    }
  }

  private static Linter linter(LintConfig config) {
    List<LintRule> structural = dev.okr.lint.rules.BuiltInRules.all().stream()
        .filter(r -> r.metadata().category() != Category.STATEMENT).toList();
    return Linter.builder().rules(structural).addRule(new PointsAtLaunch())
        .discoverRules(false).config(config).build();
  }

  @Test
  void defaultsLintADocumentInOneLine() {
    LintReport report = Linter.withDefaults().lint(Okrs.set(Okrs.objective("o", "Delight new users")));
    assertThat(report.active()).extracting(Finding::ruleId).contains("objective-kr-count");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void findingsCarryPathSpanPositionAndFileInDocumentOrder() {
    Objective o = Okrs.objective("o", "Delight").addKeyResult(KeyResult.builder().id("k1")
        .statement("Launch new dashboard").source(SourcePosition.of(4, 7)).build())
        .addKeyResult(KeyResult.builder().id("k2").statement("Then Launch it").source(SourcePosition.of(5, 7)).build())
        .build();
    LintConfig only = LintConfig.builder().asOf(LocalDate.of(2026, 7, 2)).build();
    LintReport report = linter(only).lint(Document.outline(OkrSet.of(List.of(o)), "okrs/growth.md", ""));
    List<Finding> launches = report.active().stream().filter(f -> f.ruleId().equals("test-launch")).toList();
    assertThat(launches).hasSize(2);
    Finding first = launches.get(0);
    assertThat(first.path()).isEqualTo("objectives[0].keyResults[0]");
    assertThat(first.span()).contains(TextSpan.of(0, 6));
    assertThat(first.position()).contains(SourcePosition.of(4, 7));
    assertThat(launches.get(1).position()).contains(SourcePosition.of(5, 12));
    assertThat(first.file()).contains("okrs/growth.md");
    LintReport yaml = linter(only).lint(Document.of(OkrSet.of(List.of(o)), "okrs/growth.yaml"));
    assertThat(yaml.active().stream().filter(f -> f.ruleId().equals("test-launch")).toList().get(1).position())
        .as("a YAML position marks the element, not its text").contains(SourcePosition.of(5, 7));
    assertThat(first.confidence()).isEqualTo(0.8);
    assertThat(first.suggestion()).contains("measure the outcome");
  }

  @Test
  void configurationDisablesRulesOverridesSeveritiesAndDropsUnsureFindings() {
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "Delight", "Launch new dashboard", "Launch it").build()));
    LintConfig base = LintConfig.builder().asOf(LocalDate.of(2026, 7, 2)).build();
    assertThat(linter(base).lint(set).active()).extracting(Finding::ruleId).containsOnly("test-launch");
    LintConfig error = LintConfig.builder().from(base).putSeverity("test-launch", Severity.ERROR).build();
    assertThat(linter(error).lint(set).active()).allMatch(f -> f.severity() == Severity.ERROR);
    LintConfig sure = LintConfig.builder().from(base).minConfidence(0.9).build();
    assertThat(linter(sure).lint(set).active()).isEmpty();
    LintConfig off = LintConfig.builder().from(base).addDisabledRule("test-launch").build();
    assertThat(linter(off).lint(set).active()).isEmpty();
  }

  @Test
  void aConfigurationNamingAnUnknownRuleIsRejected() {
    LintConfig typo = LintConfig.builder().addDisabledRule("kr-tsk-like").build();
    assertThatThrownBy(() -> Linter.of(typo)).isInstanceOf(LintConfigException.class).hasMessageContaining("rules.kr-tsk-like");
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    @RuleInfo(id = "test-launch", summary = "x", category = Category.STATEMENT, severity = Severity.INFO, productRule = "R2")
    final class Clash implements LintRule.DocumentRule {
      @Override
      public void check(DocumentScope document, Reporter out) {}
    }
    assertThatThrownBy(() -> Linter.builder().addRule(new PointsAtLaunch()).addRule(new Clash()).discoverRules(false).build())
        .hasMessageContaining("two rules share the id test-launch");
  }

  @Test
  void suppressionsInTheModelSilenceOneRuleOnOneElement() {
    Objective o = Okrs.objective("o", "Delight").addKeyResult(KeyResult.builder().id("k1").statement("Launch new dashboard")
        .addSuppression("test-launch -- because the launch is contractual").build())
        .addKeyResult(KeyResult.of("k2", "Launch the app")).build();
    LintReport r = linter(LintConfig.builder().asOf(LocalDate.of(2026, 7, 2)).build()).lint(OkrSet.of(List.of(o)));
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("test-launch")).extracting(Finding::status)
        .containsExactly(Finding.Status.SUPPRESSED, Finding.Status.ACTIVE);
    assertThat(r.findings().get(0).justification()).contains("because the launch is contractual");
  }

  @Test
  void suppressionsWrittenInYamlSilenceADefaultRule() {
    String yaml = String.join("\n",
        "objectives:",
        "  - id: o",
        "    title: Delight new users",
        "    keyResults:",
        "      - id: k1",
        "        statement: Launch new dashboard",
        "        suppressions: [\"kr-task-like -- because the launch is contractual\"]",
        "      - {id: k2, statement: Ship onboarding redesign}");
    OkrSet set = dev.okr.core.io.OkrReader.yaml().read(yaml, "q3.yaml");
    LintReport r = Linter.withDefaults().lint(Document.of(set, "q3.yaml"));

    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("kr-task-like"))
        .extracting(f -> f.elementId().orElseThrow() + " " + f.status())
        .containsExactly("k1 SUPPRESSED", "k2 ACTIVE");
  }

  @Test
  void markdownCommentsSuppressTheElementOnTheirLineOrTheNextContentLine() {
    String text = String.join("\n",
        "# Objective: Delight",
        "<!-- okr-lint-disable test-launch -- because it is the committed deliverable -->",
        "",
        "- KR1: Launch new dashboard",
        "- KR2: Launch the app <!-- okr-lint-disable test-launch -- because partner deal -->",
        "- KR3: Launch the beta");
    Objective o = Okrs.objective("o", "Delight").source(SourcePosition.of(1, 14))
        .addKeyResult(KeyResult.builder().id("k1").statement("Launch new dashboard").source(SourcePosition.of(4, 9)).build())
        .addKeyResult(KeyResult.builder().id("k2").statement("Launch the app").source(SourcePosition.of(5, 9)).build())
        .addKeyResult(KeyResult.builder().id("k3").statement("Launch the beta").source(SourcePosition.of(6, 9)).build())
        .build();
    LintReport r = linter(LintConfig.builder().asOf(LocalDate.of(2026, 7, 2)).build())
        .lint(Document.outline(OkrSet.of(List.of(o)), "okrs.md", text));
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("test-launch")).extracting(Finding::status)
        .containsExactly(Finding.Status.SUPPRESSED, Finding.Status.SUPPRESSED, Finding.Status.ACTIVE);
  }

  @Test
  void fingerprintsSurviveMovesAndSpacingButNotNewText() {
    LintConfig c = LintConfig.builder().asOf(LocalDate.of(2026, 7, 2)).build();
    OkrSet before = OkrSet.of(List.of(Okrs.objective("o", "Delight").addKeyResult(KeyResult.of("k", "Launch new dashboard")).build()));
    OkrSet after = OkrSet.of(List.of(
        Okrs.objective("n", "New one", "Raise NPS from 38 to 50", "Cut churn from 5% to 3%").build(),
        Okrs.objective("o", "Delight").addKeyResult(KeyResult.of("x", "Raise NPS from 1 to 2"))
            .addKeyResult(KeyResult.of("k", "Launch  new dashboard.")).build()));
    OkrSet edited = OkrSet.of(List.of(Okrs.objective("o", "Delight").addKeyResult(KeyResult.of("k", "Launch the old dashboard")).build()));
    String fp = fingerprint(linter(c).lint(before));
    assertThat(fingerprint(linter(c).lint(after))).isEqualTo(fp);
    assertThat(fingerprint(linter(c).lint(edited))).isNotEqualTo(fp);
  }

  private static String fingerprint(LintReport r) {
    return r.findings().stream().filter(f -> f.ruleId().equals("test-launch")).findFirst().orElseThrow().fingerprint();
  }

  @Test
  void theClockGivesTheDateWhenTheConfigurationHasNone() {
    Clock clock = Clock.fixed(LocalDate.of(2026, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    OkrSet set = OkrSet.of(List.of(Okrs.objective("o", "Delight", "Raise NPS from 38 to 50", "Cut churn from 5% to 3%").build()));
    Linter l = Linter.builder().clock(clock).discoverRules(false).build();
    assertThat(l.lint(set).active()).extracting(Finding::ruleId).contains("kr-no-check-ins");
  }

  @Test
  void aBlankStatementHasNoFindings() {
    assertThat(linter(LintConfig.defaults()).lintStatement("").findings()).isEmpty();
    assertThat(Linter.withDefaults().lintStatement(" \u202e\t").findings()).isEmpty();
  }

  @Test
  void lintStatementRunsOnlyKeyResultRules() {
    LintReport r = linter(LintConfig.defaults()).lintStatement("Launch new dashboard");
    assertThat(r.active()).extracting(Finding::ruleId).containsOnly("test-launch");
  }

  /** Checks two kinds of element: the type says which, and the engine calls both. */
  @RuleInfo(id = "test-two-kinds", summary = "Objectives and initiatives", category = Category.STRUCTURE,
      severity = Severity.INFO, productRule = "none")
  static final class TwoKinds implements LintRule.ObjectiveRule, LintRule.InitiativeRule {
    @Override
    public void check(ObjectiveScope objective, Reporter out) {
      out.report(objective, "objective " + objective.objective().id());
    }

    @Override
    public void check(InitiativeScope initiative, Reporter out) {
      out.report(initiative, "initiative " + initiative.initiative().id());
    }
  }

  @Test
  void aRuleIsCalledForEachKindOfElementItsTypeNames() {
    Objective o = Okrs.objective("o", "Delight", "Raise NPS from 38 to 50")
        .addInitiative(dev.okr.core.Initiative.builder().id("i").title("Interview churned users").build()).build();
    LintReport r = Linter.builder().rules(List.of(new TwoKinds())).discoverRules(false).build().lint(OkrSet.of(List.of(o)));
    assertThat(r.findings()).extracting(Finding::message).containsExactly("objective o", "initiative i");
  }
}
