package dev.okr.lint;

/**
 * Where a rule reports what it finds. The linter gives each rule one per lint call; it is not
 * thread-safe and must not be kept after the call returns.
 */
public interface Reporter {
  /**
   * Reports a finding at an element. The returned draft may be refined (span, confidence,
   * suggestion) until the rule's check method returns.
   *
   * @param at the element the finding is about
   * @param message what is wrong, in one sentence, quoting the offending words
   */
  FindingDraft report(Scope at, String message);
}
