package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.SourcePosition;
import dev.okr.core.outline.OutlineImport;
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
}
