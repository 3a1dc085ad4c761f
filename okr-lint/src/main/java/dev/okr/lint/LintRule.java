package dev.okr.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One check over an OKR document. A rule is stateless and thread-safe: one instance serves every
 * lint call. It describes itself with {@link RuleInfo} on its class and implements the nested
 * interface of each element it looks at, e.g. {@link KeyResultRule}: the type says what a rule
 * checks, and the linter calls its {@code check} method once per such element, in document order.
 * The rule reports through the {@link Reporter}.
 *
 * <pre>{@code
 * public final class CodenameRule implements LintRule.KeyResultRule {   // with @RuleInfo(id = "acme-kr-codename", ...)
 *   public void check(KeyResultScope keyResult, Reporter out) { ... }
 * }
 * }</pre>
 *
 * <p>Third-party rules are found by {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/dev.okr.lint.LintRule} (or {@code provides dev.okr.lint.LintRule with ...} in
 * a module) and give it a public no-argument constructor. Test them with {@link
 * dev.okr.lint.testing.RuleFixture}.
 */
public sealed interface LintRule
    permits LintRule.DocumentRule, LintRule.TeamRule, LintRule.ObjectiveRule, LintRule.KeyResultRule,
        LintRule.InitiativeRule, LintRule.UnplacedLineRule {

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

  /** A rule that checks the whole document once. */
  non-sealed interface DocumentRule extends LintRule {
    /** Checks the whole document. */
    void check(DocumentScope document, Reporter out);
  }

  /** A rule that checks the objectives of each team (owner) in each cycle. */
  non-sealed interface TeamRule extends LintRule {
    /** Checks the objectives of one team in one cycle. */
    void check(TeamScope team, Reporter out);
  }

  /** A rule that checks each objective. */
  non-sealed interface ObjectiveRule extends LintRule {
    /** Checks one objective. */
    void check(ObjectiveScope objective, Reporter out);
  }

  /**
   * A rule that checks each key result. One of category {@link Category#STATEMENT} also checks
   * the lines of an outline that read as key-result statements, and does not see a statement the
   * reader could not read (see {@link Linter#lint(Document)}).
   */
  non-sealed interface KeyResultRule extends LintRule {
    /** Checks one key result. */
    void check(KeyResultScope keyResult, Reporter out);
  }

  /** A rule that checks each initiative. */
  non-sealed interface InitiativeRule extends LintRule {
    /** Checks one initiative. */
    void check(InitiativeScope initiative, Reporter out);
  }

  /** A rule that checks each line of an outline that its reader did not place ({@link Document#unplaced()}). */
  non-sealed interface UnplacedLineRule extends LintRule {
    /** Checks one unplaced line. */
    void check(UnplacedScope line, Reporter out);
  }
}
