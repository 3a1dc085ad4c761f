package dev.okr.testkit;

/**
 * The structural rules okr-core enforces when a value is built, one constant per rule that {@link
 * OkrGen#broken(Violation)} can break. Judgements of quality are okr-lint's, not listed here.
 */
public enum Violation {
  /** An objective, key result or initiative id is blank. */
  BLANK_ID,
  /** An objective title, key result statement or initiative title is blank. */
  BLANK_TITLE,
  /**
   * Other text is blank: a description, tag, owner name, unit, milestone name, alignment parent,
   * initiative link, milestone done, check-in note, priority or reported text.
   */
  BLANK_TEXT,
  /** A baseline, target, stretch, check-in value or weight is NaN or infinite. */
  NON_FINITE_NUMBER,
  /** A check-in's confidence lies outside [0, 1] or is NaN. */
  CONFIDENCE_OUTSIDE_UNIT_INTERVAL,
  /** A key result's or milestone's weight is 0 or less. */
  WEIGHT_NOT_POSITIVE,
  /** An increase or decrease has its target equal to its baseline. */
  TARGET_EQUALS_BASELINE,
  /** An increase's target lies below its baseline, or a decrease's above. */
  TARGET_WRONG_SIDE,
  /** A stretch target does not lie beyond the target in the measurement's direction. */
  STRETCH_WRONG_SIDE,
  /** A binary or milestones key result has a baseline, target or stretch. */
  NUMBER_ON_NON_NUMERIC,
  /** A milestones key result has no milestone. */
  MILESTONES_MISSING,
  /** A key result that is not of type milestones has milestones. */
  MILESTONES_ON_OTHER_TYPE,
  /** Two milestones of a key result share a name. */
  DUPLICATE_MILESTONE,
  /** A check-in records none, or more than one, of value, achieved and milestones done. */
  CHECK_IN_RECORDS_NOT_ONE,
  /** A check-in records another kind than its key result's measurement (or earlier check-ins) take. */
  CHECK_IN_KIND_MISMATCH,
  /** A check-in names a milestone its key result does not have. */
  UNKNOWN_MILESTONE_DONE,
  /** A check-in is dated more than {@code Objective.CHECK_IN_GRACE} outside its objective's cycle. */
  CHECK_IN_OUTSIDE_CYCLE,
  /** A cycle ends before it starts. */
  CYCLE_END_BEFORE_START,
  /** A cycle starts or ends outside the years 0000 to 9999. */
  CYCLE_YEAR_OUT_OF_RANGE,
  /** Two key results, or two initiatives, of one objective share an id. */
  DUPLICATE_ID_IN_OBJECTIVE,
  /** Two elements of a document share an id (across objectives, or across kinds). */
  DUPLICATE_ID,
  /** An initiative links the same key result twice. */
  DUPLICATE_KEY_RESULT_LINK,
  /** An alignment names no objective, or no key result, of the document. */
  DANGLING_ALIGNMENT,
  /** An initiative links to no key result of the document. */
  DANGLING_INITIATIVE_LINK,
  /** Alignments form a cycle. */
  ALIGNMENT_CYCLE,
  /** A source position has a line or column below 1. */
  SOURCE_POSITION_OUT_OF_RANGE
}
