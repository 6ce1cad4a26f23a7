package org.pana.core.date;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date known only to a year, a month or a day, possibly approximate, or a range between two such
 * dates. Written and read as a subset of ISO 8601-2 EDTF: {@code 1982}, {@code 1982-03}, {@code
 * 1982-03-15}, each optionally followed by {@code ~} (approximate), and intervals {@code A/B} whose
 * ends are any of those ({@code 1980~/1985-06}).
 *
 * <p>Immutable. Two partial dates are equal when their normalized EDTF text is equal, so {@code
 * 1982} and {@code 1982-01/1982-12} are different values even though they cover the same days. The
 * natural order is chronological: by {@link #earliest()}, then by {@link #latest()} (so the
 * narrower of two dates that start on the same day comes first: {@code 1982-01-01 < 1982-01 <
 * 1982}), then by the EDTF text, which keeps it consistent with {@code equals}.
 *
 * <p>Not supported yet: uncertainty ({@code ?}, {@code %}), open or unknown interval ends ({@code
 * ..}), unspecified digits ({@code X}), sets, seasons and years outside 1000..9999.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How finely a partial date is stated. Declared from coarsest to finest. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Comparator<PartialDate> CHRONOLOGICAL =
      Comparator.comparing(PartialDate::earliest)
          .thenComparing(PartialDate::latest)
          .thenComparing(PartialDate::toString);

  // Looks like EDTF with X for unknown digits (198X, 1982-XX), rather than arbitrary words.
  private static final Pattern UNSPECIFIED_DIGITS = Pattern.compile("[0-9Xx~/ -]*[Xx][0-9Xx~/ -]*");

  private final Endpoint start;
  private final Endpoint end; // null unless this is an interval
  private final String text;

  private PartialDate(Endpoint start, Endpoint end) {
    this.start = start;
    this.end = end;
    this.text = end == null ? start.text() : start.text() + "/" + end.text();
  }

  /**
   * Reads EDTF text such as {@code " 1982-03 "}, {@code 1982~} or {@code 1980/1985}.
   *
   * @throws InvalidPartialDate with a message fit for the person who typed it
   */
  public static PartialDate parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidPartialDate("The date is empty. " + InvalidPartialDate.HOW_TO_WRITE);
    }
    rejectUnsupportedSyntax(trimmed);
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      return new PartialDate(Endpoint.parse(trimmed), null);
    }
    String first = trimmed.substring(0, slash).strip();
    String second = trimmed.substring(slash + 1).strip();
    if (first.isEmpty() || second.isEmpty()) {
      throw new InvalidPartialDate(
          "Ranges with an open or unknown end are not supported yet; give both ends, e.g."
              + " 1980/1985.");
    }
    if (second.indexOf('/') >= 0) {
      throw new InvalidPartialDate(
          "A range has exactly one slash. " + InvalidPartialDate.HOW_TO_WRITE);
    }
    return interval(Endpoint.parse(first), Endpoint.parse(second));
  }

  /** An exact day. Throws {@link InvalidPartialDate} for years outside 1000..9999. */
  public static PartialDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new PartialDate(
        new Endpoint(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false), null);
  }

  /** A year, not approximate. Throws {@link InvalidPartialDate} outside 1000..9999. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(new Endpoint(year, 0, 0, false), null);
  }

  /**
   * A month of a year (1 = January), not approximate. Throws {@link InvalidPartialDate} for a month
   * outside 1..12 or a year outside 1000..9999.
   */
  public static PartialDate ofYearMonth(int year, int month) {
    if (month == 0) {
      // 0 is our internal "not stated"; from a caller it is simply not a month.
      throw new InvalidPartialDate(
          String.format(Locale.ROOT, "%04d-00", year)
              + " is not a date: there is no month 0; months run from 01 to 12.");
    }
    return new PartialDate(new Endpoint(year, month, 0, false), null);
  }

  private static PartialDate interval(Endpoint start, Endpoint end) {
    if (start.earliest().isAfter(end.latest())) {
      throw new InvalidPartialDate(
          start.text()
              + "/"
              + end.text()
              + " is not a range: it starts after it ends. Write the earlier date first, e.g."
              + " 1980/1985.");
    }
    return new PartialDate(start, end);
  }

  private static void rejectUnsupportedSyntax(String text) {
    String what = null;
    if (text.contains("..")) {
      what = "Open ranges (..)";
    } else if (text.indexOf('?') >= 0) {
      what = "Uncertain dates (?)";
    } else if (text.indexOf('%') >= 0) {
      what = "Uncertain and approximate dates (%)";
    } else if (UNSPECIFIED_DIGITS.matcher(text).matches()) {
      what = "Unspecified digits (X)";
    } else if (text.indexOf('[') >= 0 || text.indexOf('{') >= 0) {
      what = "Sets of dates ([...] and {...})";
    }
    if (what != null) {
      throw new InvalidPartialDate(
          what
              + " are not supported yet. Write 1982~ for an approximate date or 1980/1985 for a"
              + " range.");
    }
  }

  /** The first day this date can mean; for a range, the first day of its start. */
  public LocalDate earliest() {
    return start.earliest();
  }

  /** The last day this date can mean; for a range, the last day of its end. */
  public LocalDate latest() {
    return (end == null ? start : end).latest();
  }

  /** True when any part is marked approximate ({@code ~}). */
  public boolean isApproximate() {
    return start.approximate() || (end != null && end.approximate());
  }

  /** True for a range {@code A/B}. */
  public boolean isInterval() {
    return end != null;
  }

  /** How finely the date is stated; for a range, the coarser of its two ends. */
  public Precision precision() {
    if (end == null || start.precision().compareTo(end.precision()) <= 0) {
      return start.precision();
    }
    return end.precision();
  }

  /** The start of a range as a date of its own; this date itself when it is no range. */
  public PartialDate start() {
    return end == null ? this : new PartialDate(start, null);
  }

  /** The end of a range as a date of its own; this date itself when it is no range. */
  public PartialDate end() {
    return end == null ? this : new PartialDate(end, null);
  }

  /**
   * This date stated no more finely than {@code coarsest} allows: {@code 1982-03-15} to the month
   * is {@code 1982-03}, to the year {@code 1982}; each end of a range on its own, approximate marks
   * kept. A date already as coarse is returned as it is.
   */
  public PartialDate coarsenedTo(Precision coarsest) {
    Endpoint first = start.coarsenedTo(coarsest);
    Endpoint last = end == null ? null : end.coarsenedTo(coarsest);
    return first.equals(start) && Objects.equals(last, end) ? this : new PartialDate(first, last);
  }

  /** True when every day this date can mean lies before every day {@code other} can mean. */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** True when at least one day could be meant by both dates. */
  public boolean overlaps(PartialDate other) {
    return !isCertainlyBefore(other) && !other.isCertainlyBefore(this);
  }

  /**
   * True when {@code day} could be the day this date refers to. Exact parts are taken at their
   * stated bounds. An approximate part is widened by one unit: {@code 1982~} accepts 1981 to 1983,
   * {@code 1982-03~} February to April 1982, and {@code 1982-03-15~} 15 February to 15 April 1982
   * (a month rather than a day, because approximate days are usually reconstructed from memory). In
   * a range each end is widened on its own, so {@code 1980~/1985} accepts 1979 to 1985.
   */
  public boolean isConsistentWith(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LocalDate from = start.plausiblyEarliest();
    LocalDate to = (end == null ? start : end).plausiblyLatest();
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public int compareTo(PartialDate other) {
    return CHRONOLOGICAL.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate date && text.equals(date.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The normalized EDTF text, e.g. {@code 1982-03-05} or {@code 1980~/1985}. */
  @Override
  public String toString() {
    return text;
  }
}
