package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The bound on a document's length: exactly the limit is read, one character more is not. */
class DocumentLengthTest {

  private static String readBlocks(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[4];
    for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static String readChars(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int c; (c = in.read()) >= 0; ) {
      out.append((char) c);
    }
    return out.toString();
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadWhole() throws IOException {
    assertThat(readBlocks(new DocumentLength(new StringReader("0123456789"), 10))).isEqualTo("0123456789");
    assertThat(readChars(new DocumentLength(new StringReader("0123456789"), 10))).isEqualTo("0123456789");
    assertThat(readBlocks(new DocumentLength(new StringReader(""), 0))).isEmpty();
  }

  @Test
  void oneCharacterPastTheLimitStopsTheRead() {
    assertThatThrownBy(() -> readBlocks(new DocumentLength(new StringReader("0123456789a"), 10)))
        .isInstanceOf(DocumentLength.Exceeded.class)
        .hasMessage("the document is longer than 10 characters, the most read");
    assertThatThrownBy(() -> readChars(new DocumentLength(new StringReader("0123456789a"), 10)))
        .isInstanceOf(DocumentLength.Exceeded.class)
        .hasMessage("the document is longer than 10 characters, the most read");
  }

  @Test
  void charsReadOneByOneAndInBlocksAddUp() throws IOException {
    DocumentLength in = new DocumentLength(new StringReader("abcdefg"), 6);
    assertThat(in.read()).isEqualTo('a');
    char[] buffer = new char[5];
    assertThat(in.read(buffer, 0, 5)).isEqualTo(5);
    assertThatThrownBy(in::read).isInstanceOf(DocumentLength.Exceeded.class);
  }

  @Test
  void theEndOfTheStreamCountsNothing() throws IOException {
    DocumentLength in = new DocumentLength(new StringReader("ab"), 2);
    assertThat(readBlocks(in)).isEqualTo("ab");
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new char[2], 0, 2)).isEqualTo(-1);
    assertThat(in.read(new char[2], 0, 0)).isZero();
  }

  @Test
  void theCauseIsFoundHoweverDeeplyWrapped() {
    DocumentLength.Exceeded exceeded = new DocumentLength.Exceeded(5);
    assertThat(DocumentLength.causeOf(exceeded)).isSameAs(exceeded);
    assertThat(DocumentLength.causeOf(new RuntimeException(new UncheckedIOException(exceeded)))).isSameAs(exceeded);
    assertThat(DocumentLength.causeOf(new RuntimeException(new IOException("other")))).isNull();
  }

  @Test
  void aNulCharacterCountsLikeAnyOther() {
    assertThatThrownBy(() -> readChars(new DocumentLength(new StringReader("\0\0\0"), 2)))
        .isInstanceOf(DocumentLength.Exceeded.class);
  }
}
