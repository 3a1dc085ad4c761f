package dev.okr.core.statement;

/**
 * What a statement measures: the outcome-versus-output verdict.
 *
 * <p>The verdict comes from the statement's leading verb and the nouns its numbers count, both
 * looked up in the parser's {@link Vocabulary}:
 *
 * <ul>
 *   <li>with a number, an output verb ("Publish", "Launch", "Complete") or a counted output noun
 *       ("blog posts", "features", "interviews") makes it {@link #OUTPUT}; otherwise it is {@link
 *       #OUTCOME};
 *   <li>without a number, an output or achieve verb makes it a {@link #TASK}, a monitoring verb a
 *       {@link #KPI}, a direction verb ("Improve", "Increase") {@link #VAGUE}; with no known verb it
 *       is {@link #UNCLEAR};
 *   <li>a statement in another language than English is {@link #UNREADABLE}, and nothing else is
 *       read from it.
 * </ul>
 *
 * <p><b>Rollouts.</b> "Launch feature X to 100% of paying users" is listed as a good key result in
 * one seed, but its number counts how far the team shipped, which the team controls, not how users
 * responded; the rule that key results measure outcomes and the other seeds ("No key result is a
 * deliverable or a ship date") say that is an output. So a measured rollout is an {@link #OUTPUT}
 * whose measurement is still read (target 100%). A linter may treat it more gently than "Publish 10
 * blog posts", and suggest measuring adoption instead ("80% of users interact with the new
 * dashboard weekly").
 */
public enum StatementKind {
  /** The numbers measure a change in user or business behaviour: a proper key result. */
  OUTCOME,
  /** The numbers count what the team produces or does: "Publish 10 blog posts". */
  OUTPUT,
  /** Something to do, with no number: "Launch new dashboard", "Rebuild the billing page". */
  TASK,
  /** A health metric to watch, with no target: "Track activation rate weekly". */
  KPI,
  /** A direction with no number: "Improve onboarding experience". */
  VAGUE,
  /** Neither a known verb nor a number: the statement could not be understood. */
  UNCLEAR,
  /**
   * Not read at all: the statement is not in English, and the reader understands English key
   * results only ("Augmenter le taux de conversion de 2 % à 5 %", "Erhöhe die
   * Kundenzufriedenheit auf 90%"). Nothing else is read from it, so that nothing wrong is: no verb,
   * direction, metric, numbers, deadline or measurement, and nothing is reported {@linkplain
   * KeyResultStatement#missing() missing}. A statement that opens with an English verb the
   * vocabulary knows is always read; terse English ("Churn &lt;3%", "SSO for enterprise") is read
   * too. The test is cheap: common function words of French, German, Spanish, Portuguese, Italian
   * and Dutch against English ones, those languages' opening verbs and accents, and words in other
   * scripts.
   */
  UNREADABLE
}
