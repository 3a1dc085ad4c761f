package dev.okr.lsp;

import dev.okr.lint.ReportFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * A language server for OKR documents, spoken over a pair of streams (standard input and output for
 * {@code okr lsp}). It lints YAML, JSON and Markdown or text outlines when they are opened and on
 * every change (full or incremental sync), publishing each active finding as a diagnostic with the
 * rule id as its code and a link to the rule's page; it honours suppressions and the {@code
 * .okrlint.yaml} of the document's workspace folder; on hover over a key result it shows what the
 * statement reader understood and the score where there are check-ins. A change that comes while
 * an older version is waiting or being linted supersedes it: only the newest version's diagnostics
 * are published. Text that is not a document gives one diagnostic where it goes wrong.
 *
 * <p>Each diagnostic's message ends with the finding's suggestion, in prose. Where a finding carries
 * fixes ({@code Finding.fixes()}: e.g. labelling an objective committed or aspirational, or
 * suppressing the rule on the element with a reason to write), the server offers them as quick
 * fixes: code actions of kind {@code quickfix} with the edit to apply.
 */
public final class OkrLanguageServer implements LanguageServer, LanguageClientAware {
  /**
   * How long a change waits for the next before it is linted, unless another is given: none. Keys
   * typed by a person usually come more than 50 ms apart, so a shorter wait merges none of them and only
   * delays the diagnostics; changes that come while a lint runs are merged all the same, since a
   * lint starts only for the newest version and one that a newer version overtakes is not published.
   */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ZERO;

  private final OkrTextDocumentService documents;
  private final OkrWorkspaceService workspace = new OkrWorkspaceService();
  private volatile boolean shutdown;
  private final CompletableFuture<Void> exited = new CompletableFuture<>();

  /**
   * A server that links rule pages under {@code docsBaseUrl} (as {@code okr lint --docs-url}) and
   * waits {@code debounce} after a change before linting.
   *
   * @throws IllegalArgumentException if {@code docsBaseUrl} is not an absolute http or https URL
   */
  public OkrLanguageServer(String docsBaseUrl, Duration debounce) {
    this(docsBaseUrl, debounce, Clock.systemDefaultZone());
  }

  OkrLanguageServer(String docsBaseUrl, Duration debounce, Clock clock) {
    this.documents = new OkrTextDocumentService(ReportFormat.docsBase(docsBaseUrl), debounce, clock);
  }

  /**
   * Serves one client over these streams until it sends {@code exit} or closes its end; returns
   * whether it had asked to shut down first (the exit code of {@code okr lsp} is 0 then, else 1).
   *
   * @throws IllegalArgumentException if {@code docsBaseUrl} is not an absolute http or https URL
   */
  public static boolean serve(InputStream in, OutputStream out, String docsBaseUrl) throws InterruptedException {
    OkrLanguageServer server = new OkrLanguageServer(docsBaseUrl, DEFAULT_DEBOUNCE);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    Thread reader = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException | ExecutionException | CancellationException e) {
        // the input ended or broke: as if the client exited without shutting down
      }
      server.exited.complete(null);
    }, "okr-lsp-input");
    reader.setDaemon(true);
    reader.start();
    try {
      server.exited.get();
    } catch (ExecutionException e) {
      // not completed exceptionally
    } finally {
      listening.cancel(true);
      server.documents.close();
    }
    return server.shutdown;
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        documents.configs().addFolder(folder.getUri());
      }
    } else if (params.getRootUri() != null) {
      documents.configs().addFolder(params.getRootUri());
    }
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    capabilities.setHoverProvider(true);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("okr", Versions.version())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    documents.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.complete(null);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** The text the server holds for an open document. */
  Optional<String> openText(String uri) {
    return documents.text(uri);
  }

  /** A future completed when the client sends {@code exit}. */
  CompletableFuture<Void> exited() {
    return exited;
  }
}
