package dev.okr.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class Utf16ColumnsTest {

  /** Reads all of the text through the tracker, a few characters at a time and one by one. */
  private static Utf16Columns read(String text) throws IOException {
    Utf16Columns columns = new Utf16Columns(new StringReader(text));
    char[] buffer = new char[3];
    while (columns.read(buffer, 0, buffer.length) >= 0) {
      if (columns.read() < 0) {
        break;
      }
    }
    return columns;
  }

  @Test
  void addsOneColumnForEachSupplementaryCharacterBefore() throws IOException {
    // code points:  a 🚀 b 🚀 c  -> columns 1 2 3 4 5; in UTF-16: 1 2 4 5 7
    Utf16Columns columns = read("a🚀b🚀c\nxyz\n🚀🚀q");

    assertThat(columns.utf16Column(1, 1)).isEqualTo(1);
    assertThat(columns.utf16Column(1, 2)).isEqualTo(2);
    assertThat(columns.utf16Column(1, 3)).isEqualTo(4);
    assertThat(columns.utf16Column(1, 5)).isEqualTo(7);
    assertThat(columns.utf16Column(2, 3)).isEqualTo(3);
    assertThat(columns.utf16Column(3, 3)).isEqualTo(5);
  }

  @Test
  void countsLinesAsSnakeYamlDoes() throws IOException {
    Utf16Columns columns = read("🚀\r🚀a\r\n🚀🚀b\u2028🚀c\u0085🚀d\u2029🚀e\n");

    assertThat(columns.utf16Column(1, 2)).isEqualTo(3);
    assertThat(columns.utf16Column(2, 2)).isEqualTo(3);
    assertThat(columns.utf16Column(3, 3)).isEqualTo(5);
    assertThat(columns.utf16Column(4, 2)).isEqualTo(3);
    assertThat(columns.utf16Column(5, 2)).isEqualTo(3);
    assertThat(columns.utf16Column(6, 2)).isEqualTo(3);
    assertThat(columns.utf16Column(7, 1)).isEqualTo(1);
  }

  @Test
  void passesTheTextThroughUnchanged() throws IOException {
    String text = "k: [🚀, {id: x}]\r\n";
    try (Reader in = new Utf16Columns(new StringReader(text))) {
      StringBuilder out = new StringBuilder();
      for (int c; (c = in.read()) >= 0; ) {
        out.append((char) c);
      }
      assertThat(out.toString()).isEqualTo(text);
    }
  }

  @Test
  void countsMoreThanFourSupplementaryCharactersOnALine() throws IOException {
    // code points: six rockets then x at column 7; in UTF-16 the x stands at column 13
    Utf16Columns columns = read("🚀🚀🚀🚀🚀🚀x");
    assertThat(columns.utf16Column(1, 6)).isEqualTo(11);
    assertThat(columns.utf16Column(1, 7)).isEqualTo(13);
  }
}
