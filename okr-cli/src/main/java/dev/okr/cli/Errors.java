package dev.okr.cli;

import dev.okr.core.OkrValidationException;
import dev.okr.core.Spelling;
import dev.okr.core.TerminalText;
import dev.okr.core.io.OkrFormatException;
import dev.okr.lint.LintConfigException;
import dev.okr.scoring.ScoringException;
import dev.okr.scoring.batch.BatchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every command reports failure: one line {@code error: ...} naming the file and position, the
 * stack trace only under {@code --debug}, and exit code 2; bad usage gets the error and a pointer
 * to {@code --help}. An I/O failure on a file an option names (e.g. {@code --out} naming a folder)
 * is bad usage of that option. Control characters in a message are escaped ({@link
 * TerminalText}), so that no input can forge a line or send a terminal escape.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    OptionSpec option = optionNaming(ex, parsed);
    if (option != null) {
      IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
      CommandLine sub = option.command().commandLine();
      err.println("error: " + TerminalText.escape(
          option.longestName() + ": " + describe(io, null) + " (expected " + option.paramLabel() + ")"));
      err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for usage.");
      if (debug(parsed)) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INPUT;
    }
    boolean expected = isInputError(ex);
    err.println("error: " + message(ex));
    if (debug(parsed)) {
      ex.printStackTrace(err);
    } else if (!expected) {
      err.println("(an unexpected error: run again with --debug for the stack trace, and please report it)");
    }
    err.flush();
    return ExitCodes.INPUT;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    String message = ex instanceof UnmatchedArgumentException u ? unknownName(u).orElse(ex.getMessage()) : ex.getMessage();
    err.println("error: " + TerminalText.escape(oneLine(message)));
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    if (debug(command.getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INPUT;
  }

  /**
   * A mistyped command or option named, with the nearest known name when one is close ({@link
   * Spelling}): {@code unknown command 'lnit'; did you mean lint?}, {@code unknown option
   * '--fial-on'; did you mean --fail-on?}. Empty for other unmatched arguments (a second file where
   * one is taken, say), which picocli's message describes.
   */
  static Optional<String> unknownName(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    if (unmatched.isEmpty()) {
      return Optional.empty();
    }
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String first = unmatched.get(0);
    if (first.startsWith("-") && first.length() > 1) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      List<String> options = new ArrayList<>();
      spec.options().forEach(o -> options.addAll(List.of(o.names())));
      return Optional.of("unknown option '" + name + "'" + didYouMean(name, options));
    }
    if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      return Optional.of("unknown command '" + first + "'" + didYouMean(first, spec.subcommands().keySet()));
    }
    return Optional.empty();
  }

  private static String didYouMean(String name, Iterable<String> known) {
    return Spelling.closest(name, known).map(k -> "; did you mean " + k + "?").orElse("");
  }

  /** Whether {@code --debug} was given to any command on the line. */
  private static boolean debug(@Nullable ParseResult parsed) {
    for (@Nullable ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The option whose value is the file an I/O failure names, e.g. {@code --out} for {@code outdir:
   * Is a directory}; null when the failure names no file or no option names it.
   */
  private static @Nullable OptionSpec optionNaming(Exception ex, @Nullable ParseResult parsed) {
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (!(io instanceof FileSystemException f) || f.getFile() == null) {
      return null;
    }
    for (@Nullable ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (OptionSpec option : p.matchedOptions()) {
        Object value = option.getValue();
        if (value instanceof Path path && path.toString().equals(f.getFile())) {
          return option;
        }
      }
    }
    return null;
  }

  private static boolean isInputError(Throwable ex) {
    return ex instanceof InputException
        || ex instanceof OkrFormatException
        || ex instanceof OkrValidationException
        || ex instanceof LintConfigException
        || ex instanceof BatchException
        || ex instanceof ScoringException
        || ex instanceof UncheckedIOException
        || ex instanceof IOException;
  }

  /** The error as one line, its control characters escaped. */
  static String message(Throwable ex) {
    return TerminalText.escape(unescapedMessage(ex));
  }

  private static String unescapedMessage(Throwable ex) {
    if (ex instanceof UncheckedIOException u) {
      return describe(u.getCause(), null);
    }
    if (ex instanceof IOException io) {
      return describe(io, null);
    }
    if (isInputError(ex)) {
      return oneLine(ex.getMessage());
    }
    return oneLine(ex.toString());
  }

  /** An I/O failure on {@code file} (or the file the exception names) as one line. */
  static String describe(IOException e, @Nullable String file) {
    String name = file != null ? file : e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : "";
    String prefix = name.isEmpty() ? "" : name + ": ";
    if (e instanceof NoSuchFileException) {
      Path parent = name.isEmpty() ? null : Path.of(name).getParent();
      return prefix + (parent != null && !Files.isDirectory(parent) ? "its folder does not exist" : "no such file");
    }
    if (e instanceof FileSystemException && !name.isEmpty() && Files.isDirectory(Path.of(name))) {
      return prefix + "is a folder";
    }
    if (e instanceof AccessDeniedException) {
      return prefix + "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return prefix + "not UTF-8 text";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return prefix + oneLine(f.getReason());
    }
    return prefix + "cannot be read or written: " + oneLine(String.valueOf(e.getMessage()));
  }

  static String oneLine(@Nullable String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
