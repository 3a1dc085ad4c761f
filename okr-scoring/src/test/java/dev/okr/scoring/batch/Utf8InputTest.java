package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 reader: text read whole in any buffer size, and bytes that are not UTF-8 named with their place. */
class Utf8InputTest {

  private static String readAll(byte[] bytes, int chunk) throws IOException {
    try (Utf8Input in = new Utf8Input(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[chunk + 2];
      int n;
      while ((n = in.read(buffer, 1, chunk)) >= 0) {
        assertThat(n).isPositive();
        text.append(buffer, 1, n);
      }
      assertThat(in.read(buffer, 0, chunk)).isEqualTo(-1);
      return text.toString();
    }
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void textIsReadWholeWhateverTheBufferSize() throws IOException {
    String text = "kr_id,value\nK,Zürich €5 😀\n";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(utf8, 1 + 1)).isEqualTo(text);
    assertThat(readAll(utf8, 3)).isEqualTo(text);
    assertThat(readAll(utf8, 4096)).isEqualTo(text);
    assertThat(readAll(new byte[0], 8)).isEmpty();
  }

  @Test
  void aReadOfNothingReadsNothing() throws IOException {
    try (Utf8Input in = new Utf8Input(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)))) {
      assertThat(in.read(new char[4], 0, 0)).isZero();
      char[] one = new char[4];
      assertThat(in.read(one, 0, 4)).isEqualTo(3);
      assertThat(new String(one, 0, 3)).isEqualTo("abc");
    }
  }

  @Test
  void bytesThatAreNotUtf8AreNamedWithTheirLineAndColumn() {
    byte[] latin1 = concat("a,b\ncd".getBytes(StandardCharsets.US_ASCII), bytes(0xFC, 0x72));
    assertThatThrownBy(() -> readAll(latin1, 64)).isInstanceOf(BatchException.class)
        .hasMessage("line 2: column 3: bytes that are not valid UTF-8 (0xFC); save the file as UTF-8 (in Excel: \"CSV UTF-8\")");
    // a sequence cut short by the end of the file: both of its bytes named
    byte[] cut = concat("x".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x82));
    assertThatThrownBy(() -> readAll(cut, 64)).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 1: column 2: bytes that are not valid UTF-8 (0xE2 0x82)");
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream stream = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    new Utf8Input(stream).close();
    assertThat(closed).isTrue();
  }
}
