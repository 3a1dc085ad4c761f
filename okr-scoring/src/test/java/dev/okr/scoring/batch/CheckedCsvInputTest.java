package dev.okr.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The CSV input check: a leading byte-order mark dropped, and a quoted field whose closing quote is
 * missing named where it begins, a quote counting as an opening one only at the start of a field.
 */
class CheckedCsvInputTest {

  private static String read(String text, char delimiter, int chunk) throws IOException {
    try (Reader in = new CheckedCsvInput(new StringReader(text), delimiter)) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[chunk + 1];
      int n;
      while ((n = in.read(buffer, 1, chunk)) >= 0) {
        out.append(buffer, 1, n);
      }
      return out.toString();
    }
  }

  @Test
  void aLeadingByteOrderMarkIsDroppedAndOnlyThatOne() throws IOException {
    assertThat(read("\uFEFFa,b\n", ',', 64)).isEqualTo("a,b\n");
    assertThat(read("\uFEFFa,b\n", ',', 1)).isEqualTo("a,b\n");
    assertThat(read("a\uFEFF,b", ',', 64)).isEqualTo("a\uFEFF,b");
    assertThat(read("\uFEFF", ',', 4)).isEmpty();
    try (Reader in = new CheckedCsvInput(new StringReader("\uFEFFab"))) {
      assertThat(in.read()).isEqualTo('a');
      assertThat(in.read()).isEqualTo('b');
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.markSupported()).isFalse();
    }
  }

  @Test
  void quotedFieldsWithTheirQuotesDoubledReadThrough() throws IOException {
    String csv = "a,\"b \"\"c\"\", d\",\"e\"\n\"f\nf\",g\r\n\"h\"";
    assertThat(read(csv, ',', 3)).isEqualTo(csv);
    // a quote inside a field opens nothing
    assertThat(read("a,b\"c\nd", ',', 64)).isEqualTo("a,b\"c\nd");
  }

  @Test
  void aQuotedFieldWithoutItsClosingQuoteIsNamedWhereItBegins() {
    assertThatThrownBy(() -> read("a,b\nc,\"d\ne,f\n", ',', 64)).isInstanceOf(BatchException.class)
        .hasMessage("line 2: column 3: a quoted field begins here and its closing quote is missing, so the rest of the input"
            + " would be read into one field");
    // after a closed quoted field and a delimiter, the next quote opens a field again
    assertThatThrownBy(() -> read("\"a\",\"b", ',', 2)).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 1: column 5: a quoted field begins here");
    // at the start of a line after a carriage return
    assertThatThrownBy(() -> read("a\r\"b", ',', 64)).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 2: column 1: a quoted field begins here");
    // a quoted field ended by its quote and the end of the input is whole
    assertThatThrownBy(() -> read("a,\"b\"\"", ',', 64)).isInstanceOf(BatchException.class);
  }

  @Test
  void theDelimiterStartsAField() throws IOException {
    assertThatThrownBy(() -> read("a;\"b", ';', 64)).isInstanceOf(BatchException.class)
        .hasMessageStartingWith("line 1: column 3: a quoted field begins here");
    assertThat(read("a;\"b", ',', 64)).isEqualTo("a;\"b");
    assertThat(read("\"a\";\"b\"", ';', 64)).isEqualTo("\"a\";\"b\"");
  }
}
