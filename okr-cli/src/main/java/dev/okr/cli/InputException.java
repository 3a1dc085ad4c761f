package dev.okr.cli;

/**
 * Input the command cannot use: a file that cannot be read or parsed, a bad configuration. Its
 * message is the one line shown to the user, naming the file and, when known, the line and column.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
