package org.pana.app.timeline;

import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.FormFlow;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.access.Visibility;
import org.pana.core.record.Stored;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.EventType;
import org.pana.core.timeline.Timeline;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form that adds an event to a person's timeline. */
@PageController
public class EventPages {

  private final Timeline timeline;
  private final PersonContext context;
  private final Author author;

  public EventPages(Timeline timeline, PersonContext context, Author author) {
    this.timeline = timeline;
    this.context = context;
    this.author = author;
  }

  @GetMapping("/people/{id}/events/new")
  String form(@PathVariable String id, Model model) {
    Form form =
        new Form()
            .set("visibility", Visibility.ORGANISATION.name())
            .set("sourceId", context.latestSourceId(id));
    return page(id, form, null, model);
  }

  @PostMapping("/people/{id}/events")
  String add(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> timeline.add(id, draft(form), author.change(null)),
        "/people/" + id + "#timeline",
        rejected -> page(id, rejected, null, model));
  }

  @GetMapping("/events/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Stored<Event> stored = timeline.get(id);
    Event e = stored.value();
    Form form =
        new Form()
            .set("type", e.type().name())
            .set("date", e.date() == null ? null : e.date().toString())
            .set("place", e.place())
            .set("narrative", e.narrative())
            .set("sourceId", e.sourceId())
            .set("visibility", e.visibility().name())
            .set(
                "otherPersonIds", String.join(",", e.personIds().subList(1, e.personIds().size())));
    return page(e.personIds().get(0), form, stored, model);
  }

  @PostMapping("/events/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Event> stored = timeline.get(id);
    String personId = stored.value().personIds().get(0);
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> timeline.amend(id, form.revision(), draft(form), author.change(null)),
        "/people/" + personId + "#timeline",
        rejected -> page(personId, rejected, stored, model));
  }

  private static EventDraft draft(Form form) {
    return new EventDraft(
        form.get("type"),
        form.get("date"),
        form.get("place"),
        form.get("narrative"),
        form.all("otherPersonIds"),
        form.get("sourceId"),
        form.get("visibility"));
  }

  /** The form that adds an event, or amends the one {@code editing} holds. */
  private String page(String personId, Form form, Stored<Event> editing, Model model) {
    context.addForm(model, personId, form, editing);
    model.addAttribute("types", EventType.values());
    model.addAttribute("visibilities", Visibility.values());
    return "events/form";
  }
}
