package dev.okr.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The twelve OKR practice rules that built-in lint rules enforce, as stated on the project page
 * {@value #PAGE}: each id with the page's stable anchor and the rule in one line. {@link
 * RuleMetadata#productRule()} names them by id ({@code "R2, R12"}); this class turns an id into
 * something a user can read and follow.
 */
public final class PracticeRules {
  /** The page, relative to the repository root, that states every practice rule with its sources. */
  public static final String PAGE = "docs/okr-practice.md";

  /** One practice rule: its id ({@code R3}), its anchor on {@link #PAGE} and its statement. */
  public record Rule(String id, String anchor, String statement) {
    /** The repository-relative link to its section, e.g. {@code docs/okr-practice.md#r3-two-to-five-key-results}. */
    public String link() {
      return PAGE + "#" + anchor;
    }
  }

  private static final Map<String, Rule> RULES = Map.ofEntries(
      rule("R1", "r1-qualitative-objectives", "an objective is a qualitative, time-bound goal, not a task or a metric"),
      rule("R2", "r2-key-results-measure-outcomes",
          "a key result measures an outcome, with a baseline, a target and a deadline"),
      rule("R3", "r3-two-to-five-key-results", "an objective should have 2–5 key results"),
      rule("R4", "r4-few-objectives-per-team", "a team should have 1–3 objectives a quarter and 1–2 a year"),
      rule("R5", "r5-initiatives-move-key-results", "every initiative should move a key result"),
      rule("R6", "r6-committed-or-aspirational", "every OKR is labelled committed or aspirational"),
      rule("R7", "r7-grading-from-0-to-1", "grades run from 0.0 to 1.0, and 0.6–0.7 is a healthy stretch"),
      rule("R8", "r8-check-in-every-week", "key results are checked in weekly and graded at the end of the cycle"),
      rule("R9", "r9-align-with-company-okrs", "team OKRs connect to company-level OKRs"),
      rule("R10", "r10-a-key-result-is-not-a-kpi", "a key result has a target and a deadline; a KPI has neither"),
      rule("R11", "r11-process-health", "the OKR process itself is measured every cycle"),
      rule("R12", "r12-pitfalls-to-flag",
          "flag the pitfalls: vanity metrics, no owner, effort counts, vague verbs without a number"));

  /** The anchor of the page's section on lint rules that check the input rather than the practice. */
  public static final String NO_PRACTICE_ANCHOR = "rules-that-enforce-no-practice-rule";

  private PracticeRules() {}

  private static Map.Entry<String, Rule> rule(String id, String anchor, String statement) {
    return Map.entry(id, new Rule(id, anchor, statement));
  }

  /** The practice rule with this id ({@code "R3"}), if there is one. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(RULES.get(id.strip()));
  }

  /**
   * The practice rules a {@link RuleMetadata#productRule()} names, in its order: {@code "R2, R12"}
   * gives the rules of those two ids; {@code "none"} or unknown ids give nothing.
   */
  public static List<Rule> of(String productRule) {
    List<Rule> rules = new ArrayList<>();
    for (String id : productRule.split("[,\\s]+")) {
      byId(id).ifPresent(rules::add);
    }
    return List.copyOf(rules);
  }
}
