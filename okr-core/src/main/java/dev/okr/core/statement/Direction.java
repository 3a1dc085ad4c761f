package dev.okr.core.statement;

/** Which way a key-result statement wants its metric to go. */
public enum Direction {
  /** Move up from a baseline to a target: "Increase NPS from 42 to 60". */
  INCREASE,
  /** Move down from a baseline to a target: "Reduce churn rate from 5% to 3%". */
  DECREASE,
  /** Stay at or above a bound: "Achieve 60%+ response rate", "at least 2 deploys per day". */
  AT_LEAST,
  /** Stay at or below a bound: "Keep p95 latency under 300 ms". */
  AT_MOST,
  /** Keep a level, with no side stated: "Maintain 99.99% uptime". */
  MAINTAIN,
  /** Bring a count down to zero: "Achieve zero critical defects released to production". */
  REACH_ZERO,
  /**
   * Reach a stated level with no baseline ("60% of content creators use the assistant weekly"),
   * or get something done, which is true or false ("Launch new dashboard").
   */
  ACHIEVE
}
