package dev.okr.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a lint call found: every finding in document order (active, suppressed and baselined), and
 * the rules that ran with their help text, so that reports can describe them.
 */
@Value.Immutable
public interface LintReport {

  /** All findings, in document order; see {@link Finding#status()}. */
  List<Finding> findings();

  /** The rules that ran, sorted by id. */
  List<RuleMetadata> rules();

  /** Each rule's documentation page in Markdown, by rule id, where it has one. */
  Map<String, String> ruleDocumentation();

  /** The findings that count. */
  default List<Finding> active() {
    return findings().stream().filter(Finding::isActive).toList();
  }

  /** The findings silenced by suppressions or the baseline. */
  default List<Finding> silenced() {
    return findings().stream().filter(f -> !f.isActive()).toList();
  }

  /** How many active findings have this severity. */
  default long count(Severity severity) {
    return findings().stream().filter(f -> f.isActive() && f.severity() == severity).count();
  }

  /** Whether any active finding is an error: the usual condition to fail a build. */
  default boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The same report with other findings, e.g. after a baseline is applied. */
  default LintReport withFindings(List<Finding> findings) {
    return builder().from(this).findings(findings).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The reports of several documents as one: findings in the order given, rules merged by id. */
  static LintReport merge(List<LintReport> reports) {
    List<Finding> findings = new ArrayList<>();
    Map<String, RuleMetadata> rules = new java.util.TreeMap<>();
    Map<String, String> docs = new LinkedHashMap<>();
    for (LintReport r : reports) {
      findings.addAll(r.findings());
      r.rules().forEach(m -> rules.putIfAbsent(m.id(), m));
      r.ruleDocumentation().forEach(docs::putIfAbsent);
    }
    return builder().findings(findings).rules(rules.values()).ruleDocumentation(docs).build();
  }

  /** Builds a {@link LintReport}. */
  final class Builder extends ImmutableLintReport.Builder {}
}
