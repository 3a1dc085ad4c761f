package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.okr.lint.Okrs.unplaced;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.core.outline.OutlineImport;
import dev.okr.core.outline.UnplacedLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Markdown outline read by okr-core's importer and linted: positions, spans and comment suppressions. */
class OutlineLintTest {
  private static final String OUTLINE = String.join("\n",
      "## Objective: Delight new users with onboarding (committed)",
      "- KR1: Increase activation rate from 40% to 60%",
      "- KR2: Launch new dashboard",
      "<!-- okr-lint-disable kr-task-like -- because the partner contract names this launch -->",
      "- KR3: Ship the partner portal",
      "- KR4: Publish 10 blog posts <!-- okr-lint-disable kr-task-like -- because content is the experiment -->",
      "");

  @Test
  void findingsPointAtTheOffendingWordsInTheFile() {
    OutlineImport imported = OutlineImport.read(OUTLINE);
    assertThat(imported.unplaced()).isEmpty();
    LintReport report = Linter.builder().discoverRules(false).build()
        .lint(Document.outline(imported.okrSet(), "okrs/growth.md", OUTLINE));
    List<Finding> tasks = report.findings().stream().filter(f -> f.ruleId().equals("kr-task-like")).toList();
    assertThat(imported.okrSet().objectives()).singleElement()
        .satisfies(o -> assertThat(o.keyResults().get(3).statement()).isEqualTo("Publish 10 blog posts"));
    assertThat(tasks).hasSize(3);
    assertThat(tasks.get(2).status()).isEqualTo(Finding.Status.SUPPRESSED);
    Finding launch = tasks.get(0);
    assertThat(launch.isActive()).isTrue();
    assertThat(launch.position()).contains(SourcePosition.of(3, 8));
    assertThat(OUTLINE.split("\n")[2].substring(7, 7 + launch.span().orElseThrow().length())).isEqualTo("Launch");
    Finding portal = tasks.get(1);
    assertThat(portal.status()).isEqualTo(Finding.Status.SUPPRESSED);
    assertThat(portal.justification()).contains("because the partner contract names this launch");
    assertThat(report.active()).extracting(Finding::ruleId).doesNotContain("unused-suppression", "invalid-suppression");
  }

  @Test
  void fingerprintsSurviveAnObjectiveInsertedAbove() {
    String before = "## Objective: Delight new users\n- KR1: Launch new dashboard\n- KR2: Raise NPS from 38 to 50\n";
    String after = "## Objective: Cut churn\n- KR1: Reduce churn from 5% to 3%\n- KR2: Raise NPS from 20 to 30\n" + before;
    Linter linter = Linter.builder().discoverRules(false).build();
    Baseline baseline = Baseline.of(linter.lint(Document.outline(OutlineImport.read(before).okrSet(), "o.md", before)));
    LintReport later = baseline.apply(linter.lint(Document.outline(OutlineImport.read(after).okrSet(), "o.md", after)));
    assertThat(later.findings()).filteredOn(f -> f.text().equals("Launch new dashboard"))
        .isNotEmpty().allMatch(f -> f.status() == Finding.Status.BASELINED);
    assertThat(later.active()).isNotEmpty().noneMatch(f -> f.text().equals("Launch new dashboard"));
  }

