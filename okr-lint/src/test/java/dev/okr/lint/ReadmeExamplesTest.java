package dev.okr.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.outline.OutlineImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section for tool vendors, compiled and run. The regions marked {@code // README:lint-NAME:start}
 * are the README's Java blocks word for word; okr-core's ReadmeSnippetsTest checks them.
 */
class ReadmeExamplesTest {

  // README:lint-rule:start
  /** A team's own rule: a key result without a cycle names its deadline ("by end of Q3"). */
  @RuleInfo(
      id = "acme-kr-deadline",
      summary = "A key result names its deadline",
      category = Category.STATEMENT,
      severity = Severity.INFO,
      productRule = "R2")
  public static final class KeyResultDeadline implements LintRule.KeyResultRule {
    @Override
    public void check(KeyResultScope keyResult, Reporter out) {
      boolean noCycle = keyResult.objective().objective().cycle().isEmpty();
      if (noCycle && keyResult.statement().deadline().isEmpty()) {   // read by okr-core's parser
        out.report(keyResult, "Key result names no deadline and its objective has no cycle")
            .suggestion("End it with 'by <date>', e.g. 'by end of Q3'");
      }
    }
  }
  // README:lint-rule:end

  private static OkrSet okrs() {
    return OkrSet.of(List.of(Objective.builder()
        .id("growth-1")
        .title("Make self-serve onboarding effortless")
        .owner(Owner.team("Growth"))
        .kind(ObjectiveKind.COMMITTED)
        .addKeyResult(KeyResult.of("growth-1-kr1", "Increase Day-7 activation rate from 22% to 35% by end of Q3"))
        .addKeyResult(KeyResult.of("growth-1-kr2", "Launch new dashboard"))
        .addKeyResult(KeyResult.of("growth-1-kr3", "Reduce median time-to-first-value from 45 to 12 minutes"))
        .build()));
  }

  @Test
  void lintInOneLine() {
    OkrSet okrSet = okrs();
    // README:lint-quickstart:start
    LintReport report = Linter.withDefaults().lint(okrSet);
    // README:lint-quickstart:end
    assertThat(report.findings()).isNotEmpty();
  }

  @Test
  void configureAddARuleAndRenderSarif(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".okrlint.yaml"), "minConfidence: 0.7\nrules:\n  kr-no-check-ins: off\n");
    Path repository = dir;
    OkrSet okrSet = okrs();
    // README:lint-configure:start
    LintConfig config = LintConfig.builder()
        .from(LintConfig.load(repository.resolve(".okrlint.yaml")))   // or LintConfig.defaults()
        .putSeverity("okr-missing-kind", Severity.WARNING)
        .thresholds(Thresholds.builder().maxKeyResultsPerObjective(4).build())
        .vocabulary(Vocabulary.builder().addOutputVerb("demo").addVanityMetric("badge count").build())
        .asOf(LocalDate.of(2026, 8, 15))
        .build();
    Linter linter = Linter.builder()
        .config(config)
        .addRule(new KeyResultDeadline())      // rules on the class path under
        .build();                              // META-INF/services/dev.okr.lint.LintRule join too

    LintReport report = linter.lint(Document.of(okrSet, "okrs/growth.yaml"));
    for (Finding f : report.active()) {
      System.out.printf("%s %s %s: %s%n", f.severity(), f.ruleId(), f.path(), f.message());
    }
    String sarif = ReportFormat.SARIF.render(report);   // upload to GitHub code scanning
    String text = ReportFormat.TEXT.render(report);     // or show people
    // README:lint-configure:end
    assertThat(report.active()).filteredOn(f -> f.ruleId().equals("acme-kr-deadline")).extracting(Finding::elementId)
        .containsExactly(java.util.Optional.of("growth-1-kr2"), java.util.Optional.of("growth-1-kr3"));
    assertThat(report.active()).extracting(Finding::ruleId).doesNotContain("kr-no-check-ins");
    assertThat(sarif).contains("\"ruleId\" : \"acme-kr-deadline\"");
    assertThat(text).contains("okrs/growth.yaml");
  }

  @Test
  void lintAnOutlineWithItsUnplacedLines() {
    String text = "## Objective: Delight new users\n- KR1: Increase activation rate from 40% to 60%\n- KR2:\n";
    Linter linter = Linter.withDefaults();
    // README:lint-outline:start
    OutlineImport imported = OutlineImport.read(text);
    LintReport report = linter.lint(Document.outline(imported.okrSet(), "okrs/growth.md", text, imported.unplaced()));
    // README:lint-outline:end
    assertThat(report.active()).filteredOn(f -> f.position().orElseThrow().line() == 3).extracting(Finding::ruleId)
        .containsExactly("outline-unplaced");
  }
}
