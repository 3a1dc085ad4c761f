package dev.okr.lsp;

import dev.okr.lint.Finding;
import dev.okr.lint.Fix;
import dev.okr.lint.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The quick fixes of a lint: for each diagnostic whose range touches the range a client asks
 * about, one code action of kind {@code quickfix} per fix of its finding ({@link Finding#fixes()}),
 * naming the diagnostic and carrying the fix as a workspace edit of the document.
 */
final class QuickFixes {
  private QuickFixes() {}

  /** The code actions for the findings of {@code linted} that touch {@code range} of the document {@code uri}. */
  static List<Either<Command, CodeAction>> of(String uri, FindingDiagnostics.Linted linted, Range range) {
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    for (int i = 0; i < linted.findings().size(); i++) {
      Diagnostic d = linted.diagnostics().get(i);
      Finding f = linted.findings().get(i);
      if (f.fixes().isEmpty() || !touches(d.getRange(), range)) {
        continue;
      }
      for (Fix fix : f.fixes()) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        List<TextEdit> edits = new ArrayList<>(fix.replacements().size());
        for (Replacement r : fix.replacements()) {
          edits.add(new TextEdit(new Range(new Position(r.startLine() - 1, r.startColumn() - 1),
              new Position(r.endLine() - 1, r.endColumn() - 1)), r.text()));
        }
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        actions.add(Either.forRight(action));
      }
    }
    return actions;
  }

  /** Whether two ranges share a position, their ends included. */
  static boolean touches(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}
