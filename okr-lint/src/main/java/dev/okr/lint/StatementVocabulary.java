package dev.okr.lint;

import dev.okr.core.statement.StatementParser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statement parser the linter reads key results with: okr-core's default vocabulary, okr-lint's
 * additions (verbs of doing that real key results use and the parser's defaults lack) and the
 * configuration's output verbs. A verb added as an output verb leaves the parser's other classes.
 */
final class StatementVocabulary {
  /** Verbs of doing that okr-lint adds to the parser's output verbs (from the development corpus). */
  static final List<String> OUTPUT_VERBS = List.of(
      "recruit", "post", "record", "translate", "establish", "pass", "onboard", "test", "research",
      "evaluate", "clean up", "sunset", "open", "realize", "realise", "install", "configure", "submit",
      "resolve", "review", "interview", "plan", "host", "rework", "revamp", "refresh",
      "localize", "localise", "setup", "ship out", "write up");

  /** Phrases of watching that okr-lint adds to the parser's monitoring verbs. */
  static final List<String> MONITOR_VERBS = List.of("keep track", "look at", "follow up");

  /** Counted nouns that okr-lint adds to the parser's output nouns: things a team produces or does. */
  static final List<String> OUTPUT_NOUNS = List.of(
      "calls", "demos", "episodes", "videos", "flags", "markets", "vendors", "widgets",
      "improvements", "variants", "trainings", "sessions", "roundtables", "conferences", "shows",
      "newsletters", "landing", "translations", "playbooks", "case", "audits", "reviews");

  private static final StatementParser DEFAULT = build(Set.of());

  private StatementVocabulary() {}

  static StatementParser parser(Vocabulary configured) {
    if (configured.outputVerbs().isEmpty()) {
      return DEFAULT;
    }
    Set<String> extra = new LinkedHashSet<>();
    int i = 0;
    for (String verb : configured.outputVerbs()) {
      String v = verb.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (v.isEmpty() || v.split(" ").length > 2) {
        throw new LintConfigException("vocabulary.outputVerbs[" + i + "]", verb, 0, "must be a verb of one or two words");
      }
      extra.add(v);
      i++;
    }
    return build(extra);
  }

  private static StatementParser build(Set<String> configured) {
    dev.okr.core.statement.Vocabulary d = dev.okr.core.statement.Vocabulary.defaults();
    Set<String> output = new LinkedHashSet<>(d.outputVerbs());
    output.addAll(OUTPUT_VERBS);
    output.addAll(configured);
    Set<String> monitor = new LinkedHashSet<>(d.monitorVerbs());
    monitor.addAll(MONITOR_VERBS);
    monitor.removeAll(output);
    Set<String> nouns = new LinkedHashSet<>(d.outputNouns());
    nouns.addAll(OUTPUT_NOUNS);
    return StatementParser.of(dev.okr.core.statement.Vocabulary.builder()
        .increaseVerbs(without(d.increaseVerbs(), output, monitor))
        .decreaseVerbs(without(d.decreaseVerbs(), output, monitor))
        .maintainVerbs(without(d.maintainVerbs(), output, monitor))
        .achieveVerbs(without(d.achieveVerbs(), output, monitor))
        .outputVerbs(output)
        .monitorVerbs(monitor)
        .outputNouns(nouns)
        .lowerIsBetterWords(d.lowerIsBetterWords())
        .build());
  }

  private static Set<String> without(Set<String> words, Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(words);
    out.removeAll(a);
    out.removeAll(b);
    return out;
  }
}
