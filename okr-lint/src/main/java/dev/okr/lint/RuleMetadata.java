package dev.okr.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a rule is: its stable id, summary, the messages it reports, category, default severity, the
 * product rule it enforces, whether it is a heuristic, and the rule it defers to. Read from {@link
 * RuleInfo} by {@link #of(Class)}.
 */
@Value.Immutable
public interface RuleMetadata {
  /** Rule ids: lower-case words joined by single hyphens. */
  Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The stable kebab-case id. */
  String id();

  /** One line that says what the rule finds. */
  String summary();

  /**
   * The messages its findings carry, as templates: the words in braces stand for what varies from
   * finding to finding, e.g. {@code Key result "{statement}" has no target: nothing says what
   * scores 1.0}. Empty when the rule does not list them.
   */
  List<String> messages();

  /**
   * Whether a finding's message is one of {@link #messages()}: its text as written, each part in
   * braces standing for any text (none included).
   */
  default boolean matchesMessage(String message) {
    return MessageTemplates.matches(messages(), message);
  }

  /** What the rule looks at. */
  Category category();

  /** The severity of its findings unless configured otherwise. */
  Severity defaultSeverity();

  /**
   * The OKR practice rule(s) it enforces, by their ids on {@code docs/okr-practice.md}, e.g. {@code
   * "R2, R12"}, or {@code "none"} for a rule that checks the input; {@link PracticeRules#of(String)}
   * gives each one's statement and section. Shown to users only with that statement or link.
   */
  String productRule();

  /** Whether the rule judges wording by heuristics and reports a confidence below 1. */
  boolean heuristic();

  /** The id of the rule whose finding on the same element replaces this rule's; see {@link RuleInfo#supersededBy()}. */
  Optional<String> supersededBy();

  /**
   * The metadata written on a rule class with {@link RuleInfo}; read once per class.
   *
   * @throws IllegalArgumentException if the class has no {@code @RuleInfo} or its id is not
   *     kebab-case
   */
  static RuleMetadata of(Class<?> ruleClass) {
    return Cache.METADATA.get(ruleClass);
  }

  /** A new builder, for rules that compute their metadata instead of annotating their class. */
  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException("rule id \"" + id() + "\" is not kebab-case (e.g. kr-task-like)");
    }
    if (summary().isBlank()) {
      throw new IllegalArgumentException("rule " + id() + " needs a summary");
    }
    supersededBy().ifPresent(other -> {
      if (!ID.matcher(other).matches() || other.equals(id())) {
        throw new IllegalArgumentException("rule " + id() + " is superseded by \"" + other
            + "\", which is not the kebab-case id of another rule");
      }
    });
  }

  /** Builds {@link RuleMetadata}. */
  final class Builder extends ImmutableRuleMetadata.Builder {}

  /** Metadata read once per rule class. */
  final class Cache {
    private Cache() {}

    static final ClassValue<RuleMetadata> METADATA = new ClassValue<>() {
      @Override
      protected RuleMetadata computeValue(Class<?> type) {
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) {
          throw new IllegalArgumentException(
              type.getName() + " has no @RuleInfo; annotate it or override LintRule.metadata()");
        }
        return builder()
            .id(info.id())
            .summary(info.summary())
            .addMessages(info.messages())
            .category(info.category())
            .defaultSeverity(info.severity())
            .productRule(info.productRule())
            .heuristic(info.heuristic())
            .supersededBy(info.supersededBy().isEmpty() ? Optional.empty() : Optional.of(info.supersededBy()))
            .build();
      }
    };
  }
}
