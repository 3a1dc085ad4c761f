package dev.okr.lsp;

import java.util.Locale;

/** How a document is read: by the extension of its URI, else by the editor's language id. */
enum DocumentKind {
  /** The interchange form in YAML. */
  YAML,
  /** The interchange form in JSON. */
  JSON,
  /** A Markdown or plain-text outline. */
  OUTLINE;

  /** The kind of a document; an unknown one is read as YAML if it looks like it, else as an outline. */
  static DocumentKind of(String uri, String languageId, String text) {
    String path = uri.toLowerCase(Locale.ROOT);
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return YAML;
    }
    if (path.endsWith(".json")) {
      return JSON;
    }
    if (path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".txt")) {
      return OUTLINE;
    }
    switch (languageId.toLowerCase(Locale.ROOT)) {
      case "yaml":
        return YAML;
      case "json":
      case "jsonc":
        return JSON;
      case "markdown":
      case "plaintext":
        return OUTLINE;
      default:
        String start = text.stripLeading();
        if (start.startsWith("{")) {
          return JSON;
        }
        return start.startsWith("formatVersion") || start.startsWith("objectives") ? YAML : OUTLINE;
    }
  }
}
