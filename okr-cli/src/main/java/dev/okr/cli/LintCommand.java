package dev.okr.cli;

import dev.okr.lint.LintConfig;
import dev.okr.lint.LintConfigException;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import dev.okr.lint.ReportFormat;
import dev.okr.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okr lint}: the linter's findings on documents and outlines, as text, JSON lines or SARIF. */
@Command(
    name = "lint",
    sortOptions = false,
    description = {
        "Find the pitfalls of OKR practice in documents and outlines.",
        "It reports task-like and unmeasurable key results, missing owners and kinds, too many objectives, "
            + "stale check-ins, and more; each rule's page (okr-lint/docs/rules/) links the practice it follows "
            + "(docs/okr-practice.md).",
        "",
        "PATH is a YAML or JSON document, a Markdown or text outline (one key result a line is enough), or a "
            + "directory searched for them. Every line of an outline is checked: a line read as no objective, key "
            + "result or initiative is reported (outline-unplaced, info), and one that reads as a key result is "
            + "linted as one too.",
        "",
        "In a directory, OKR documents are told by content, not by name: YAML and JSON files whose top level is a "
            + "mapping with formatVersion or objectives, Markdown files in which the outline reader finds an "
            + "objective or a key result, and text files. Other files (a lint configuration, package.json, a CI "
            + "workflow, a README with no OKRs in it) are skipped and listed on standard error, one line each. A "
            + "file named on the command line is always read.",
        ""},
    footer = {
        "",
        "Exit codes: 0 nothing reaches --fail-on; 1 something does; 2 bad usage or unreadable input.",
        "Without --config, ./" + LintConfig.FILE_NAME + " is used when it exists."})
final class LintCommand implements Callable<Integer> {

  /** Report forms. */
  enum Format { TEXT, JSON, SARIF }

  /** The least severity that fails the run. */
  enum FailOn { ERROR, WARNING, NEVER }

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json (one JSON object per finding, a line each) or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(names = "--config", paramLabel = "FILE", description = "A lint configuration (YAML), for example " + LintConfig.FILE_NAME + ".")
  private @Nullable Path config;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
      description = "error, warning or never: the least severity of an active finding that makes the exit code 1. Default: ${DEFAULT-VALUE}.")
  private FailOn failOn = FailOn.ERROR;

  @Option(names = "--docs-url", defaultValue = ReportFormat.DEFAULT_DOCS_BASE_URL, paramLabel = "URL",
      description = "With --format sarif: the base URL under which the repository's files are served; each rule's "
          + "helpUri is okr-lint/docs/rules/<id>.md under it, and links to the OKR practice rules go to "
          + "docs/okr-practice.md, for example https://github.com/<owner>/okr/blob/<tag>/. Default: ${DEFAULT-VALUE}.")
  private String docsUrl = ReportFormat.DEFAULT_DOCS_BASE_URL;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to lint.")
  private List<Path> paths = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReportFormat.docsBase(docsUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--docs-url: " + e.getMessage());
    }
    Optional<List<InputDocument>> documents = InputDocument.readAll(paths, "lint", err);
    if (documents.isEmpty()) {
      return ExitCodes.INPUT;
    }
    Linter linter = linter(config, Clock.systemDefaultZone());
    List<InputDocument> read = documents.get();
    LintReport report = linter.lintAll(read.stream().map(InputDocument::forLint).toList());
    switch (format) {
      case TEXT -> out.print(ReportFormat.TEXT.render(report));
      case SARIF -> out.print(ReportFormat.sarif(report, docsUrl));
      case JSON -> out.print(ReportFormat.JSON_LINES.render(report));
    }
    out.flush();
    return fails(report) ? ExitCodes.FOUND : ExitCodes.OK;
  }

  private boolean fails(LintReport report) {
    return switch (failOn) {
      case NEVER -> false;
      case ERROR -> report.count(Severity.ERROR) > 0;
      case WARNING -> report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
    };
  }

  /**
   * The linter under {@code --config}, else ./.okrlint.yaml when it exists, else the defaults; its
   * rules that look at the date (stale check-ins, say) take it from {@code clock} unless the
   * configuration gives one.
   */
  static Linter linter(@Nullable Path config, Clock clock) {
    Path file = config;
    if (file == null) {
      Path conventional = Path.of(LintConfig.FILE_NAME);
      if (!Files.isRegularFile(conventional)) {
        return Linter.builder().clock(clock).build();
      }
      file = conventional;
    }
    String name = InputDocument.nameOf(file);
    String text = InputDocument.readText(file);
    try {
      // Building the linter checks that the rules the configuration names exist.
      return Linter.builder().config(LintConfig.fromYaml(text)).clock(clock).build();
    } catch (LintConfigException e) {
      int line = e.line() > 0 ? e.line() : lineNaming(text, e.value());
      throw new InputException(name + (line > 0 ? ":" + line : "") + ": "
          + (e.path().isEmpty() ? "" : e.path() + ": ") + e.rule()
          + (e.value() == null ? "" : " (was \"" + e.value() + "\")"), e);
    }
  }

  /** The first line whose key is {@code value} ("  kr-nope: off"), or 0: where a rule id the linter does not know was written. */
  private static int lineNaming(String text, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith(value + ":")) {
        return i + 1;
      }
    }
    return 0;
  }
}
