package dev.okr.core.statement;

/** A part of a key result that its statement does not state. */
public enum Missing {
  /** No number at all: no baseline, target, stretch or relative change. */
  NUMBER,
  /** No phrase naming what is measured. */
  METRIC,
  /**
   * No starting value, where the direction needs one: an increase, a decrease, or a level to reach.
   * A relative change ("by 25%") counts as measured from the level at the start. A placeholder
   * ("from X%") is not a value.
   */
  BASELINE,
  /**
   * No {@linkplain KeyResultStatement#target() target}: no value to reach and no relative change. A
   * {@linkplain KeyResultStatement#targetPlaceholder() placeholder} ("to Y%") is not a value: a
   * template still misses its target until it is filled in.
   */
  TARGET,
  /** No date or period ("by end of Q3"); usually the objective's cycle supplies it. */
  DEADLINE
}
