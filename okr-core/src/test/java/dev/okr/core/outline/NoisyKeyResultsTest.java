package dev.okr.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.core.KeyResult;
import dev.okr.core.Owner;
import dev.okr.core.Reported;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The noise of real key results is kept out of the statement and kept as data: owner prefixes
 * become the owner, priority tags the priority, and the score or status the author reported the
 * {@code reported} value; checkboxes and link syntax are dropped, link text kept. Text that does not
 * read as a report stays in the statement: nothing is lost.
 */
class NoisyKeyResultsTest {

  /** The only key result of a one-line outline. */
  private static KeyResult read(String line) {
    OutlineImport imported = OutlineImport.read(line + "\n");
    assertThat(imported.okrSet().keyResults()).as("key results of %s", line).hasSize(1);
    return imported.okrSet().keyResults().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      CFO: Reduce DSO from 52 to 40 days                        | Reduce DSO from 52 to 40 days                        | CFO
      VP Eng KR: Cut p95 API latency from 420 ms to 250 ms      | Cut p95 API latency from 420 ms to 250 ms            | VP Eng
      @dana - Raise trial conversion from 9% to 12%             | Raise trial conversion from 9% to 12%                | @dana
      Head of Sales: Close $1.8M new ARR                        | Close $1.8M new ARR                                  | Head of Sales
      [Owner: Priya] Grow NPS from 31 to 45                     | Grow NPS from 31 to 45                               | Priya
      Grow NPS from 31 to 45 (Owner: Sam Lee)                   | Grow NPS from 31 to 45                               | Sam Lee
      """)
  void ownerPrefixesBecomeTheOwner(String line, String statement, String owner) {
    KeyResult kr = read(line);
    assertThat(kr.statement()).isEqualTo(statement);
    assertThat(kr.owner().map(Owner::name)).hasValue(owner);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      P0 Reduce churn from 3% to 2%                             | Reduce churn from 3% to 2%   | P0
      `P1` Reduce churn from 3% to 2%                           | Reduce churn from 3% to 2%   | P1
      [p2] Reduce churn from 3% to 2%                           | Reduce churn from 3% to 2%   | P2
      Reduce churn from 3% to 2% (high)                         | Reduce churn from 3% to 2%   | high
      """)
  void priorityTagsBecomeThePriority(String line, String statement, String priority) {
    KeyResult kr = read(line);
    assertThat(kr.statement()).isEqualTo(statement);
    assertThat(kr.priority()).hasValue(priority);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Grow NPS from 31 to 45 (7/10)                             | Grow NPS from 31 to 45               | 0.7  |
      Answer 90% of forum questions within 24h => Done          | Answer 90% of forum questions within 24h | | done
      Docs search no-result rate from 18% to 8% --> 66%         | Docs search no-result rate from 18% to 8% | 0.66 |
      Every API endpoint has a runnable example ACHIEVED        | Every API endpoint has a runnable example | | achieved
      Cut MTTR from 6 h to 2 h \u2705                             | Cut MTTR from 6 h to 2 h             |      | done
      Cut MTTR from 6 h to 2 h - at risk                        | Cut MTTR from 6 h to 2 h             |      | at risk
      Cut MTTR from 6 h to 2 h Status: off track                | Cut MTTR from 6 h to 2 h             |      | off track
      """)
  void reportedScoresAndStatusesAreKeptApart(String line, String statement, Double score, String status) {
    KeyResult kr = read(line);
    assertThat(kr.statement()).isEqualTo(statement);
    assertThat(kr.reported()).isPresent();
    assertThat(kr.reported().flatMap(Reported::score)).isEqualTo(Optional.ofNullable(score));
    assertThat(kr.reported().flatMap(Reported::status)).isEqualTo(Optional.ofNullable(status));
  }

  @Test
  void anArrowThatMeansToStaysInTheStatement() {
    KeyResult kr = read("Increase conversion 2% -> 3%");
    assertThat(kr.statement()).isEqualTo("Increase conversion 2% -> 3%");
    assertThat(kr.reported()).isEmpty();
  }

  @Test
  void aTailThatIsNotAReportStaysInTheStatement() {
    KeyResult kr = read("Quickstart under 5 min => 6.5 min measured");
    assertThat(kr.statement()).isEqualTo("Quickstart under 5 min => 6.5 min measured");
    assertThat(kr.reported()).isEmpty();
  }

  @Test
  void checkboxesAndLinkSyntaxAreDroppedAndLinkTextKept() {
    KeyResult kr = read("- [x] Ship [RFC 12](https://example.org/rfc/12) to 80% of nodes");
    assertThat(kr.statement()).isEqualTo("Ship RFC 12 to 80% of nodes");
    assertThat(kr.source().orElseThrow().column()).isEqualTo(7);
  }

  @Test
  void noiseOnOneLineInAnyOrder() {
    KeyResult kr = read("P0 CFO: Reduce DSO from 52 to 40 days (0.8)");
    assertThat(kr.statement()).isEqualTo("Reduce DSO from 52 to 40 days");
    assertThat(kr.priority()).hasValue("P0");
    assertThat(kr.owner().map(Owner::name)).hasValue("CFO");
    assertThat(kr.reported().flatMap(Reported::score)).hasValue(0.8);
  }

  @Test
  void tableCellsGiveOwnerScoreAndStatus() {
    OutlineImport imported = OutlineImport.read("""
        | Objective | Key result | Owner | Score | Status |
        |---|---|---|---|---|
        | Win mid-market | Raise win rate from 21% to 28% | Tom\u00E1s Ortega | 0.6 | At risk |
        | | Cut sales cycle from 74 to 55 days | @mei | n/a | |
        """);
    KeyResult first = imported.okrSet().keyResults().get(0);
    assertThat(first.owner()).hasValue(Owner.person("Tom\u00E1s Ortega"));
    assertThat(first.reported().flatMap(Reported::score)).hasValue(0.6);
    assertThat(first.reported().flatMap(Reported::status)).hasValue("at risk");
    KeyResult second = imported.okrSet().keyResults().get(1);
    assertThat(second.owner()).hasValue(Owner.person("@mei"));
    assertThat(second.reported()).as("n/a is no report").isEmpty();
  }
}
