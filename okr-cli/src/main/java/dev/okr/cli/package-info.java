/**
 * The {@code okr} command line, built with picocli: {@link dev.okr.cli.OkrCommand} and one class per
 * subcommand. {@link dev.okr.cli.Main} is the jar's entry point.
 *
 * <p>Exit codes are the same for every command: 0 when all went well, 1 when the command found what
 * it was asked to fail on (lint findings at {@code --fail-on}, key results that cannot be graded),
 * 2 on bad usage or input that cannot be read. Errors are one line naming the file and position; a
 * stack trace follows only with {@code --debug}.
 */
@NullMarked
package dev.okr.cli;

import org.jspecify.annotations.NullMarked;
