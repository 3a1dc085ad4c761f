package dev.okr.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okr completion}: the bash/zsh completion script, made by picocli from the commands' options. */
@Command(
    name = "completion",
    description = {
        "Print a bash (and zsh) completion script for okr.",
        "Load it with:",
        "  source <(okr completion)",
        "or save it as /etc/bash_completion.d/okr.",
        ""})
final class CompletionCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash(root.getCommandName(), root));
    out.flush();
    return ExitCodes.OK;
  }
}
