package dev.okr.scoring.batch;

import dev.okr.core.io.TextPosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes a byte stream as UTF-8 strictly: bytes that are not valid UTF-8 stop the read with a
 * {@link BatchException} naming the line, the column and the bytes, instead of becoming U+FFFD.
 * Lines end at LF, CR or CRLF, as the CSV reader counts them.
 */
final class Utf8Input extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean eof;
  private boolean flushed;
  private final TextPosition position = new TextPosition();

  Utf8Input(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    int start = off;
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    int counted = off;
    while (true) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      count(cbuf, counted, out.position());
      counted = out.position();
      if (result.isError()) {
        throw malformed(result.length());
      }
      if (out.position() > start) {
        return out.position() - start;
      }
      if (eof) {
        decoder.flush(out);
        flushed = true;
        count(cbuf, counted, out.position());
        return out.position() > start ? out.position() - start : -1;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
  }

  private void count(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      position.advance(c);
    }
  }

  private BatchException malformed(int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xff));
    }
    return new BatchException(position.line(), "column " + position.column() + ": bytes that are not valid UTF-8 (" + hex
        + "); save the file as UTF-8 (in Excel: \"CSV UTF-8\")");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
