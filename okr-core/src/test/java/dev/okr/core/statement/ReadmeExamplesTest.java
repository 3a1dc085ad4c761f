package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.MeasurementType;
import dev.okr.core.OkrSet;
import dev.okr.core.SourcePosition;
import dev.okr.core.outline.OutlineImport;
import dev.okr.core.outline.UnplacedLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's examples of reading a statement and importing plain text, run as written, with the
 * printed output checked against the comments. The regions marked {@code // README:parser-NAME:start}
 * are the README's Java blocks word for word; okr-core's {@code ReadmeSnippetsTest} checks them.
 */
class ReadmeExamplesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream original = System.out;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void readingAStatement() {
    // README:parser-statement:start
    // import dev.okr.core.statement.*;
    KeyResultStatement kr = KeyResultStatement.parse("Reduce churn rate from 5% to 3% by end of Q3");

    System.out.println(kr.direction().get());                 // DECREASE
    System.out.println(kr.metric().get().text());             // churn rate
    System.out.println(kr.baseline().get().value());          // 5.0
    System.out.println(kr.target().get().text());             // 3%
    System.out.println(kr.deadline().get().text());           // by end of Q3
    System.out.println(kr.kind());                            // OUTCOME
    System.out.println(kr.measurement().get().type());        // DECREASE

    KeyResultStatement blog = KeyResultStatement.parse("Publish 10 blog posts");
    System.out.println(blog.kind());                          // OUTPUT
    System.out.println(blog.missing());                       // [BASELINE, DEADLINE]
    // README:parser-statement:end

    assertThat(printed()).isEqualTo(String.join("\n",
        "DECREASE", "churn rate", "5.0", "3%", "by end of Q3", "OUTCOME", "DECREASE", "OUTPUT",
        "[BASELINE, DEADLINE]", ""));
    assertThat(kr.target().get().start()).isEqualTo(29);
    assertThat(kr.measurement().get().type()).isEqualTo(MeasurementType.DECREASE);
    assertThat(blog.missing()).isEqualTo(Set.of(Missing.BASELINE, Missing.DEADLINE));
  }

  @Test
  void importingPlainText() {
    // README:parser-outline:start
    // import dev.okr.core.*; import dev.okr.core.outline.*; import dev.okr.core.statement.*;
    String text = """
        Objective: Delight new users
        - KR1: Increase Day-7 activation rate from 22% to 35%
        - KR2: Reduce time-to-first-value from 45 to 12 minutes
        Notes from the planning meeting
        """;
    OutlineImport imported = OutlineImport.read(text);
    OkrSet okrs = imported.okrSet();

    KeyResult first = okrs.keyResults().get(0);
    System.out.println(first.id() + " at " + first.source().get());               // O1.KR1 at 2:8
    System.out.println(ResolvedMeasurement.of(first).measurement().get().target()); // OptionalDouble[35.0]
    for (UnplacedLine line : imported.unplaced()) {
      System.out.println(line.line() + ": " + line.reason()); // 4: not an objective, key result or initiative
    }
    // README:parser-outline:end

    assertThat(printed()).isEqualTo(String.join("\n",
        "O1.KR1 at 2:8", "OptionalDouble[35.0]", "4: not an objective, key result or initiative", ""));
    assertThat(okrs.objectives()).hasSize(1);
    assertThat(okrs.keyResults()).extracting(KeyResult::id).containsExactly("O1.KR1", "O1.KR2");
    assertThat(first.source()).hasValue(SourcePosition.of(2, 8));
    assertThat(ResolvedMeasurement.of(okrs.keyResults().get(1)).measurement().get().baseline())
        .isEqualTo(OptionalDouble.of(45));
  }
}
