package org.pana.app.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pana.core.person.Identifier;
import org.pana.core.person.NameVariant;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.record.Stored;
import org.pana.core.source.Claim;

/**
 * A person as the JSON API shows it: codes as in the public contract, dates as EDTF. {@code
 * sourceId} is the source of the facts (as in the request), {@code sources} the source per fact; a
 * person read with GET can be sent back with PUT unchanged.
 */
public record PersonJson(
    String id,
    int revision,
    List<Name> names,
    String sex,
    String birthDate,
    String birthPlace,
    String ethnicity,
    List<String> citizenships,
    List<IdentifierJson> identifiers,
    String notes,
    String sourceId,
    Map<String, String> sources,
    List<String> warnings,
    Instant createdAt,
    Instant updatedAt) {

  /** One name variant. */
  public record Name(String value, String script, String language, String kind, String sourceId) {
    static Name of(NameVariant n) {
      return new Name(n.value(), n.script(), n.language(), n.kind().code(), n.sourceId());
    }
  }

  /** One identifier with what its number says and whether it checks out. */
  public record IdentifierJson(
      String type,
      String value,
      String issuer,
      String sourceId,
      boolean valid,
      LocalDate derivedBirthDate,
      String derivedSex,
      String region,
      List<String> warnings) {
    static IdentifierJson of(Identifier identifier) {
      IdentifierCheck check = IdentifierCheck.of(identifier.type(), identifier.value());
      return new IdentifierJson(
          identifier.type().name(),
          identifier.value(),
          identifier.issuer(),
          identifier.sourceId(),
          check.valid(),
          check.derivedBirthDate(),
          check.derivedSex() == null ? null : check.derivedSex().code(),
          check.region(),
          check.warnings());
    }
  }

  public static PersonJson of(Stored<Person> stored) {
    Person p = stored.value();
    Map<String, String> sources = new LinkedHashMap<>();
    put(sources, "sex", p.sex());
    put(sources, "birthDate", p.birthDate());
    put(sources, "birthPlace", p.birthPlace());
    put(sources, "ethnicity", p.ethnicity());
    return new PersonJson(
        p.id(),
        stored.revision(),
        p.names().stream().map(Name::of).toList(),
        p.sex() == null ? null : p.sex().value().code(),
        p.birthDate() == null ? null : p.birthDate().value().toString(),
        value(p.birthPlace()),
        value(p.ethnicity()),
        p.citizenships().stream().map(Claim::value).toList(),
        p.identifiers().stream().map(IdentifierJson::of).toList(),
        p.notes(),
        sources.values().stream().findFirst().orElse(null),
        sources,
        People.warnings(p),
        stored.createdAt(),
        stored.updatedAt());
  }

  private static String value(Claim<String> claim) {
    return claim == null ? null : claim.value();
  }

  private static void put(Map<String, String> sources, String field, Claim<?> claim) {
    if (claim != null && claim.sourceId() != null) {
      sources.put(field, claim.sourceId());
    }
  }
}
