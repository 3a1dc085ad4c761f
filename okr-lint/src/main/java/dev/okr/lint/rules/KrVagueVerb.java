package dev.okr.lint.rules;

import dev.okr.core.statement.KeyResultStatement;
import dev.okr.core.statement.StatementKind;
import dev.okr.lint.Category;
import dev.okr.lint.KeyResultScope;
import dev.okr.lint.LintRule;
import dev.okr.lint.Reporter;
import dev.okr.lint.RuleInfo;
import dev.okr.lint.Severity;
import dev.okr.lint.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * A key result built on a vague verb — improve, optimize, enhance, better … — with no number
 * ("Improve load times"), one of the pitfalls to flag. The parser says whether the statement has a
 * number; this rule names the vague word.
 */
@RuleInfo(
    id = "kr-vague-verb",
    summary = "Improve, optimize, enhance, better … need a number",
    messages = "\"{word}\" without a number does not say how much",
    category = Category.STATEMENT,
    severity = Severity.WARNING,
    productRule = "R12",
    heuristic = true)
final class KrVagueVerb implements LintRule.KeyResultRule {
  /** Vague words, most certain first: these say nothing about how much. */
  static final Set<String> VAGUE = Set.of(
      "improve", "improved", "improving", "optimize", "optimise", "optimized", "optimised", "optimizing", "optimising",
      "enhance", "enhanced", "enhancing", "better", "boost", "strengthen", "maximize", "maximise", "streamline",
      "elevate", "refine", "excel");

  /** Words that are vague only at the start of a statement ("More page views", "Grow the community"). */
  static final Set<String> VAGUE_LEADING = Set.of("more", "higher", "grow", "increase", "drive", "expand", "enable", "support");

  static final Wording.Phrases VAGUE_PHRASES = new Wording.Phrases(VAGUE);

  @Override
  public void check(KeyResultScope keyResult, Reporter out) {
    KeyResultStatement st = keyResult.statement();
    if (hasNumber(st) || keyResult.keyResult().measurement().isPresent()
        || st.kind() == StatementKind.TASK || st.kind() == StatementKind.OUTPUT) {
      return;
    }
    String lower = Wording.lowerText(keyResult);
    vagueWord(lower, keyResult.config().vocabulary().vagueVerbs()).ifPresent(span -> {
      String word = keyResult.text().substring(span.start(), span.end());
      out.report(keyResult, "\"" + word + "\" without a number does not say how much")
          .span(span)
          .confidence(VAGUE.contains(Wording.lower(word)) ? 0.9 : 0.7)
          .suggestion("Say from what to what: '" + capital(word) + " <metric> from <baseline> to <target> by <date>'");
    });
  }

  /** The first vague word: any of {@link #VAGUE} or {@code extra}, or a leading {@link #VAGUE_LEADING} word. */
  static Optional<TextSpan> vagueWord(String lower, Set<String> extra) {
    Optional<TextSpan> found = VAGUE_PHRASES.findIn(lower);
    for (String e : extra) {
      Optional<TextSpan> f = Wording.findAny(lower, Set.of(Wording.lower(e)));
      if (f.isPresent() && (found.isEmpty() || f.get().start() < found.get().start())) {
        found = f;
      }
    }
    if (found.isPresent()) {
      return found;
    }
    int start = Wording.firstLetter(lower);
    int end = start;
    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
      end++;
    }
    return VAGUE_LEADING.contains(lower.substring(start, end)) ? Optional.of(TextSpan.of(start, end)) : Optional.empty();
  }

  static boolean hasNumber(KeyResultStatement st) {
    return st.target().isPresent() || st.baseline().isPresent() || st.relativeChange().isPresent() || st.stretch().isPresent()
        || st.targetPlaceholder().isPresent() || st.baselinePlaceholder().isPresent();
  }

  private static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
