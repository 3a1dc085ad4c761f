package dev.okr.lint;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A team's own words, added to the built-in ones: verbs that announce outputs ("demo", "hand
 * over"), metric phrases that are outcomes ("qualified pipeline"), vanity metrics ("badge
 * count"), and vague verbs ("revamp"). Words are matched case-insensitively as whole words.
 */
@Value.Immutable
public interface Vocabulary {

  /** Verbs that make a statement an output or activity, e.g. {@code demo}. */
  Set<String> outputVerbs();

  /** Metric phrases that measure an outcome, e.g. {@code qualified pipeline}. */
  Set<String> outcomeMetrics();

  /** Metric phrases that flatter without showing an outcome, e.g. {@code badge count}. */
  Set<String> vanityMetrics();

  /** Verbs too vague to be measured without a number, e.g. {@code revamp}. */
  Set<String> vagueVerbs();

  /** No extra words. */
  static Vocabulary empty() {
    return builder().build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Whether no extra words are given. */
  default boolean isEmpty() {
    return outputVerbs().isEmpty() && outcomeMetrics().isEmpty() && vanityMetrics().isEmpty() && vagueVerbs().isEmpty();
  }

  /**
   * Builds a {@link Vocabulary} of a team's own words, added to the built-in ones; nothing is
   * required. {@code addOutputVerb} ("demo"), {@code addOutcomeMetric} ("qualified pipeline"),
   * {@code addVanityMetric} ("badge count") and {@code addVagueVerb} each add one word or phrase;
   * the plural forms add many. A builder is not thread-safe; the vocabulary it builds is immutable.
   */
  final class Builder extends ImmutableVocabulary.Builder {}
}
