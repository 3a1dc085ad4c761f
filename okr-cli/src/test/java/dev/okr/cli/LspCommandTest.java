package dev.okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LspCommandTest {

  private static String frame(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  private static int serve(String input, ByteArrayOutputStream out) {
    CommandLine line = OkrCommand.commandLine();
    LspCommand lsp = line.getSubcommands().get("lsp").getCommand();
    lsp.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    lsp.out = out;
    return line.execute("lsp");
  }

  @Test
  void speaksTheProtocolOverItsStreamsAndExitsZeroAfterShutdownAndExit() {
    String input = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{"
            + "\"uri\":\"untitled:q4.md\",\"languageId\":\"markdown\",\"version\":1,"
            + "\"text\":\"## Objective: Delight\\n- KR1: Launch the new onboarding checklist\\n\"}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = serve(input, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(written).contains("\"id\":1", "\"textDocumentSync\":2", "\"name\":\"okr\"", "\"id\":2");
  }

  @Test
  void exitsOneWhenTheInputEndsWithoutShutdown() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(serve("", out)).isEqualTo(1);
  }
}
