package dev.okr.scoring.batch;

import dev.okr.core.OkrException;

/**
 * A batch input that cannot be read at all: a header without a required column, a CSV quote left
 * open. Rows that are merely malformed are rejected one by one instead, and the run goes on.
 */
public final class BatchException extends OkrException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * Creates an exception.
   *
   * @param line the 1-based line of the input where the problem lies
   * @param message what is wrong
   */
  public BatchException(long line, String message) {
    super("line " + line + ": " + message, "line " + line, null, message, null);
    this.line = line;
  }

  /** The 1-based line where the problem lies. */
  public long line() {
    return line;
  }
}
