package dev.okr.spark;

/**
 * An export that cannot be read at all, where {@code okr batch-grade} stops too (no header, a
 * header okr cannot read, bytes that are not UTF-8, a quote left open): the file, the line, and the
 * batch grader's own words. The message is {@code file:line: problem}, as the command line prints
 * it. Thrown in the task that reads the file; the Spark job fails with it as the cause, and {@link
 * OkrExports.Export#summary()} rethrows it as it is.
 */
public final class OkrExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String problem;

  OkrExportException(String file, long line, String problem, Throwable cause) {
    super(file + ":" + line + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file, as Spark names it. */
  public String file() {
    return file;
  }

  /** The 1-based line where reading stopped. */
  public long line() {
    return line;
  }

  /** What is wrong, in the batch grader's words, on one line. */
  public String problem() {
    return problem;
  }
}
