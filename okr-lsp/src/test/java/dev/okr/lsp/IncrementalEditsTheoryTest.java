package dev.okr.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.okr.lint.Linter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * After 200 random incremental edits sent as {@code didChange} (ranges in UTF-16 code units, with
 * line breaks of every kind and characters outside the Basic Multilingual Plane among the inserted
 * text), the server holds the client's text and the last diagnostics it published are those of a
 * fresh lint of the final text.
 */
class IncrementalEditsTheoryTest {
  private static final int EDITS = 200;
  /** Each example is 200 round trips; a tenth of the usual examples per property. */
  private static final int EXAMPLES = Math.max(1, Integer.getInteger("okr.properties.examples", 1000) / 100);

  private static final List<String> INSERTS = List.of("", "x", " ", "\n", "\r\n", "\r", "🚀", "é", "- KR: ",
      "## Objective: Grow revenue\n", "- KR3: Launch the new checklist\n",
      "- KR4: Increase weekly active writers from 10% to 20% by June\n", "from 38% to 50%", " by December",
      "Launch ", "Improve onboarding", "<!-- okr-lint-disable kr-task-like -- agreed -->\n", "1. ", "#", "objectives:");

  /** An edit: where it starts and ends, as fractions of the text in thousandths, and what it inserts. */
  record Edit(int start, int end, String insert) {}

  private static Gen<Edit> edits() {
    return integers().between(0, 1000).zip(integers().between(0, 1000), Generate.pick(INSERTS), Edit::new);
  }

  @Test
  void theLastDiagnosticsPublishedAreThoseOfAFreshLintOfTheFinalText() throws Exception {
    AtomicInteger documents = new AtomicInteger();
    try (LspSession session = new LspSession(Duration.ZERO)) {
      session.initialize(null);
      qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(lists().of(edits()).ofSize(EDITS)).checkAssert(list -> {
        String uri = "untitled:okrs-" + documents.incrementAndGet() + ".md";
        String text = OkrLanguageServerTest.OUTLINE;
        session.remote.getTextDocumentService().didOpen(
            new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
        int version = 1;
        for (Edit edit : list) {
          int a = edit.start() * text.length() / 1000;
          int b = edit.end() * text.length() / 1000;
          int start = notInsideALineBreak(text, Math.min(a, b));
          int end = notInsideALineBreak(text, Math.max(a, b));
          Range range = new Range(position(text, start), position(text, end));
          text = text.substring(0, start) + edit.insert() + text.substring(end);
          version++;
          session.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, version),
              List.of(new TextDocumentContentChangeEvent(range, edit.insert()))));
        }
        List<Diagnostic> published;
        try {
          published = session.awaitDiagnostics(uri, version).getDiagnostics();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        assertThat(session.server.openText(uri)).contains(text);
        List<Diagnostic> fresh = FindingDiagnostics.of(Linter.withDefaults(), "https://okr.dev/",
            uri.substring(uri.indexOf(':') + 1), DocumentKind.OUTLINE, text);
        assertThat(published).isEqualTo(fresh);
      });
      session.shutdownAndExit();
    }
  }

  /**
   * An index moved off the middle of a {@code \r\n} or of a surrogate pair, where an editor never
   * puts the cursor: a change there would leave half a line break or half a character (which
   * cannot even be sent, as JSON in UTF-8 has no lone surrogates).
   */
  static int notInsideALineBreak(String text, int index) {
    boolean inside = index > 0 && index < text.length()
        && (text.charAt(index - 1) == '\r' && text.charAt(index) == '\n'
            || Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index)));
    return inside ? index - 1 : index;
  }

  /**
   * The protocol position of an index, counted here independently of the server: lines end at
   * {@code \r\n}, {@code \n} or {@code \r}; characters are UTF-16 code units.
   */
  static Position position(String text, int index) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, index - lineStart);
  }

  @Test
  void positionsSplitNoLineBreak() {
    List<Position> seen = new ArrayList<>();
    String text = "a\r\nb🚀\rc";
    LineIndex lines = new LineIndex(text);
    for (int i = 0; i <= text.length(); i++) {
      assertThat(lines.position(i)).as("index %d", i).isEqualTo(TextChanges.position(text, i));
      seen.add(position(text, i));
      assertThat(TextChanges.position(text, i)).as("index %d", i).isEqualTo(position(text, i));
    }
    assertThat(seen.get(seen.size() - 1)).isEqualTo(new Position(2, 1));
  }
}
