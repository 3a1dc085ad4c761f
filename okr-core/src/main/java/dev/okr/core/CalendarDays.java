package dev.okr.core;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What an error about a date adds when the text is written {@code YYYY-MM-DD} but names no day of
 * the calendar, so that {@code 2026-02-30} is not only told to be "not YYYY-MM-DD", which it is.
 */
public final class CalendarDays {
  private static final Pattern DAY_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private CalendarDays() {}

  /**
   * Why a text written {@code YYYY-MM-DD} is still no day, with a leading space and in parentheses
   * ({@code " (2026-02 has 28 days)"}, {@code " (there is no month 13)"}); {@code ""} when the text
   * is not written so.
   */
  public static String whyNoDay(String text) {
    if (!DAY_SHAPE.matcher(text).matches()) {
      return "";
    }
    int month = Integer.parseInt(text.substring(5, 7));
    if (month < 1 || month > 12) {
      return " (there is no month " + month + ")";
    }
    YearMonth yearMonth = YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
    return " (" + yearMonth + " has " + yearMonth.lengthOfMonth() + " days)";
  }
}
