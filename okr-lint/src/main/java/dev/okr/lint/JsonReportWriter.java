package dev.okr.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Writes the JSON report: a summary and every finding with all its fields. */
final class JsonReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

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
      ObjectNode n = list.addObject();
      n.put("rule", f.ruleId());
      n.put("severity", f.severity().id());
      n.put("category", f.category().id());
      n.put("message", f.message());
      f.file().ifPresent(v -> n.put("file", v));
      f.position().ifPresent(p -> {
        n.put("line", p.line());
        n.put("column", p.column());
      });
      n.put("path", f.path());
      f.elementId().ifPresent(v -> n.put("elementId", v));
      n.put("text", f.text());
      f.span().ifPresent(s -> {
        ObjectNode span = n.putObject("span");
        span.put("start", s.start());
        span.put("end", s.end());
      });
      f.suggestion().ifPresent(v -> n.put("suggestion", v));
      n.put("confidence", f.confidence());
      n.put("fingerprint", f.fingerprint());
      n.put("status", f.status().name().toLowerCase(Locale.ROOT));
      f.justification().ifPresent(v -> n.put("justification", v));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
