package dev.okr.core;

/** Where an initiative stands. */
public enum InitiativeStatus {
  /** Not started. */
  PLANNED("planned"),
  /** Under way. */
  IN_PROGRESS("in-progress"),
  /** Finished. */
  DONE("done"),
  /** Stopped before it finished. */
  DROPPED("dropped");

  private final String id;

  InitiativeStatus(String id) {
    this.id = id;
  }

  /** The stable name used in documents. */
  public String id() {
    return id;
  }

  /**
   * The status with the given {@linkplain #id() name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values when none matches
   */
  public static InitiativeStatus fromId(String text) {
    return Names.lookup("initiative status", values(), InitiativeStatus::id, text);
  }
}
