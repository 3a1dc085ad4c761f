/**
 * A language server for OKR documents: {@link dev.okr.lsp.OkrLanguageServer} lints YAML, JSON and
 * Markdown or text outlines as they are typed, publishing each finding as a diagnostic, and explains
 * on hover what the statement reader understood of a key result.
 */
@NullMarked
package dev.okr.lsp;

import org.jspecify.annotations.NullMarked;
