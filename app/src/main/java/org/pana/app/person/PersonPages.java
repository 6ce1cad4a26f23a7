package org.pana.app.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pana.app.web.Author;
import org.pana.app.web.Form;
import org.pana.core.casefile.Cases;
import org.pana.core.document.Documents;
import org.pana.core.history.RecordStore;
import org.pana.core.history.Stored;
import org.pana.core.person.NameKind;
import org.pana.core.person.NameVariant;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.IdentifierDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.person.identity.IdentifierType;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.source.Channel;
import org.pana.core.source.Reliability;
import org.pana.core.source.Source;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.SourceRelation;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Timeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The people list and search, the intake form, and the person page. */
@Controller
public class PersonPages {

  /** Rows of name and identifier inputs on the intake form. */
  static final int NAME_ROWS = 5;

  static final int IDENTIFIER_ROWS = 2;

  private final People people;
  private final Sources sources;
  private final Timeline timeline;
  private final Documents documents;
  private final Cases cases;
  private final RecordStore store;
  private final Author author;

  public PersonPages(
      People people,
      Sources sources,
      Timeline timeline,
      Documents documents,
      Cases cases,
      RecordStore store,
      Author author) {
    this.people = people;
    this.sources = sources;
    this.timeline = timeline;
    this.documents = documents;
    this.cases = cases;
    this.store = store;
    this.author = author;
  }

  @GetMapping("/people")
  String list(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("people", find(q));
    model.addAttribute("total", people.count());
    return "people/list";
  }

  /** The result rows only, for search-as-you-type (htmx). */
  @GetMapping("/people/results")
  String results(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("people", find(q));
    return "people/list :: results";
  }

  @GetMapping("/people/new")
  String intake(Model model) {
    Form form =
        new Form()
            .set("source.informant", "")
            .set("source.relation", SourceRelation.SELF.name())
            .set("source.channel", Channel.IN_PERSON.name())
            .set("source.reliability", Reliability.F.name())
            .set("source.date", LocalDate.now().toString());
    return intakePage(form, model);
  }

  @PostMapping("/people")
  String record(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    String personId = People.newId();
    try {
      Stored<Person> person =
          store.inTransaction(
              () -> {
                String sourceId = null;
                if (form.get("source.informant") != null) {
                  try {
                    sourceId =
                        sources
                            .record(personId, sourceDraft(form), author.change("intake"))
                            .value()
                            .id();
                  } catch (ValidationFailed e) {
                    form.rejected(e, "source.");
                    throw e;
                  }
                }
                return people.record(
                    personId, personDraft(form, sourceId), author.change("intake"));
              });
      return "redirect:/people/" + person.value().id();
    } catch (ValidationFailed e) {
      if (!form.hasErrors()) {
        form.rejected(e, null);
      }
      return intakePage(form, model);
    }
  }

  @GetMapping("/people/{id}")
  String show(@PathVariable String id, Model model) {
    Stored<Person> stored = people.get(id);
    Person person = stored.value();
    Map<String, Source> sourcesById =
        sources.ofPerson(id).stream()
            .map(Stored::value)
            .collect(
                Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    model.addAttribute("stored", stored);
    model.addAttribute("person", person);
    model.addAttribute("namesByScript", namesByScript(person));
    model.addAttribute(
        "identifiers",
        person.identifiers().stream()
            .map(i -> new IdentifierRow(i, IdentifierCheck.of(i.type(), i.value())))
            .toList());
    model.addAttribute("warnings", People.warnings(person));
    model.addAttribute("events", timeline.of(id));
    model.addAttribute("documents", documents.of(id));
    model.addAttribute("sources", sourcesById);
    model.addAttribute("cases", cases.of(id));
    return "people/show";
  }

  private String intakePage(Form form, Model model) {
    form.addTo(model);
    model.addAttribute("nameRows", rows(NAME_ROWS));
    model.addAttribute("identifierRows", rows(IDENTIFIER_ROWS));
    model.addAttribute("nameKinds", NameKind.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("identifierTypes", IdentifierType.values());
    model.addAttribute("relations", SourceRelation.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("reliabilities", Reliability.values());
    model.addAttribute("scripts", List.of("Cyrl", "Latn", "Arab", "Hani"));
    return "people/intake";
  }

  private List<Stored<Person>> find(String q) {
    return q == null || q.isBlank() ? people.list(0, 50) : people.search(q, 50);
  }

  private static PersonDraft personDraft(Form form, String sourceId) {
    List<NameDraft> names = new ArrayList<>();
    for (int i = 0; i < NAME_ROWS; i++) {
      String prefix = "names[" + i + "].";
      names.add(
          new NameDraft(
              form.get(prefix + "value"),
              form.get(prefix + "script"),
              form.get(prefix + "language"),
              form.get(prefix + "kind"),
              null));
    }
    List<IdentifierDraft> identifiers = new ArrayList<>();
    for (int i = 0; i < IDENTIFIER_ROWS; i++) {
      String prefix = "identifiers[" + i + "].";
      identifiers.add(
          new IdentifierDraft(
              form.get(prefix + "type"),
              form.get(prefix + "value"),
              form.get(prefix + "issuer"),
              null));
    }
    return new PersonDraft(
        names,
        form.get("sex"),
        form.get("birthDate"),
        form.get("birthPlace"),
        form.get("ethnicity"),
        form.all("citizenships"),
        identifiers,
        sourceId,
        form.get("notes"));
  }

  static SourceDraft sourceDraft(Form form) {
    return new SourceDraft(
        form.get("source.informant"),
        form.get("source.relation"),
        form.get("source.date"),
        form.get("source.channel"),
        form.get("source.reliability"),
        form.get("source.notes"));
  }

  /** Name variants grouped by script, scripts in a stable order. */
  private static Map<String, List<NameVariant>> namesByScript(Person person) {
    Map<String, List<NameVariant>> grouped = new TreeMap<>();
    for (NameVariant name : person.names()) {
      grouped.computeIfAbsent(name.script(), s -> new ArrayList<>()).add(name);
    }
    return grouped;
  }

  private static List<Integer> rows(int count) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(i);
    }
    return rows;
  }

  /** An identifier with the result of checking it, for the person page. */
  public record IdentifierRow(org.pana.core.person.Identifier identifier, IdentifierCheck check) {}
}
