package dev.okr.lint;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the human report: findings grouped by file, the offending span underlined. */
final class TextReportWriter {
  private static final String IN_MEMORY = "(document)";

  private TextReportWriter() {}

  static void write(LintReport report, Appendable out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : report.active()) {
      byFile.computeIfAbsent(f.file().orElse(IN_MEMORY), k -> new java.util.ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.append(e.getKey()).append('\n');
      for (Finding f : e.getValue()) {
        String where = f.position().map(p -> p.line() + ":" + p.column()).orElse(f.path().isEmpty() ? "-" : f.path());
        out.append("  ").append(where).append("  ").append(f.severity().id()).append("  ").append(f.message())
            .append("  [").append(f.ruleId());
        if (f.confidence() < 1) {
          out.append(String.format(Locale.ROOT, ", confidence %.2f", f.confidence()));
        }
        out.append("]\n");
        if (!f.text().isEmpty() && f.text().indexOf('\n') < 0) {
          out.append("      | ").append(f.text()).append('\n');
          if (f.span().isPresent() && f.span().get().length() > 0) {
            TextSpan s = f.span().get();
            out.append("      | ").append(" ".repeat(s.start())).append("^".repeat(s.length())).append('\n');
          }
        }
        if (f.suggestion().isPresent()) {
          out.append("      = suggestion: ").append(f.suggestion().get()).append('\n');
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
