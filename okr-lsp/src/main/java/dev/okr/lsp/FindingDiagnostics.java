package dev.okr.lsp;

import dev.okr.core.SourcePosition;
import dev.okr.lint.Finding;
import dev.okr.lint.LintReport;
import dev.okr.lint.Linter;
import dev.okr.lint.ReportFormat;
import dev.okr.lint.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Lints a text and turns what the linter found into the protocol's diagnostics: one per active
 * finding (suppressed ones are left out, as the CLI's report counts them), with the rule id as its
 * code, a link to the rule's page, and the suggestion after the message; or one diagnostic at the
 * place where a text that is not a document went wrong.
 */
final class FindingDiagnostics {
  /** The source shown beside each diagnostic. */
  static final String SOURCE = "okr";
  /** The code of the diagnostic for a text that could not be read. */
  static final String UNREADABLE = "okr-unreadable";

  private FindingDiagnostics() {}

  /**
   * What a lint of a text published: the diagnostics, and the active finding each came from (none
   * for a text that could not be read), in the same order.
   */
  record Linted(List<Diagnostic> diagnostics, List<Finding> findings) {}

  /** The diagnostics of a text; never throws. */
  static List<Diagnostic> of(Linter linter, String docsBase, String name, DocumentKind kind, String text) {
    return lint(linter, docsBase, name, kind, text).diagnostics();
  }

  /** The diagnostics of a text with their findings; never throws. */
  static Linted lint(Linter linter, String docsBase, String name, DocumentKind kind, String text) {
    ParsedDocument parsed = ParsedDocument.read(name, kind, text);
    if (parsed.document().isEmpty()) {
      Position at = new Position(parsed.line(), parsed.character());
      int lineStart = TextChanges.lineStart(text, parsed.line());
      Position end = lineStart < 0 ? at : new Position(parsed.line(), Math.max(parsed.character(),
          TextChanges.lineEnd(text, lineStart) - lineStart));
      Diagnostic d = new Diagnostic(new Range(at, end), parsed.problem().orElse("not an OKR document"),
          DiagnosticSeverity.Error, SOURCE, UNREADABLE);
      return new Linted(List.of(d), List.of());
    }
    LintReport report;
    try {
      report = linter.lint(parsed.document().get());
    } catch (RuntimeException e) {
      Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
          "the linter failed: " + e, DiagnosticSeverity.Error, SOURCE, UNREADABLE);
      return new Linted(List.of(d), List.of());
    }
    List<Diagnostic> diagnostics = new ArrayList<>(report.findings().size());
    List<Finding> findings = new ArrayList<>(report.findings().size());
    LineIndex lines = new LineIndex(text);
    // one link per rule, shared by its diagnostics
    Map<String, Optional<DiagnosticCodeDescription>> links = new HashMap<>();
    for (Finding f : report.findings()) {
      if (!f.isActive()) {
        continue;
      }
      String message = f.suggestion().isPresent() ? f.message() + "\nSuggestion: " + f.suggestion().get() : f.message();
      Diagnostic d = new Diagnostic(range(text, lines, f), message, severity(f.severity()), SOURCE, f.ruleId());
      links.computeIfAbsent(f.ruleId(), id -> helpUri(report, id, docsBase).map(DiagnosticCodeDescription::new))
          .ifPresent(d::setCodeDescription);
      diagnostics.add(d);
      findings.add(f);
    }
    return new Linted(diagnostics, findings);
  }

  private static Optional<String> helpUri(LintReport report, String ruleId, String docsBase) {
    try {
      return ReportFormat.helpUri(report, ruleId, docsBase);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  /**
   * Where a finding is in the text: its span within the element's text when that text is found on
   * or after the finding's line (an outline's position is the span's own start), else the rest of
   * the finding's line from its column; the text's first line when the finding has no position.
   */
  static Range range(String text, LineIndex lines, Finding f) {
    Optional<SourcePosition> position = f.position();
    if (position.isEmpty()) {
      int end = TextChanges.lineEnd(text, 0);
      return new Range(new Position(0, 0), new Position(0, end));
    }
    int line = Math.max(0, position.get().line() - 1);
    int lineStart = lines.lineStart(line);
    if (lineStart < 0) {
      Position p = lines.position(text.length());
      return new Range(p, p);
    }
    int column = Math.max(0, position.get().column() - 1);
    int lineEnd = TextChanges.lineEnd(text, lineStart);
    int at = Math.min(lineStart + column, lineEnd);
    if (f.span().isPresent() && (f.path().isEmpty() || spannedAt(text, at, f))) {
      int end = Math.min(at + f.span().get().length(), text.length());
      return new Range(lines.position(at), lines.position(end));
    }
    String element = f.text();
    int searchEnd = lines.lineStart(line + 8);
    int limit = searchEnd < 0 ? text.length() : Math.min(text.length(), searchEnd + element.length());
    int inWindow = element.isEmpty() ? -1 : text.substring(lineStart, limit).indexOf(element);
    int found = inWindow < 0 ? -1 : lineStart + inWindow;
    if (found >= 0) {
      int start = found;
      int end = found + element.length();
      if (f.span().isPresent() && f.span().get().end() <= element.length()) {
        start = found + f.span().get().start();
        end = found + f.span().get().end();
      }
      return new Range(lines.position(start), lines.position(end));
    }
    return new Range(lines.position(at), lines.position(Math.max(at, lineEnd)));
  }

  /** Whether the characters of the finding's span are at {@code at} in the text. */
  private static boolean spannedAt(String text, int at, Finding f) {
    int start = Math.min(f.span().get().start(), f.text().length());
    int end = Math.min(f.span().get().end(), f.text().length());
    return text.regionMatches(at, f.text(), start, Math.max(start, end) - start);
  }
}
