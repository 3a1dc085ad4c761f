package dev.okr.scoring;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why a score is what it is, for a user interface to show: the strategy, the policies applied, the
 * inputs read and the formula with the numbers filled in.
 */
@Value.Immutable
public interface Explanation {

  /** The strategy's name, e.g. {@code linear}. */
  String strategy();

  /** The policies applied, by name, in a stable order, e.g. {@code overshoot=cap}. */
  Map<String, String> policy();

  /** The inputs read, by name, in a stable order, e.g. {@code baseline=100}, {@code current=50}. */
  Map<String, String> inputs();

  /**
   * The formula with the numbers filled in, e.g. {@code attainment = (50 - 100) / (60 - 100) =
   * 1.25; score = min(1.25, 1) = 1}; for an unscored key result, why it has no score.
   */
  String formula();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The explanation as text, one part a line. */
  default String render() {
    return "strategy: " + strategy()
        + "\npolicy: " + join(policy())
        + "\ninputs: " + join(inputs())
        + "\nformula: " + formula();
  }

  /** The input with this name, when it was read. */
  default Optional<String> input(String name) {
    return Optional.ofNullable(inputs().get(name));
  }

  private static String join(Map<String, String> entries) {
    return entries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Builds an {@link Explanation}. */
  final class Builder extends ImmutableExplanation.Builder {}
}
