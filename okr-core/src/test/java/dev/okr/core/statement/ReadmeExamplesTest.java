package dev.okr.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Objective;
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

    Quantity triple = KeyResultStatement.parse("Triple the number of resellers").target().get();
    System.out.println(triple.value() + " " + triple.unit().get() + " " + triple.relative()); // 3.0 x true
    Quantity cut = KeyResultStatement.parse("Reduce churn by 20%").target().get();
    System.out.println(cut.value() + " " + cut.unit().get() + " " + cut.relative());          // -20.0 % true
    System.out.println(KeyResultStatement.parse("Ship v2.0 by March 15 (FY2026 roadmap)").target()); // Optional.empty
    KeyResultStatement odd = KeyResultStatement.parse("Increase conversion from 2% to 1%");
    System.out.println(odd.verbDirection().get() + " " + odd.direction().get());         // INCREASE DECREASE
    System.out.println(KeyResultStatement.parse("Erhöhe die Kundenzufriedenheit auf 90%").kind()); // UNREADABLE
    // README:parser-statement:end

    assertThat(printed()).isEqualTo(String.join("\n",
        "DECREASE", "churn rate", "5.0", "3%", "by end of Q3", "OUTCOME", "DECREASE", "OUTPUT",
        "[BASELINE, DEADLINE]", "3.0 x true", "-20.0 % true", "Optional.empty", "INCREASE DECREASE", "UNREADABLE", ""));
    assertThat(kr.target().get().start()).isEqualTo(29);
    assertThat(kr.measurement().get().type()).isEqualTo(MeasurementType.DECREASE);
    assertThat(blog.missing()).isEqualTo(Set.of(Missing.BASELINE, Missing.DEADLINE));
  }

  @Test
  void importingPlainText() {
    // README:parser-outline:start
    // import dev.okr.core.*; import dev.okr.core.outline.*; import dev.okr.core.statement.*;
    String text = """
        ## Team: Growth
        ### Make onboarding effortless (committed)
        - P1 @dana - Increase Day-7 activation rate from 22% to 35%
        - Reduce time-to-first-value from 45 to 12 minutes

        | Objective | Key result | Owner |
        |---|---|---|
        | Earn the trust of paying teams | Grow paid seats from 8,400 to 11,000 | Sam Lee |

        Notes from the planning meeting
        """;
    OutlineImport imported = OutlineImport.read(text);
    OkrSet okrs = imported.okrSet();

    Objective onboarding = okrs.objectives().get(0);
    KeyResult first = onboarding.keyResults().get(0);
    System.out.println(onboarding.title() + " " + onboarding.kind().get() + " " + onboarding.owner().get());
    // Make onboarding effortless COMMITTED team:Growth
    System.out.println(first.id() + " at " + first.source().get() + ": " + first.statement());
    // O1.KR1 at 3:14: Increase Day-7 activation rate from 22% to 35%
    System.out.println(first.owner().get());                                          // person:@dana
    System.out.println(ResolvedMeasurement.of(first).measurement().get().target());    // OptionalDouble[35.0]
    KeyResult seats = okrs.objectives().get(1).keyResults().get(0);
    System.out.println(seats.statement() + " / " + seats.owner().get());
    // Grow paid seats from 8,400 to 11,000 / person:Sam Lee
    System.out.println(imported.lineRoles().get(1) + " " + imported.lineRoles().get(8) + " "
        + imported.lineRoles().get(10));                                              // STRUCTURE OBJECTIVE_AND_KEY_RESULT STRUCTURE
    // README:parser-outline:end

    assertThat(printed()).isEqualTo(String.join("\n",
        "Make onboarding effortless COMMITTED team:Growth",
        "O1.KR1 at 3:14: Increase Day-7 activation rate from 22% to 35%",
        "person:@dana", "OptionalDouble[35.0]", "Grow paid seats from 8,400 to 11,000 / person:Sam Lee",
        "STRUCTURE OBJECTIVE_AND_KEY_RESULT STRUCTURE", ""));
    assertThat(okrs.objectives()).hasSize(2);
    assertThat(okrs.keyResults()).extracting(KeyResult::id).containsExactly("O1.KR1", "O1.KR2", "O2.KR1");
    assertThat(imported.unplaced()).isEmpty();
    assertThat(ResolvedMeasurement.of(okrs.keyResults().get(1)).measurement().get().baseline())
        .isEqualTo(OptionalDouble.of(45));
  }
}
