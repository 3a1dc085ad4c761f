package dev.okr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleTest {
  private static final String EXPECTED_FORMS =
      "is not a cycle; expected a quarter (2026-Q3), a year (2026) or a range (2026-01-15..2026-04-14)";

  @Test
  void parsesAQuarter() {
    Cycle q3 = Cycle.parse("2026-Q3");
    assertThat(q3.kind()).isEqualTo(Cycle.Kind.QUARTER);
    assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(q3).isEqualTo(Cycle.quarter(2026, 3));
  }

  @Test
  void parsesAYear() {
    Cycle year = Cycle.parse("2026");
    assertThat(year.kind()).isEqualTo(Cycle.Kind.YEAR);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.lengthInDays()).isEqualTo(365);
  }

  @Test
  void parsesARange() {
    Cycle range = Cycle.parse("2026-01-15..2026-04-14");
    assertThat(range.kind()).isEqualTo(Cycle.Kind.CUSTOM);
    assertThat(range.start()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(range.end()).isEqualTo(LocalDate.of(2026, 4, 14));
  }

  @Test
  void ignoresSurroundingWhiteSpace() {
    assertThat(Cycle.parse(" 2026-Q1\n")).isEqualTo(Cycle.quarter(2026, 1));
  }

  @Test
  void aQuarterEndsOnTheLastDayOfItsThirdMonth() {
    assertThat(Cycle.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Cycle.quarter(2026, 2).end()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(Cycle.quarter(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @ParameterizedTest
  @CsvSource({"2026-Q3", "2026", "2026-01-15..2026-04-14", "0999-Q1", "0042", "0000-Q4", "9999", "0001-02-03..0001-02-03"})
  void printsWhatItParses(String text) {
    assertThat(Cycle.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void printsEarlyYearsWithFourDigits() {
    // years below 1000 used to print as "999-Q1", which parse rejects
    assertThat(Cycle.quarter(999, 1)).hasToString("0999-Q1");
    assertThat(Cycle.year(7)).hasToString("0007");
  }

  @Test
  void rejectsAFifthQuarter() {
    assertThatThrownBy(() -> Cycle.parse("2026-Q5"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("is not a valid cycle: the quarter must be 1, 2, 3 or 4 (was \"2026-Q5\")");
  }

  @Test
  void rejectsATwoDigitYear() {
    assertThatThrownBy(() -> Cycle.parse("26-Q1"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage(EXPECTED_FORMS + " (was \"26-Q1\")");
  }

  @Test
  void rejectsADayNotInTheCalendar() {
    assertThatThrownBy(() -> Cycle.parse("2026-02-30..2026-03-01"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("is not a valid cycle: 2026-02-30 is not a day of the calendar (was \"2026-02-30..2026-03-01\")");
  }

  @Test
  void rejectsAMonthNotInTheCalendar() {
    assertThatThrownBy(() -> Cycle.parse("2026-01-01..2026-13-01"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("is not a valid cycle: 2026-13-01 is not a day of the calendar (was \"2026-01-01..2026-13-01\")");
  }

  @Test
  void rejectsARangeEndingBeforeItStarts() {
    assertThatThrownBy(() -> Cycle.parse("2026-03-01..2026-02-01"))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("end: must not be before the start 2026-03-01 (was \"2026-02-01\")");
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "Q3 2026", "2026-q3", "2026-Q", "2026-1-1..2026-2-1", "2026-01-01...2026-02-01", "12026"}, quoteCharacter = '\'')
  void rejectsOtherTexts(String text) {
    assertThatThrownBy(() -> Cycle.parse(text))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage(EXPECTED_FORMS + " (was \"" + text + "\")");
  }

  @Test
  void rejectsAYearOfFiveDigits() {
    assertThatThrownBy(() -> Cycle.year(10000))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("year: must lie in the years 0000 to 9999 (was 10000)");
    assertThatThrownBy(() -> Cycle.quarter(-1, 2))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("year: must lie in the years 0000 to 9999 (was -1)");
  }

  @Test
  void rejectsARangeBeyondTheYear9999() {
    assertThatThrownBy(() -> Cycle.of(LocalDate.of(9999, 12, 1), LocalDate.of(10000, 1, 31)))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("end: must lie in the years 0000 to 9999 (was \"+10000-01-31\")");
  }

  @Test
  void rejectsAQuarterNumberOutOfRange() {
    assertThatThrownBy(() -> Cycle.quarter(2026, 0))
        .isInstanceOf(OkrValidationException.class)
        .hasMessage("quarter: must be 1, 2, 3 or 4 (was 0)");
  }

  @Test
  void containsItsEndsAndNothingOutside() {
    Cycle q3 = Cycle.quarter(2026, 3);
    assertThat(q3.contains(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void elapsedFractionRunsFromZeroToOne() {
    Cycle range = Cycle.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11));
    assertThat(range.elapsedFraction(LocalDate.of(2025, 12, 1))).isEqualTo(0.0);
    assertThat(range.elapsedFraction(LocalDate.of(2026, 1, 1))).isEqualTo(0.0);
    assertThat(range.elapsedFraction(LocalDate.of(2026, 1, 6))).isEqualTo(0.5);
    assertThat(range.elapsedFraction(LocalDate.of(2026, 1, 11))).isEqualTo(1.0);
    assertThat(range.elapsedFraction(LocalDate.of(2027, 1, 1))).isEqualTo(1.0);
  }

  @Test
  void aOneDayCycleHasElapsedFromItsDayOn() {
    LocalDate day = LocalDate.of(2026, 3, 14);
    Cycle oneDay = Cycle.of(day, day);
    assertThat(oneDay.elapsedFraction(day.minusDays(1))).isEqualTo(0.0);
    assertThat(oneDay.elapsedFraction(day)).isEqualTo(1.0);
  }

  @Test
  void lateOnTheLastDayOfSeptemberInLosAngelesIsStillTheThirdQuarterThere() {
    Instant instant = Instant.parse("2026-10-01T06:30:00Z"); // 23:30 on 30 September, Pacific daylight time
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    assertThat(Cycle.quarterOf(instant, losAngeles)).isEqualTo(Cycle.quarter(2026, 3));
    assertThat(Cycle.quarterOf(instant, ZoneOffset.UTC)).isEqualTo(Cycle.quarter(2026, 4));
    assertThat(Cycle.quarter(2026, 3).contains(instant, losAngeles)).isTrue();
    assertThat(Cycle.quarter(2026, 3).contains(instant, ZoneOffset.UTC)).isFalse();
    assertThat(Cycle.quarter(2026, 3).elapsedFraction(instant, losAngeles)).isEqualTo(1.0);
  }

  @Test
  void earlyOnTheFirstOfJulyInTokyoIsAlreadyTheThirdQuarterThere() {
    Instant instant = Instant.parse("2026-06-30T16:00:00Z"); // 01:00 on 1 July in Tokyo
    assertThat(Cycle.quarterOf(instant, ZoneId.of("Asia/Tokyo"))).isEqualTo(Cycle.quarter(2026, 3));
    assertThat(Cycle.quarterOf(instant, ZoneOffset.UTC)).isEqualTo(Cycle.quarter(2026, 2));
  }
}
