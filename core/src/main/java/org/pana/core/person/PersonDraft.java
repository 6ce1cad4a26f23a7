package org.pana.core.person;

import java.util.List;
import java.util.Set;

/**
 * A person as typed into the intake form or sent to the API: raw text, validated by {@link People}.
 * {@code sourceId} is the default source for every field that names none. {@code privateFields}
 * names the facts only the case team may see ({@code sex}, {@code birthDate}, {@code birthPlace},
 * {@code ethnicity}, {@code citizenships}); the others are visible to the organisation.
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
    String notes,
    List<String> privateFields,
    String organisationId) {

  /** The facts that can be made private. */
  public static final Set<String> PRIVATE_CAPABLE =
      Set.of("sex", "birthDate", "birthPlace", "ethnicity", "citizenships");

  /** A draft for the recording account's organisation. */
  public PersonDraft(
      List<NameDraft> names,
      String sex,
      String birthDate,
      String birthPlace,
      String ethnicity,
      List<String> citizenships,
      List<IdentifierDraft> identifiers,
      String sourceId,
      String notes,
      List<String> privateFields) {
    this(
        names,
        sex,
        birthDate,
        birthPlace,
        ethnicity,
        citizenships,
        identifiers,
        sourceId,
        notes,
        privateFields,
        null);
  }

  /** A draft whose facts are all visible to the organisation. */
  public PersonDraft(
      List<NameDraft> names,
      String sex,
      String birthDate,
      String birthPlace,
      String ethnicity,
      List<String> citizenships,
      List<IdentifierDraft> identifiers,
      String sourceId,
      String notes) {
    this(
        names,
        sex,
        birthDate,
        birthPlace,
        ethnicity,
        citizenships,
        identifiers,
        sourceId,
        notes,
        List.of());
  }

  public PersonDraft {
    privateFields = privateFields == null ? List.of() : privateFields;
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
