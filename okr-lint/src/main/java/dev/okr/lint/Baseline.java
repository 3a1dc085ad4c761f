package dev.okr.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now, so that adopting a rule on an existing OKR backlog
 * fails only on new findings. Create one from a report, store it as JSON next to the OKRs, apply it
 * to later reports, and prune it as the old findings are fixed. Findings match by file and {@link
 * Finding#fingerprint() fingerprint}, each entry once. Immutable.
 */
public final class Baseline {
  /** The format version written and read. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<Entry> entries;

  /** One accepted finding: its file, fingerprint, and for people reading the file, rule, path and message. */
  public static final class Entry {
    private final String file;
    private final String fingerprint;
    private final String ruleId;
    private final String path;
    private final String message;

    Entry(String file, String fingerprint, String ruleId, String path, String message) {
      this.file = file;
      this.fingerprint = fingerprint;
      this.ruleId = ruleId;
      this.path = path;
      this.message = message;
    }

    /** The file, or empty for a document held in memory. */
    public String file() {
      return file;
    }

    /** The finding's fingerprint. */
    public String fingerprint() {
      return fingerprint;
    }

    /** The rule id. */
    public String ruleId() {
      return ruleId;
    }

    /** The element's path when the baseline was made. */
    public String path() {
      return path;
    }

    /** The message when the baseline was made. */
    public String message() {
      return message;
    }

    String key() {
      return file + "\u0000" + fingerprint;
    }
  }

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A baseline that accepts nothing. */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /** A baseline that accepts every finding of the report that is active or already baselined. */
  public static Baseline of(LintReport report) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.status() != Finding.Status.SUPPRESSED) {
        entries.add(new Entry(f.file().orElse(""), f.fingerprint(), f.ruleId(), f.path(), f.message()));
      }
    }
    return new Baseline(entries);
  }

  /** The accepted findings. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The report with each active finding that the baseline accepts marked {@link
   * Finding.Status#BASELINED}.
   */
  public LintReport apply(LintReport report) {
    Map<String, Integer> left = counts();
    List<Finding> out = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      String key = f.file().orElse("") + "\u0000" + f.fingerprint();
      Integer n = left.get(key);
      if (f.isActive() && n != null && n > 0) {
        left.put(key, n - 1);
        out.add(Finding.builder().from(f).status(Finding.Status.BASELINED).justification("listed in the baseline").build());
      } else {
        out.add(f);
      }
    }
    return report.withFindings(out);
  }

  /** This baseline without the entries that no longer match a finding of the report (fixed ones). */
  public Baseline prune(LintReport report) {
    Map<String, Integer> found = new HashMap<>();
    for (Finding f : report.findings()) {
      if (f.status() != Finding.Status.SUPPRESSED) {
        found.merge(f.file().orElse("") + "\u0000" + f.fingerprint(), 1, Integer::sum);
      }
    }
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      Integer n = found.get(e.key());
      if (n != null && n > 0) {
        found.put(e.key(), n - 1);
        kept.add(e);
      }
    }
    return new Baseline(kept);
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      counts.merge(e.key(), 1, Integer::sum);
    }
    return counts;
  }

  /** The JSON form, stable and diff-friendly: entries in the order found. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("okrLintBaseline", VERSION);
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries) {
      ObjectNode n = list.addObject();
      n.put("file", e.file);
      n.put("fingerprint", e.fingerprint);
      n.put("rule", e.ruleId);
      n.put("path", e.path);
      n.put("message", e.message);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the JSON form.
   *
   * @throws IllegalArgumentException naming what is wrong and where when the text is not a baseline
   */
  public static Baseline fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("baseline is not valid JSON at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || root.path("okrLintBaseline").asInt(-1) != VERSION) {
      throw new IllegalArgumentException("not an okr-lint baseline: expected {\"okrLintBaseline\": " + VERSION + ", \"findings\": [...]}");
    }
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new IllegalArgumentException("baseline: \"findings\" must be a list");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String fingerprint = n.path("fingerprint").asText("");
      if (fingerprint.isEmpty()) {
        throw new IllegalArgumentException("baseline: findings[" + i + "].fingerprint is missing");
      }
      entries.add(new Entry(n.path("file").asText(""), fingerprint, n.path("rule").asText(""),
          n.path("path").asText(""), n.path("message").asText("")));
    }
    return new Baseline(entries);
  }
}
