package dev.okr.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Passes a document through to the parser and stops it, with {@link Found}, at the first control
 * character neither syntax allows in a document: U+0000 to U+001F but tab, line feed and carriage
 * return, and for YAML also U+007F to U+009F but U+0085 (next line), U+FFFE and U+FFFF. The parsers
 * find them too, but SnakeYAML names the first line of the document for any of them and Jackson
 * names no field; this names the line and column (in UTF-16 code units, as errors count them) and
 * the character. Not thread-safe: one instance per document read.
 */
final class ControlCharacters extends FilterReader {
  /** A control character the document's syntax does not allow, with its position. */
  static final class Found extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    Found(int line, int column, char c, DocumentFormat format) {
      super(String.format(Locale.ROOT, "control character U+%04X is not allowed in a %s document; remove it, or write it"
          + " escaped in quoted text (\\u%04X)", (int) c, format == DocumentFormat.JSON ? "JSON" : "YAML", (int) c));
      this.line = line;
      this.column = column;
    }

    /** The 1-based line of the character. */
    int line() {
      return line;
    }

    /** The 1-based column of the character, in UTF-16 code units. */
    int column() {
      return column;
    }
  }

  private final boolean yaml;
  private final DocumentFormat format;
  private final TextPosition position = new TextPosition();

  ControlCharacters(Reader in, DocumentFormat format) {
    super(in);
    this.format = format;
    this.yaml = format == DocumentFormat.YAML;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      check((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      check(buffer[offset + i]);
    }
    return n;
  }

  private void check(char c) throws Found {
    if (c != '\n' && c != '\r' && forbidden(c)) {
      throw new Found((int) position.line(), (int) position.column(), c, format);
    }
    position.advance(c);
  }

  private boolean forbidden(char c) {
    if (c < 0x20) {
      return c != '\t';
    }
    return yaml && ((c >= 0x7F && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF);
  }

  /** The {@link Found} that caused {@code failure}, however the parser wrapped it. */
  static @Nullable Found causeOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Found found) {
        return found;
      }
    }
    return null;
  }
}
