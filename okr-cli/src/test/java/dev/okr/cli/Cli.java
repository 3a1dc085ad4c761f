package dev.okr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the okr command line in-process with its output captured. */
final class Cli {
  /** The bundled samples, seen from the module directory the tests run in. */
  static final Path SAMPLES = Path.of("..", "samples");

  private Cli() {}

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    /** Standard output's lines. */
    String[] lines() {
      return out.split("\n", -1);
    }

    /** The last non-empty line of standard output. */
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  static Run run(String... args) {
    CommandLine line = OkrCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }
}
