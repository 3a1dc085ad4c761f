package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyHistoryExampleTest {

  @Test
  void gradesTheGeneratedHistoryAndEveryRowIsAccountedFor(@TempDir Path dir) throws Exception {
    String out = Printed.by(o -> CompanyHistoryExample.run(dir, o));

    assertThat(out).contains("Generated a company with okr-testkit (seed 20261122): 4 quarters, 5 teams, 44 objectives, 132 key results");
    Matcher summary = Pattern.compile("rows in (\\d+) = graded (\\d+) \\(scored (\\d+), unscored (\\d+)\\) \\+ rejected (\\d+); objectives (\\d+)")
        .matcher(out);
    assertThat(summary.find()).isTrue();
    long graded = Long.parseLong(summary.group(2));
    long rejected = Long.parseLong(summary.group(5));
    assertThat(Long.parseLong(summary.group(1))).isEqualTo(132).isEqualTo(graded + rejected);
    assertThat(rejected).as("the drafts okr-testkit draws without a baseline or target").isPositive();
    assertThat(Files.readAllLines(dir.resolve("graded.csv"))).hasSize((int) graded + 1);
    assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).hasSize((int) rejected + 1);
  }

  @Test
  void batchScoresAgreeWithTheInMemoryScorer(@TempDir Path dir) {
    String out = Printed.by(o -> CompanyHistoryExample.run(dir, o));

    Matcher agree = Pattern.compile("agree on (\\d+) of (\\d+) increase, decrease and binary key results").matcher(out);
    assertThat(agree.find()).isTrue();
    assertThat(Integer.parseInt(agree.group(2))).isGreaterThan(50);
    assertThat(agree.group(1)).isEqualTo(agree.group(2));
  }

  @Test
  void findsTheTeamMadeToSandbagAndOnlyIt(@TempDir Path dir) {
    String out = Printed.by(o -> CompanyHistoryExample.run(dir, o));

    assertThat(out).contains("  team:Platform in 2025-Q3, 2025-Q4, 2026-Q1, 2026-Q2 (means 1.00, 1.00, 1.00, 1.00)");
    assertThat(out.substring(out.indexOf("Teams flagged"))).doesNotContain("Growth", "Payments", "Mobile", "Support");
    // Support's aspirational objectives never align, so no quarter reaches full alignment
    assertThat(out).containsPattern("2025-Q3  committed .* alignment \\d/10 ");
  }

  @Test
  void theHistoryIsTheSameEveryRun(@TempDir Path dir) {
    assertThat(CompanyHistoryExample.generate()).isEqualTo(CompanyHistoryExample.generate());
    assertThat(Printed.by(o -> CompanyHistoryExample.run(dir.resolve("a"), o)))
        .isEqualTo(Printed.by(o -> CompanyHistoryExample.run(dir.resolve("b"), o)));
  }
}
