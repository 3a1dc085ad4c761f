package dev.okr.lint.rules;

import dev.okr.lint.EngineDiagnostic;
import dev.okr.lint.LintRule;
import dev.okr.lint.PracticeRules;
import dev.okr.lint.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of rule ids and messages in {@code okr-lint/docs/README.md}, generated from the rule
 * registry ({@link BuiltInRules}, each rule's {@code @RuleInfo}) and from {@link EngineDiagnostic},
 * each between two markers.
 * {@link RulesTableTest} fails when the committed table differs; regenerate it with
 * {@value #REGENERATE}.
 */
final class RulesTable {
  /** The page that holds the table, relative to okr-lint's directory. */
  static final Path PAGE = Path.of("docs", "README.md");

  static final String BEGIN = "<!-- rules table: generated from the rules' @RuleInfo; do not edit by hand -->";
  static final String END = "<!-- end of rules table -->";
  static final String DIAGNOSTICS_BEGIN = "<!-- diagnostics table: generated from EngineDiagnostic; do not edit by hand -->";
  static final String DIAGNOSTICS_END = "<!-- end of diagnostics table -->";

  /** The command that writes the generated table into {@link #PAGE}. */
  static final String REGENERATE =
      "./mvnw -q -B -ntp test -pl okr-lint -am -Dtest=RulesTableTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dokr.rules.table=write";

  private RulesTable() {}

  /** The table of these rules, one row each in their order, with a header. */
  static String of(List<LintRule> rules) {
    StringBuilder out = new StringBuilder()
        .append("| id | category | default | summary | messages | OKR practice |\n")
        .append("|---|---|---|---|---|---|\n");
    for (LintRule rule : rules) {
      RuleMetadata m = rule.metadata();
      out.append("| [").append(m.id()).append("](rules/").append(m.id()).append(".md)")
          .append(" | ").append(m.category().id())
          .append(" | ").append(m.defaultSeverity().id())
          .append(" | ").append(cell(m.summary()))
          .append(" | ").append(m.messages().stream().map(t -> "`" + t + "`").collect(Collectors.joining("<br>")))
          .append(" | ").append(practice(m))
          .append(" |\n");
    }
    return out.toString();
  }

  /** The table of the engine's own diagnostics, one row each, with a header. */
  static String diagnostics() {
    StringBuilder out = new StringBuilder()
        .append("| id | category | default | summary | messages |\n")
        .append("|---|---|---|---|---|\n");
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      out.append("| [").append(d.id()).append("](diagnostics/").append(d.id()).append(".md)")
          .append(" | ").append(d.category().id())
          .append(" | ").append(d.defaultSeverity().id())
          .append(" | ").append(cell(d.summary()))
          .append(" | ").append(d.messages().stream().map(t -> "`" + t + "`").collect(Collectors.joining("<br>")))
          .append(" |\n");
    }
    return out.toString();
  }

  /** The page with both generated tables in place. */
  static String generated(String page) {
    return into(into(page, BEGIN, END, of(BuiltInRules.all())), DIAGNOSTICS_BEGIN, DIAGNOSTICS_END, diagnostics());
  }

  private static String practice(RuleMetadata m) {
    List<PracticeRules.Rule> rules = PracticeRules.of(m.productRule());
    if (rules.isEmpty()) {
      return "–";
    }
    return rules.stream().map(r -> "[" + r.id() + "](../../" + r.link() + ")").collect(Collectors.joining(", "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** The page with the part between the markers replaced by {@code table}. */
  static String into(String page, String table) {
    return into(page, BEGIN, END, table);
  }

  private static String into(String page, String beginMarker, String endMarker, String table) {
    int begin = page.indexOf(beginMarker);
    int end = page.indexOf(endMarker);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(PAGE + " needs the markers\n" + beginMarker + "\n" + endMarker);
    }
    return page.substring(0, begin + beginMarker.length()) + "\n\n" + table + "\n" + page.substring(end);
  }

  /** Writes the table of the built-in rules into {@link #PAGE}; run from okr-lint's directory. */
  static void write() throws IOException {
    Files.writeString(PAGE, generated(Files.readString(PAGE)));
  }
}
