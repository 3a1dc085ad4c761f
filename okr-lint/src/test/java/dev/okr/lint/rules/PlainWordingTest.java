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
 * bare practice-rule number ("R3"), nor does any Javadoc or comment of a module's main sources or
 * any Markdown page of the repository, unless the number is the text of a link to its section of
 * docs/okr-practice.md; and every rule's page links the practice rules it enforces there.
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

  /** The repository's root, seen from okr-lint's directory where the tests run. */
  private static final Path ROOT = Path.of("..");

  /**
   * A Markdown link whose text starts with a rule number: {@code [R7](../docs/okr-practice.md#r7-grading-from-0-to-1)},
   * {@code [R7: grading from 0.0 to 1.0](...)}.
   */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[(R\\d+)\\b[^\\]]*\\]\\(([^)\\s]*)\\)");

  /** An HTML link whose text starts with a rule number, for Javadoc: {@code <a href="...#r7-...">R7</a>}. */
  private static final Pattern HTML_LINK = Pattern.compile("<a href=\"([^\"]*)\">(R\\d+)\\b[^<]*</a>");

  @Test
  void noCommentOfAModulesSourcesNorAnyMarkdownPageCitesABareRuleNumber() throws IOException {
    Set<String> anchors = anchors();
    List<String> bare = new ArrayList<>();
    int javaFiles = 0;
    int pages = 0;
    for (Path file : sourcesAndPages()) {
      String name = ROOT.relativize(file).toString().replace('\\', '/');
      String text = Files.readString(file);
      if (name.endsWith(".java")) {
        javaFiles++;
        text = withoutLinksToSections(comments(text).replaceAll("\\{@code[^}]*}", ""), HTML_LINK, 2, 1, anchors, name);
      } else {
        pages++;
        text = withoutLinksToSections(markdownProse(text), MARKDOWN_LINK, 1, 2, anchors, name);
      }
      Matcher m = BARE_RULE.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 40);
        bare.add(name + ": ..." + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "...");
      }
    }
    assertThat(javaFiles).as("main sources scanned").isGreaterThan(100);
    assertThat(pages).as("Markdown pages scanned").isGreaterThan(20);
    assertThat(bare).as("bare rule numbers: say the thing itself, or link its section of %s", PRACTICE_PAGE).isEmpty();
  }

  @Test
  void theScanSeesCommentsAndProseOnly() {
    String java = "/** Reads (R7). */\nclass A { String s = \"R3 // not a comment\"; char c = '\"'; } // R4\n"
        + "/* see <a href=\"x\">R5</a> */ String t = \"\"\"\n R6 \"\"\";";
    assertThat(comments(java)).contains("(R7)", "R4", "R5").doesNotContain("R3", "R6", "not a comment");
    String md = "Prose R1.\n\n```java\nproductRule = \"R2\"\n```\n\nAn `R8` id, [R9](x.md#r9-a).\n";
    assertThat(markdownProse(md)).contains("R1", "[R9]").doesNotContain("R2", "R8");
  }

  @Test
  void aLinkToTheRightSectionIsFineAndOneToAnotherFails() {
    Set<String> anchors = Set.of("r7-grading-from-0-to-1");
    assertThat(withoutLinksToSections("[R7](../docs/okr-practice.md#r7-grading-from-0-to-1) grades", MARKDOWN_LINK, 1, 2,
        anchors, "a.md")).isEqualTo(" grades");
    assertThat(withoutLinksToSections("([R7: grading from 0.0 to 1.0](okr-practice.md#r7-grading-from-0-to-1))",
        MARKDOWN_LINK, 1, 2, anchors, "a.md")).isEqualTo("()");
    assertThat(withoutLinksToSections("<a href=\"https://okr.dev/docs/okr-practice.md#r7-grading-from-0-to-1\">R7</a>",
        HTML_LINK, 2, 1, anchors, "A.java")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutLinksToSections(
            "[R8](../docs/okr-practice.md#r7-grading-from-0-to-1)", MARKDOWN_LINK, 1, 2, anchors, "a.md"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("R8");
  }

  /** The anchors of the practice page's sections. */
  private static Set<String> anchors() throws IOException {
    Set<String> anchors = new HashSet<>();
    Matcher m = ANCHOR.matcher(Files.readString(PRACTICE_PAGE));
    while (m.find()) {
      anchors.add(m.group(1));
    }
    return anchors;
  }

  /**
   * The text with each link whose text is a rule number removed, after checking that it goes to
   * that rule's section of the practice page (or, on the page itself, to its anchor).
   */
  static String withoutLinksToSections(String text, Pattern link, int idGroup, int targetGroup, Set<String> anchors,
      String file) {
    Matcher m = link.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = m.group(idGroup);
      String target = m.group(targetGroup);
      int hash = target.indexOf('#');
      String anchor = hash < 0 ? "" : target.substring(hash + 1);
      assertThat(hash >= 0 && (target.substring(0, hash).endsWith("okr-practice.md") || target.startsWith("#"))
              && anchors.contains(anchor) && anchor.startsWith(id.toLowerCase(java.util.Locale.ROOT) + "-"))
          .as("%s: link %s goes to its section of %s", file, m.group(), PRACTICE_PAGE).isTrue();
      m.appendReplacement(out, "");
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The main sources of every module and the Markdown pages of the repository, but the practice page itself. */
  private static List<Path> sourcesAndPages() throws IOException {
    Path practice = PRACTICE_PAGE.toRealPath();
    try (var files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            String path = ROOT.relativize(f).toString().replace('\\', '/');
            if (path.startsWith(".") || path.contains("/.") || path.contains("target/") || path.contains("/src/test/")) {
              return false;
            }
            return path.endsWith(".md") || path.endsWith(".java") && path.contains("/src/main/java/");
          })
          .filter(f -> {
            try {
              return !f.toRealPath().equals(practice);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .sorted()
          .toList();
    }
  }

  /** The comments of Java source, Javadoc included, each followed by a line break; code and string literals left out. */
  static String comments(String java) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        int end = java.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(java, i + 2, end).append('\n');
        i = end;
      } else if (java.startsWith("/*", i)) {
        int end = java.indexOf("*/", i + 2);
        end = end < 0 ? n : end;
        out.append(java, i + 2, end).append('\n');
        i = Math.min(n, end + 2);
      } else if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && java.charAt(i) != c && java.charAt(i) != '\n') {
          i += java.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** A Markdown page without its fenced code blocks and inline code, where ids are written as code. */
  static String markdownProse(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        out.append(line.replaceAll("`[^`]*`", "")).append('\n');
      }
    }
    return out.toString();
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
