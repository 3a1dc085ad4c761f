package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

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
    assertThat(run.out()).contains("Usage: okr", "lint", "grade", "report", "batch-grade", "parse", "convert", "completion", "lsp", "Exit codes:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "grade", "report", "batch-grade", "parse", "convert", "completion", "lsp"})
  void everyCommandHasHelpAndTheVersionOption(String command) {
    Run help = Cli.run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: okr " + command).contains("-h, --help", "-V, --version");

    Run version = Cli.run(command, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("okr ");
  }

  @Test
  void theCommandListShowsEachCommandsWholeFirstSentence() {
    String out = Cli.run("--help").out();
    String list = out.substring(out.indexOf("Commands:\n") + "Commands:\n".length(), out.indexOf("\n\n", out.indexOf("Commands:")));
    // an entry starts at two spaces and a name; its wrapped lines are indented further
    String[] entries = list.split("\n(?=  \\S)");
    assertThat(entries).hasSize(9);
    for (String entry : entries) {
      assertThat(entry.strip()).as(entry).endsWith(".");
    }
    assertThat(out.replaceAll("\\s+", " ")).contains(
        "lint Find the pitfalls of OKR practice in documents and outlines.",
        "batch-grade Grade a CSV of key-result rows in one streaming pass with flat memory.",
        "report Write an HTML report of documents: scores, grades, status, forecasts and lint findings, with charts.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lint", "grade", "report", "batch-grade", "parse", "convert", "completion", "lsp"})
  void helpParagraphsAreWrappedByPicocliNotByHand(String command) {
    CommandLine line = OkrCommand.commandLine();
    CommandSpec spec = command.isEmpty() ? line.getCommandSpec() : line.getSubcommands().get(command).getCommandSpec();
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    texts.addAll(List.of(spec.usageMessage().footer()));
    for (String text : texts) {
      // a paragraph is one string that picocli wraps at words; only an example (indented) or a lead-in
      // to one (ending in ':') may stop without a full stop
      if (!text.isBlank() && !text.startsWith(" ")) {
        assertThat(text).as("%s: a paragraph ends a sentence", command).matches("(?s).*[.:)\"]");
      }
    }
    assertThat(texts.get(0)).as("%s: the summary is one sentence", command).endsWith(".");
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
  void aMistypedCommandGetsADidYouMean() {
    Run run = Cli.run("lnit", Cli.sample("q3.yaml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: unknown command 'lnit'; did you mean lint?\nTry 'okr --help' for usage.\n");
    assertThat(Cli.run("garde").err()).startsWith("error: unknown command 'garde'; did you mean grade?\n");
  }

  @Test
  void aCommandFarFromEveryOneIsNamedWithoutAGuess() {
    Run run = Cli.run("frobnicate");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: unknown command 'frobnicate'\n").doesNotContain("did you mean");
  }

  @Test
  void aMistypedOptionGetsADidYouMean() {
    Run run = Cli.run("lint", "--fial-on", "warning", Cli.sample("q3.yaml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: unknown option '--fial-on'; did you mean --fail-on?\nTry 'okr lint --help' for usage.\n");
    assertThat(Cli.run("lint", "--formt=json", Cli.sample("q3.yaml")).err())
        .startsWith("error: unknown option '--formt'; did you mean --format?\n");
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
