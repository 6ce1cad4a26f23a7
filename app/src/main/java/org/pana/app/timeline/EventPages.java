package org.pana.app.timeline;

import org.pana.app.web.Author;
import org.pana.app.web.Form;
import org.pana.app.web.PersonContext;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.source.Visibility;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.EventType;
import org.pana.core.timeline.Timeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form that adds an event to a person's timeline. */
@Controller
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
    return page(id, new Form().set("visibility", Visibility.ORGANISATION.name()), model);
  }

  @PostMapping("/people/{id}/events")
  String add(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      timeline.add(
          id,
          new EventDraft(
              form.get("type"),
              form.get("date"),
              form.get("place"),
              form.get("narrative"),
              form.all("otherPersonIds"),
              form.get("sourceId"),
              form.get("visibility")),
          author.change(null));
      return "redirect:/people/" + id + "#timeline";
    } catch (ValidationFailed e) {
      return page(id, form.rejected(e, null), model);
    }
  }

  private String page(String personId, Form form, Model model) {
    context.addTo(model, personId);
    form.addTo(model);
    model.addAttribute("types", EventType.values());
    model.addAttribute("visibilities", Visibility.values());
    return "events/form";
  }
}
