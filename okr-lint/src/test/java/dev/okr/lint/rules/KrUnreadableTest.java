package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Linter;
import dev.okr.lint.Okrs;
import dev.okr.lint.Severity;
import dev.okr.lint.testing.RuleFixture;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KrUnreadableTest {
  private final KrUnreadable rule = new KrUnreadable();
  private final RuleFixture fixture = RuleFixture.of(rule).config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).build());
  private static final Linter ALL = Linter.builder().discoverRules(false).config(LintConfig.defaults()).build();

  @Test
  void aStatementInAnotherLanguageIsReportedAsNotRead() {
    assertThat(fixture.statement("Augmenter le taux de conversion de 2 % à 5 %")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("Key result \"Augmenter le taux de conversion de 2 % à 5 %\" was not read "
          + "(not English: the reader understands English key results), so the statement rules did not check it");
      assertThat(f.message()).doesNotContain("(R");
      assertThat(f.span()).isEmpty();
    });
    assertThat(fixture.statement("Erhöhe die Kundenzufriedenheit auf 90%")).hasSize(1);
    assertThat(fixture.statement("Reducir el churn al 3%")).hasSize(1);
  }

  @Test
  void englishIsReadHoweverTerse() {
    for (String english : List.of("SSO for enterprise", "Churn <3%", "p95 < 300ms", "Increase NPS from 42 to 60",
        "Open a café in Montréal by Q3", "Dark mode")) {
      assertThat(fixture.statement(english)).as(english).isEmpty();
    }
  }

  @Test
  void noOtherStatementRuleJudgesWhatWasNotRead() {
    // the French sentence names no verb the reader knows: kr-task-like, kr-no-target, ... would misfire
    assertThat(ALL.lintStatement("Lancer le nouveau tableau de bord").active()).extracting(Finding::ruleId)
        .containsExactly("kr-unreadable");
    var set = Okrs.set(Okrs.objective("o", "Ravir les nouveaux clients", "Augmenter le taux d'activation de 22 % à 35 %",
        "Reduce churn from 5% to 3%").owner(java.util.Optional.empty()));
    List<String> ids = ALL.lint(set).active().stream().map(f -> f.ruleId() + " " + f.path()).toList();
    assertThat(ids).contains("kr-unreadable objectives[0].keyResults[0]", "okr-missing-owner objectives[0]")
        .noneMatch(id -> id.endsWith("keyResults[0]") && !id.startsWith("kr-unreadable")
            && !id.startsWith("kr-no-check-ins"));
  }

  /**
   * The rows of the development corpus not written in English: the fresh sets hold a few by design,
   * each checked by eye. These and only these are reported unreadable.
   */
  static final Set<String> NOT_ENGLISH = Set.of(
      "fresh-3.txt:21", "fresh-3.txt:36", "fresh-3.txt:72", "fresh-3.txt:86", "fresh-3.txt:113", "fresh-3.txt:127",
      "fresh-4.txt:376", "fresh-4.txt:377", "fresh-4.txt:378", "fresh-4.txt:379", "fresh-4.txt:380", "fresh-4.txt:381",
      "fresh-4.txt:382", "fresh-5.txt:308", "fresh-5.txt:309", "fresh-5.txt:310", "fresh-5.txt:311",
      "fresh-5.txt:312", "fresh-5.txt:313", "fresh-5.txt:314", "fresh-6.txt:62", "fresh-6.txt:106",
      "fresh-6.txt:119", "fresh-6.txt:154", "fresh-6.txt:177", "fresh-6.txt:252", "fresh-6.txt:310",
      "fresh-7.txt:28", "fresh-7.txt:48", "fresh-7.txt:66", "fresh-7.txt:85", "fresh-7.txt:104", "fresh-7.txt:154",
      "fresh-7.txt:171", "fresh-7.txt:274", "fresh-7.txt:324", "fresh-8.txt:19", "fresh-8.txt:52", "fresh-8.txt:73",
      "fresh-8.txt:99", "fresh-8.txt:142", "fresh-8.txt:164", "fresh-8.txt:187", "fresh-8.txt:217", "fresh-8.txt:304",
      "fresh-8.txt:321", "fresh-8.txt:330", "fresh-8.txt:352", "fresh-8.txt:370", "fresh-8.txt:422");

  @Test
  void theReaderCallsUnreadableExactlyTheRowsNotInEnglish() throws IOException {
    int rows = 0;
    Map<String, String> unreadable = new TreeMap<>();
    for (String file : KrJudgementCorpusTest.DEVELOPMENT) {
      for (KrJudgementCorpusTest.Row row : KrJudgementCorpusTest.read(file)) {
        rows++;
        if (KeyResultStatement.parse(row.statement()).kind() == StatementKind.UNREADABLE) {
          unreadable.put(file + ":" + row.line(), row.statement());
        }
      }
    }
    assertThat(unreadable.keySet()).as("rows read as not English: %s", unreadable).containsExactlyInAnyOrderElementsOf(NOT_ENGLISH);
    assertThat(rows).isGreaterThanOrEqualTo(2000);
  }
}
