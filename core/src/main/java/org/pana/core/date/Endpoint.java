package org.pana.core.date;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a {@link PartialDate}: a year, a month or a day, possibly approximate. {@code month}
 * and {@code day} are 0 when not stated.
 */
record Endpoint(int year, int month, int day, boolean approximate) {

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9999;

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(~)?");

  Endpoint {
    check(year, month, day);
  }

  static Endpoint parse(String text) {
    Matcher matcher = FORM.matcher(text);
    if (!matcher.matches()) {
      if (text.matches("\\d{5,}.*")) {
        throw new InvalidPartialDate(
            "Years after " + MAX_YEAR + " are not supported. " + InvalidPartialDate.HOW_TO_WRITE);
      }
      throw new InvalidPartialDate(
          "This is not a date in a form we read. " + InvalidPartialDate.HOW_TO_WRITE);
    }
    int year = Integer.parseInt(matcher.group(1));
    int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
    int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
    // 0 means "not stated" inside this record, so a written 00 must be rejected here.
    if (matcher.group(2) != null && month == 0) {
      throw new InvalidPartialDate(
          text + " is not a date: there is no month 0; months run from 01 to 12.");
    }
    if (matcher.group(3) != null && day == 0) {
      throw new InvalidPartialDate(text + " is not a date: there is no day 0.");
    }
    return new Endpoint(year, month, day, matcher.group(4) != null);
  }

  /** Rejects impossible dates with a message that names the stated date and the reason. */
  private static void check(int year, int month, int day) {
    String stated = text(year, month, day);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidPartialDate(
          stated
              + " is not supported: years must be between "
              + MIN_YEAR
              + " and "
              + MAX_YEAR
              + ".");
    }
    if (month == 0 && day != 0) {
      throw new InvalidPartialDate(stated + " is not a date: a day needs a month.");
    }
    if (month < 0 || month > 12) {
      throw new InvalidPartialDate(
          stated + " is not a date: there is no month " + month + "; months run from 01 to 12.");
    }
    if (day == 0) {
      return;
    }
    if (month == 0 || day < 0) {
      throw new InvalidPartialDate(stated + " is not a date: there is no day " + day + ".");
    }
    if (month == 2 && day == 29 && !Year.isLeap(year)) {
      throw new InvalidPartialDate(stated + " is not a date: " + year + " is not a leap year.");
    }
    int length = Month.of(month).length(Year.isLeap(year));
    if (day > length) {
      throw new InvalidPartialDate(
          stated
              + " is not a date: "
              + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " has "
              + length
              + " days.");
    }
  }

  PartialDate.Precision precision() {
    if (day != 0) {
      return PartialDate.Precision.DAY;
    }
    return month != 0 ? PartialDate.Precision.MONTH : PartialDate.Precision.YEAR;
  }

  /** This endpoint stated no more finely than {@code coarsest}. */
  Endpoint coarsenedTo(PartialDate.Precision coarsest) {
    if (precision().compareTo(coarsest) <= 0) {
      return this;
    }
    return coarsest == PartialDate.Precision.YEAR
        ? new Endpoint(year, 0, 0, approximate)
        : new Endpoint(year, month, 0, approximate);
  }

  LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  LocalDate latest() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /**
   * The earliest day an approximate endpoint could plausibly mean. A year is widened by a year and
   * a month by a month. A day is widened by a month, not a day: in our records an approximate day
   * is usually reconstructed from memory ("mid-March", "around the spring festival"), and a single
   * day of slack would flag almost every such date as a mismatch.
   */
  LocalDate plausiblyEarliest() {
    return approximate ? earliest().minus(1, slack()) : earliest();
  }

  /**
   * The latest day an approximate endpoint could plausibly mean; see {@link #plausiblyEarliest}.
   */
  LocalDate plausiblyLatest() {
    if (!approximate) {
      return latest();
    }
    // Widen from the last day of the stated unit, then snap to the end of that widened unit so
    // "1982-02~" reaches 1982-03-31, not 1982-03-28.
    LocalDate widened = latest().plus(1, slack());
    return switch (precision()) {
      case YEAR -> LocalDate.of(widened.getYear(), 12, 31);
      case MONTH -> widened.withDayOfMonth(widened.lengthOfMonth());
      case DAY -> widened;
    };
  }

  private ChronoUnit slack() {
    return precision() == PartialDate.Precision.YEAR ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
  }

  String text() {
    return text(year, month, day) + (approximate ? "~" : "");
  }

  private static String text(int year, int month, int day) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
    if (month != 0) {
      text.append(String.format(Locale.ROOT, "-%02d", month));
    }
    if (day != 0) {
      text.append(String.format(Locale.ROOT, "-%02d", day));
    }
    return text.toString();
  }
}
