package dev.okr.cli;

import dev.okr.lint.ReportFormat;
import dev.okr.lsp.OkrLanguageServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code okr lsp}: the language server, over standard input and output. */
@Command(
    name = "lsp",
    sortOptions = false,
    description = {
        "Serve the Language Server Protocol over standard input and output, for editors.",
        "It lints YAML, JSON and Markdown or text OKR documents as they are opened and typed (with the "
            + ".okrlint.yaml of the workspace folder and the suppressions written in the document), publishing "
            + "each finding as a diagnostic linked to its rule's page, and shows on hover over a key result what "
            + "the statement reader understood and its score. See the README for VS Code and Neovim.",
        ""},
    footer = {
        "",
        "Exit codes: 0 the editor asked the server to shut down before it exited; 1 it exited or closed the "
            + "input without that."})
final class LspCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--docs-url", defaultValue = ReportFormat.DEFAULT_DOCS_BASE_URL, paramLabel = "URL",
      description = "The base URL under which the repository's files are served; each diagnostic links "
          + "okr-lint/docs/rules/<id>.md under it, as okr lint --format sarif does. Default: ${DEFAULT-VALUE}.")
  private String docsUrl = ReportFormat.DEFAULT_DOCS_BASE_URL;

  /** The streams spoken over; standard input and output unless a test sets others. */
  InputStream in = System.in;
  OutputStream out = System.out;

  @Override
  public Integer call() throws InterruptedException {
    try {
      ReportFormat.docsBase(docsUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--docs-url: " + e.getMessage());
    }
    return OkrLanguageServer.serve(in, out, docsUrl) ? ExitCodes.OK : ExitCodes.FOUND;
  }
}
