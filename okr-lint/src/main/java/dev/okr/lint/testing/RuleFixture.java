package dev.okr.lint.testing;

import dev.okr.core.OkrSet;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import dev.okr.lint.Document;
import dev.okr.lint.Finding;
import dev.okr.lint.Fix;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintRule;
import dev.okr.lint.Linter;
import dev.okr.lint.RuleMetadata;
import dev.okr.lint.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests one or more lint rules (the rules under test) against documents written in the test, with
 * the findings expected written in the document, at the end of the line each is expected on:
 *
 * <ul>
 *   <li>a Markdown or plain-text outline: {@code <!-- expect: acme-kr-codename -->} ({@link
 *       #expectOutline});
 *   <li>YAML: {@code # expect: acme-kr-codename} ({@link #expectYaml});
 *   <li>JSON, which has no comments: {@code // expect: acme-kr-codename}, taken out before the
 *       document is read ({@link #expectJson}).
 * </ul>
 *
 * <p>Several ids are separated by commas, and an id written twice is expected twice. The check
 * passes when, line by line, the active findings of the rules under test are exactly the ones
 * expected: every expected finding fires on its line and nothing else fires from the rules under
 * test. Findings of other rules are not checked. An element's line is where the reader says it
 * starts: in an outline the line of its text, in YAML and JSON the line that opens it (the {@code -
 * id: ...} line of a list item). A finding without a position cannot be expected in the document;
 * look at it with {@link #findings(OkrSet)}.
 *
 * <p>The built-in rules run with the rules under test, so that a rule that defers to another
 * ({@code @RuleInfo(supersededBy = ...)}) is tested as it runs for users; add other rules with
 * {@link #alongside}. A fixture is immutable: {@link #config} and {@link #alongside} return new
 * ones. Failures are {@link AssertionError}s whose message shows, for each line where they differ,
 * the line, the findings expected and the findings that fired; no test framework is needed. A
 * finding of a rule under test whose message is not one of those its {@code @RuleInfo} lists fails
 * too.
 *
 * <p>The fixture also applies each fix of each finding of the rules under test ({@link
 * Finding#fixes()}), one at a time, reads the edited document again and lints it: the check fails
 * unless the document still reads and that finding is no longer active (fixed or suppressed).
 *
 * <pre>{@code
 * RuleFixture.of(new CodenameRule()).expectOutline("""
 *     ## Objective: Make Fieldnote dependable without a connection
 *     - KR: Increase Falcon adoption from 10% to 40% of teams <!-- expect: acme-kr-codename -->
 *     - KR: Increase the share of teams that edit offline from 10% to 40%
 *     """);
 * }</pre>
 */
public final class RuleFixture {
  private static final Pattern OUTLINE_EXPECT = Pattern.compile("\\s*<!--\\s*expect:\\s*([^>]*?)\\s*-->\\s*$");
  private static final Pattern YAML_EXPECT = Pattern.compile("\\s*#\\s*expect:\\s*(.*?)\\s*$");
  private static final Pattern JSON_EXPECT = Pattern.compile("\\s*//\\s*expect:\\s*(.*?)\\s*$");

  private final List<LintRule> underTest;
  private final List<LintRule> alongside;
  private final LintConfig config;
  private final Set<String> ids;

  private RuleFixture(List<LintRule> underTest, List<LintRule> alongside, LintConfig config) {
    this.underTest = List.copyOf(underTest);
    this.alongside = List.copyOf(alongside);
    this.config = config;
    Set<String> ids = new LinkedHashSet<>();
    for (LintRule rule : underTest) {
      ids.add(rule.metadata().id());
    }
    this.ids = Set.copyOf(ids);
  }

  /**
   * A fixture for these rules under the default configuration (so check-in rules judge as of
   * today: set {@link LintConfig#asOf()} with {@link #config} for a fixed date).
   *
   * @throws IllegalArgumentException if no rule is given
   */
  public static RuleFixture of(LintRule... underTest) {
    if (underTest.length == 0) {
      throw new IllegalArgumentException("name at least one rule to test");
    }
    return new RuleFixture(Arrays.asList(underTest), List.of(), LintConfig.defaults());
  }

  /** The same fixture under this configuration. */
  public RuleFixture config(LintConfig config) {
    return new RuleFixture(underTest, alongside, Objects.requireNonNull(config, "config"));
  }

  /**
   * The same fixture with more rules running beside the built-in ones, e.g. a rule of yours that
   * a rule under test defers to; their findings are not checked.
   */
  public RuleFixture alongside(LintRule... rules) {
    List<LintRule> more = new ArrayList<>(alongside);
    more.addAll(Arrays.asList(rules));
    return new RuleFixture(underTest, more, config);
  }

  /**
   * The linter the fixture runs: the rules under test, the rules alongside and the built-in rules.
   * Every other method lints with it.
   *
   * @throws AssertionError if the configuration turns a rule under test off, or a rule under test
   *     is superseded by a rule the fixture does not have (a mistake in the test, not in the rule)
   */
  public Linter linter() {
    for (LintRule rule : underTest) {
      RuleMetadata m = rule.metadata();
      if (!config.isEnabled(m.id())) {
        throw new AssertionError("the rule under test " + m.id() + " is disabled by the configuration");
      }
    }
    List<LintRule> rules = new ArrayList<>(underTest);
    rules.addAll(alongside);
    rules.addAll(BuiltInRules.all());
    Set<String> known = new LinkedHashSet<>();
    rules.forEach(r -> known.add(r.metadata().id()));
    for (LintRule rule : underTest) {
      rule.metadata().supersededBy().ifPresent(other -> {
        if (!known.contains(other)) {
          throw new AssertionError("the rule under test " + rule.metadata().id() + " is superseded by " + other
              + ", which the fixture does not have: add it with alongside(...)");
        }
      });
    }
    return Linter.builder().rules(rules).discoverRules(false).config(config).build();
  }

  /** The active findings of the rules under test on this set, in document order. */
  public List<Finding> findings(OkrSet set) {
    return findings(Document.of(set));
  }

  /** The active findings of the rules under test on this document, in document order. */
  public List<Finding> findings(Document document) {
    return ofRulesUnderTest(linter().lint(document).active());
  }

  /**
   * The active findings of the rules under test on one key-result statement, linted as a user
   * types it ({@link Linter#lintStatement(String)}).
   */
  public List<Finding> statement(String statement) {
    return ofRulesUnderTest(linter().lintStatement(statement).active());
  }

  /**
   * Lints a Markdown or plain-text outline (read by okr-core's {@code OutlineImport}, with the
   * lines it did not place) and checks its {@code <!-- expect: id -->} comments.
   *
   * @throws AssertionError if the findings of the rules under test differ from those expected
   */
  public void expectOutline(String outline) {
    Expected expected = Expected.read(outline, OUTLINE_EXPECT);
    check(expected, RuleFixture::outline);
  }

  private static Document outline(String text) {
    OutlineImport imported = OutlineImport.read(text);
    return Document.outline(imported.okrSet(), "outline.md", text, imported.unplaced());
  }

  /**
   * Lints a document in the YAML interchange form and checks its {@code # expect: id} comments.
   *
   * @throws AssertionError if the findings of the rules under test differ from those expected
   */
  public void expectYaml(String yaml) {
    Expected expected = Expected.read(yaml, YAML_EXPECT);
    check(expected, t -> read(t, "okrs.yaml", x -> OkrReader.yaml().read(x, "okrs.yaml")));
  }

  /**
   * Lints a document in the JSON interchange form and checks its {@code // expect: id} comments,
   * which are taken out first.
   *
   * @throws AssertionError if the findings of the rules under test differ from those expected
   */
  public void expectJson(String json) {
    Expected expected = Expected.read(json, JSON_EXPECT);
    check(expected, t -> read(t, "okrs.json", x -> OkrReader.json().read(x, "okrs.json")));
  }

  private static Document read(String text, String file, Function<String, OkrSet> reader) {
    return Document.of(reader.apply(text), file, text);
  }

  /**
   * The findings of the rules under test; each must carry a message its rule lists in {@code
   * @RuleInfo(messages = ...)}, when the rule lists any, so that the listed messages stay true.
   */
  private List<Finding> ofRulesUnderTest(List<Finding> findings) {
    List<Finding> ours = findings.stream().filter(f -> ids.contains(f.ruleId())).toList();
    for (Finding f : ours) {
      for (LintRule rule : underTest) {
        RuleMetadata m = rule.metadata();
        if (m.id().equals(f.ruleId()) && !m.messages().isEmpty() && !m.matchesMessage(f.message())) {
          throw new AssertionError("the message of " + m.id() + " is not one its @RuleInfo lists " + m.messages()
              + ": " + f.message());
        }
      }
    }
    return ours;
  }

  private void check(Expected expected, Function<String, Document> reader) {
    Document document = reader.apply(expected.text);
    expected.ids.forEach((line, here) -> here.forEach(id -> {
      if (!ids.contains(id)) {
        throw new AssertionError("line " + line + " expects " + id + ", which is not a rule under test ("
            + String.join(", ", ids) + "); only their findings are checked");
      }
    }));
    List<Finding> actual = findings(document);
    TreeMap<Integer, List<String>> fired = new TreeMap<>();
    List<Finding> nowhere = new ArrayList<>();
    for (Finding f : actual) {
      if (f.position().isPresent()) {
        fired.computeIfAbsent(f.position().get().line(), x -> new ArrayList<>()).add(f.ruleId() + ": " + f.message());
      } else {
        nowhere.add(f);
      }
    }
    TreeMap<Integer, Boolean> lines = new TreeMap<>();
    expected.ids.keySet().forEach(l -> lines.put(l, true));
    fired.keySet().forEach(l -> lines.put(l, true));
    StringBuilder diff = new StringBuilder();
    for (int line : lines.keySet()) {
      List<String> want = new ArrayList<>(expected.ids.getOrDefault(line, List.of()));
      List<String> got = fired.getOrDefault(line, List.of());
      if (!sameIds(want, got)) {
        diff.append("  line ").append(line).append(": ").append(expected.line(line).strip()).append('\n');
        diff.append("    expected: ").append(want.isEmpty() ? "(nothing)" : String.join(", ", want)).append('\n');
        if (got.isEmpty()) {
          diff.append("    actual:   (nothing)\n");
        }
        for (String g : got) {
          diff.append("    actual:   ").append(g).append('\n');
        }
      }
    }
    for (Finding f : nowhere) {
      diff.append("  no line (").append(f.path().isEmpty() ? "document" : f.path()).append(")\n")
          .append("    expected: (nothing: a finding without a position cannot be expected in the document)\n")
          .append("    actual:   ").append(f.ruleId()).append(": ").append(f.message()).append('\n');
    }
    if (diff.length() > 0) {
      throw new AssertionError("The findings of " + String.join(", ", ids) + " differ from those expected in the document:\n"
          + diff);
    }
    checkFixes(expected.text, actual, reader);
  }

  /** Applies each fix of each finding on its own: the document must still read, the finding be gone or suppressed. */
  private void checkFixes(String text, List<Finding> found, Function<String, Document> reader) {
    for (Finding f : found) {
      for (Fix fix : f.fixes()) {
        String where = "The fix \"" + fix.title() + "\" of " + f.ruleId() + " at "
            + f.position().map(p -> "line " + p.line()).orElse(f.path());
        String fixed = fix.applyTo(text);
        Document after;
        try {
          after = reader.apply(fixed);
        } catch (RuntimeException e) {
          throw new AssertionError(where + " leaves a document that does not read (" + e.getMessage() + "):\n" + fixed, e);
        }
        if (count(findings(after), f) >= count(found, f)) {
          throw new AssertionError(where + " leaves the finding active:\n" + fixed);
        }
      }
    }
  }

  /** How many findings are of the rule of {@code like} on an element of the same path and text. */
  private static long count(List<Finding> findings, Finding like) {
    return findings.stream()
        .filter(n -> n.ruleId().equals(like.ruleId()) && n.path().equals(like.path()) && n.text().equals(like.text()))
        .count();
  }

  /** Whether the findings fired are the ids expected, each as often, in any order. */
  private static boolean sameIds(List<String> want, List<String> got) {
    List<String> left = new ArrayList<>(want);
    for (String g : got) {
      if (!left.remove(g.substring(0, g.indexOf(':')))) {
        return false;
      }
    }
    return left.isEmpty();
  }

  /** A document's text with its expectations, by 1-based line. */
  private static final class Expected {
    final String text;
    final String[] lines;
    final TreeMap<Integer, List<String>> ids = new TreeMap<>();

    private Expected(String text) {
      this.text = text;
      this.lines = text.split("\n", -1);
    }

    String line(int line) {
      return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** The text without its expectation comments (which end their lines), and what they expect. */
    static Expected read(String document, Pattern comment) {
      String[] lines = document.replace("\r\n", "\n").split("\n", -1);
      TreeMap<Integer, List<String>> ids = new TreeMap<>();
      StringBuilder text = new StringBuilder(document.length());
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        Matcher m = comment.matcher(line);
        if (m.find()) {
          List<String> here = new ArrayList<>();
          for (String id : m.group(1).split(",")) {
            String trimmed = id.strip();
            if (!RuleMetadata.ID.matcher(trimmed).matches()) {
              throw new IllegalArgumentException("line " + (i + 1) + " expects \"" + trimmed + "\", which is not a rule id");
            }
            here.add(trimmed);
          }
          ids.put(i + 1, here);
          line = line.substring(0, m.start());
        }
        text.append(line);
        if (i < lines.length - 1) {
          text.append('\n');
        }
      }
      Expected e = new Expected(text.toString());
      e.ids.putAll(ids);
      return e;
    }
  }
}
