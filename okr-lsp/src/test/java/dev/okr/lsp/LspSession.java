package dev.okr.lsp;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client and an {@link OkrLanguageServer} talking JSON-RPC over piped streams through LSP4J's own
 * launchers, with what the server published and, when asked, the exchange as the client saw it.
 */
final class LspSession implements AutoCloseable {
  /** The day hovers score on. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-30T12:00:00Z"), ZoneOffset.UTC);

  final OkrLanguageServer server;
  final LanguageServer remote;
  final Map<String, PublishDiagnosticsParams> published = new ConcurrentHashMap<>();
  final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final StringWriter trace = new StringWriter();
  private final Object lock = new Object();

  LspSession(Duration debounce) throws IOException {
    server = new OkrLanguageServer("https://okr.dev/", debounce, CLOCK);
    Pipe toServer = new Pipe();
    Pipe toClient = new Pipe();
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, toServer.in, toClient.out);
    server.connect(serverLauncher.getRemoteProxy());
    serverLauncher.startListening();
    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), toClient.in, toServer.out,
        false, new PrintWriter(trace, true));
    remote = clientLauncher.getRemoteProxy();
    clientLauncher.startListening();
  }

  /** Initializes with a workspace folder (or none) and sends {@code initialized}. */
  InitializeResult initialize(String folderUri) throws Exception {
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    if (folderUri != null) {
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(folderUri, "okrs")));
    }
    InitializeResult result = remote.initialize(params).get(30, TimeUnit.SECONDS);
    remote.initialized(new org.eclipse.lsp4j.InitializedParams());
    return result;
  }

  /** Waits for the diagnostics of a version of a document. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, int version) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (lock) {
      while (true) {
        PublishDiagnosticsParams p = published.get(uri);
        if (p != null && p.getVersion() != null && p.getVersion() == version) {
          return p;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no diagnostics for version " + version + " of " + uri + "; last " + p);
        }
        lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** The JSON-RPC messages as the client's trace recorded them. */
  String trace() {
    return trace.toString();
  }

  /** Sends shutdown and exit; returns whether the server saw exit. */
  boolean shutdownAndExit() throws Exception {
    remote.shutdown().get(30, TimeUnit.SECONDS);
    remote.exit();
    server.exited().get(30, TimeUnit.SECONDS);
    return server.exited().isDone();
  }

  @Override
  public void close() {}

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      synchronized (lock) {
        published.put(diagnostics.getUri(), diagnostics);
        lock.notifyAll();
      }
    }

    @Override
    public void showMessage(MessageParams messageParams) {
      logged.add(messageParams.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
      logged.add(message.getMessage());
    }
  }
}
