package dev.okr.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OkrLanguageServerTest {

  static final String OUTLINE = """
      # Q4 OKRs

      ## Objective: Make the first week with Fieldnote feel effortless

      - KR1: Increase day-7 activation of new sign-ups from 38% to 50% by December
      - KR2: Launch the new onboarding checklist
      """;

  static final String YAML = """
      formatVersion: 1
      cycle: 2026-Q3
      objectives:
        - id: retention
          title: Make Fieldnote the notebook people keep coming back to
          kind: aspirational
          owner: {team: Company}
          keyResults:
            - id: retention-8w
              statement: Increase 8-week retention of new sign-ups from 31% to 40%
              measurement: {type: increase, unit: '%', baseline: 31, target: 40}
              checkIns:
                - {date: 2026-07-06, value: 31.2}
                - {date: 2026-09-14, value: 37.2}
            - id: gallery
              statement: Launch the template gallery
      """;

  @TempDir Path folder;

  private static DidOpenTextDocumentParams open(String uri, String languageId, String text) {
    return new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text));
  }

  private static DidChangeTextDocumentParams change(String uri, int version, Range range, String text) {
    return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(range, text)));
  }

  private static Range range(int line, int character, int endLine, int endCharacter) {
    return new Range(new Position(line, character), new Position(endLine, endCharacter));
  }

  @Test
  void lintsAnOutlineOnOpenAndOnAnIncrementalChangeAndExplainsAKeyResultOnHover() throws Exception {
    String uri = folder.resolve("q4.md").toUri().toString();
    try (LspSession session = new LspSession(Duration.ofMillis(5))) {
      InitializeResult init = session.initialize(folder.toUri().toString());
      assertThat(init.getCapabilities().getTextDocumentSync().getLeft()).isEqualTo(TextDocumentSyncKind.Incremental);
      assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();
      assertThat(init.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds())
          .containsExactly(CodeActionKind.QuickFix);

      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", OUTLINE));
      List<Diagnostic> opened = session.awaitDiagnostics(uri, 1).getDiagnostics();
      Diagnostic taskLike = opened.stream().filter(d -> d.getCode().getLeft().equals("kr-task-like")).findFirst()
          .orElseThrow();
      assertThat(taskLike.getSource()).isEqualTo("okr");
      assertThat(taskLike.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
      assertThat(taskLike.getCodeDescription().getHref()).isEqualTo("https://okr.dev/okr-lint/docs/rules/kr-task-like.md");
      assertThat(taskLike.getRange().getStart().getLine()).isEqualTo(5);
      assertThat(taskLike.getMessage()).contains("Suggestion: ");

      // KR2 becomes an outcome: "Launch the new onboarding checklist" -> "Increase ... from 10% to 30%"
      String line = "- KR2: Launch the new onboarding checklist";
      session.remote.getTextDocumentService().didChange(change(uri, 2, range(5, 7, 5, line.length()),
          "Increase the share of new sign-ups who finish the onboarding checklist from 10% to 30% by December"));
      List<Diagnostic> changed = session.awaitDiagnostics(uri, 2).getDiagnostics();
      assertThat(changed).noneMatch(d -> d.getCode().getLeft().equals("kr-task-like"));

      Hover hover = session.remote.getTextDocumentService()
          .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(5, 10))).get(30, TimeUnit.SECONDS);
      assertThat(hover.getContents().getRight().getValue())
          .contains("| direction | increase |", "| baseline | 10% |", "| target | 30% |", "| deadline |");
      Hover none = session.remote.getTextDocumentService()
          .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 2))).get(30, TimeUnit.SECONDS);
      assertThat(none).isNull();

      var actions = session.remote.getTextDocumentService().codeAction(new CodeActionParams(
          new TextDocumentIdentifier(uri), range(5, 0, 5, 5), new CodeActionContext(changed))).get(30, TimeUnit.SECONDS);
      assertThat(actions).as("no finding on the outcome's line: no quick fixes").isEmpty();

      assertThat(session.shutdownAndExit()).isTrue();
    }
  }

  /** Asks for the quick fixes at a diagnostic and returns the one with this title. */
  private static CodeAction quickFix(LspSession session, String uri, Diagnostic at, String title) throws Exception {
    List<Either<Command, CodeAction>> actions = session.remote.getTextDocumentService().codeAction(new CodeActionParams(
        new TextDocumentIdentifier(uri), at.getRange(), new CodeActionContext(List.of(at)))).get(30, TimeUnit.SECONDS);
    assertThat(actions).allSatisfy(a -> assertThat(a.getRight().getKind()).isEqualTo(CodeActionKind.QuickFix));
    return actions.stream().map(Either::getRight).filter(a -> a.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no quick fix \"" + title + "\" among " + actions));
  }

  /** Sends a quick fix's edits of one document as the client applies them: one incremental change. */
  private static void apply(LspSession session, String uri, int version, CodeAction action) {
    List<TextEdit> edits = action.getEdit().getChanges().get(uri);
    assertThat(edits).hasSize(1);
    session.remote.getTextDocumentService().didChange(change(uri, version, edits.get(0).getRange(), edits.get(0).getNewText()));
  }

  @Test
  void offersTheFixesOfAFindingAsQuickFixesWhoseEditsRemoveIt() throws Exception {
    String uri = folder.resolve("q3.yaml").toUri().toString();
    String unlabelled = YAML.replace("    kind: aspirational\n", "");
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(folder.toUri().toString());
      session.remote.getTextDocumentService().didOpen(open(uri, "yaml", unlabelled));
      Diagnostic missingKind = session.awaitDiagnostics(uri, 1).getDiagnostics().stream()
          .filter(d -> d.getCode().getLeft().equals("okr-missing-kind")).findFirst().orElseThrow();

      CodeAction committed = quickFix(session, uri, missingKind, "Label it committed (must reach 1.0)");
      assertThat(committed.getDiagnostics()).containsExactly(missingKind);
      apply(session, uri, 2, committed);
      List<Diagnostic> fixed = session.awaitDiagnostics(uri, 2).getDiagnostics();
      assertThat(fixed).noneMatch(d -> d.getCode().getLeft().equals("okr-missing-kind"));
      assertThat(session.server.openText(uri).orElseThrow()).contains("  - kind: committed\n    id: retention\n");

      Diagnostic taskLike = fixed.stream().filter(d -> d.getCode().getLeft().equals("kr-task-like")).findFirst().orElseThrow();
      apply(session, uri, 3, quickFix(session, uri, taskLike, "Suppress kr-task-like here (then write why)"));
      List<Diagnostic> suppressed = session.awaitDiagnostics(uri, 3).getDiagnostics();
      assertThat(suppressed).noneMatch(d -> d.getCode().getLeft().equals("kr-task-like")
          || d.getCode().getLeft().equals(FindingDiagnostics.UNREADABLE));
      assertThat(session.server.openText(uri).orElseThrow())
          .contains("      - suppressions: [\"kr-task-like -- TODO: say why\"]\n        id: gallery\n");
      session.shutdownAndExit();
    }
  }

  @Test
  void aQuickFixInAnOutlineSuppressesTheFindingOnItsLine() throws Exception {
    String uri = folder.resolve("q4.md").toUri().toString();
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(null);
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", OUTLINE));
      Diagnostic taskLike = session.awaitDiagnostics(uri, 1).getDiagnostics().stream()
          .filter(d -> d.getCode().getLeft().equals("kr-task-like")).findFirst().orElseThrow();
      apply(session, uri, 2, quickFix(session, uri, taskLike, "Suppress kr-task-like here (then write why)"));
      assertThat(session.awaitDiagnostics(uri, 2).getDiagnostics()).noneMatch(d -> d.getCode().getLeft().equals("kr-task-like"));
      assertThat(session.server.openText(uri).orElseThrow())
          .contains("- KR2: Launch the new onboarding checklist <!-- okr-lint-disable kr-task-like -- TODO: say why -->");
      session.shutdownAndExit();
    }
  }

  @Test
  void hoverOnAYamlKeyResultShowsItsScoreFromItsCheckIns() throws Exception {
    String uri = folder.resolve("q3.yaml").toUri().toString();
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(folder.toUri().toString());
      session.remote.getTextDocumentService().didOpen(open(uri, "yaml", YAML));
      List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, 1).getDiagnostics();
      assertThat(diagnostics).anyMatch(d -> d.getCode().getLeft().equals("kr-task-like")
          && d.getRange().getStart().getLine() == 15);

      Hover hover = session.remote.getTextDocumentService()
          .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(9, 20))).get(30, TimeUnit.SECONDS);
      assertThat(hover.getContents().getRight().getValue())
          .contains("`retention-8w`", "| target | 40% |", "**Score** ");
      session.shutdownAndExit();
    }
  }

  @Test
  void badYamlIsOneDiagnosticAtItsPositionAndFixingItLintsAgain() throws Exception {
    String uri = folder.resolve("broken.yaml").toUri().toString();
    String broken = YAML.replace("    title: Make", "    title: [Make");
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(null);
      session.remote.getTextDocumentService().didOpen(open(uri, "yaml", broken));
      List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, 1).getDiagnostics();
      assertThat(diagnostics).hasSize(1);
      assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo(FindingDiagnostics.UNREADABLE);
      assertThat(diagnostics.get(0).getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(diagnostics.get(0).getRange().getStart().getLine()).isBetween(4, 6);

      session.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(YAML))));
      assertThat(session.awaitDiagnostics(uri, 2).getDiagnostics())
          .noneMatch(d -> d.getCode().getLeft().equals(FindingDiagnostics.UNREADABLE))
          .anyMatch(d -> d.getCode().getLeft().equals("kr-task-like"));
      session.shutdownAndExit();
    }
  }

  @Test
  void honoursTheWorkspaceFoldersLintConfigurationAndSuppressions() throws Exception {
    Files.writeString(folder.resolve(".okrlint.yaml"), "rules:\n  kr-task-like: off\n", StandardCharsets.UTF_8);
    String uri = folder.resolve("q4.md").toUri().toString();
    String outline = OUTLINE.replace("- KR1:", "<!-- okr-lint-disable kr-no-deadline -- agreed -->\n- KR1:");
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(folder.toUri().toString());
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", outline));
      List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, 1).getDiagnostics();
      assertThat(diagnostics).noneMatch(d -> d.getCode().getLeft().equals("kr-task-like"));
      session.shutdownAndExit();
    }
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(null); // no workspace folder: the defaults
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", OUTLINE));
      assertThat(session.awaitDiagnostics(uri, 1).getDiagnostics())
          .anyMatch(d -> d.getCode().getLeft().equals("kr-task-like"));
      session.shutdownAndExit();
    }
  }

  @Test
  void aSuppressionSilencesItsFinding() throws Exception {
    String uri = folder.resolve("q4.md").toUri().toString();
    String suppressed = OUTLINE.replace("- KR2:",
        "<!-- okr-lint-disable kr-task-like -- the checklist is the committed deliverable -->\n- KR2:");
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(null);
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", suppressed));
      assertThat(session.awaitDiagnostics(uri, 1).getDiagnostics())
          .noneMatch(d -> d.getCode().getLeft().equals("kr-task-like"));
      session.shutdownAndExit();
    }
  }

  @Test
  void aNewerVersionSupersedesAnOlderOne() throws Exception {
    String uri = folder.resolve("q4.md").toUri().toString();
    try (LspSession session = new LspSession(Duration.ofMillis(200))) {
      session.initialize(null);
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", OUTLINE));
      for (int v = 2; v <= 20; v++) {
        session.remote.getTextDocumentService().didChange(change(uri, v, range(0, 0, 0, 0), "x"));
      }
      session.awaitDiagnostics(uri, 20);
      Thread.sleep(300);
      assertThat(session.published.get(uri).getVersion()).isEqualTo(20);
      session.shutdownAndExit();
    }
  }

  /** The exchange the README shows, written to target/lsp-exchange.txt as the client traced it. */
  @Test
  void recordsAnExchange() throws Exception {
    String uri = "file:///home/me/okrs/q4.md";
    String text = "## Objective: Make the first week effortless\n- KR1: Launch the new onboarding checklist\n";
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize("file:///home/me/okrs");
      session.remote.getTextDocumentService().didOpen(open(uri, "markdown", text));
      Diagnostic taskLike = session.awaitDiagnostics(uri, 1).getDiagnostics().stream()
          .filter(d -> d.getCode().getLeft().equals("kr-task-like")).findFirst().orElseThrow();
      session.remote.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
          taskLike.getRange(), new CodeActionContext(List.of(taskLike)))).get(30, TimeUnit.SECONDS);
      session.remote.getTextDocumentService().didChange(change(uri, 2, range(1, 7, 1, 42),
          "Raise day-7 activation from 38% to 50% by December"));
      session.awaitDiagnostics(uri, 2);
      session.remote.getTextDocumentService()
          .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 10))).get(30, TimeUnit.SECONDS);
      session.shutdownAndExit();
      String trace = session.trace();
      assertThat(trace).contains("'initialize - (1)'", "'textDocument/didOpen'", "'textDocument/publishDiagnostics'",
          "'textDocument/codeAction - (2)'", "\"kind\": \"quickfix\"", "'textDocument/didChange'",
          "'textDocument/hover - (3)'", "'shutdown - (4)'", "'exit'");
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.writeString(target.resolve("lsp-exchange.txt"), trace, StandardCharsets.UTF_8);
      }
    }
  }
}
