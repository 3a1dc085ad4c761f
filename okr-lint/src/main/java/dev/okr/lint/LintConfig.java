package dev.okr.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a {@link Linter} runs: rules disabled, severities overridden, the minimum confidence of
 * heuristic findings, thresholds, extra vocabulary, and the date at which check-ins are judged.
 * Build one in Java or load a {@code .okrlint.yaml}:
 *
 * <pre>{@code
 * minConfidence: 0.6
 * asOf: 2026-08-15
 * rules:
 *   kr-no-baseline: off
 *   okr-missing-kind: warning
 * thresholds:
 *   maxKeyResultsPerObjective: 4
 *   staleCheckInDays: 10
 * vocabulary:
 *   outputVerbs: [demo, hand over]
 *   vanityMetrics: [badge count]
 * }</pre>
 */
@Value.Immutable
public interface LintConfig {

  /** The conventional file name. */
  String FILE_NAME = ".okrlint.yaml";

  /** The ids of rules that do not run. */
  Set<String> disabledRules();

  /** Severities that replace rules' defaults, by rule id. */
  Map<String, Severity> severities();

  /**
   * Findings with a lower confidence are dropped: 0.5 by default, so a heuristic reports only what
   * it thinks more likely than not. Structural findings have confidence 1.
   */
  @Value.Default
  default double minConfidence() {
    return 0.5;
  }

  /** The date at which check-ins are judged; the linter's clock when absent. */
  Optional<LocalDate> asOf();

  /** The numbers the structural rules compare against. */
  @Value.Default
  default Thresholds thresholds() {
    return Thresholds.defaults();
  }

  /** A team's own words, added to the built-in vocabulary. */
  @Value.Default
  default Vocabulary vocabulary() {
    return Vocabulary.empty();
  }

  /** Whether the rule with this id runs. */
  default boolean isEnabled(String ruleId) {
    return !disabledRules().contains(ruleId);
  }

  /** The severity of a rule's findings under this configuration. */
  default Severity severityOf(RuleMetadata rule) {
    return severities().getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** The defaults: every rule on at its default severity. */
  static LintConfig defaults() {
    return Defaults.INSTANCE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a configuration from YAML text.
   *
   * @throws LintConfigException naming the setting, its line and what was expected
   */
  static LintConfig fromYaml(String yaml) {
    return LintConfigReader.read(yaml);
  }

  /**
   * Reads a configuration file, e.g. {@code .okrlint.yaml}.
   *
   * @throws LintConfigException naming the file, setting, line and what was expected
   * @throws IOException if the file cannot be read
   */
  static LintConfig load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return fromYaml(text);
    } catch (LintConfigException e) {
      throw e.inFile(file.toString());
    }
  }

  @Value.Check
  default void check() {
    if (!(minConfidence() >= 0 && minConfidence() <= 1)) {
      throw new LintConfigException("minConfidence", minConfidence(), 0, "must lie in [0, 1]");
    }
    for (String id : disabledRules()) {
      if (!RuleMetadata.ID.matcher(id).matches()) {
        throw new LintConfigException("rules", id, 0, "is not a rule id (kebab-case, e.g. kr-task-like)");
      }
    }
    for (String id : severities().keySet()) {
      if (!RuleMetadata.ID.matcher(id).matches()) {
        throw new LintConfigException("rules", id, 0, "is not a rule id (kebab-case, e.g. kr-task-like)");
      }
    }
  }

  /**
   * Builds a {@link LintConfig}; nothing is required. {@code addDisabledRule(id)} turns a rule off;
   * {@code putSeverity(id, severity)} changes a rule's severity; {@code minConfidence} (0.5 unless
   * set) drops heuristic findings less sure than it; {@code asOf} fixes the day that date-based
   * rules judge by (today unless set); {@code thresholds} and {@code vocabulary} replace the
   * defaults. {@code from(LintConfig.load(path))} starts from a {@code .okrlint.yaml}. {@code
   * build()} throws {@link LintConfigException} naming a malformed rule id or a value out of range.
   * A builder is not thread-safe; the configuration it builds is immutable.
   */
  final class Builder extends ImmutableLintConfig.Builder {}

  /** The shared default configuration. */
  final class Defaults {
    private Defaults() {}

    static final LintConfig INSTANCE = builder().build();
  }
}
