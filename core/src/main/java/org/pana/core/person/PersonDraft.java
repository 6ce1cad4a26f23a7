package org.pana.core.person;

import java.util.List;

/**
 * A person as typed into the intake form or sent to the API: raw text, validated by {@link People}.
 * {@code sourceId} is the default source for every field that names none.
 */
public record PersonDraft(
    List<NameDraft> names,
    String sex,
    String birthDate,
    String birthPlace,
    String ethnicity,
    List<String> citizenships,
    List<IdentifierDraft> identifiers,
    String sourceId,
    String notes) {

  public PersonDraft {
    names = names == null ? List.of() : names;
    citizenships = citizenships == null ? List.of() : citizenships;
    identifiers = identifiers == null ? List.of() : identifiers;
  }

  /** One name as typed. Blank script means "detect it". */
  public record NameDraft(
      String value, String script, String language, String kind, String sourceId) {}

  /** One identity number as typed. */
  public record IdentifierDraft(String type, String value, String issuer, String sourceId) {}
}
