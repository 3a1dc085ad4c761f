package dev.okr.lint;

import dev.okr.core.TerminalText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the human report: findings grouped by file, the offending span underlined. Every text from
 * the documents (file names, paths, messages, the text shown, suggestions) has its control
 * characters escaped ({@link TerminalText}), so that none can forge a report line or drive the
 * terminal; the underline follows the escaped text.
 */
final class TextReportWriter {
  private static final String IN_MEMORY = "(document)";

  private TextReportWriter() {}

  static void write(LintReport report, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : report.active()) {
      byFile.computeIfAbsent(f.file().orElse(IN_MEMORY), k -> new java.util.ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.append(TerminalText.escape(e.getKey())).append('\n');
      for (Finding f : e.getValue()) {
        String where = f.position().map(p -> p.line() + ":" + p.column()).orElse(f.path().isEmpty() ? "-" : f.path());
        out.append("  ").append(TerminalText.escape(where)).append("  ").append(f.severity().id()).append("  ")
            .append(TerminalText.escape(f.message()))
            .append("  [").append(f.ruleId());
        if (f.confidence() < 1) {
          out.append(String.format(Locale.ROOT, ", confidence %.2f", f.confidence()));
        }
        out.append("]\n");
        if (!f.text().isEmpty() && f.text().indexOf('\n') < 0) {
          out.append("      | ").append(TerminalText.escape(f.text())).append('\n');
          if (f.span().isPresent() && f.span().get().length() > 0) {
            TextSpan s = f.span().get();
            int start = Math.min(s.start(), f.text().length());
            int end = Math.min(s.start() + s.length(), f.text().length());
            int before = TerminalText.escape(f.text().substring(0, start)).length();
            int under = TerminalText.escape(f.text().substring(start, end)).length();
            out.append("      | ").append(" ".repeat(before)).append("^".repeat(under)).append('\n');
          }
        }
        if (f.suggestion().isPresent()) {
          out.append("      = suggestion: ").append(TerminalText.escape(f.suggestion().get())).append('\n');
        }
      }
      out.append('\n');
    }
    long suppressed = report.findings().stream().filter(f -> f.status() == Finding.Status.SUPPRESSED).count();
    long baselined = report.findings().stream().filter(f -> f.status() == Finding.Status.BASELINED).count();
    out.append(plural(report.count(Severity.ERROR), "error")).append(", ")
        .append(plural(report.count(Severity.WARNING), "warning")).append(", ")
        .append(plural(report.count(Severity.INFO), "info"));
    if (suppressed + baselined > 0) {
      out.append(" (").append(Long.toString(suppressed)).append(" suppressed, ")
          .append(Long.toString(baselined)).append(" in baseline)");
    }
    out.append('\n');
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
  }
}
