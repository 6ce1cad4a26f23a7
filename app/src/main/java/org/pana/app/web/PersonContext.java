package org.pana.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pana.core.casefile.Cases;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.record.Stored;
import org.pana.core.source.Source;
import org.pana.core.source.Sources;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every form about one person shows: the person's name (a link back), the person's sources to
 * choose from and, where a form names more people, the person's family.
 */
@Component
public class PersonContext {

  private final People people;
  private final Sources sources;
  private final Cases cases;

  public PersonContext(People people, Sources sources, Cases cases) {
    this.people = people;
    this.sources = sources;
    this.cases = cases;
  }

  /**
   * The other people of the person's cases that the reader may see, each once, in the order the
   * cases list them: the first choices when a form about the person names someone else too.
   */
  public List<Stored<Person>> family(String personId) {
    Map<String, Stored<Person>> family = new LinkedHashMap<>();
    for (var caseFile : cases.of(personId)) {
      for (String member : caseFile.value().personIds()) {
        if (!member.equals(personId)) {
          people.find(member).ifPresent(p -> family.putIfAbsent(member, p));
        }
      }
    }
    return List.copyOf(family.values());
  }

  /** The id of the source recorded last for the person: the default for a new fact. */
  public String latestSourceId(String personId) {
    List<Stored<Source>> all = sources.ofPerson(personId);
    return all.isEmpty() ? null : all.get(all.size() - 1).value().id();
  }

  /** Adds {@code person} and {@code sourceChoices} to the model; 404 when the person is unknown. */
  public Person addTo(Model model, String personId) {
    Person person = people.get(personId).value();
    List<Source> choices = sources.ofPerson(personId).stream().map(Stored::value).toList();
    model.addAttribute("person", person);
    model.addAttribute("sourceChoices", choices);
    return person;
  }

  /**
   * Fills the model of a form that adds or amends a record about one person: the person and the
   * person's sources (as {@link #addTo(Model, String)}), the form, and {@code editing}, the record
   * being amended (null when the form adds one).
   */
  public void addForm(Model model, String personId, Form form, Stored<?> editing) {
    addTo(model, personId);
    form.addTo(model);
    model.addAttribute("editing", editing);
  }
}
