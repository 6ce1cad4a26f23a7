package org.pana.app.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.Form;
import org.pana.app.web.FormFlow;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.casefile.Withdrawals;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.Consents;
import org.pana.core.consent.ObtainedHow;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.Kinship;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.Relatives;
import org.pana.core.person.Sex;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forms that record a consent, withdraw one, and record a third party with a risk flag. */
@PageController
public class ConsentPages {

  private final Consents consents;
  private final Withdrawals withdrawals;
  private final Relatives relatives;
  private final People people;
  private final Organisations organisations;
  private final EvidenceRecords evidence;
  private final Author author;
  private final PersonContext context;

  public ConsentPages(
      Consents consents,
      Withdrawals withdrawals,
      Relatives relatives,
      People people,
      Organisations organisations,
      EvidenceRecords evidence,
      Author author,
      PersonContext context) {
    this.context = context;
    this.consents = consents;
    this.withdrawals = withdrawals;
    this.relatives = relatives;
    this.people = people;
    this.organisations = organisations;
    this.evidence = evidence;
    this.author = author;
  }

  @GetMapping("/people/{id}/consents/new")
  String consentForm(@PathVariable String id, Model model) {
    return consentPage(id, new Form().set("given", consents.today().toString()), model);
  }

  @PostMapping("/people/{id}/consents")
  String recordConsent(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () ->
            consents.record(
                id,
                new ConsentDraft(
                    form.get("scope"),
                    form.get("partnerOrganisationId"),
                    form.get("pseudonym"),
                    form.get("given"),
                    form.get("obtainedHow"),
                    form.get("evidenceId"),
                    form.get("note"),
                    List.copyOf(form.all("scripts"))),
                author.current().login(),
                author.change(null)),
        "/people/" + id + "#consents",
        rejected -> consentPage(id, rejected, model));
  }

  @GetMapping("/consents/{id}/withdraw")
  String withdrawForm(@PathVariable String id, Model model) {
    return withdrawPage(id, new Form().set("withdrawn", consents.today().toString()), model);
  }

  @PostMapping("/consents/{id}/withdraw")
  String withdraw(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> {
          var stored =
              withdrawals.withdraw(
                  id,
                  form.revision(),
                  form.get("withdrawn"),
                  author.change(ChangeReason.CONSENT_WITHDRAWN.stored()));
          return "/people/" + stored.value().personId() + "#disclosures";
        },
        rejected -> withdrawPage(id, rejected, model));
  }

  @GetMapping("/people/{id}/relatives/new")
  String relativeForm(@PathVariable String id, Model model) {
    return relativePage(id, new Form().set("atRisk", "on"), model);
  }

  @PostMapping("/people/{id}/relatives")
  String recordRelative(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> recordRelative(id, form),
        "/people/" + id + "#relatives",
        rejected -> relativePage(id, rejected, model));
  }

  /** Records the third party chosen on the form, or the new person entered on it, but not both. */
  private void recordRelative(String id, Form form) {
    String relativeId = form.get("relativeId");
    boolean entered = NEW_PERSON.stream().anyMatch(f -> form.get("relative." + f) != null);
    if (relativeId != null && entered) {
      throw new ValidationFailed(
          "relativeId",
          "both",
          "Choose someone already recorded, or enter a new person below, not both.");
    }
    if (relativeId == null && !entered) {
      throw new ValidationFailed(
          "relativeId",
          "required",
          "Choose someone already recorded, or enter the third party's name below.");
    }
    var draft =
        new Relatives.RelativeDraft(
            relativeId, form.get("kinship"), form.get("atRisk") != null, form.get("note"));
    if (entered) {
      relatives.recordNew(id, newPerson(form), draft, author.recordingBeside(id, "third party"));
    } else {
      relatives.record(id, draft, author.change(null));
    }
  }

  /** Sets or clears a third party's risk flag, from the person page. */
  @PostMapping("/relatives/{id}/risk")
  String flag(@PathVariable String id, @RequestParam MultiValueMap<String, String> submitted) {
    Form form = new Form(submitted);
    var current = relatives.get(id).value();
    relatives.flag(
        id,
        form.revision(),
        "true".equals(form.get("atRisk")),
        author.change(ChangeReason.RISK_FLAG.stored()));
    return "redirect:/people/" + current.personId() + "#relatives";
  }

  private String consentPage(String id, Form form, Model model) {
    model.addAttribute("person", people.get(id).value());
    model.addAttribute("scopes", ConsentScope.values());
    model.addAttribute("hows", ObtainedHow.values());
    model.addAttribute("scripts", List.of("Latn", "Cyrl", "Arab", "Hani"));
    model.addAttribute("chosenScripts", List.copyOf(form.all("scripts")));
    model.addAttribute("organisations", organisations.list());
    model.addAttribute("evidence", evidence.of(id));
    form.addTo(model);
    return "consents/form";
  }

  private String withdrawPage(String id, Form form, Model model) {
    var consent = consents.get(id);
    model.addAttribute("consent", consent);
    model.addAttribute("person", people.get(consent.value().personId()).value());
    form.addTo(model);
    return "consents/withdraw";
  }

  private String relativePage(String id, Form form, Model model) {
    model.addAttribute("person", people.get(id).value());
    model.addAttribute("kinships", Kinship.values());
    model.addAttribute("sexes", Sex.values());
    // the people of the person's cases first: a relative is most often one of them
    List<Stored<Person>> family = context.family(id);
    Set<String> familyIds = family.stream().map(p -> p.value().id()).collect(Collectors.toSet());
    model.addAttribute("family", family);
    model.addAttribute(
        "candidates",
        people.list(0, 500).stream()
            .filter(p -> !p.value().id().equals(id) && !familyIds.contains(p.value().id()))
            .toList());
    form.addTo(model);
    return "consents/relative";
  }

  /** The fields of a third party entered on the form itself, under {@code relative.}. */
  private static final List<String> NEW_PERSON =
      List.of("names[0].value", "names[1].value", "sex", "birthDate", "birthPlace", "notes");

  private static PersonDraft newPerson(Form form) {
    List<PersonDraft.NameDraft> names = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String value = form.get("relative.names[" + i + "].value");
      if (value != null || i == 0) {
        names.add(
            new PersonDraft.NameDraft(
                value, form.get("relative.names[" + i + "].script"), null, null, null));
      }
    }
    return new PersonDraft(
        names,
        form.get("relative.sex"),
        form.get("relative.birthDate"),
        form.get("relative.birthPlace"),
        null,
        List.of(),
        List.of(),
        null,
        form.get("relative.notes"));
  }
}
