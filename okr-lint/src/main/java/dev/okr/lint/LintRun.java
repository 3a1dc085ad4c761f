package dev.okr.lint;

import dev.okr.core.OkrSet;
import java.time.LocalDate;
import java.util.Optional;

/** What one lint call shares between its scopes: the document, the configuration and the date. */
final class LintRun {
  final OkrSet set;
  final LintConfig config;
  final LocalDate asOf;
  final Optional<String> file;

  LintRun(OkrSet set, LintConfig config, LocalDate asOf, Optional<String> file) {
    this.set = set;
    this.config = config;
    this.asOf = asOf;
    this.file = file;
  }
}
