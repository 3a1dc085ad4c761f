package dev.okr.examples;

import dev.okr.core.OkrSet;
import dev.okr.core.io.OkrReader;
import dev.okr.lint.Document;
import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import dev.okr.lint.ReportFormat;
import dev.okr.lint.RuleMetadata;
import dev.okr.lint.Severity;
import dev.okr.lint.Thresholds;
import dev.okr.lint.Vocabulary;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Example 2, for tool vendors importing the linter: a configured linter that also runs the vendor's
 * own rule ({@link CodenameRule}, found through {@link java.util.ServiceLoader}), used twice as an
 * editor would: on each statement as the user types it, then on the saved document; the findings
 * rendered as JSON for the editor and as SARIF for code scanning.
 */
public final class LinterIntegrationExample {
  /** The document a user of the vendor's app saved, as the app stores it (the interchange form). */
  static final String SAVED_DOCUMENT = """
      formatVersion: 1
      cycle: 2026-Q3
      objectives:
        - id: offline
          title: Make Fieldnote dependable without a connection
          kind: committed
          owner: {team: Platform}
          keyResults:
            - id: offline-falcon
              statement: Increase Falcon adoption from 10% to 40% of teams
              checkIns: [{date: 2026-08-10, value: 18}]
            - id: offline-conflicts
              statement: Reduce sync conflicts after reconnecting from 3.1% to 1% of edits
              checkIns: [{date: 2026-08-10, value: 2.4}]
            - id: offline-demo
              statement: Demo offline mode at the all-hands
      """;

  /** What the user types into the key-result field, keystroke by keystroke in a real editor. */
  static final List<String> TYPED = List.of(
      "Launch offline mode",
      "Increase Falcon adoption from 10% to 40% of teams",
      "Increase the share of teams that edit offline from 10% to 40%");

  private LinterIntegrationExample() {}

  /**
   * What the example produced: the rules that ran, the findings on each statement as typed, the
   * saved document's report, and that report as JSON for the editor and as SARIF for code scanning.
   *
   * @param rules the ids of the rules that ran, sorted
   * @param typed each statement of {@link #TYPED} with its report, in the order typed
   * @param saved the report on {@link #SAVED_DOCUMENT}
   * @param json {@code saved} as JSON
   * @param sarif {@code saved} as SARIF 2.1.0
   */
  public record Result(List<String> rules, Map<String, LintReport> typed, LintReport saved, String json, String sarif) {}

  /**
   * Runs the example and prints what it produced.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(run(), System.out);
  }

  /** Runs the example: lints as the user types, then the saved document, and renders the report. */
  public static Result run() {
    LintConfig config = LintConfig.builder()
        .minConfidence(0.6)                                        // report only the surer heuristics
        .putSeverity("kr-no-baseline", Severity.WARNING)           // this vendor's users want baselines
        .thresholds(Thresholds.builder().maxKeyResultsPerObjective(4).build())
        .vocabulary(Vocabulary.builder().addOutputVerb("demo").build())   // "Demo X" is a task here
        .asOf(LocalDate.of(2026, 8, 15))
        .build();
    Linter linter = Linter.of(config);   // built-in rules, plus every LintRule service on the class path

    Map<String, LintReport> typed = new LinkedHashMap<>();
    for (String statement : TYPED) {
      typed.put(statement, linter.lintStatement(statement));   // as the user types
    }
    OkrSet saved = OkrReader.yaml().read(SAVED_DOCUMENT, "okrs/offline.yaml");
    LintReport report = linter.lint(Document.of(saved, "okrs/offline.yaml"));
    return new Result(linter.rules().stream().map(RuleMetadata::id).toList(), typed, report,
        ReportFormat.JSON.render(report), ReportFormat.SARIF.render(report));
  }

  /** Prints what the example produced, as an editor's log would show it. */
  static void print(Result result, PrintStream out) {
    out.println("Rules running: " + result.rules().size() + "; the vendor's own: "
        + result.rules().stream().filter(id -> id.startsWith("acme-")).collect(Collectors.joining(", ")));
    out.println();
    out.println("As the user types:");
    result.typed().forEach((statement, report) -> out.println("  \"" + statement + "\" -> " + (report.active().isEmpty()
        ? "no findings" : report.active().stream().map(Finding::ruleId).collect(Collectors.joining(", ")))));
    out.println();
    out.println("The saved document:");
    for (Finding f : result.saved().active()) {
      out.println("  " + f.position().map(p -> p.line() + ":" + p.column()).orElse("-") + " " + f.severity().id()
          + " " + f.ruleId() + ": " + f.message());
    }
    out.println();
    out.println("JSON for the editor:");
    out.print(result.json());
    out.println("SARIF for code scanning:");
    out.print(result.sarif());
  }
}
