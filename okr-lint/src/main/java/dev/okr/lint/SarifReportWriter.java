package dev.okr.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okr.lint.rules.BuiltInRules;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes SARIF 2.1.0 with Jackson. No SARIF library on Maven Central is kept up to date (the
 * generated POJO libraries were last released in 2021 and pin old Jackson versions), and the
 * subset code scanning reads is small: tool.driver with rules, results with locations,
 * fingerprints, suppressions and fixes.
 */
final class SarifReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "okrLintFingerprint/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Where built-in rules' pages are, relative to the repository root. */
  static final String RULE_DOCS = "okr-lint/docs/rules/";
  /** Where the engine's diagnostics' pages are, relative to the repository root. */
  static final String DIAGNOSTIC_DOCS = "okr-lint/docs/diagnostics/";
  private static final Set<String> BUILT_IN = BuiltInRules.all().stream()
      .map(r -> r.metadata().id())
      .collect(Collectors.toUnmodifiableSet());

  private SarifReportWriter() {}

  /**
   * A rule's {@code helpUri} under {@code base} (checked, ending in {@code /}): a built-in rule's
   * page, else the first practice rule it stands for; empty for a team's own rule with neither.
   */
  static Optional<String> ruleHelpUri(RuleMetadata m, String base) {
    if (BUILT_IN.contains(m.id())) {
      return Optional.of(base + RULE_DOCS + m.id() + ".md");
    }
    List<PracticeRules.Rule> practice = PracticeRules.of(m.productRule());
    return practice.isEmpty() ? Optional.empty() : Optional.of(base + practice.get(0).link());
  }

  /** An engine diagnostic's {@code helpUri} under {@code base}. */
  static String diagnosticHelpUri(EngineDiagnostic d, String base) {
    return base + DIAGNOSTIC_DOCS + d.id() + ".md";
  }

  static String write(LintReport report) {
    return write(report, ReportFormat.DEFAULT_DOCS_BASE_URL);
  }

  /**
   * The report as SARIF, with each rule's {@code helpUri} and the links of its help page resolved
   * against {@code docsBaseUrl}, the absolute URL under which the repository's files are served
   * (ending in {@code /}): a built-in rule's page is {@code okr-lint/docs/rules/<id>.md} under it,
   * the practice rules' page {@code docs/okr-practice.md}.
   */
  static String write(LintReport report, String docsBaseUrl) {
    String base = ReportFormat.docsBase(docsBaseUrl);
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "okr-lint");
    driver.put("version", Versions.TOOL);
    driver.put("informationUri", "https://okr.dev");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    List<RuleMetadata> ruleList = report.rules();
    for (int i = 0; i < ruleList.size(); i++) {
      RuleMetadata m = ruleList.get(i);
      index.put(m.id(), i);
      ObjectNode r = rules.addObject();
      r.put("id", m.id());
      r.put("name", pascal(m.id()));
      r.putObject("shortDescription").put("text", m.summary());
      List<PracticeRules.Rule> practice = PracticeRules.of(m.productRule());
      r.putObject("fullDescription").put("text", fullDescription(m, practice));
      String doc = report.ruleDocumentation().get(m.id());
      ruleHelpUri(m, base).ifPresent(uri -> r.put("helpUri", uri));
      ObjectNode help = r.putObject("help");
      help.put("text", m.summary());
      if (doc != null) {
        help.put("markdown", doc.replace("](../../../docs/", "](" + base + "docs/"));
      }
      r.putObject("defaultConfiguration").put("level", m.defaultSeverity().sarifLevel());
      ObjectNode props = r.putObject("properties");
      props.putArray("tags").add("okr").add(m.category().id());
      props.put("productRule", m.productRule());
      ArrayNode links = props.putArray("practice");
      practice.forEach(p -> links.add(base + p.link()));
      props.put("heuristic", m.heuristic());
    }
    // The engine's diagnostics found in this report, described after the rules (SARIF calls every
    // kind of result a rule) and tagged as the engine's.
    Set<EngineDiagnostic> diagnostics = new LinkedHashSet<>();
    for (EngineDiagnostic d : EngineDiagnostic.values()) {
      if (!index.containsKey(d.id()) && report.findings().stream().anyMatch(f -> f.ruleId().equals(d.id()))) {
        diagnostics.add(d);
      }
    }
    for (EngineDiagnostic d : diagnostics) {
      index.put(d.id(), rules.size());
      ObjectNode r = rules.addObject();
      r.put("id", d.id());
      r.put("name", pascal(d.id()));
      r.putObject("shortDescription").put("text", d.summary());
      r.putObject("fullDescription").put("text", d.summary() + ". Reported by the linter itself, not by a rule.");
      r.put("helpUri", diagnosticHelpUri(d, base));
      ObjectNode help = r.putObject("help");
      help.put("text", d.summary());
      d.documentation().ifPresent(doc -> help.put("markdown", doc.replace("](../../../docs/", "](" + base + "docs/")));
      r.putObject("defaultConfiguration").put("level", d.defaultSeverity().sarifLevel());
      ObjectNode props = r.putObject("properties");
      props.putArray("tags").add("okr").add(d.category().id()).add("engine");
      props.put("productRule", "none");
      props.putArray("practice");
      props.put("heuristic", false);
    }
    boolean baselined = report.findings().stream().anyMatch(f -> f.status() == Finding.Status.BASELINED);
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      Integer i = index.get(f.ruleId());
      if (i != null) {
        r.put("ruleIndex", i);
      }
      r.put("level", f.severity().sarifLevel());
      r.putObject("message").put("text", f.message() + f.suggestion().map(s -> " Suggestion: " + s).orElse(""));
      ObjectNode location = r.putArray("locations").addObject();
      if (f.file().isPresent()) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", f.file().get().replace('\\', '/'));
        f.position().ifPresent(p -> {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", p.line());
          region.put("startColumn", p.column());
          if (f.span().isPresent() && f.text().indexOf('\n') < 0) {
            region.put("endColumn", p.column() + f.span().get().length());
            region.putObject("snippet").put("text", f.text().substring(f.span().get().start(), f.span().get().end()));
          }
        });
      }
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("fullyQualifiedName", f.path().isEmpty() ? "document" : f.path());
      f.elementId().ifPresent(id -> logical.put("name", id));
      logical.put("kind", "object");
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
      if (f.status() != Finding.Status.ACTIVE) {
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", f.status() == Finding.Status.SUPPRESSED ? "inSource" : "external");
        s.put("status", "accepted");
        f.justification().ifPresent(j -> s.put("justification", j));
      }
      if (baselined) {
        r.put("baselineState", f.status() == Finding.Status.BASELINED ? "unchanged" : "new");
      }
      if (!f.fixes().isEmpty() && f.file().isPresent()) {
        ArrayNode fixes = r.putArray("fixes");
        for (Fix fix : f.fixes()) {
          ObjectNode x = fixes.addObject();
          x.putObject("description").put("text", fix.title());
          ObjectNode change = x.putArray("artifactChanges").addObject();
          change.putObject("artifactLocation").put("uri", f.file().get().replace('\\', '/'));
          ArrayNode replacements = change.putArray("replacements");
          for (Replacement rep : fix.replacements()) {
            ObjectNode o = replacements.addObject();
            ObjectNode deleted = o.putObject("deletedRegion");
            deleted.put("startLine", rep.startLine());
            deleted.put("startColumn", rep.startColumn());
            deleted.put("endLine", rep.endLine());
            deleted.put("endColumn", rep.endColumn());
            deleted.put("charOffset", rep.startOffset());
            deleted.put("charLength", rep.endOffset() - rep.startOffset());
            o.putObject("insertedContent").put("text", rep.text());
          }
        }
      }
      ObjectNode props = r.putObject("properties");
      props.put("confidence", f.confidence());
      props.put("category", f.category().id());
      f.suggestion().ifPresent(s -> props.put("suggestion", s));
    }
    run.put("columnKind", "utf16CodeUnits");
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The summary and, for each practice rule it enforces, the rule in words and its section. */
  static String fullDescription(RuleMetadata m, List<PracticeRules.Rule> practice) {
    StringBuilder b = new StringBuilder(m.summary());
    if (!b.isEmpty() && ".!?".indexOf(b.charAt(b.length() - 1)) < 0) {
      b.append('.');
    }
    for (PracticeRules.Rule p : practice) {
      b.append(" OKR practice: ").append(p.statement()).append(" (").append(p.link()).append(").");
    }
    return b.toString();
  }

  /** {@code kr-task-like} as {@code KrTaskLike}. */
  static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return b.toString();
  }
}
