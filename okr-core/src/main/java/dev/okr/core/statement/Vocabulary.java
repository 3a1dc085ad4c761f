package dev.okr.core.statement;

import dev.okr.core.OkrValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The words a {@link StatementParser} uses to tell which way a statement goes and what it measures:
 * verbs by class, the nouns that name outputs, and the metric words that fall as things improve.
 *
 * <p>The {@linkplain #defaults() defaults} cover the seeds and common product, growth and platform
 * OKRs. To teach the parser more, extend them and build a parser:
 *
 * <pre>{@code
 * Vocabulary mine = Vocabulary.builder()
 *     .from(Vocabulary.defaults())
 *     .addOutputNoun("playbooks")
 *     .addDecreaseVerb("claw back")
 *     .build();
 * StatementParser parser = StatementParser.of(mine);
 * }</pre>
 *
 * <p>Entries are lowercase. Verbs are one or two words ("roll out") and are matched with their
 * inflections ("Lowering", "Reduced", "Increases"); a verb belongs to one class only. Nouns and
 * metric words are single words, matched as whole words (and as parts of hyphenated words for
 * metric words: "time-to-first-value" contains "time"). A vocabulary is immutable and
 * thread-safe.
 */
@Value.Immutable
public interface Vocabulary {

  /** Verbs that move a metric up: "increase", "grow", "raise", "improve", "boost". */
  Set<String> increaseVerbs();

  /** Verbs that move a metric down: "reduce", "decrease", "lower", "cut", "halve". */
  Set<String> decreaseVerbs();

  /** Verbs that hold a level: "maintain", "keep", "sustain", "hold". */
  Set<String> maintainVerbs();

  /** Verbs that reach a level or a result: "achieve", "reach", "hit", "get", "secure". */
  Set<String> achieveVerbs();

  /** Verbs of doing and shipping, whose numbers count outputs: "launch", "ship", "publish". */
  Set<String> outputVerbs();

  /** Verbs of watching a metric without a target, the mark of a KPI: "track", "monitor". */
  Set<String> monitorVerbs();

  /**
   * Plural nouns naming things a team produces; a statement whose numbers count them measures an
   * output: "posts", "features", "webinars", "interviews".
   */
  Set<String> outputNouns();

  /**
   * Metric words whose value falls as things improve: "churn", "latency", "time", "cost", "bugs".
   * They decide the side of a level to keep or reach when the statement does not say it.
   */
  Set<String> lowerIsBetterWords();

  /** The default vocabulary. */
  static Vocabulary defaults() {
    return DefaultVocabulary.INSTANCE;
  }

  /** A new, empty builder; start from {@code builder().from(defaults())} to extend the defaults. */
  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Map<String, String> classOf = new HashMap<>();
    verbs("increaseVerbs", increaseVerbs(), classOf);
    verbs("decreaseVerbs", decreaseVerbs(), classOf);
    verbs("maintainVerbs", maintainVerbs(), classOf);
    verbs("achieveVerbs", achieveVerbs(), classOf);
    verbs("outputVerbs", outputVerbs(), classOf);
    verbs("monitorVerbs", monitorVerbs(), classOf);
    words("outputNouns", outputNouns(), 1);
    words("lowerIsBetterWords", lowerIsBetterWords(), 1);
  }

  private static void verbs(String path, Set<String> verbs, Map<String, String> classOf) {
    words(path, verbs, 2);
    int i = 0;
    for (String verb : verbs) {
      String earlier = classOf.putIfAbsent(verb, path);
      if (earlier != null) {
        throw new OkrValidationException(path + "[" + i + "]", verb, "is already one of the " + earlier);
      }
      i++;
    }
  }

  private static void words(String path, Set<String> entries, int maxWords) {
    int i = 0;
    for (String entry : entries) {
      String at = path + "[" + i++ + "]";
      List<String> parts = List.of(entry.split(" ", -1));
      if (entry.isEmpty() || parts.size() > maxWords || parts.contains("")) {
        throw new OkrValidationException(
            at, entry, maxWords == 1 ? "must be one word" : "must be one or two words separated by one space");
      }
      for (int c = 0; c < entry.length(); c++) {
        char ch = entry.charAt(c);
        if (Character.isUpperCase(ch) || Character.isWhitespace(ch) && ch != ' ') {
          throw new OkrValidationException(at, entry, "must be lowercase words separated by single spaces");
        }
      }
    }
  }

  /** Builds a {@link Vocabulary}. */
  final class Builder extends ImmutableVocabulary.Builder {}
}
