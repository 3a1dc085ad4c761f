package dev.okr.cli;

/** The entry point of the runnable jar: runs {@link OkrCommand} and exits with its code. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits the JVM with the command's exit code.
   *
   * @param args the command-line arguments, e.g. {@code lint samples/q3.yaml}
   */
  public static void main(String[] args) {
    System.exit(OkrCommand.commandLine().execute(args));
  }
}
