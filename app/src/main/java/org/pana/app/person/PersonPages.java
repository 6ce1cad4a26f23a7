package org.pana.app.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pana.app.acting.Author;
import org.pana.app.audit.ReadTrail;
import org.pana.app.consent.ConsentSections;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.app.web.Pager;
import org.pana.core.casefile.Cases;
import org.pana.core.document.Document;
import org.pana.core.document.Documents;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.need.Needs;
import org.pana.core.person.Identifier;
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
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Channel;
import org.pana.core.source.Reliability;
import org.pana.core.source.Source;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.SourceRelation;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.Timeline;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The people list and search, the intake form, and the person page. */
@PageController
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

  private final EvidenceRecords evidence;

  private final ReadTrail trail;
  private final Needs needs;
  private final ConsentSections consents;

  public PersonPages(
      People people,
      Sources sources,
      Timeline timeline,
      Documents documents,
      Cases cases,
      RecordStore store,
      Author author,
      EvidenceRecords evidence,
      ReadTrail trail,
      Needs needs,
      ConsentSections consents) {
    this.needs = needs;
    this.consents = consents;
    this.trail = trail;
    this.evidence = evidence;
    this.people = people;
    this.sources = sources;
    this.timeline = timeline;
    this.documents = documents;
    this.cases = cases;
    this.store = store;
    this.author = author;
  }

  @GetMapping("/people")
  String list(@RequestParam(required = false) String page, Model model) {
    Pager pager = Pager.of(page, Pager.ROWS, people.count());
    model.addAttribute(
        "people",
        trail.shown(people.list(pager.offset(), pager.size())).stream()
            .map(PersonRow::of)
            .toList());
    model.addAttribute("total", pager.total());
    model.addAttribute("pager", pager);
    new Form().addTo(model);
    return "people/list";
  }

  @GetMapping("/people/new")
  String intake(Model model) {
    Form form =
        new Form()
            .set("source.informant", "")
            .set("source.relation", SourceRelation.SELF.name())
            .set("source.channel", Channel.IN_PERSON.name())
            .set("source.reliability", Reliability.F.name())
            .set("source.date", people.today().toString());
    return intakePage(form, model);
  }

  @PostMapping("/people")
  String record(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    String personId = People.newId();
    try {
      Change intake = author.recording(form.get("organisationId"), "intake");
      Stored<Person> person =
          store.inTransaction(
              () -> {
                String sourceId = null;
                if (form.get("source.informant") != null) {
                  try {
                    sourceId = sources.record(personId, sourceDraft(form), intake).value().id();
                  } catch (ValidationFailed e) {
                    form.rejected(e, "source.");
                    throw e;
                  }
                }
                return people.record(personId, personDraft(form, sourceId), intake);
              });
      if (form.get("organisationId") != null) {
        author.chooseWorkingOrganisation(form.get("organisationId")); // remembered for next time
      }
      return "redirect:/people/" + person.value().id();
    } catch (ValidationFailed e) {
      if (!form.hasErrors()) {
        form.rejected(e, null);
      }
      return intakePage(form, model);
    }
  }

  @GetMapping("/people/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Stored<Person> stored = people.get(id);
    return editPage(stored, formOf(stored), model);
  }

  @PostMapping("/people/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Person> stored = people.get(id);
    Form form = new Form(submitted);
    try {
      people.amend(
          id,
          form.revision(),
          personDraft(form, form.get("sourceId")),
          author.change(form.get("reason")));
      return "redirect:/people/" + id;
    } catch (ValidationFailed e) {
      return editPage(stored, form.rejected(e, null), model);
    }
  }

  @GetMapping("/people/{id}")
  String show(@PathVariable String id, Model model) {
    Stored<Person> stored = people.get(id);
    Person person = stored.value();
    List<Stored<Event>> events = timeline.of(id);
    List<Stored<Document>> personDocuments = documents.of(id);
    List<Source> ownSources = sources.ofPerson(id).stream().map(Stored::value).toList();
    Map<String, Source> sourcesById = new LinkedHashMap<>();
    ownSources.forEach(source -> sourcesById.put(source.id(), source));
    // Events shared with relatives may cite a relative's source: show it too.
    events.stream()
        .map(e -> e.value().sourceId())
        .filter(sourceId -> sourceId != null && !sourcesById.containsKey(sourceId))
        .distinct()
        .forEach(sourceId -> sourcesById.put(sourceId, sources.get(sourceId).value()));
    model.addAttribute("stored", stored);
    model.addAttribute("person", person);
    model.addAttribute("namesByScript", namesByScript(person));
    model.addAttribute(
        "identifiers",
        person.identifiers().stream()
            .map(i -> new IdentifierRow(i, IdentifierCheck.of(i.type(), i.value())))
            .toList());
    model.addAttribute("warnings", People.cautions(person));
    model.addAttribute("events", events);
    model.addAttribute(
        "beforeBirth", timeline.datedBeforeABirth(events.stream().map(Stored::value).toList()));
    model.addAttribute("documents", personDocuments);
    model.addAttribute("sources", sourcesById);
    model.addAttribute("ownSources", ownSources);
    model.addAttribute("cases", cases.of(id));
    model.addAttribute("evidence", evidence.of(id));
    model.addAttribute("needs", needs.of(id));
    consents.addTo(model, id);
    author.moveChoices(id).ifPresent(choices -> model.addAttribute("moveChoices", choices));
    return "people/show";
  }

  private String editPage(Stored<Person> stored, Form form, Model model) {
    model.addAttribute("editing", stored);
    model.addAttribute(
        "sourceChoices",
        sources.ofPerson(stored.value().id()).stream().map(Stored::value).toList());
    return formPage(form, model);
  }

  private String intakePage(Form form, Model model) {
    model.addAttribute("editing", null);
    model.addAttribute("organisationChoices", author.recordingChoiceNames());
    model.addAttribute(
        "workingOrganisation",
        form.get("organisationId") != null
            ? form.get("organisationId")
            : author.workingOrganisation().orElse(null));
    return formPage(form, model);
  }

  private String formPage(Form form, Model model) {
    form.addTo(model);
    // Always at least one empty row to add a name or number.
    model.addAttribute("nameRows", rows(Math.max(NAME_ROWS, form.rows("names", 0) + 1)));
    model.addAttribute(
        "identifierRows", rows(Math.max(IDENTIFIER_ROWS, form.rows("identifiers", 0) + 1)));
    model.addAttribute("nameKinds", NameKind.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("identifierTypes", IdentifierType.values());
    model.addAttribute("relations", SourceRelation.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("reliabilities", Reliability.values());
    model.addAttribute("scripts", List.of("Cyrl", "Latn", "Arab", "Hani"));
    return "people/intake";
  }

  private static PersonDraft personDraft(Form form, String sourceId) {
    List<NameDraft> names = new ArrayList<>();
    for (int i = 0; i < form.rows("names", 0); i++) {
      String prefix = "names[" + i + "].";
      names.add(
          new NameDraft(
              form.get(prefix + "value"),
              form.get(prefix + "script"),
              form.get(prefix + "language"),
              form.get(prefix + "kind"),
              form.get(prefix + "sourceId")));
    }
    List<IdentifierDraft> identifiers = new ArrayList<>();
    for (int i = 0; i < form.rows("identifiers", 0); i++) {
      String prefix = "identifiers[" + i + "].";
      identifiers.add(
          new IdentifierDraft(
              form.get(prefix + "type"),
              form.get(prefix + "value"),
              form.get(prefix + "issuer"),
              form.get(prefix + "sourceId")));
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

  /** A person's current facts as form fields, for the edit form. */
  private static Form formOf(Stored<Person> stored) {
    Person p = stored.value();
    Form form = new Form().set("revision", Integer.toString(stored.revision()));
    for (int i = 0; i < p.names().size(); i++) {
      NameVariant n = p.names().get(i);
      String prefix = "names[" + i + "].";
      form.set(prefix + "value", n.value())
          .set(prefix + "script", n.script())
          .set(prefix + "language", n.language())
          .set(prefix + "kind", n.kind().code())
          .set(prefix + "sourceId", n.sourceId());
    }
    for (int i = 0; i < p.identifiers().size(); i++) {
      var identifier = p.identifiers().get(i);
      String prefix = "identifiers[" + i + "].";
      form.set(prefix + "type", identifier.type().name())
          .set(prefix + "value", identifier.value())
          .set(prefix + "issuer", identifier.issuer())
          .set(prefix + "sourceId", identifier.sourceId());
    }
    form.set("sex", p.sex() == null ? null : p.sex().value().code())
        .set("birthDate", p.birthDate() == null ? null : p.birthDate().value().toString())
        .set("birthPlace", p.birthPlace() == null ? null : p.birthPlace().value())
        .set("ethnicity", p.ethnicity() == null ? null : p.ethnicity().value())
        .set(
            "citizenships",
            String.join(", ", p.citizenships().stream().map(c -> c.value()).toList()))
        .set("notes", p.notes())
        .set("sourceId", factSource(p));
    return form;
  }

  /** The source of the person's facts (the intake gives them all one source). */
  private static String factSource(Person p) {
    return Stream.of(p.sex(), p.birthDate(), p.birthPlace(), p.ethnicity())
        .filter(Objects::nonNull)
        .map(c -> c.sourceId())
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
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
  public record IdentifierRow(Identifier identifier, IdentifierCheck check) {}
}
