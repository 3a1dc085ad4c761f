package dev.okr.lsp;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jspecify.annotations.Nullable;

/**
 * The open documents and their lints. Notifications arrive one at a time; each open or change
 * records the document's new text and version and schedules a lint of that version after the
 * debounce on a single lint thread. A lint whose version is no longer the newest is skipped, and its
 * diagnostics are not published if a newer version came while it ran, so the last diagnostics
 * published for a document are always those of its newest text.
 */
final class OkrTextDocumentService implements TextDocumentService {
  /** An open document: its text, its kind and the version the client gave it. */
  private record Open(String text, String languageId, int version) {}

  /** The lint of a version of a document. */
  private record Linted(int version, FindingDiagnostics.Linted lint) {}

  private final Map<String, Open> open = new ConcurrentHashMap<>();
  /** The last lint published for each open document, for its quick fixes. */
  private final Map<String, Linted> linted = new ConcurrentHashMap<>();
  private final ScheduledExecutorService lints = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "okr-lsp-lint");
    t.setDaemon(true);
    return t;
  });
  private final String docsBase;
  private final Duration debounce;
  private final Clock clock;
  private final WorkspaceConfigs configs = new WorkspaceConfigs(this::warn);
  private volatile @Nullable LanguageClient client;

  OkrTextDocumentService(String docsBase, Duration debounce, Clock clock) {
    this.docsBase = docsBase;
    this.debounce = debounce;
    this.clock = clock;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  WorkspaceConfigs configs() {
    return configs;
  }

  Optional<String> text(String uri) {
    return Optional.ofNullable(open.get(uri)).map(Open::text);
  }

  void close() {
    lints.shutdownNow();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    String text = item.getText() == null ? "" : item.getText();
    open.put(item.getUri(), new Open(text, item.getLanguageId() == null ? "" : item.getLanguageId(), item.getVersion()));
    schedule(item.getUri(), item.getVersion());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Integer version = params.getTextDocument().getVersion();
    Open before = open.get(uri);
    if (before == null) {
      return;
    }
    String text;
    try {
      text = TextChanges.apply(before.text(), params.getContentChanges());
    } catch (RuntimeException e) {
      warn("a change to " + uri + " could not be applied: " + e);
      return;
    }
    int v = version == null ? before.version() + 1 : version;
    open.put(uri, new Open(text, before.languageId(), v));
    schedule(uri, v);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    open.remove(uri);
    linted.remove(uri);
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    Open o = open.get(params.getTextDocument().getUri());
    if (o != null) {
      schedule(params.getTextDocument().getUri(), o.version()); // the folder's .okrlint.yaml may have changed
    }
  }

  /**
   * The quick fixes of the findings whose diagnostics touch the range: those of the lint of the
   * document's current version when it has run, else of a lint made now, so that every edit
   * applies to the text the client has.
   */
  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    Open o = open.get(uri);
    if (o == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        Linted last = linted.get(uri);
        FindingDiagnostics.Linted lint = last != null && last.version() == o.version() ? last.lint() : lintNow(uri, o);
        return QuickFixes.of(uri, lint, params.getRange());
      } catch (RuntimeException | StackOverflowError e) {
        warn("the quick fixes of " + uri + " failed: " + e);
        return List.of();
      }
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return CompletableFuture.supplyAsync(() -> {
      String uri = params.getTextDocument().getUri();
      Open o = open.get(uri);
      if (o == null) {
        return null;
      }
      try {
        ParsedDocument parsed = ParsedDocument.read(WorkspaceConfigs.nameOf(uri),
            DocumentKind.of(uri, o.languageId(), o.text()), o.text());
        return KeyResultHover.at(parsed, params.getPosition().getLine(), LocalDate.now(clock)).orElse(null);
      } catch (RuntimeException e) {
        return null;
      }
    });
  }

  private void schedule(String uri, int version) {
    try {
      lints.schedule(() -> lint(uri, version), debounce.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // shut down: nothing more is linted
    }
  }

  /** Lints a version of a document unless a newer one has come; publishes unless one came meanwhile. */
  private void lint(String uri, int version) {
    Open o = open.get(uri);
    if (o == null || o.version() != version) {
      return;
    }
    FindingDiagnostics.Linted lint;
    try {
      lint = lintNow(uri, o);
    } catch (RuntimeException | StackOverflowError e) {
      warn("linting " + uri + " failed: " + e);
      return;
    }
    Open now = open.get(uri);
    LanguageClient c = client;
    if (c != null && now != null && now.version() == version) {
      linted.put(uri, new Linted(version, lint));
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, lint.diagnostics(), version));
    }
  }

  private FindingDiagnostics.Linted lintNow(String uri, Open o) {
    return FindingDiagnostics.lint(configs.linterFor(uri), docsBase, WorkspaceConfigs.nameOf(uri),
        DocumentKind.of(uri, o.languageId(), o.text()), o.text());
  }

  private void warn(String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(MessageType.Warning, message));
    }
  }
}
