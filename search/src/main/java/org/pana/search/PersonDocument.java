package org.pana.search;

import java.util.List;

/**
 * What the index knows of one person: every written form of the name and the facts search filters
 * and re-scores on. Built by the application from the stored person as the organisation sees it.
 *
 * @param id the person's record id
 * @param organisationId the organisation whose compartment holds the record
 * @param names every written form of the name
 * @param birthYear the (earliest possible) year of birth, or null
 * @param birthDate the date of birth as written (may be partial), or null
 * @param birthPlace the place of birth as written, or null
 * @param sex the recorded sex code, or null
 * @param identifiers identity numbers (as written; compared without spaces and dashes)
 * @param caseStatuses the statuses of the cases the person is in
 * @param caseIds the cases the person is in, so that a case that loses the person can find them
 */
public record PersonDocument(
    String id,
    String organisationId,
    List<String> names,
    Integer birthYear,
    String birthDate,
    String birthPlace,
    String sex,
    List<String> identifiers,
    List<String> caseStatuses,
    List<String> caseIds) {

  public PersonDocument {
    names = List.copyOf(names);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    caseStatuses = caseStatuses == null ? List.of() : List.copyOf(caseStatuses);
    caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
  }

  /** A person in no case the index needs to find them by (tests, benchmarks). */
  public PersonDocument(
      String id,
      String organisationId,
      List<String> names,
      Integer birthYear,
      String birthDate,
      String birthPlace,
      String sex,
      List<String> identifiers,
      List<String> caseStatuses) {
    this(
        id,
        organisationId,
        names,
        birthYear,
        birthDate,
        birthPlace,
        sex,
        identifiers,
        caseStatuses,
        List.of());
  }
}
