package dev.okr.cli;

import dev.okr.core.OkrValidationException;
import dev.okr.core.io.OkrFormatException;
import dev.okr.lint.LintConfigException;
import dev.okr.scoring.ScoringException;
import dev.okr.scoring.batch.BatchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command reports failure: one line {@code error: ...} naming the file and position, the
 * stack trace only under {@code --debug}, and exit code 2; bad usage gets the error and a pointer
 * to {@code --help}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
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
    err.println("error: " + oneLine(ex.getMessage()));
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    if (debug(command.getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INPUT;
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

  private static boolean isInputError(Throwable ex) {
    return ex instanceof InputException
        || ex instanceof OkrFormatException
        || ex instanceof OkrValidationException
        || ex instanceof LintConfigException
        || ex instanceof BatchException
        || ex instanceof ScoringException
        || ex instanceof UncheckedIOException;
  }

  /** The error as one line. */
  static String message(Throwable ex) {
    if (ex instanceof UncheckedIOException u) {
      return describe(u.getCause(), null);
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
      return prefix + "no such file";
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
