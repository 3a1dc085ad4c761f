package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The CSV input check at its edges: a closed quoted field followed by a line end or by other text,
 * a source that reads nothing for a while, and a read of no characters.
 */
class CheckedCsvInputEdgesTest {

  private static String read(Reader source) throws IOException {
    try (Reader in = new CheckedCsvInput(source)) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[8];
      int n;
      while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    }
  }

  /**
   * A source that answers every other read with no characters (as a slow stream may) and the others
   * with one, so that the byte order mark comes alone and leaves a read of nothing once dropped.
   */
  private static Reader hesitant(String text) {
    return new StringReader(text) {
      private boolean pause = true;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        pause = !pause;
        return pause || len == 0 ? 0 : super.read(cbuf, off, 1);
      }
    };
  }

  @Test
  void aLineEndAfterAClosedQuotedFieldStartsAField() {
    assertThatThrownBy(() -> read(new StringReader("\"a\"\n\"b"))).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 1: a quoted field begins here");
    assertThatThrownBy(() -> read(new StringReader("\"a\"\r\"b"))).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 1: a quoted field begins here");
    assertThatThrownBy(() -> read(new StringReader("\"a\"\r\n\"b"))).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 1: a quoted field begins here");
  }

  @Test
  void textAfterAClosedQuotedFieldOpensNoQuote() throws IOException {
    // FastCSV reads "a"x"b as one field: the quote after x is text, not an opening quote
    assertThat(read(new StringReader("\"a\"x\"b\nc"))).isEqualTo("\"a\"x\"b\nc");
  }

  @Test
  void aSourceThatReadsNothingForAWhileIsReadWhole() throws IOException {
    String csv = "\uFEFFa,\"b\"\"c\"\n\"d\",e\n";
    assertThat(read(hesitant(csv))).isEqualTo("a,\"b\"\"c\"\n\"d\",e\n");
    assertThatThrownBy(() -> read(hesitant("a,b\nc,\"d"))).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 3: a quoted field begins here");
  }

  @Test
  void aReadOfNoCharactersReadsNone() throws IOException {
    try (Reader in = new CheckedCsvInput(new StringReader("\uFEFFab"))) {
      assertThat(in.read(new char[2], 0, 0)).isZero();
      char[] three = new char[3];
      assertThat(in.read(three, 0, 3)).isEqualTo(2);
      assertThat(new String(three, 0, 2)).isEqualTo("ab");
      assertThat(in.read()).isEqualTo(-1);
    }
  }
}
