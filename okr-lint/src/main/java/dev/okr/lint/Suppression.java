package dev.okr.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A suppression written on an element: the rules it silences there and why. Its text form is
 * {@code "kr-task-like -- because the launch is the committed deliverable"}; several rules may be
 * named, separated by commas. In a Markdown outline it is a comment {@code <!-- okr-lint-disable
 * kr-task-like -- because ... -->} on the element's line or the line before it.
 */
@Value.Immutable
public interface Suppression {

  /** The ids of the rules silenced. */
  List<String> ruleIds();

  /** Why; never blank. */
  String reason();

  /** A suppression of one rule. */
  static Suppression of(String ruleId, String reason) {
    return ImmutableSuppression.builder().addRuleIds(ruleId).reason(reason).build();
  }

  /** The text form, as written in documents. */
  default String text() {
    return String.join(", ", ruleIds()) + " -- " + reason();
  }

  @Value.Check
  default void check() {
    if (ruleIds().isEmpty()) {
      throw new IllegalArgumentException("a suppression names at least one rule");
    }
    for (String id : ruleIds()) {
      if (!RuleMetadata.ID.matcher(id).matches()) {
        throw new IllegalArgumentException("\"" + id + "\" is not a rule id (kebab-case, e.g. kr-task-like)");
      }
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("a suppression needs a reason after \"--\"");
    }
  }

  /**
   * Reads the text form.
   *
   * @return the suppression, or empty with {@code error} filled when the text is malformed
   */
  static Optional<Suppression> parse(String text, StringBuilder error) {
    int dashes = text.indexOf("--");
    if (dashes < 0) {
      error.append("a suppression needs a reason: \"<rule-id> -- because ...\"");
      return Optional.empty();
    }
    String reason = text.substring(dashes + 2).trim();
    List<String> ids = new ArrayList<>();
    for (String part : text.substring(0, dashes).split("[,\\s]+")) {
      if (!part.isEmpty()) {
        ids.add(part);
      }
    }
    try {
      return Optional.of(ImmutableSuppression.builder().ruleIds(ids).reason(reason).build());
    } catch (IllegalArgumentException e) {
      error.append(e.getMessage());
      return Optional.empty();
    }
  }
}
