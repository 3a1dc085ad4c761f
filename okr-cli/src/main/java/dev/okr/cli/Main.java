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
    int exit = OkrCommand.commandLine().execute(args);
    // picocli's writer prints to System.out, which keeps a failed write to itself.
    System.out.flush();
    if (System.out.checkError() && exit != ExitCodes.INPUT) {
      System.err.println("error: standard output could not be written (is the disk full, or the reader gone?)");
      exit = ExitCodes.INPUT;
    }
    System.exit(exit);
  }
}
