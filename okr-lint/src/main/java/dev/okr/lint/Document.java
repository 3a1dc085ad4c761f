package dev.okr.lint;

import dev.okr.core.OkrSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is linted: an OKR set, and where it came from when it came from a file — the file name
 * shown in reports (use a path relative to the repository root for SARIF) and, for a Markdown or
 * plain-text outline, the source text, whose {@code <!-- okr-lint-disable ... -->} comments are
 * read as suppressions.
 */
@Value.Immutable
public interface Document {

  /** The OKRs. */
  @Value.Parameter
  OkrSet set();

  /** The file's name or relative path, as reports show it. */
  Optional<String> file();

  /** The text of a Markdown or plain-text outline the set was read from. */
  Optional<String> outlineText();

  /** A document known only as a set. */
  static Document of(OkrSet set) {
    return ImmutableDocument.of(set);
  }

  /** A set read from a structured file (YAML, JSON), named as reports should show it. */
  static Document of(OkrSet set, String file) {
    return ImmutableDocument.builder().set(set).file(file).build();
  }

  /**
   * A set read from a Markdown or plain-text outline (okr-core's {@code OutlineImport}), with the
   * outline's text. Its elements' positions mark the first character of their text, so findings
   * point at the offending words.
   */
  static Document outline(OkrSet set, String file, String text) {
    return ImmutableDocument.builder().set(set).file(file).outlineText(text).build();
  }
}
