package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void lineBreaksAndTabsAreWrittenAsTheirEscapes() {
    assertThat(TerminalText.escape("growth\nerror: forged\r\tx")).isEqualTo("growth\\nerror: forged\\r\\tx");
  }

  @Test
  void otherControlCharactersAreWrittenAsUnicodeEscapes() {
    assertThat(TerminalText.escape("\u001B[2Jcleared")).isEqualTo("\\u001B[2Jcleared");
    assertThat(TerminalText.escape("a\u0000b\u007Fc\u0085d\u009Be")).isEqualTo("a\\u0000b\\u007Fc\\u0085d\\u009Be");
    assertThat(TerminalText.escape("line\u2028para\u2029")).isEqualTo("line\\u2028para\\u2029");
  }

  @Test
  void bidirectionalControlsAreEscaped() {
    assertThat(TerminalText.escape("admin\u202Egnp.exe\u2066x\u2069\u200F"))
        .isEqualTo("admin\\u202Egnp.exe\\u2066x\\u2069\\u200F");
  }

  @Test
  void otherTextIsLeftAsItIsAndTheSameStringIsReturned() {
    String text = "Increase NPS from 42 to 60 🚀 — C:\\okrs\\q3.yaml, naïve";
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }

  @Test
  void theEscapedRangesEndWhereTheyAreSaidTo() {
    // the first and last of each range are escaped, their neighbours are not
    assertThat(TerminalText.escape("\u001F \u007F\u009F")).isEqualTo("\\u001F \\u007F\\u009F");
    assertThat(TerminalText.escape("\u202A\u202E\u2066\u2069\u200E")).isEqualTo("\\u202A\\u202E\\u2066\\u2069\\u200E");
    String neighbours = " ~\u00A0\u200D\u2010\u2027\u202F\u2065\u206A\u2030";
    assertThat(TerminalText.escape(neighbours)).isSameAs(neighbours);
  }

  @Test
  void textAfterTheFirstEscapeIsKeptAsItIs() {
    assertThat(TerminalText.escape("é\u0001ü\\n\u00A0\u2069")).isEqualTo("é\\u0001ü\\n\u00A0\\u2069");
  }
}
