package dev.okr.lint.rules;

import static dev.okr.testkit.OkrTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.okr.lint.Finding;
import dev.okr.lint.LintConfig;
import dev.okr.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements generated from templates: tasks (an output verb with a deliverable, a deadline or an
 * effort count) are flagged by kr-task-like; from/to outcomes (a direction verb, a metric, a
 * baseline and a target in the right order) are not.
 */
class KrTaskLikePropertiesTest {
  private static final Linter LINTER = Linter.builder().discoverRules(false).config(LintConfig.defaults()).build();

  private static final List<String> PREFIXES = List.of("", "KR1: ", "KR 2 - ", "• ", "- ", "3. ", "Key Result 1: ");
  private static final List<String> OUTPUT_VERBS = List.of(
      "Launch", "Ship", "Release", "Build", "Rebuild", "Redesign", "Implement", "Complete", "Finish", "Deliver", "Migrate",
      "Create", "Develop", "Design", "Introduce", "Roll out", "Set up", "Integrate", "Refactor", "Write", "Finalize");
  private static final List<String> DELIVERABLES = List.of(
      "the new dashboard", "onboarding redesign", "the billing page", "the partner portal", "SSO for enterprise accounts",
      "the mobile app v2", "the pricing page", "a data warehouse", "the referral program", "offline mode");
  private static final List<String> DEADLINES = List.of(
      "", " by end of quarter", " by Q3", " by June 30", " before the board meeting", " this quarter");
  private static final List<String> EFFORT_VERBS = List.of("Publish", "Write", "Run", "Host", "Hire", "Conduct", "Ship", "Launch", "Create");
  private static final List<String> EFFORT_NOUNS = List.of(
      "blog posts", "webinars", "experiments", "user interviews", "engineers", "features", "case studies", "videos",
      "campaigns", "workshops");
  private static final List<String> UP_VERBS = List.of("Increase", "Raise", "Grow", "Lift", "Improve", "Boost");
  private static final List<String> DOWN_VERBS = List.of("Reduce", "Decrease", "Cut", "Lower", "Lowering", "Bring down");
  private static final List<String> METRICS = List.of(
      "Day-7 activation rate", "NPS", "weekly active users (WAU)", "trial-to-paid conversion", "30-day retention",
      "net revenue retention", "monthly churn rate", "median time-to-first-value", "p95 API latency", "CAC",
      "support ticket volume", "checkout completion rate");
  private static final List<String> UNITS = List.of("%", "", " hours", " minutes", " ms", " days");

  private static boolean flagged(String statement) {
    return LINTER.lintStatement(statement).active().stream().map(Finding::ruleId).anyMatch("kr-task-like"::equals);
  }

  @Test
  void templateTasksAreFlagged() {
    qt().forAll(arbitrary().pick(PREFIXES), arbitrary().pick(OUTPUT_VERBS), arbitrary().pick(DELIVERABLES), arbitrary().pick(DEADLINES))
        .checkAssert((prefix, verb, deliverable, deadline) -> {
          String statement = prefix + verb + " " + deliverable + deadline;
          assertThat(flagged(statement)).as(statement).isTrue();
        });
  }

  @Test
  void templateEffortCountsAreFlagged() {
    qt().forAll(arbitrary().pick(PREFIXES).zip(arbitrary().pick(EFFORT_VERBS), (p, v) -> p + v), integers().between(2, 500),
            arbitrary().pick(EFFORT_NOUNS), arbitrary().pick(DEADLINES))
        .checkAssert((prefixAndVerb, n, noun, deadline) -> {
          String statement = prefixAndVerb + " " + n + " " + noun + deadline;
          assertThat(flagged(statement)).as(statement).isTrue();
        });
  }

  @Test
  void templateFromToOutcomesAreNotFlagged() {
    qt().forAll(arbitrary().pick(PREFIXES), arbitrary().pick(METRICS),
            integers().between(1, 999).zip(integers().between(1, 999), (a, b) -> new int[] {a, b}), arbitrary().pick(UNITS))
        .assuming((prefix, metric, ab, unit) -> ab[0] != ab[1])
        .checkAssert((prefix, metric, ab, unit) -> {
          int low = Math.min(ab[0], ab[1]);
          int high = Math.max(ab[0], ab[1]);
          boolean up = ab[0] < ab[1];
          String verb = (up ? UP_VERBS : DOWN_VERBS).get((ab[0] + ab[1]) % 6);
          String statement = prefix + verb + " " + metric + " from " + (up ? low : high) + unit
              + " to " + (up ? high : low) + unit + DEADLINES.get(ab[0] % DEADLINES.size());
          assertThat(flagged(statement)).as(statement).isFalse();
        });
  }

  private static final List<String> OBJECTS = List.of(
      "the senior engineers", "support response times weekly", "300 support tickets", "the pricing page",
      "10 blog posts", "our onboarding checklist", "daily standups", "the new dashboard", "3 senior engineers",
      "activation rate weekly", "the partner portal v2", "customer interviews", "SSO", "weekly newsletters",
      "the data warehouse migration", "a hiring plan", "Q3 roadmap", "the engineering team");
  private static final List<String> ANY_VERBS = List.of(
      "Launch", "Hire", "Track", "Close", "Publish", "Ship", "Run", "Monitor", "Review", "Onboard", "Build", "Improve");

  /** The rewrite kr-task-like suggests for a statement, or empty when it does not flag it. */
  private static String suggestion(String statement) {
    return LINTER.lintStatement(statement).active().stream().filter(f -> f.ruleId().equals("kr-task-like"))
        .findFirst().flatMap(Finding::suggestion).orElse("");
  }

  @Test
  void suggestionsReadAsGoodEnglishForAnyStatement() {
    qt().forAll(arbitrary().pick(PREFIXES), arbitrary().pick(ANY_VERBS), arbitrary().pick(OBJECTS), arbitrary().pick(DEADLINES))
        .checkAssert((prefix, verb, object, deadline) -> {
          String statement = prefix + verb + " " + object + deadline;
          String example = suggestion(statement);
          String lower = example.toLowerCase(java.util.Locale.ROOT);
          String[] words = lower.split("[^a-z0-9<>%-]+");
          for (int k = 1; k < words.length; k++) {
            assertThat(words[k].isEmpty() || !words[k].equals(words[k - 1]))
                .as("a word twice in a row in %s", example).isTrue();
          }
          int use = lower.indexOf("who use ");
          if (use >= 0) {
            String used = lower.substring(use + 8, lower.indexOf(" weekly from", use));
            assertThat(used).as("what users would use, in %s", example).doesNotContainPattern("[0-9]")
                .doesNotContainPattern("\\b(engineers?|team|tickets|posts|interviews|weekly|daily|times|rate)\\b");
          }
        });
  }
}
