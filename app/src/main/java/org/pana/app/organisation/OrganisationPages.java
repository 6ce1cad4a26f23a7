package org.pana.app.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pana.app.security.Author;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.organisation.Organisation.RegistrationStatus;
import org.pana.core.organisation.Organisation.RelationKind;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.OrganisationDraft.PeriodDraft;
import org.pana.core.organisation.OrganisationDraft.RelationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.ValidationFailed;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation list and the form that adds one (with its registration and relations). */
@PageController
public class OrganisationPages {

  private final Organisations organisations;
  private final Author author;

  public OrganisationPages(Organisations organisations, Author author) {
    this.organisations = organisations;
    this.author = author;
  }

  @GetMapping("/organisations")
  String list(Model model) {
    return page(new Form(), model);
  }

  @PostMapping("/organisations")
  String add(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    List<PeriodDraft> registration = new ArrayList<>();
    if (form.get("registration[0].status") != null) {
      registration.add(
          new PeriodDraft(
              form.get("registration[0].status"), form.get("registration[0].from"), null, null));
    }
    List<RelationDraft> relations = new ArrayList<>();
    if (form.get("relations[0].kind") != null) {
      relations.add(
          new RelationDraft(
              form.get("relations[0].kind"),
              form.get("relations[0].organisationId"),
              form.get("relations[0].since")));
    }
    try {
      organisations.record(
          new OrganisationDraft(form.get("name"), registration, relations, form.get("notes")),
          author.change(null));
      return "redirect:/organisations";
    } catch (ValidationFailed e) {
      return page(form.rejected(e, null), model);
    }
  }

  private String page(Form form, Model model) {
    form.addTo(model);
    var all = organisations.list();
    model.addAttribute("organisations", all);
    model.addAttribute(
        "organisationNames",
        all.stream().collect(Collectors.toMap(o -> o.value().id(), o -> o.value().name())));
    model.addAttribute("registrationStatuses", RegistrationStatus.values());
    model.addAttribute("relationKinds", RelationKind.values());
    return "organisations/list";
  }
}
