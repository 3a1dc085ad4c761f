package dev.okr.lint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a {@link LintRule}, written on its class. {@link RuleMetadata#of(Class)} reads
 * it and checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The stable kebab-case id, e.g. {@code kr-task-like}; part of the public API once released. */
  String id();

  /** One line that says what the rule finds. */
  String summary();

  /**
   * The messages its findings carry, one template each: the words in braces stand for what varies
   * from finding to finding ({@code Key result "{statement}" has no target: nothing says what
   * scores 1.0}); the rest is written as the rule writes it. They are stable API, listed in the
   * rules table of {@code okr-lint/docs/README.md}; {@link RuleMetadata#matchesMessage(String)}
   * tells whether a message is one of them.
   */
  String[] messages() default {};

  /** What the rule looks at. */
  Category category();

  /** The severity of its findings unless configured otherwise. */
  Severity severity();

  /**
   * The OKR practice rule(s) it enforces, by their ids on {@code docs/okr-practice.md}, e.g. {@code
   * "R2, R12"}, or {@code "none"} for a rule that checks the input; {@link PracticeRules#of(String)}
   * gives each one's statement and section. Shown to users only with that statement or link.
   */
  String productRule();

  /** Whether the rule judges wording by heuristics and so reports a confidence below 1. */
  boolean heuristic() default false;

  /**
   * The id of the rule this one defers to, or empty. When that rule runs and reports an element
   * (at the configured minimum confidence, suppressed or not), the linter drops this rule's
   * findings on the same element; when it is disabled or absent, this rule reports as usual. So a
   * rule says once, here, that another one's finding already says it better, and disabling one
   * rule never makes another fire unexpectedly.
   */
  String supersededBy() default "";
}
