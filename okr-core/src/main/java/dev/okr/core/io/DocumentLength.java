package dev.okr.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Passes a document through to the parser and stops it, with {@link Exceeded}, at the first read
 * that takes it past a number of characters: the size is bounded while the stream is read, before
 * the parsers hold its text, the same for JSON and YAML. Not thread-safe: one instance per
 * document read.
 */
final class DocumentLength extends FilterReader {
  /** The document has more characters than the reader takes. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded(int limit) {
      super("the document is longer than " + limit + " characters, the most read");
    }
  }

  private final int limit;
  private long read;

  DocumentLength(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws Exceeded {
    read += n;
    if (read > limit) {
      throw new Exceeded(limit);
    }
  }

  /** The {@link Exceeded} that caused {@code failure}, however the parser wrapped it. */
  static @Nullable Exceeded causeOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Exceeded exceeded) {
        return exceeded;
      }
    }
    return null;
  }
}
