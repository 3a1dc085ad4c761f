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
   * as suppressed. Each rule's {@code helpUri} is its page under {@link #DEFAULT_DOCS_BASE_URL};
   * {@link #sarif(LintReport, String)} takes another base.
   */
  SARIF {
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
      out.append(SarifReportWriter.write(report));
    }
  };

  /**
   * The base URL SARIF's {@code helpUri} links are resolved against unless another is given: the
   * project's site, which serves the repository's files by their paths. A built-in rule's page is
   * {@code okr-lint/docs/rules/<id>.md} under it and the OKR practice rules are {@code
   * docs/okr-practice.md}; pass e.g. {@code https://github.com/<owner>/okr/blob/<tag>/} to {@link
   * #sarif(LintReport, String)} to link a repository instead.
   */
  public static final String DEFAULT_DOCS_BASE_URL = "https://okr.dev/";

  /**
   * The report as SARIF (see {@link #SARIF}), with {@code helpUri} and the links of the rules' help
   * pages resolved against {@code docsBaseUrl}.
   *
   * @param docsBaseUrl an absolute http(s) URL under which the repository's files are served; a
   *     missing final {@code /} is added
   * @throws IllegalArgumentException if {@code docsBaseUrl} is not an absolute http or https URL
   */
  public static String sarif(LintReport report, String docsBaseUrl) {
    return SarifReportWriter.write(report, docsBaseUrl);
  }

  /**
   * The base URL as {@link #sarif(LintReport, String)} uses it: checked, and ending in {@code /}.
   *
   * @throws IllegalArgumentException if it is not an absolute http or https URL
   */
  public static String docsBase(String docsBaseUrl) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(docsBaseUrl.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("docs base URL \"" + docsBaseUrl + "\" is not a URL: " + e.getReason(), e);
    }
    if (!uri.isAbsolute() || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException("docs base URL \"" + docsBaseUrl
          + "\" must be an absolute http or https URL, e.g. https://github.com/<owner>/okr/blob/main/");
    }
    String s = uri.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  /**
   * The page that documents a rule or engine diagnostic of a report, as {@link #sarif(LintReport,
   * String)} links it ({@code helpUri}): a built-in rule's page {@code okr-lint/docs/rules/<id>.md}
   * under {@code docsBaseUrl}, an engine diagnostic's {@code okr-lint/docs/diagnostics/<id>.md}, a
   * team's own rule the practice rule it stands for; empty when there is none.
   *
   * @throws IllegalArgumentException if {@code docsBaseUrl} is not an absolute http or https URL
   */
  public static java.util.Optional<String> helpUri(LintReport report, String ruleId, String docsBaseUrl) {
    String base = docsBase(docsBaseUrl);
    for (RuleMetadata m : report.rules()) {
      if (m.id().equals(ruleId)) {
        return SarifReportWriter.ruleHelpUri(m, base);
      }
    }
    return EngineDiagnostic.of(ruleId).map(d -> SarifReportWriter.diagnosticHelpUri(d, base));
  }

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
