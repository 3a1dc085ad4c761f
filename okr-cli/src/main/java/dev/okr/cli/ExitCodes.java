package dev.okr.cli;

/** The exit codes every command shares. */
final class ExitCodes {
  /** All went well. */
  static final int OK = 0;

  /** The command found what it was asked to fail on: lint findings at {@code --fail-on}, key results that cannot be graded. */
  static final int FOUND = 1;

  /** Bad usage, or input that cannot be read. */
  static final int INPUT = 2;

  private ExitCodes() {}
}
