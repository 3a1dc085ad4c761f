/**
 * okr-lint: a rule engine that finds task-like key results and the other pitfalls of OKR practice
 * (docs/okr-practice.md), with positions, suggested rewrites, suppressions, baselines and text,
 * JSON and SARIF reports.
 * Third-party rules are discovered as {@link dev.okr.lint.LintRule} services.
 */
module dev.okr.lint {
  requires transitive dev.okr.core;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports dev.okr.lint;
  exports dev.okr.lint.rules;
  exports dev.okr.lint.testing;

  uses dev.okr.lint.LintRule;
}