  /** A rule of another category than statement that reports every key result it sees. */
  @RuleInfo(id = "test-every-kr", summary = "Every key result", category = Category.CADENCE, severity = Severity.INFO,
      productRule = "none")
  static final class EveryKeyResult implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      out.report(keyResult, "seen");
    }
  }

  @Test
  void anUnplacedLineThatReadsAsAStatementIsLintedAsAKeyResultAtThatLine() {
    String text = String.join("\n",
        "## Objective: Delight new users (committed)",
        "- KR1: Increase activation rate from 40% to 60%",
        "",
        "Open questions from the planning meeting:",
        "- Launch new dashboard",
        "- Dark mode",
        "");
    OutlineImport imported = OutlineImport.read(text);
    // okr-core's reader reads these lines as structure (open questions are not OKRs); another
    // reader, or an older one, may leave them unplaced: the linter checks what it is given
    List<UnplacedLine> unplaced = List.of(
        unplaced(4, 1, "Open questions from the planning meeting:", "not an objective, key result or initiative"),
        unplaced(5, 1, "- Launch new dashboard", "list item outside any objective"),
        unplaced(6, 1, "- Dark mode", "list item outside any objective"));
    LintReport report = Linter.builder().discoverRules(false).build()
        .lint(Document.outline(imported.okrSet(), "okrs/growth.md", text, unplaced));

    List<Finding> atLines = report.active().stream().filter(f -> f.position().orElseThrow().line() >= 4).toList();
    assertThat(atLines).extracting(f -> f.position().orElseThrow() + " " + f.ruleId()).containsExactly(
        "4:1 outline-unplaced", "5:1 outline-unplaced", "5:3 kr-task-like", "6:1 outline-unplaced");
    Finding launch = atLines.get(2);
    assertThat(launch.text()).isEqualTo("Launch new dashboard");
    assertThat(launch.span()).contains(TextSpan.of(0, 6));
    assertThat(launch.path()).isEmpty();
    assertThat(launch.elementId()).isEmpty();
    assertThat(launch.message()).startsWith("Key result \"Launch new dashboard\" names something to do");
  }

  @Test
  void onlyTheStatementRulesThatCheckKeyResultsSeeALooseStatement() {
    String text = "# Objective: Delight\n- KR1: Launch new dashboard\n\nParked:\n- Launch new dashboard\n";
    Objective o = Okrs.objective("o", "Delight").source(SourcePosition.of(1, 14))
        .addKeyResult(KeyResult.builder().id("k1").statement("Launch new dashboard").source(SourcePosition.of(2, 9)).build())
        .build();
    List<UnplacedLine> lines = List.of(
        unplaced(4, 1, "Parked:", "not an objective, key result or initiative"),
        unplaced(5, 1, "- Launch new dashboard", "list item outside any objective"));
    Linter linter = Linter.builder().discoverRules(false).addRule(new LinterTest.PointsAtLaunch()).addRule(new EveryKeyResult())
        .config(LintConfig.builder().asOf(java.time.LocalDate.of(2026, 9, 1)).build()).build();

    LintReport report = linter.lint(Document.outline(OkrSet.of(List.of(o)), "okrs.md", text, lines));

    List<Finding> line5 = report.findings().stream().filter(f -> f.position().orElseThrow().line() == 5).toList();
    assertThat(line5).extracting(Finding::ruleId)
        .as("statement rules, built in and a team's own; not the duplicate, cadence or other categories' rules")
        .containsExactly("outline-unplaced", "kr-task-like", "test-launch");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("test-every-kr")).singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("k1"));
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("kr-no-check-ins")).singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("k1"));
  }

  @Test
  void findingsFollowTheLinesOfTheFile() {
    String text = "Parked: dark mode\n# Objective: Delight\n- KR1: Launch new dashboard\nMore notes\n# Objective: Retain\n";
    Objective first = Okrs.objective("o1", "Delight").source(SourcePosition.of(2, 14))
        .addKeyResult(KeyResult.builder().id("k1").statement("Launch new dashboard").source(SourcePosition.of(3, 9)).build())
        .build();
    Objective second = Okrs.objective("o2", "Retain").source(SourcePosition.of(5, 14)).build();
    List<UnplacedLine> lines = List.of(
        unplaced(1, 1, "Parked: dark mode", "not an objective, key result or initiative"),
        unplaced(4, 1, "More notes", "not an objective, key result or initiative"));

    LintReport report = Linter.builder().discoverRules(false).build()
        .lint(Document.outline(OkrSet.of(List.of(first, second)), "okrs.md", text, lines));

    List<Integer> order = report.findings().stream().map(f -> f.position().orElseThrow().line()).toList();
    assertThat(order).isSorted().contains(1, 2, 3, 4, 5);
  }

  @Test
  void unplacedLinesBelongToAnOutline() {
    assertThatThrownBy(() -> ImmutableDocument.builder().set(OkrSet.of(List.of()))
        .addUnplaced(unplaced(1, 1, "Notes", "not an objective, key result or initiative")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unplaced lines belong to an outline");
  }

  /** A team's own rule over unplaced lines: reports each one that reads as a key result, with what it reads. */
  @RuleInfo(id = "test-loose-kr", summary = "Loose key result", category = Category.STRUCTURE, severity = Severity.WARNING,
      productRule = "none")
  static final class LooseKeyResult implements LintRule.UnplacedLineRule {
    @Override
    public void check(UnplacedScope line, Reporter out) {
      line.keyResult().ifPresent(k -> out.report(line, line.reason() + " / " + line.content() + " / " + k.text()));
    }
  }

  @Test
  void anUnplacedLineRuleSeesEveryUnplacedLineAndReportsAtTheLinesStartOnItsElement() {
    String text = "# Objective: Delight\n\nParked:\n- Launch new dashboard <!-- okr-lint-disable test-loose-kr -- because parked -->\n"
        + "  - Reduce churn from 5% to 3%\n";
    Objective o = Okrs.objective("o", "Delight").source(SourcePosition.of(1, 14)).build();
    List<UnplacedLine> lines = List.of(
        unplaced(3, 1, "Parked:", "not an objective, key result or initiative"),
        unplaced(4, 1, "- Launch new dashboard <!-- okr-lint-disable test-loose-kr -- because parked -->",
            "list item outside any objective"),
        unplaced(5, 3, "  - Reduce churn from 5% to 3%", "list item outside any objective"));
    Linter linter = Linter.builder().rules(List.of(new LooseKeyResult())).discoverRules(false).build();

    LintReport report = linter.lint(Document.outline(OkrSet.of(List.of(o)), "okrs.md", text, lines));

    assertThat(report.findings()).extracting(f -> f.position().orElseThrow() + " " + f.status() + " " + f.message())
        .containsExactly(
            "4:1 SUPPRESSED list item outside any objective / Launch new dashboard / Launch new dashboard",
            "5:3 ACTIVE list item outside any objective / Reduce churn from 5% to 3% / Reduce churn from 5% to 3%");
  }
}
