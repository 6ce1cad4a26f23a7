package org.pana.app.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pana.app.account.Accounts;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.pana.core.casefile.Placement;
import org.pana.core.organisation.Organisation;
import org.pana.core.organisation.Organisation.RegistrationStatus;
import org.pana.core.organisation.Organisation.RelationKind;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.OrganisationDraft.PeriodDraft;
import org.pana.core.organisation.OrganisationDraft.RelationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation list, the form that adds one (with its registration and relations), each
 * organisation's page (where an administrator corrects it and sees its members), and the one-time
 * placing of records kept in no organisation.
 */
@PageController
public class OrganisationPages {

  private final Organisations organisations;
  private final Placement placement;
  private final Accounts accounts;
  private final Author author;

  public OrganisationPages(
      Organisations organisations, Placement placement, Accounts accounts, Author author) {
    this.organisations = organisations;
    this.placement = placement;
    this.accounts = accounts;
    this.author = author;
  }

  @GetMapping("/organisations")
  String list(Model model) {
    return page(new Form(), model);
  }

  @PostMapping("/organisations")
  String add(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      organisations.record(draft(form, List.of(), List.of()), author.change(null));
      return "redirect:/organisations";
    } catch (ValidationFailed e) {
      return page(form.rejected(e, null), model);
    }
  }

  @GetMapping("/organisations/{id}")
  String show(@PathVariable String id, Model model) {
    Stored<Organisation> stored = organisations.get(id);
    Organisation organisation = stored.value();
    Form form =
        new Form()
            .set("name", organisation.name())
            .set("notes", organisation.notes())
            .set("revision", Integer.toString(stored.revision()));
    return showPage(stored, form, model);
  }

  /** An administrator corrects an organisation: name, notes, and a further period or relation. */
  @PostMapping("/organisations/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Organisation> stored = organisations.get(id);
    Form form = new Form(submitted);
    Organisation current = stored.value();
    List<PeriodDraft> periods =
        current.registration().stream()
            .map(
                p ->
                    new PeriodDraft(
                        p.status().name(),
                        p.from() == null ? null : p.from().toString(),
                        p.until() == null ? null : p.until().toString(),
                        p.note()))
            .collect(Collectors.toCollection(ArrayList::new));
    List<RelationDraft> relations =
        current.relations().stream()
            .map(
                r ->
                    new RelationDraft(
                        r.kind().name(),
                        r.organisationId(),
                        r.since() == null ? null : r.since().toString()))
            .collect(Collectors.toCollection(ArrayList::new));
    try {
      organisations.amend(
          id, form.revision(), draft(form, periods, relations), author.change(form.get("reason")));
      return "redirect:/organisations/" + id;
    } catch (ValidationFailed e) {
      return showPage(stored, form.rejected(e, null), model);
    }
  }

  /** Places every record kept in no organisation in the one chosen (administrators). */
  @PostMapping("/organisations/place-unassigned")
  String placeUnassigned(@RequestParam MultiValueMap<String, String> submitted) {
    Form form = new Form(submitted);
    placement.placeUnassigned(
        form.get("organisationId"), author.change(ChangeReason.PLACED_IN_ORGANISATION.stored()));
    return "redirect:/";
  }

  /** The form's fields, after the periods and relations kept from before. */
  private static OrganisationDraft draft(
      Form form, List<PeriodDraft> periods, List<RelationDraft> relations) {
    List<PeriodDraft> registration = new ArrayList<>(periods);
    if (form.get("registration[0].status") != null) {
      registration.add(
          new PeriodDraft(
              form.get("registration[0].status"), form.get("registration[0].from"), null, null));
    }
    List<RelationDraft> related = new ArrayList<>(relations);
    if (form.get("relations[0].kind") != null) {
      related.add(
          new RelationDraft(
              form.get("relations[0].kind"),
              form.get("relations[0].organisationId"),
              form.get("relations[0].since")));
    }
    return new OrganisationDraft(form.get("name"), registration, related, form.get("notes"));
  }

  private String showPage(Stored<Organisation> stored, Form form, Model model) {
    form.addTo(model);
    model.addAttribute("organisation", stored.value());
    model.addAttribute("revision", stored.revision());
    choices(model);
    if (author.current().can(Role.ADMIN)) {
      model.addAttribute(
          "members",
          accounts.all().stream()
              .filter(a -> a.isMemberOf(stored.value().id()))
              .map(Account::login)
              .sorted()
              .toList());
    }
    return "organisations/show";
  }

  private String page(Form form, Model model) {
    form.addTo(model);
    choices(model);
    return "organisations/list";
  }

  private void choices(Model model) {
    var all = organisations.list();
    model.addAttribute("organisations", all);
    Map<String, String> names =
        all.stream().collect(Collectors.toMap(o -> o.value().id(), o -> o.value().name()));
    model.addAttribute("organisationNames", names);
    model.addAttribute("registrationStatuses", RegistrationStatus.values());
    model.addAttribute("relationKinds", RelationKind.values());
  }
}
