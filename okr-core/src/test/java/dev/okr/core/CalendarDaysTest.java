package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.core.io.OkrFormatException;
import dev.okr.core.io.OkrReader;
import org.junit.jupiter.api.Test;

/** Why a text written as a day names none: the month that does not exist, or the days the month has. */
class CalendarDaysTest {

  @Test
  void aDayPastTheEndOfItsMonthIsToldTheMonthsLength() {
    assertThat(CalendarDays.whyNoDay("2026-02-30")).isEqualTo(" (2026-02 has 28 days)");
    assertThat(CalendarDays.whyNoDay("2028-02-30")).isEqualTo(" (2028-02 has 29 days)");
    assertThat(CalendarDays.whyNoDay("2026-04-31")).isEqualTo(" (2026-04 has 30 days)");
    assertThat(CalendarDays.whyNoDay("2026-12-32")).isEqualTo(" (2026-12 has 31 days)");
    assertThat(CalendarDays.whyNoDay("2026-01-00")).isEqualTo(" (2026-01 has 31 days)");
  }

  @Test
  void aMonthOutsideOneToTwelveIsNamed() {
    assertThat(CalendarDays.whyNoDay("2026-13-01")).isEqualTo(" (there is no month 13)");
    assertThat(CalendarDays.whyNoDay("2026-00-10")).isEqualTo(" (there is no month 0)");
  }

  @Test
  void textNotWrittenYyyyMmDdAddsNothing() {
    assertThat(CalendarDays.whyNoDay("2026-2-30")).isEmpty();
    assertThat(CalendarDays.whyNoDay("30/02/2026")).isEmpty();
    assertThat(CalendarDays.whyNoDay("2026-02-301")).isEmpty();
    assertThat(CalendarDays.whyNoDay("")).isEmpty();
  }

  @Test
  void aDocumentsCheckInDateSaysWhyItIsNoDay() {
    String doc = """
        objectives:
          - id: growth
            title: Delight new users
            keyResults:
              - id: nps
                statement: Increase NPS from 42 to 60
                checkIns: [{date: 2026-06-31, value: 50}]
        """;
    assertThatThrownBy(() -> OkrReader.yaml().read(doc, "d.yaml"))
        .isInstanceOf(OkrFormatException.class)
        .hasMessage("d.yaml:7:27 objectives[0].keyResults[0].checkIns[0].date: expected a date as YYYY-MM-DD,"
            + " got \"2026-06-31\" (2026-06 has 30 days)");
  }
}
