package org.pana.app.person;

import java.util.ArrayList;
import java.util.List;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.record.Stored;

/**
 * A person as one row of the people list: the name shown first and a few of the others, so that a
 * row costs the same however many names the person has.
 *
 * @param stored the person
 * @param name the name shown first
 * @param otherNames up to {@link #OTHER_NAMES} of the other names, in the order recorded
 * @param moreNames how many other names the row leaves out
 */
public record PersonRow(
    Stored<Person> stored, NameVariant name, List<NameVariant> otherNames, int moreNames) {

  /** Names a row shows beside the first one. */
  static final int OTHER_NAMES = 4;

  static PersonRow of(Stored<Person> stored) {
    Person person = stored.value();
    NameVariant first = person.primaryName();
    List<NameVariant> others = new ArrayList<>(OTHER_NAMES);
    boolean firstSkipped = false;
    for (NameVariant name : person.names()) {
      if (!firstSkipped && name == first) {
        firstSkipped = true;
      } else if (others.size() < OTHER_NAMES) {
        others.add(name);
      }
    }
    return new PersonRow(
        stored, first, List.copyOf(others), person.names().size() - 1 - others.size());
  }
}
