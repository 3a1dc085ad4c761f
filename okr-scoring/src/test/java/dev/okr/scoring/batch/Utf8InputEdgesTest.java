package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The strict UTF-8 reader at its edges: a stream that hands over one byte at a time, text longer
 * than its byte buffer, every kind of line end before a bad byte, and a buffer range out of bounds.
 */
class Utf8InputEdgesTest {

  private static String readAll(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1000];
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  /** A stream that gives at most one byte a read, so a character's bytes arrive in several reads. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void aCharacterWhoseBytesArriveInSeveralReadsIsDecodedWhole() throws IOException {
    String text = "Zürich €5 😀\n";
    try (Utf8Input in = new Utf8Input(trickle(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(readAll(in)).isEqualTo(text);
    }
  }

  @Test
  void textLongerThanTheByteBufferIsReadWhole() throws IOException {
    String text = "kr,€ü😀\n".repeat(20_000); // about 260 KB, four times the buffer
    try (Utf8Input in = new Utf8Input(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(readAll(in)).isEqualTo(text);
    }
  }

  @Test
  void aBadByteIsPlacedAfterLinesEndedByLfCrAndCrlf() {
    byte[] good = "a\nb\rc\r\nde".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xFF;
    assertThatThrownBy(() -> readAll(new Utf8Input(new ByteArrayInputStream(bad)))).isInstanceOf(BatchException.class)
        .hasMessage("line 4: column 3: bytes that are not valid UTF-8 (0xFF); save the file as UTF-8 (in Excel: \"CSV UTF-8\")");
    assertThatThrownBy(() -> readAll(new Utf8Input(trickle(bad)))).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 4: column 3: bytes that are not valid UTF-8 (0xFF)");
  }

  @Test
  void aRangeOutsideTheBufferIsRefused() throws IOException {
    try (Utf8Input in = new Utf8Input(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(() -> in.read(new char[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> in.read(new char[4], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
      char[] all = new char[4];
      assertThat(in.read(all, 1, 3)).isEqualTo(3);
      assertThat(new String(all, 1, 3)).isEqualTo("abc");
    }
  }
}
