package org.pana.app.need;

import java.util.ArrayList;
import java.util.List;
import org.pana.app.account.Accounts;
import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.FormFlow;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.need.NeedCategory;
import org.pana.core.need.NeedDraft;
import org.pana.core.need.Needs;
import org.pana.core.need.Urgency;
import org.pana.core.person.People;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form that records a need of a person (or of a family: the other people of the person's cases
 * can be chosen), with a referral and a follow-up task.
 */
@PageController
public class NeedPages {

  private final Needs needs;
  private final People people;
  private final Author author;
  private final Accounts accounts;
  private final PersonContext context;

  public NeedPages(
      Needs needs, People people, Author author, Accounts accounts, PersonContext context) {
    this.context = context;
    this.needs = needs;
    this.people = people;
    this.author = author;
    this.accounts = accounts;
  }

  @GetMapping("/people/{id}/needs/new")
  String form(@PathVariable String id, Model model) {
    return page(id, new Form().set("urgency", Urgency.MEDIUM.name()), model);
  }

  @PostMapping("/people/{id}/needs")
  String record(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    List<NeedDraft.ReferralDraft> referrals = new ArrayList<>();
    if (form.get("referrals[0].provider") != null) {
      referrals.add(
          new NeedDraft.ReferralDraft(
              null, form.get("referrals[0].provider"), form.get("referrals[0].date"), null, null));
    }
    List<NeedDraft.TaskDraft> tasks = new ArrayList<>();
    if (form.get("tasks[0].title") != null || form.get("tasks[0].due") != null) {
      tasks.add(
          new NeedDraft.TaskDraft(
              form.get("tasks[0].title"),
              form.get("tasks[0].due"),
              form.get("tasks[0].assignee"),
              false));
    }
    return FormFlow.submit(
        form,
        () ->
            needs.record(
                id,
                new NeedDraft(
                    form.all("personIds"),
                    form.get("category"),
                    form.get("urgency"),
                    null,
                    form.get("description"),
                    referrals,
                    tasks),
                accounts::isActiveLogin,
                author.change(null)),
        "/people/" + id + "#needs",
        rejected -> page(id, rejected, model));
  }

  /** The status of a need and which of its tasks are done, from the person page. */
  @PostMapping("/needs/{id}")
  String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> submitted) {
    needs.get(id); // 404 first for a need the reader may not see
    Form form = new Form(submitted);
    java.util.Set<Integer> done = new java.util.HashSet<>();
    for (String index : form.all("done")) {
      try {
        done.add(Integer.parseInt(index));
      } catch (NumberFormatException e) {
        // not a task index: ignored
      }
    }
    var stored = needs.update(id, form.revision(), form.get("status"), done, author.change(null));
    return "redirect:/people/" + stored.value().personIds().getFirst() + "#needs";
  }

  private String page(String id, Form form, Model model) {
    model.addAttribute("person", people.get(id).value());
    // a family's need: the other people of the person's cases can share it
    model.addAttribute("family", context.family(id));
    model.addAttribute("chosen", List.copyOf(form.all("personIds")));
    model.addAttribute("categories", NeedCategory.values());
    model.addAttribute("urgencies", Urgency.values());
    form.addTo(model);
    return "needs/form";
  }
}
