package dev.okr.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Linter;
import dev.okr.lint.PracticeRules;
import dev.okr.lint.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What users read says the thing itself: no finding message, suggestion or rule summary cites a
 * bare practice-rule number ("R3"), and every rule's page links the practice rules it enforces on
 * docs/okr-practice.md.
 */
class PlainWordingTest {
  /** A bare rule number: "R3", "(R12)", but not "KR2" or an anchor such as "#r3-...". */
  static final Pattern BARE_RULE = Pattern.compile("(?<![\\p{Alnum}_#/-])R\\d+\\b");
  private static final Path PRACTICE_PAGE = Path.of("..", "docs", "okr-practice.md");
  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>");

  /** Fails if a finding's message or suggestion cites a bare rule number. */
  static void assertPlain(Finding f) {
    assertThat(BARE_RULE.matcher(f.message()).find()).as("bare rule number in message of %s: %s", f.ruleId(), f.message())
        .isFalse();
    f.suggestion().ifPresent(s -> assertThat(BARE_RULE.matcher(s).find())
        .as("bare rule number in suggestion of %s: %s", f.ruleId(), s).isFalse());
  }

  @Test
  void thePatternFindsBareNumbersOnly() {
    assertThat(BARE_RULE.matcher("keep 1–3 so that priorities are real (R4)").find()).isTrue();
    assertThat(BARE_RULE.matcher("R12: pitfalls").find()).isTrue();
    assertThat(BARE_RULE.matcher("KR2: Launch the app").find()).isFalse();
    assertThat(BARE_RULE.matcher("docs/okr-practice.md#r3-two-to-five-key-results").find()).isFalse();
  }

  @Test
  void noRuleSummaryCitesABareRuleNumber() {
    for (LintRule rule : BuiltInRules.all()) {
      String summary = rule.metadata().summary();
      assertThat(BARE_RULE.matcher(summary).find()).as("%s: %s", rule.metadata().id(), summary).isFalse();
    }
  }

  @Test
  void noFindingOnTheCorporaCitesABareRuleNumber() throws IOException {
    Linter linter = Linter.builder().discoverRules(false)
        .config(LintConfig.builder().asOf(LocalDate.of(2026, 8, 15)).minConfidence(0).build()).build();
    int findings = 0;
    for (String corpus : List.of("dev.txt", "heldout.txt")) {
      for (String statement : statements(Path.of("src", "test", "resources", "corpus", corpus))) {
        for (Finding f : linter.lintStatement(statement).findings()) {
          assertPlain(f);
          findings++;
        }
      }
    }
    assertThat(findings).as("findings checked").isGreaterThan(100);
  }

  @Test
  void everyRulePageLinksThePracticeSectionsItEnforces() throws IOException {
    String practice = Files.readString(PRACTICE_PAGE);
    Set<String> anchors = new HashSet<>();
    Matcher m = ANCHOR.matcher(practice);
    while (m.find()) {
      anchors.add(m.group(1));
    }
    for (LintRule rule : BuiltInRules.all()) {
      RuleMetadata meta = rule.metadata();
      String page = Files.readString(Path.of("docs", "rules", meta.id() + ".md"));
      List<String> expected = new ArrayList<>();
      PracticeRules.of(meta.productRule()).forEach(p -> expected.add(p.anchor()));
      if (expected.isEmpty()) {
        expected.add(PracticeRules.NO_PRACTICE_ANCHOR);
      }
      for (String anchor : expected) {
        assertThat(anchors).as("anchor on %s", PRACTICE_PAGE).contains(anchor);
        assertThat(page).as("page of %s", meta.id()).contains("](../../../docs/okr-practice.md#" + anchor + ")");
      }
      Matcher links = Pattern.compile("\\]\\(\\.\\./\\.\\./\\.\\./docs/okr-practice\\.md#([a-z0-9-]+)\\)").matcher(page);
      while (links.find()) {
        assertThat(anchors).as("link target on the page of %s", meta.id()).contains(links.group(1));
      }
    }
  }

  @Test
  void everyPracticeRuleHasItsSection() throws IOException {
    String practice = Files.readString(PRACTICE_PAGE);
    for (int i = 1; i <= 12; i++) {
      PracticeRules.Rule rule = PracticeRules.byId("R" + i).orElseThrow();
      assertThat(practice).contains("<a id=\"" + rule.anchor() + "\"></a>\n## R" + i + ". ");
    }
  }

  /** The statements of a corpus: "kind | label | statement | note" lines. */
  private static List<String> statements(Path corpus) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(corpus)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" \\| ");
      if (parts.length >= 3) {
        out.add(parts[2].strip());
      }
    }
    return out;
  }
}
