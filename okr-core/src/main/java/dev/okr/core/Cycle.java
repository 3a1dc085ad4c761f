package dev.okr.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A named time box for OKRs: a quarter ({@code 2026-Q3}), a year ({@code 2026}) or a custom date
 * range ({@code 2026-01-15..2026-04-14}). Both ends are inclusive days, in the years 0000 to 9999
 * that the four-digit text form can write.
 *
 * <p>Dates are {@link LocalDate}s. Where an {@link Instant} is turned into a date, the caller names
 * the {@link ZoneId}: the same instant falls in different quarters east and west of UTC.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Cycle {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  Cycle() {}

  /** The shape of a cycle. */
  public enum Kind {
    /** A calendar quarter. */
    QUARTER,
    /** A calendar year. */
    YEAR,
    /** Any range of days. */
    CUSTOM
  }

  /** Whether this is a quarter, a year or a custom range. */
  @Value.Parameter
  public abstract Kind kind();

  /** The first day. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day, inclusive. */
  @Value.Parameter
  public abstract LocalDate end();

  /** The quarter {@code quarter} (1–4) of {@code year}. */
  public static Cycle quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new OkrValidationException("quarter", quarter, "must be 1, 2, 3 or 4");
    }
    checkYear(year);
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return ImmutableCycle.of(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /** The calendar year {@code year}. */
  public static Cycle year(int year) {
    checkYear(year);
    return ImmutableCycle.of(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** A custom range of days, both inclusive. */
  public static Cycle of(LocalDate start, LocalDate end) {
    return ImmutableCycle.of(Kind.CUSTOM, start, end);
  }

  /** The quarter that contains {@code date}. */
  public static Cycle quarterOf(LocalDate date) {
    return quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
  }

  /** The quarter that contains {@code instant} on the calendar of {@code zone}. */
  public static Cycle quarterOf(Instant instant, ZoneId zone) {
    return quarterOf(instant.atZone(zone).toLocalDate());
  }

  /**
   * Reads the {@linkplain #toString() text form}: {@code 2026-Q3}, {@code 2026} or {@code
   * 2026-01-15..2026-04-14}.
   *
   * @throws OkrValidationException naming the text and the accepted forms
   */
  public static Cycle parse(String text) {
    String trimmed = text.trim();
    Matcher m = QUARTER.matcher(trimmed);
    if (m.matches()) {
      int quarter = Integer.parseInt(m.group(2));
      if (quarter < 1 || quarter > 4) {
        throw new OkrValidationException("", text, "is not a valid cycle: the quarter must be 1, 2, 3 or 4");
      }
      return quarter(Integer.parseInt(m.group(1)), quarter);
    }
    if (YEAR.matcher(trimmed).matches()) {
      return year(Integer.parseInt(trimmed));
    }
    m = RANGE.matcher(trimmed);
    if (m.matches()) {
      return of(date(text, m.group(1)), date(text, m.group(2)));
    }
    throw new OkrValidationException(
        "", text, "is not a cycle; expected a quarter (2026-Q3), a year (2026) or a range (2026-01-15..2026-04-14)");
  }

  private static LocalDate date(String text, String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeException e) {
      throw new OkrValidationException("", text, "is not a valid cycle: " + day + " is not a day of the calendar");
    }
  }

  /** Whether {@code date} falls within the cycle, ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Whether {@code instant} falls within the cycle on the calendar of {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    return contains(instant.atZone(zone).toLocalDate());
  }

  /** The number of days in the cycle, ends included. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * How much of the cycle has passed at {@code date}: 0 on the first day, 1 on the last, linear in
   * between, and clamped to [0, 1] outside. A one-day cycle is 1 from its day on.
   */
  public double elapsedFraction(LocalDate date) {
    if (!date.isAfter(start())) {
      return date.isBefore(start()) || lengthInDays() > 1 ? 0.0 : 1.0;
    }
    if (!date.isBefore(end())) {
      return 1.0;
    }
    return (double) ChronoUnit.DAYS.between(start(), date) / ChronoUnit.DAYS.between(start(), end());
  }

  /** {@link #elapsedFraction(LocalDate)} at {@code instant} on the calendar of {@code zone}. */
  public double elapsedFraction(Instant instant, ZoneId zone) {
    return elapsedFraction(instant.atZone(zone).toLocalDate());
  }

  @Value.Check
  final void check() {
    checkYear("start", start());
    checkYear("end", end());
    if (end().isBefore(start())) {
      throw new OkrValidationException("end", end().toString(), "must not be before the start " + start());
    }
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new OkrValidationException("year", year, "must lie in the years 0000 to 9999");
    }
  }

  private static void checkYear(String path, LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new OkrValidationException(path, date.toString(), "must lie in the years 0000 to 9999");
    }
  }

  /** The text form that {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return switch (kind()) {
      case QUARTER -> fourDigits(start().getYear()) + "-Q" + start().get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> fourDigits(start().getYear());
      case CUSTOM -> start() + ".." + end();
    };
  }

  private static String fourDigits(int year) {
    String digits = Integer.toString(year); // 0 to 9999, by the check
    return "0000".substring(digits.length()) + digits;
  }
}
