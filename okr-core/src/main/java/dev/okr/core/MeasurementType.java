package dev.okr.core;

/** How a key result is measured, which decides the numbers it needs and how it is scored. */
public enum MeasurementType {
  /** Move a metric up from a baseline to a target ("Increase NPS from 42 to 60"). */
  INCREASE("increase", true),
  /** Move a metric down from a baseline to a target ("Reduce churn rate from 5% to 3%"). */
  DECREASE("decrease", true),
  /** Keep a metric at or above a level ("Maintain 99.99% uptime"). */
  AT_LEAST("at-least", true),
  /** Keep a metric at or below a level ("Keep p95 latency under 300 ms"). */
  AT_MOST("at-most", true),
  /** Achieved or not ("Achieve zero critical defects for two consecutive sprints"). */
  BINARY("binary", false),
  /** A list of milestones, scored by the share done. */
  MILESTONES("milestones", false);

  private final String id;
  private final boolean numeric;

  MeasurementType(String id, boolean numeric) {
    this.id = id;
    this.numeric = numeric;
  }

  /** The stable name used in documents and CSV files. */
  public String id() {
    return id;
  }

  /** Whether the type measures a number, and so takes a baseline, a target and value check-ins. */
  public boolean isNumeric() {
    return numeric;
  }

  /**
   * The type with the given {@linkplain #id() name}, ignoring case; {@code at_least} is read as
   * {@code at-least}.
   *
   * @throws IllegalArgumentException naming the accepted values when none matches
   */
  public static MeasurementType fromId(String text) {
    return Names.lookup("measurement type", values(), MeasurementType::id, text);
  }
}
