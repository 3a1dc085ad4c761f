package dev.okr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.CheckIn;
import dev.okr.core.Cycle;
import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
import dev.okr.core.ObjectiveKind;
import dev.okr.core.OkrSet;
import dev.okr.core.Owner;
import dev.okr.core.statement.ResolvedMeasurement;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import dev.okr.scoring.Forecast;
import dev.okr.scoring.Grade;
import dev.okr.scoring.Grader;
import dev.okr.scoring.Portfolio;
import dev.okr.scoring.Progress;
import dev.okr.scoring.ProgressTracker;
import dev.okr.scoring.RollupScore;
import dev.okr.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's examples for each user, run as printed there: the code between the {@code
 * README:<name>:start} and {@code :end} markers is the README's Java block word for word
 * (okr-core's ReadmeSnippetsTest checks), and what it prints is checked against its comments.
 */
class ReadmeExamplesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream original = System.out;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private List<String> lines() {
    return printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").lines().toList();
  }

  @Test
  void embedding() {
    // README:embed:start
    // A key result as the user typed it; its measurement read from the sentence
    KeyResult wau = ResolvedMeasurement.of(
        KeyResult.of("wau", "Increase weekly active users (WAU) from 10,000 to 15,000")).filled();
    Objective retention = Objective.builder()
        .id("retention")
        .title("Build a product experience that keeps users coming back")
        .kind(ObjectiveKind.COMMITTED)
        .owner(Owner.team("Engagement"))
        .cycle(Cycle.parse("2026-Q3"))
        .addKeyResult(wau.withCheckIns(                      // weekly check-ins, recorded as they come
            CheckIn.value(LocalDate.of(2026, 7, 6), 10_200),
            CheckIn.value(LocalDate.of(2026, 7, 27), 11_000),
            CheckIn.value(LocalDate.of(2026, 8, 17), 11_900)))
        .build();

    Scorer scorer = Scorer.defaults();
    Progress mid = ProgressTracker.of(scorer).track(retention, LocalDate.of(2026, 8, 19)).get(0);
    System.out.printf("%.2f of %.2f expected: %s, forecast %.2f%n", mid.score().valueIfScored().orElseThrow(), mid.expected(),
        mid.status().orElseThrow(), mid.forecast().map(Forecast::endScore).orElseThrow());
    // 0.38 of 0.54 expected: AT_RISK, forecast 0.73

    if (scorer.score(retention, LocalDate.of(2026, 9, 30)) instanceof RollupScore.Scored end) {  // or RollupScore.Unscored, with the reason
      Grade grade = Grader.defaults().grade(end, retention.kind());
      System.out.println(grade);                           // 0.38 committed: missed, red
    }
    // README:embed:end

    assertThat(lines()).containsExactly("0.38 of 0.54 expected: AT_RISK, forecast 0.73", "0.38 committed: missed, red");
  }

  @Test
  void toolVendor() {
    // README:vendor:start
    // Your rules join the built-in ones when listed in META-INF/services/dev.okr.lint.LintRule
    Linter linter = Linter.of(LintConfig.builder().minConfidence(0.6).build());   // build once, share
    LintReport typed = linter.lintStatement("Increase Falcon adoption from 10% to 40% of teams");
    for (Finding f : typed.active()) {
      System.out.println(f.ruleId() + " at " + f.span().orElseThrow() + ": " + f.suggestion().orElse(""));
    }
    // acme-kr-codename at [9, 15): Name the product or the behaviour it changes, e.g. ...
    // README:vendor:end

    assertThat(lines()).singleElement().asString()
        .startsWith("acme-kr-codename at [9, 15): Name the product or the behaviour it changes, e.g. ");
  }

  @Test
  void dataTeam() {
    OkrSet company = scorableHistory();
    // README:portfolio:start
    Portfolio.Report health = Portfolio.of(Scorer.defaults())
        .withCompanyOwner(Owner.team("Company"))
        .analyse(company, LocalDate.of(2026, 8, 1));        // every key result scored at that date
    for (Portfolio.CycleFigures quarter : health.cycles()) {
      System.out.println(quarter.cycle().orElseThrow() + ": committed hit rate " + quarter.committedHitRate()
          + ", aligned " + quarter.strategicAlignment());
    }
    health.sandbagging().forEach(s -> System.out.println("sandbagging: " + s.team() + " " + s.cycles()));
    // 2025-Q3: committed hit rate 2/13 (15%), aligned 8/10 (80%)
    // ...
    // sandbagging: team:Platform [2025-Q3, 2025-Q4, 2026-Q1, 2026-Q2]
    // README:portfolio:end

    assertThat(lines()).hasSize(5)
        .startsWith("2025-Q3: committed hit rate 2/13 (15%), aligned 8/10 (80%)")
        .endsWith("sandbagging: team:Platform [2025-Q3, 2025-Q4, 2026-Q1, 2026-Q2]");
  }

  /** The generated company history without the drafts the batch grader rejects (key results lacking a number). */
  private static OkrSet scorableHistory() {
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : CompanyHistoryExample.generate().objectives()) {
      objectives.add(o.withKeyResults(o.keyResults().stream()
          .filter(kr -> CompanyHistoryExample.complete(kr.measurement().orElseThrow())).toList()));
    }
    return OkrSet.of(objectives);
  }
}
