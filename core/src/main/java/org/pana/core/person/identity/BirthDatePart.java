package org.pana.core.person.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.pana.core.date.Today;

/** The birth date an identification number carries in its digits, checked alike for every type. */
final class BirthDatePart {

  private BirthDatePart() {}

  /**
   * The date written in {@code part} of the number (as the errors name it, e.g. "characters 7 to
   * 14"), or null with an error added when it is not a real date, lies before {@code firstYear} or
   * lies after today.
   */
  static LocalDate read(
      int year, int month, int day, String part, int firstYear, Clock clock, List<String> errors) {
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      errors.add("The birth date part (" + part + ") is not a real date.");
      return null;
    }
    if (year < firstYear) {
      errors.add("The birth date part (" + part + ") is before " + firstYear + ".");
      return null;
    }
    if (date.isAfter(Today.in(clock).date())) {
      errors.add("The birth date part (" + part + ") is in the future.");
      return null;
    }
    return date;
  }
}
