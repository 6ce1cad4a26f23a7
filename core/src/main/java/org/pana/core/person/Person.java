package org.pana.core.person;

import java.util.List;
import java.util.Set;
import org.pana.core.access.Audience;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;
import org.pana.core.source.Claim;

/**
 * A person the volunteers help or document. Each fact carries its source.
 *
 * @param id record id
 * @param names every known rendering of the name, at least one
 * @param sex recorded sex
 * @param birthDate date of birth, possibly partial or a range
 * @param birthPlace place of birth in words
 * @param ethnicity ethnicity as the person states it
 * @param citizenships citizenships (e.g. "CN", "KZ", "stateless")
 * @param identifiers identity numbers
 * @param notes free notes
 */
public record Person(
    String id,
    List<NameVariant> names,
    Claim<Sex> sex,
    Claim<PartialDate> birthDate,
    Claim<String> birthPlace,
    Claim<String> ethnicity,
    List<Claim<String>> citizenships,
    List<Identifier> identifiers,
    String notes)
    implements Recorded {

  public static final RecordKind<Person> KIND =
      RecordKind.of("person", Person.class, p -> Set.of()).redactedBy(Person::as);

  public Person {
    names = List.copyOf(names);
    citizenships = List.copyOf(citizenships);
    identifiers = List.copyOf(identifiers);
  }

  /** This person as {@code audience} may see them: facts they may not see are absent. */
  public Person as(Audience audience) {
    return new Person(
        id,
        names,
        visible(sex, audience),
        visible(birthDate, audience),
        visible(birthPlace, audience),
        visible(ethnicity, audience),
        citizenships.stream().filter(c -> c.visibility().visibleTo(audience)).toList(),
        identifiers,
        audience.seesAll() ? notes : null);
  }

  private static <T> Claim<T> visible(Claim<T> claim, Audience audience) {
    return claim == null || !claim.visibility().visibleTo(audience) ? null : claim;
  }

  /** The name to show first: the first official variant, else the first one recorded. */
  public NameVariant primaryName() {
    return names.stream()
        .filter(n -> n.kind() == NameKind.OFFICIAL)
        .findFirst()
        .orElse(names.get(0));
  }
}
