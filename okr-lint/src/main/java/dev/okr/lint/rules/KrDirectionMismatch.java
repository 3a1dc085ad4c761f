package dev.okr.lint.rules;

import dev.okr.core.statement.Direction;
import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.Phrase;
import dev.okr.core.statement.Quantity;
import dev.okr.lint.Category;
import dev.okr.lint.Edit;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A key result whose verb goes one way and whose numbers the other: "Increase conversion from 2% to
 * 1%", "Decrease NPS from 42 to 60", "Reduce churn to 8% (from 5%)". One of them is a typo, and a
 * scorer would follow the numbers. The statement reader compares baseline and target (in the same
 * unit, times converted) and keeps the verb's own way ({@link KeyResultStatement#verbDirection()});
 * this rule reports when they disagree.
 *
 * <p>"Improve", "optimize", "enhance" and "better" point to the better side: down for a metric that
 * falls as things improve ("Improve latency from 400 to 200 ms": latency, or a time) and up
 * otherwise. Nothing is reported without both numbers, without a verb that points a way, for a
 * change relative to the start, or when the numbers are equal. The fix offered replaces the verb
 * with the one the numbers go ("Reduce", "Increase"), for when the numbers are right.
 */
@RuleInfo(
    id = "kr-direction-mismatch",
    summary = "The verb and the numbers of a key result go opposite ways",
    messages = {
      "\"{verb}\" but the target {target} is {below or above} the baseline {baseline}",
      "\"{verb}\" but the target {target} is {below or above} the baseline {baseline}, and {metric} is better lower"},
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "none")
final class KrDirectionMismatch implements LintRule.KeyResultRule {
  /** Verbs that ask for the better value, whichever way that is. */
  static final Set<String> BETTER = Set.of("improve", "optimize", "optimise", "enhance", "better");

  /** The reader's units of time, which it converts into each other. */
  private static final Set<String> TIMES = Set.of("milliseconds", "seconds", "minutes", "hours", "days", "weeks",
      "months", "quarters", "years");

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    KeyResultStatement st = keyResult.statement();
    Optional<Phrase> verb = st.verb();
    Optional<Direction> said = st.verbDirection();
    if (verb.isEmpty() || said.isEmpty() || st.baseline().isEmpty() || st.target().isEmpty()
        || st.target().get().relative() || said.get() == Direction.MAINTAIN) {
      return;
    }
    Direction numbers = numbersDirection(st);
    if (numbers == null) {
      return;
    }
    boolean better = Wording.verbIn(verb.get().text(), BETTER);
    boolean lowerIsBetter = better && lowerIsBetter(st, keyResult.statementVocabulary().lowerIsBetterWords());
    Direction wanted = better ? (lowerIsBetter ? Direction.DECREASE : Direction.INCREASE) : said.get();
    if (numbers == wanted) {
      return;
    }
    Quantity baseline = st.baseline().get();
    Quantity target = st.target().get();
    String written = verb.get().text();
    String message = "\"" + written + "\" but the target " + target.text() + " is "
        + (numbers == Direction.DECREASE ? "below" : "above") + " the baseline " + baseline.text()
        + (lowerIsBetter ? ", and " + st.metric().map(Phrase::text).orElse("the metric") + " is better lower" : "");
    String other = numbers == Direction.DECREASE ? "Reduce" : "Increase";
    String replacing = Character.isLowerCase(written.charAt(0)) ? other.toLowerCase(Locale.ROOT) : other;
    out.report(keyResult, message)
        .span(verb.get().start(), verb.get().end())
        .suggestion("Check the numbers; if they are right, say the way they go: '" + other + " "
            + st.metric().map(Phrase::text).orElse("<metric>") + " from " + baseline.text() + " to " + target.text() + "'")
        .fix("Say \"" + replacing + "\" (if the numbers are right)",
            new Edit.ReplaceText(TextSpan.of(verb.get().start(), verb.get().end()), replacing));
  }

  /**
   * The way the numbers go, when the reader compared them: its direction is then INCREASE or
   * DECREASE, or REACH_ZERO from a positive baseline. Null when they are equal or were not compared
   * (the direction then comes from the verb, and agrees with it).
   */
  private static @Nullable Direction numbersDirection(KeyResultStatement st) {
    String from = st.baseline().get().unit().orElse("");
    String to = st.target().get().unit().orElse("");
    if (!from.equals(to) && !(TIMES.contains(from) && TIMES.contains(to))) {
      return null; // "from 5% to $40": not compared
    }
    Direction d = st.direction().orElse(null);
    if (d == Direction.REACH_ZERO) {
      return st.baseline().get().value() > 0 ? Direction.DECREASE : null;
    }
    return d == Direction.INCREASE || d == Direction.DECREASE ? d : null;
  }

  /** Whether the metric falls as things improve: a lower-is-better word in it, or a target in time. */
  private static boolean lowerIsBetter(KeyResultStatement st, Set<String> lowerIsBetterWords) {
    String unit = st.target().flatMap(Quantity::unit).orElse("");
    if (TIMES.contains(unit)) {
      return true;
    }
    String metric = st.metric().map(p -> p.text().toLowerCase(Locale.ROOT)).orElse("");
    for (String word : metric.split("[^\\p{L}\\p{N}]+")) {
      if (lowerIsBetterWords.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
