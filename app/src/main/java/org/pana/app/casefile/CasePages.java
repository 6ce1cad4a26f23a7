package org.pana.app.casefile;

import java.util.ArrayList;
import java.util.List;
import org.pana.app.account.Accounts;
import org.pana.app.acting.Author;
import org.pana.app.audit.ReadTrail;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.app.web.Pager;
import org.pana.core.casefile.CaseDraft;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.casefile.Cases;
import org.pana.core.casefile.RiskFlag;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.People;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.StepDraft;
import org.pana.core.procedure.StepType;
import org.pana.core.record.Stored;
import org.pana.core.report.Reports;
import org.pana.core.source.Sources;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list, the form that opens a case, and the case page. */
@PageController
public class CasePages {

  private final Cases cases;
  private final People people;
  private final Organisations organisations;
  private final Author author;

  private final Accounts accounts;

  private final ReadTrail trail;
  private final CaseProcedures procedures;
  private final Sources sources;
  private final Reports reports;

  public CasePages(
      Cases cases,
      People people,
      Organisations organisations,
      Author author,
      Accounts accounts,
      ReadTrail trail,
      CaseProcedures procedures,
      Sources sources,
      Reports reports) {
    this.sources = sources;
    this.reports = reports;
    this.procedures = procedures;
    this.trail = trail;
    this.accounts = accounts;
    this.cases = cases;
    this.people = people;
    this.organisations = organisations;
    this.author = author;
  }

  @GetMapping("/cases")
  String list(@RequestParam(required = false) String page, Model model) {
    Pager pager = Pager.of(page, Pager.ROWS, cases.count());
    model.addAttribute("cases", trail.shown(cases.list(pager.offset(), pager.size())));
    model.addAttribute("pager", pager);
    return "cases/list";
  }

  @GetMapping("/cases/new")
  String form(@RequestParam(required = false) String personId, Model model) {
    Form form = new Form().set("status", CaseStatus.OPEN.name());
    if (personId != null) {
      form.set("personIds", personId);
    }
    return page(form, model);
  }

  @PostMapping("/cases")
  String open(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      CaseDraft draft = draft(form);
      Stored<CaseFile> opened =
          cases.open(
              CaseApi.owned(draft, author.caseOwner(draft.organisationId(), null), accounts),
              author.change(null));
      return "redirect:/cases/" + opened.value().id();
    } catch (ValidationFailed e) {
      return page(form.rejected(e, null), model);
    }
  }

  @GetMapping("/cases/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Stored<CaseFile> stored = cases.get(id);
    CaseFile file = stored.value();
    Form form =
        new Form()
            .set("revision", Integer.toString(stored.revision()))
            .set("title", file.title())
            .set("personIds", String.join(",", file.personIds()))
            .set("organisationId", file.organisationId())
            .set("volunteers", String.join(", ", file.volunteers()))
            .set("status", file.status().name())
            .set("risks", String.join(",", file.risks().stream().map(Enum::name).toList()))
            .set("summary", file.summary())
            .set("timeZone", file.timeZone())
            .set("sharedWith", String.join(",", file.sharedWith()));
    model.addAttribute("editing", stored);
    return page(form, model);
  }

  @PostMapping("/cases/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<CaseFile> stored = cases.get(id);
    Form form = new Form(submitted);
    try {
      CaseDraft draft = draft(form);
      String owner =
          author.caseOwner(draft.organisationId(), cases.get(id).value().organisationId());
      cases.amend(id, form.revision(), CaseApi.owned(draft, owner, accounts), author.change(null));
      return "redirect:/cases/" + id;
    } catch (ValidationFailed e) {
      model.addAttribute("editing", stored);
      return page(form.rejected(e, null), model);
    }
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable String id, Model model) {
    return showPage(id, new Form(), model);
  }

  /** Records a step of the case's procedure; errors show next to their fields. */
  @PostMapping("/cases/{id}/steps")
  String recordStep(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      procedures.record(
          id,
          new StepDraft(
              form.get("type"),
              form.get("date"),
              form.get("sourceId"),
              form.get("note"),
              form.get("overrideReason"),
              form.get("place"),
              form.get("ground"),
              form.get("eventId")),
          author.change(null));
      return "redirect:/cases/" + id + "#procedure";
    } catch (ValidationFailed e) {
      return showPage(id, form.rejected(e, null), model);
    }
  }

  private String showPage(String id, Form stepForm, Model model) {
    Stored<CaseFile> stored = cases.get(id);
    CaseFile file = stored.value();
    model.addAttribute("stored", stored);
    model.addAttribute("file", file);
    // a person retracted (entered twice, or by mistake) is no longer shown in the case
    model.addAttribute(
        "people", file.personIds().stream().flatMap(p -> people.find(p).stream()).toList());
    model.addAttribute(
        "organisation",
        file.organisationId() == null ? null : organisations.get(file.organisationId()).value());
    model.addAttribute(
        "partners",
        file.sharedWith().stream().map(o -> organisations.get(o).value().name()).sorted().toList());
    author.moveChoices(id).ifPresent(choices -> model.addAttribute("moveChoices", choices));
    model.addAttribute("steps", procedures.steps(id));
    model.addAttribute("reports", reports.ofCase(id));
    model.addAttribute("assessment", procedures.assess(id));
    model.addAttribute("today", procedures.today(file));
    model.addAttribute("stepTypes", StepType.values());
    model.addAttribute("refusalGrounds", procedures.refusalGrounds(file));
    model.addAttribute("stepEvents", procedures.stepEvents(file));
    model.addAttribute(
        "stepSources",
        file.personIds().stream()
            .flatMap(p -> sources.ofPerson(p).stream())
            .map(s -> s.value())
            .toList());
    stepForm.addTo(model);
    return "cases/show";
  }

  private static CaseDraft draft(Form form) {
    return new CaseDraft(
        form.get("title"),
        form.all("personIds"),
        form.get("organisationId"),
        form.all("volunteers"),
        form.get("status"),
        form.all("risks"),
        form.get("summary"),
        form.all("sharedWith"),
        form.get("timeZone"));
  }

  private String page(Form form, Model model) {
    if (!model.containsAttribute("editing")) {
      model.addAttribute("editing", null);
    }
    form.addTo(model);
    // The case's own people and organisation are always offered, however long the lists get,
    // so that saving a correction never drops them.
    var peopleChoices = new ArrayList<>(people.list(0, 500));
    for (String personId : form.all("personIds").stream().limit(Cases.MAX_PEOPLE).toList()) {
      if (peopleChoices.stream().noneMatch(p -> p.value().id().equals(personId))) {
        people.find(personId).ifPresent(peopleChoices::add);
      }
    }
    var organisationChoices = new ArrayList<>(organisations.list());
    String organisationId = form.get("organisationId");
    if (organisationId != null
        && organisationChoices.stream().noneMatch(o -> o.value().id().equals(organisationId))) {
      organisations.find(organisationId).ifPresent(organisationChoices::add);
    }
    model.addAttribute("peopleChoices", peopleChoices);
    model.addAttribute("organisationChoices", organisationChoices);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("riskFlags", RiskFlag.values());
    model.addAttribute("selectedPeople", List.copyOf(form.all("personIds")));
    model.addAttribute("selectedRisks", List.copyOf(form.all("risks")));
    return "cases/form";
  }
}
