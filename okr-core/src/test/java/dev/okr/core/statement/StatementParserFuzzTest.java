package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the statement parser (docs/fuzzing.md): any text reads without an exception, keeps its
 * text, and obeys the span laws of {@link Spans#check}: every phrase lies within the text and is
 * the text at its place, phrases in different roles do not overlap, what is missing agrees with
 * what was found. Under plain {@code mvn test} it runs the seeds in {@code
 * StatementParserFuzzTestInputs/parse/}.
 */
class StatementParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    KeyResultStatement statement = StatementParser.standard().parse(text);
    assertThat(statement.text()).isEqualTo(text);
    Spans.check(statement);
  }
}
