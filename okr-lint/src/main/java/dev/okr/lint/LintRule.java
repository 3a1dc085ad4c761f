package dev.okr.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One check over an OKR document. A rule is stateless and thread-safe: one instance serves every
 * lint call. It describes itself with {@link RuleInfo} on its class and overrides the {@code
 * check*} methods of the scopes it looks at; the linter calls each once per element, in document
 * order, and the rule reports through the {@link Reporter}.
 *
 * <p>Third-party rules are found by {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/dev.okr.lint.LintRule} (or {@code provides dev.okr.lint.LintRule with ...} in
 * a module) and give it a public no-argument constructor.
 */
public interface LintRule {

  /** The rule's metadata; by default read from {@link RuleInfo} on its class. */
  default RuleMetadata metadata() {
    return RuleMetadata.of(getClass());
  }

  /**
   * The rule's page of explanation in Markdown, with a bad and a good example. By default read
   * from the resource {@code docs/<id>.md} beside the rule's class; a rule in a named module that
   * does not open that package overrides this.
   */
  default Optional<String> documentation() {
    try (InputStream in = getClass().getResourceAsStream("docs/" + metadata().id() + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the whole document once. */
  default void checkDocument(DocumentScope document, Reporter out) {}

  /** Checks the objectives of one team (owner) in one cycle. */
  default void checkTeam(TeamScope team, Reporter out) {}

  /** Checks one objective. */
  default void checkObjective(ObjectiveScope objective, Reporter out) {}

  /** Checks one key result. */
  default void checkKeyResult(KeyResultScope keyResult, Reporter out) {}

  /** Checks one initiative. */
  default void checkInitiative(InitiativeScope initiative, Reporter out) {}
}
