package dev.okr.core;

/**
 * Whether an objective must be met in full or is a stretch.
 *
 * <p>The kind decides how a score is read: a committed objective below 1.0 is a miss; an
 * aspirational one at 0.6–0.7 is healthy.
 */
public enum ObjectiveKind {
  /** Must reach 1.0; anything less is a miss that needs an explanation. */
  COMMITTED("committed"),
  /** A stretch: 0.6–0.7 is the healthy expectation, a steady 1.0 suggests sandbagging. */
  ASPIRATIONAL("aspirational");

  private final String id;

  ObjectiveKind(String id) {
    this.id = id;
  }

  /** The stable name used in documents and CSV files. */
  public String id() {
    return id;
  }

  /**
   * The kind with the given {@linkplain #id() name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values when none matches
   */
  public static ObjectiveKind fromId(String text) {
    return Names.lookup("objective kind", values(), ObjectiveKind::id, text);
  }
}
