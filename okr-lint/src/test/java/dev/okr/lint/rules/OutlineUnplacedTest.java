package dev.okr.lint.rules;

import static dev.okr.lint.Okrs.unplaced;
import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.Objective;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.core.outline.UnplacedLine;
import dev.okr.lint.Document;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import dev.okr.lint.Severity;
import dev.okr.lint.testing.RuleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineUnplacedTest {
  private static final String TEXT = String.join("\n",
      "# Objective: Delight new users",
      "- KR1: Increase activation rate from 40% to 60%",
      "Notes from the planning meeting",
      "",
      "  - Dark mode",
      "");
  private static final List<UnplacedLine> LINES = List.of(
      unplaced(3, 1, "Notes from the planning meeting", "not an objective, key result or initiative"),
      unplaced(5, 3, "  - Dark mode", "list item outside any objective"));

  private static LintReport lint(LintConfig config, String text, List<UnplacedLine> lines) {
    Objective o = Objective.builder().id("O1").title("Delight new users").source(SourcePosition.of(1, 14)).build();
    Linter linter = Linter.builder().rules(List.of(new OutlineUnplaced()))
        .discoverRules(false).config(config).build();
    return linter.lint(Document.outline(OkrSet.of(List.of(o)), "okrs/growth.md", text, lines));
  }

  @Test
  void everyUnplacedLineIsAnInfoFindingAtItsLineAndColumnNamingTheReasonAndTheText() {
    List<Finding> found = lint(LintConfig.defaults(), TEXT, LINES).active();

    assertThat(found).extracting(Finding::ruleId).containsExactly("outline-unplaced", "outline-unplaced");
    assertThat(found).allMatch(f -> f.severity() == Severity.INFO && f.path().isEmpty() && f.elementId().isEmpty()
        && f.file().equals(java.util.Optional.of("okrs/growth.md")));
    assertThat(found.get(0).position()).contains(SourcePosition.of(3, 1));
    assertThat(found.get(0).message())
        .isEqualTo("Line not read as an objective or key result (not an objective, key result or initiative): "
            + "\"Notes from the planning meeting\"");
    Finding dark = found.get(1);
    assertThat(dark.position()).contains(SourcePosition.of(5, 3));
    assertThat(dark.message()).isEqualTo("Line not read as an objective or key result (list item outside any objective): \"Dark mode\"");
    assertThat(dark.text()).isEqualTo("- Dark mode");
    assertThat(dark.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("label it"));
  }

  @Test
  void aLongLineIsShortenedInTheMessage() {
    String line = "We agreed that the onboarding work is more important than anything else on the roadmap this quarter";
    List<Finding> found = lint(LintConfig.defaults(), line + "\n", List.of(unplaced(1, 1, line, "not an objective, key result or initiative"))).active();

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.message()).endsWith(": \"" + line.substring(0, 57) + "...\"");
      assertThat(f.text()).isEqualTo(line);
    });
  }

  @Test
  void itIsConfiguredLikeARule() {
    LintConfig warning = LintConfig.builder().putSeverity("outline-unplaced", Severity.WARNING).build();
    assertThat(lint(warning, TEXT, LINES).active()).hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);

    LintConfig off = LintConfig.builder().addDisabledRule("outline-unplaced").build();
    assertThat(lint(off, TEXT, LINES).findings()).isEmpty();
  }

  @Test
  void aCommentOnTheLineOrTheLineBeforeSuppressesIt() {
    String text = String.join("\n",
        "# Objective: Delight new users",
        "<!-- okr-lint-disable outline-unplaced -- because the notes stay with the OKRs -->",
        "Notes from the planning meeting",
        "- Dark mode <!-- okr-lint-disable outline-unplaced -- because it is parked -->",
        "- Offline mode",
        "");
    List<UnplacedLine> lines = List.of(
        unplaced(3, 1, "Notes from the planning meeting", "not an objective, key result or initiative"),
        unplaced(4, 1, "- Dark mode ", "list item outside any objective"),
        unplaced(5, 1, "- Offline mode", "list item outside any objective"));

    LintReport report = lint(LintConfig.defaults(), text, lines);

    assertThat(report.findings()).extracting(f -> f.position().orElseThrow().line() + " " + f.status())
        .containsExactly("3 SUPPRESSED", "4 SUPPRESSED", "5 ACTIVE");
    assertThat(report.findings().get(1).justification()).contains("because it is parked");
  }

  @Test
  void aDocumentWithoutUnplacedLinesHasNoSuchFinding() {
    assertThat(lint(LintConfig.defaults(), TEXT, List.of()).findings()).isEmpty();
  }

  @Test
  void inAnOutlineEveryLineTheReaderDidNotPlaceIsExpectedWhereItIs() {
    RuleFixture.of(new OutlineUnplaced()).expectOutline("""
        # Objective: Delight new users
        - KR1: Increase activation rate from 40% to 60%
        - KR2: <!-- expect: outline-unplaced -->
        """);
  }
}
