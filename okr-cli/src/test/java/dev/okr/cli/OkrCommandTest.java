package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OkrCommandTest {

  @Test
  void versionNamesTheBuild() {
    Run run = Cli.run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("okr 0.1.0-SNAPSHOT\n");
  }

  @Test
  void helpListsEveryCommand() {
    Run run = Cli.run("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: okr", "lint", "grade", "batch-grade", "parse", "convert", "completion", "Exit codes:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "grade", "batch-grade", "parse", "convert", "completion"})
  void everyCommandHasHelpAndTheVersionOption(String command) {
    Run help = Cli.run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: okr " + command).contains("-h, --help", "-V, --version");

    Run version = Cli.run(command, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("okr ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"grade", "batch-grade"})
  void profileHelpNamesEveryProfile(String command) {
    Run help = Cli.run(command, "--help");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("The scoring profile: okr, gitlab, quantive, okr-tracker, puzzle-okr,"
        + " perdoo, profit-co, tability, viva-goals. Default: okr.");
  }

  @Test
  void completionIsABashScriptForEveryCommand() {
    Run run = Cli.run("completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash")
        .contains("function _complete_okr()", "batch-grade", "--fail-on", "--fill-measurements");
  }

  @Test
  void noCommandIsBadUsage() {
    Run run = Cli.run();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Missing command").contains("Try 'okr --help' for usage.");
  }

  @Test
  void debugAddsTheStackTrace(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "objectives: [\n");

    Run quiet = Cli.run("lint", bad.toString());
    assertThat(quiet.exit()).isEqualTo(2);
    assertThat(quiet.err().strip().split("\n")).hasSize(1);
    assertThat(quiet.err()).startsWith("error: " + bad.toString().replace('\\', '/') + ":1:").contains("not valid syntax:");

    Run loud = Cli.run("grade", "--debug", bad.toString());
    assertThat(loud.exit()).isEqualTo(2);
    assertThat(loud.err()).startsWith("error: " + bad.toString().replace('\\', '/') + ":")
        .contains("dev.okr.core.io.OkrFormatException", "\tat ");
  }
}
