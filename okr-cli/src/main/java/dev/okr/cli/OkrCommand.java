package dev.okr.cli;

import dev.okr.core.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code okr} command: lint, grade, report, batch-grade, parse, convert, completion and lsp. Build it with
 * {@link #commandLine()}, which installs the one-line error handling every command shares.
 */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = OkrCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    // One string per paragraph: picocli wraps each at words to the terminal's width; the first
    // sentence of a subcommand's description is its summary in the command list.
    description = {
        "Lint, grade and convert OKRs (Objectives and Key Results).",
        "Inputs: YAML or JSON documents in the interchange form, Markdown or plain-text outlines, CSV exports.",
        ""},
    footer = {
        "",
        "Exit codes: 0 all went well; 1 the command found what it fails on (lint findings at --fail-on, "
            + "key results that cannot be graded); 2 bad usage, input that cannot be read, output that cannot "
            + "be written, or too little memory."},
    subcommands = {
        LintCommand.class,
        GradeCommand.class,
        ReportCommand.class,
        BatchGradeCommand.class,
        ParseCommand.class,
        ConvertCommand.class,
        CompletionCommand.class,
        LspCommand.class,
        CommandLine.HelpCommand.class})
public final class OkrCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
  private boolean debug;

  /** Creates the command; use {@link #commandLine()} to run it. */
  public OkrCommand() {}

  /**
   * The command line, ready to {@link CommandLine#execute execute}: case-insensitive option values,
   * dates as {@code YYYY-MM-DD}, errors reported on one line (with the stack trace only under {@code
   * --debug}), exit codes 0, 1 and 2. Running out of memory is an error (exit code 2), and so is
   * standard output that could not be written (a full disk, say): no output is ever lost silently.
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new OkrCommand());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(LocalDate.class, OkrCommand::date);
    line.setExecutionExceptionHandler(new Errors());
    line.setParameterExceptionHandler(new Errors());
    line.setExecutionStrategy(OkrCommand::execute);
    return line;
  }

  /** An option's date: the message names the form, picocli's names the option. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD, e.g. 2026-09-30, got '" + TerminalText.escape(text) + "'");
    }
  }

  /**
   * Runs the command chosen; then, if standard output could not be written, or the command ran out
   * of memory, says so on one line and returns {@link ExitCodes#INPUT}.
   */
  private static int execute(ParseResult parsed) {
    CommandLine line = parsed.commandSpec().commandLine();
    int exit;
    try {
      exit = new CommandLine.RunLast().execute(parsed);
    } catch (OutOfMemoryError e) {
      line.getErr().println("error: out of memory: the input is too large for the memory Java was given"
          + " (give it more with OKR_JAVA_OPTS=-Xmx2g)");
      line.getErr().flush();
      return ExitCodes.INPUT;
    }
    line.getOut().flush();
    if (line.getOut().checkError()) {
      line.getErr().println("error: standard output could not be written (is the disk full, or the reader gone?)");
      line.getErr().flush();
      return ExitCodes.INPUT;
    }
    return exit;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: lint, grade, report, batch-grade, parse, convert, completion or lsp");
  }

  /** The version, as the build wrote it into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"okr " + number(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String number() {
      try (InputStream in = OkrCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
