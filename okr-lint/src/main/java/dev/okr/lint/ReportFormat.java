package dev.okr.lint;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The forms a {@link LintReport} can be written in. */
public enum ReportFormat {
  /** For people: active findings grouped by file, each with its span marked and its suggestion. */
  TEXT {
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
      TextReportWriter.write(report, out);
    }
  },
  /**
   * For programs: a summary and every finding with all its fields ({@code ruleId, severity,
   * category, message, file, line, column, path, elementId, text, span, suggestion, confidence,
   * fingerprint, status, justification}; {@code null} where absent).
   */
  JSON {
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
      out.append(JsonReportWriter.write(report));
    }
  },
  /** For programs that stream: each finding as in {@link #JSON}, one JSON object a line. */
  JSON_LINES {
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
      out.append(JsonReportWriter.writeLines(report));
    }
  },
  /**
   * SARIF 2.1.0 as GitHub code scanning accepts it: the rules with their help pages, the results
   * with physical and logical locations, fingerprints, and suppressed or baselined findings marked
   * as suppressed.
   */
  SARIF {
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
      out.append(SarifReportWriter.write(report));
    }
  };

  /** Writes the report in this form. */
  public abstract void write(LintReport report, Appendable out) throws IOException;

  /** The report in this form, as a string. */
  public String render(LintReport report) {
    StringBuilder b = new StringBuilder();
    try {
      write(report, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
