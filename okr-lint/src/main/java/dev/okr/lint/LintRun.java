package dev.okr.lint;

import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What one lint call shares between its scopes: the document, the configuration and the date. */
final class LintRun {
  final OkrSet set;
  final LintConfig config;
  final LocalDate asOf;
  final Optional<String> file;
  /** What the linter has computed from texts alone: the statements it has read, values memoised by text. */
  final TextCache texts;
  /** Whether elements' source positions mark the first character of their text (outlines do). */
  final boolean positionsAtText;
  /** Counts columns in code points in the document's text, when the linter has it. */
  final @Nullable CodePointColumns codePointColumns;
  /** Makes the fixes of findings in the document's text, when the linter has it. */
  final @Nullable Fixes fixes;

  LintRun(OkrSet set, LintConfig config, LocalDate asOf, Optional<String> file, TextCache texts,
      boolean positionsAtText, Optional<String> text) {
    this.positionsAtText = positionsAtText;
    this.codePointColumns = text.map(CodePointColumns::new).orElse(null);
    this.fixes = codePointColumns == null ? null : new Fixes(codePointColumns, positionsAtText);
    this.set = set;
    this.texts = texts;
    this.config = config;
    this.asOf = asOf;
    this.file = file;
  }
}
