package dev.okr.core.statement;

/**
 * What a statement measures: the outcome-versus-output verdict (R2, R10, R12).
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
 *       is {@link #UNCLEAR}.
 * </ul>
 *
 * <p><b>Rollouts.</b> "Launch feature X to 100% of paying users" is listed as a good key result in
 * one seed, but its number counts how far the team shipped, which the team controls, not how users
 * responded; R2 and the other seeds ("No key result is a deliverable or a ship date") say that is an
 * output. So a measured rollout is an {@link #OUTPUT} whose measurement is still read (target 100%).
 * A linter may treat it more gently than "Publish 10 blog posts", and suggest measuring adoption
 * instead ("80% of users interact with the new dashboard weekly").
 */
public enum StatementKind {
  /** The numbers measure a change in user or business behaviour: a proper key result. */
  OUTCOME,
  /** The numbers count what the team produces or does: "Publish 10 blog posts". */
  OUTPUT,
  /** Something to do, with no number: "Launch new dashboard", "Rebuild the billing page". */
  TASK,
  /** A health metric to watch, with no target: "Track activation rate weekly" (R10). */
  KPI,
  /** A direction with no number: "Improve onboarding experience" (R12). */
  VAGUE,
  /** Neither a known verb nor a number: the statement could not be understood. */
  UNCLEAR
}
