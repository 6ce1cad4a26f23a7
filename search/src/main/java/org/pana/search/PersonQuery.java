package org.pana.search;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A person search: a name in any script and optional filters.
 *
 * @param name the name as typed (any script, any order); may be blank when filters alone are asked
 * @param birthYear a year of birth that raises people born then (not a filter)
 * @param birthDate a full date of birth (ISO) that raises people born that day (not a filter)
 * @param yearFrom filter: born in or after this year
 * @param yearTo filter: born in or before this year
 * @param sex filter: sex code
 * @param place filter: place of birth (matched across scripts like a name)
 * @param organisations filter: only these organisations' records; empty for all
 * @param status filter: a case status
 * @param identifier an identity number, found exactly
 * @param limit most hits to return
 * @param minimum the lowest name score shown
 * @param typing whether the name is still being typed: its last word may be the start of a name
 */
public record PersonQuery(
    String name,
    Integer birthYear,
    String birthDate,
    Integer yearFrom,
    Integer yearTo,
    String sex,
    String place,
    Set<String> organisations,
    String status,
    String identifier,
    int limit,
    double minimum,
    boolean typing) {

  /** The default lowest name score of a search result. */
  public static final double SHOWN = 0.7;

  public PersonQuery {
    organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
    if (limit < 1 || limit > 200) {
      throw new IllegalArgumentException("limit must be 1 to 200");
    }
  }

  /** A search by name alone: 20 hits, from a name score of {@value #SHOWN}. */
  public static PersonQuery byName(String name) {
    return new PersonQuery(
        name, null, null, null, null, null, null, Set.of(), null, null, 20, SHOWN, false);
  }

  /** A year of birth that raises people born then. */
  public PersonQuery withBirthYear(Integer year) {
    return changed(q -> q.birthYear = year);
  }

  /** A full date of birth (ISO yyyy-mm-dd); its year also raises people born that year. */
  public PersonQuery withBirthDate(String date) {
    return changed(
        q -> {
          q.birthDate = date;
          if (date != null && date.length() >= 4) {
            q.birthYear = Integer.valueOf(date.substring(0, 4));
          }
        });
  }

  /** An identity number to find exactly. */
  public PersonQuery withIdentifier(String number) {
    return changed(q -> q.identifier = number);
  }

  /** At most this many hits (1 to 200). */
  public PersonQuery withLimit(int newLimit) {
    return changed(q -> q.limit = newLimit);
  }

  /** The lowest name score shown. */
  public PersonQuery withMinimum(double newMinimum) {
    return changed(q -> q.minimum = newMinimum);
  }

  /** The name is still being typed (search as you type): its last word may be unfinished. */
  public PersonQuery asTyped() {
    return changed(q -> q.typing = true);
  }

  /** This query with the fields {@code change} sets, the others as they are. */
  private PersonQuery changed(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.query();
  }

  /** A query's fields while a copy of it is changed. */
  private static final class Draft {
    private final PersonQuery from;
    private Integer birthYear;
    private String birthDate;
    private String identifier;
    private int limit;
    private double minimum;
    private boolean typing;

    Draft(PersonQuery from) {
      this.from = from;
      this.birthYear = from.birthYear;
      this.birthDate = from.birthDate;
      this.identifier = from.identifier;
      this.limit = from.limit;
      this.minimum = from.minimum;
      this.typing = from.typing;
    }

    PersonQuery query() {
      return new PersonQuery(
          from.name,
          birthYear,
          birthDate,
          from.yearFrom,
          from.yearTo,
          from.sex,
          from.place,
          from.organisations,
          from.status,
          identifier,
          limit,
          minimum,
          typing);
    }
  }

  boolean hasName() {
    return name != null && !name.isBlank();
  }
}
