package dev.okr.lsp;

import dev.okr.core.OkrSet;
import dev.okr.core.io.DocumentFormat;
import dev.okr.core.io.OkrFormatException;
import dev.okr.core.io.OkrReader;
import dev.okr.core.outline.OutlineImport;
import dev.okr.lint.Document;
import java.util.Optional;

/**
 * An open document's text read as OKRs: the document the linter takes, or why it could not be
 * read and where.
 *
 * @param text the text
 * @param document the document to lint, when the text could be read
 * @param problem why it could not, when it could not
 * @param line the 0-based line of the problem
 * @param character the 0-based character (UTF-16) of the problem
 */
record ParsedDocument(String text, Optional<Document> document, Optional<String> problem, int line, int character) {

  /** Reads a text of a kind, naming it {@code name} in the document; never throws. */
  static ParsedDocument read(String name, DocumentKind kind, String text) {
    try {
      if (kind == DocumentKind.OUTLINE) {
        OutlineImport imported = OutlineImport.read(text);
        return new ParsedDocument(text, Optional.of(Document.outline(imported.okrSet(), name, text, imported.unplaced())),
            Optional.empty(), 0, 0);
      }
      OkrSet set = OkrReader.of(kind == DocumentKind.JSON ? DocumentFormat.JSON : DocumentFormat.YAML).read(text, name);
      return new ParsedDocument(text, Optional.of(Document.of(set, name, text)), Optional.empty(), 0, 0);
    } catch (OkrFormatException e) {
      return new ParsedDocument(text, Optional.empty(), Optional.of(
          (e.path().isEmpty() ? "" : e.path() + ": ") + OkrReader.oneLine(e.problem())),
          Math.max(0, e.line() - 1), Math.max(0, e.column() - 1));
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : OkrReader.oneLine(e.getMessage());
      return new ParsedDocument(text, Optional.empty(), Optional.of(message), 0, 0);
    }
  }

  /** The OKRs read, when the text could be read. */
  Optional<OkrSet> set() {
    return document.map(Document::set);
  }
}
