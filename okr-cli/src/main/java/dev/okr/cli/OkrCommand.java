package dev.okr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code okr} command: lint, grade, batch-grade, parse, convert and completion. Build it with
 * {@link #commandLine()}, which installs the one-line error handling every command shares.
 */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = OkrCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Lint, grade and convert OKRs (Objectives and Key Results).",
        "Inputs: YAML or JSON documents in the interchange form, Markdown or plain-text outlines, CSV exports.",
        ""},
    footer = {
        "",
        "Exit codes: 0 all went well; 1 the command found what it fails on (lint findings at --fail-on,",
        "key results that cannot be graded); 2 bad usage or input that cannot be read."},
    subcommands = {
        LintCommand.class,
        GradeCommand.class,
        BatchGradeCommand.class,
        ParseCommand.class,
        ConvertCommand.class,
        CompletionCommand.class,
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
   * errors reported on one line (with the stack trace only under {@code --debug}), exit codes 0, 1
   * and 2.
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new OkrCommand());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(new Errors());
    line.setParameterExceptionHandler(new Errors());
    return line;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: lint, grade, batch-grade, parse, convert or completion");
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
