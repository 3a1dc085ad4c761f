package dev.okr.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Writes the JSON report: a summary and every finding with all its fields. */
final class JsonReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectWriter LINE = new ObjectMapper().writer();

  private JsonReportWriter() {}

  /**
   * One finding as JSON, every field present ({@code null} where absent): {@code ruleId,
   * severity, category, message, file, line, column, codePointColumn, path, elementId, text, span,
   * suggestion, fixes, confidence, fingerprint, status, justification}. The report and JSON lines
   * share it. {@code fixes} is a list, empty when there are none, of {@code {title, replacements}},
   * each replacement {@code {startOffset, endOffset, startLine, startColumn, endLine, endColumn,
   * text}} in the document's text ({@link Replacement}).
   *
   * <p>Positions come in two units, so that every editor can use them: {@code column} and the
   * span's {@code start} and {@code end} count UTF-16 code units (Java, JavaScript, LSP, SARIF's
   * default {@code columnKind}); {@code codePointColumn} and the span's {@code codePointStart} and
   * {@code codePointEnd} count code points (Python). They differ after a character outside the
   * Basic Multilingual Plane, such as an emoji. {@code codePointColumn} is {@code null} when the
   * linter did not have the document's text ({@link Finding#codePointColumn()}).
   */
  static ObjectNode finding(Finding f) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("severity", f.severity().id());
    n.put("category", f.category().id());
    n.put("message", f.message());
    n.put("file", f.file().orElse(null));
    n.put("line", f.position().map(p -> p.line()).orElse(null));
    n.put("column", f.position().map(p -> p.column()).orElse(null));
    if (f.codePointColumn().isPresent()) {
      n.put("codePointColumn", f.codePointColumn().getAsInt());
    } else {
      n.putNull("codePointColumn");
    }
    n.put("path", f.path());
    n.put("elementId", f.elementId().orElse(null));
    n.put("text", f.text());
    if (f.span().isPresent()) {
      ObjectNode span = n.putObject("span");
      span.put("start", f.span().get().start());
      span.put("end", f.span().get().end());
      span.put("codePointStart", f.span().get().codePointStart(f.text()));
      span.put("codePointEnd", f.span().get().codePointEnd(f.text()));
    } else {
      n.putNull("span");
    }
    n.put("suggestion", f.suggestion().orElse(null));
    ArrayNode fixes = n.putArray("fixes");
    for (Fix fix : f.fixes()) {
      ObjectNode x = fixes.addObject();
      x.put("title", fix.title());
      ArrayNode replacements = x.putArray("replacements");
      for (Replacement r : fix.replacements()) {
        ObjectNode o = replacements.addObject();
        o.put("startOffset", r.startOffset());
        o.put("endOffset", r.endOffset());
        o.put("startLine", r.startLine());
        o.put("startColumn", r.startColumn());
        o.put("endLine", r.endLine());
        o.put("endColumn", r.endColumn());
        o.put("text", r.text());
      }
    }
    n.put("confidence", f.confidence());
    n.put("fingerprint", f.fingerprint());
    n.put("status", f.status().name().toLowerCase(Locale.ROOT));
    n.put("justification", f.justification().orElse(null));
    return n;
  }

  /** One finding a line, for tools that stream. */
  static String writeLines(LintReport report) {
    StringBuilder out = new StringBuilder();
    try {
      for (Finding f : report.findings()) {
        out.append(LINE.writeValueAsString(finding(f))).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  static String write(LintReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "okr-lint");
    root.put("version", Versions.TOOL);
    ObjectNode summary = root.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(s.id() + (s == Severity.INFO ? "" : "s"), report.count(s));
    }
    summary.put("suppressed", report.findings().stream().filter(f -> f.status() == Finding.Status.SUPPRESSED).count());
    summary.put("baselined", report.findings().stream().filter(f -> f.status() == Finding.Status.BASELINED).count());
    ArrayNode list = root.putArray("findings");
    for (Finding f : report.findings()) {
      list.add(finding(f));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
