package org.pana.app.search;

import java.util.Locale;
import java.util.Set;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.person.Sex;
import org.pana.core.problem.Problems;
import org.pana.search.PersonQuery;

/**
 * A person search as asked in a form or the API, all values as typed, and its check.
 *
 * @param q a name in any script (optional when a filter or identifier is given)
 * @param year a year of birth that raises people born then
 * @param birthDate a full date of birth (yyyy-mm-dd) that raises people born that day
 * @param yearFrom filter: born in or after
 * @param yearTo filter: born in or before
 * @param sex filter: {@code male}, {@code female} …
 * @param place filter: place of birth, in any script
 * @param organisation filter: an organisation's id
 * @param status filter: a case status ({@code open}, {@code intake}, {@code on_hold}, {@code
 *     closed})
 * @param identifier an identity number, found exactly whatever its spacing
 * @param size at most this many results (1 to 100, default 20)
 */
public record SearchRequest(
    String q,
    String year,
    String birthDate,
    String yearFrom,
    String yearTo,
    String sex,
    String place,
    String organisation,
    String status,
    String identifier,
    Integer size) {

  static final int MAX_SIZE = 100;
  static final int MAX_NAME = 200;

  /** Checks every value and builds the query; every bad value is named at once. */
  PersonQuery query() {
    Problems problems = new Problems();
    Integer born = year(year, "year", problems);
    Integer from = year(yearFrom, "yearFrom", problems);
    Integer to = year(yearTo, "yearTo", problems);
    if (from != null && to != null && from > to) {
      problems.add("yearTo", "range", "The last year of birth is before the first.");
    }
    String date = blank(birthDate) ? null : birthDate.strip();
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      problems.add("birthDate", "format", "Write the date of birth as yyyy-mm-dd.");
      date = null;
    }
    String sexCode = null;
    if (!blank(sex)) {
      Sex parsed = Sex.fromCode(sex);
      if (parsed == null) {
        problems.add("sex", "unknown", "Unknown sex code: use one of the codes the API lists.");
      } else {
        sexCode = parsed.code();
      }
    }
    String statusCode = null;
    if (!blank(status)) {
      try {
        statusCode = CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        problems.add("status", "unknown", "Unknown case status: intake, open, on_hold or closed.");
      }
    }
    int limit = size == null ? 20 : size;
    if (limit < 1 || limit > MAX_SIZE) {
      problems.add(
          "size", "range", "The number of results must be between 1 and " + MAX_SIZE + ".");
    }
    if (q != null && q.length() > MAX_NAME) {
      problems.add("q", "length", "A name to search for has at most " + MAX_NAME + " characters.");
    }
    if (place != null && place.length() > MAX_NAME) {
      problems.add("place", "length", "A place has at most " + MAX_NAME + " characters.");
    }
    if (organisation != null && !Problems.couldBeId(organisation.strip())) {
      problems.add("organisation", "length", "Choose an organisation by its id.");
    }
    if (identifier != null && identifier.length() > MAX_NAME) {
      problems.add(
          "identifier", "length", "An identity number has at most " + MAX_NAME + " characters.");
    }
    boolean anything =
        !blank(q)
            || !blank(identifier)
            || from != null
            || to != null
            || sexCode != null
            || !blank(place)
            || !blank(organisation)
            || statusCode != null;
    if (!anything) {
      problems.add("q", "required", "Give a name, an identity number or a filter to search by.");
    }
    problems.throwIfAny();
    PersonQuery query =
        new PersonQuery(
            blank(q) ? null : q.strip(),
            born,
            null,
            from,
            to,
            sexCode,
            blank(place) ? null : place.strip(),
            blank(organisation) ? Set.of() : Set.of(organisation.strip()),
            statusCode,
            blank(identifier) ? null : identifier.strip(),
            limit,
            PersonQuery.SHOWN,
            false);
    return date == null ? query : query.withBirthDate(date);
  }

  private static Integer year(String text, String field, Problems problems) {
    if (blank(text)) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 1850 || value > 2100) {
        problems.add(field, "range", "A year of birth between 1850 and 2100.");
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(field, "format", "A year of birth is four digits, e.g. 1987.");
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
