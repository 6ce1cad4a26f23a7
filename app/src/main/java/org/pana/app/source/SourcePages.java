package org.pana.app.source;

import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.FormFlow;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.record.Stored;
import org.pana.core.source.Channel;
import org.pana.core.source.Reliability;
import org.pana.core.source.Source;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.SourceRelation;
import org.pana.core.source.Sources;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form that records a source of information about a person. */
@PageController
public class SourcePages {

  private final Sources sources;
  private final PersonContext context;
  private final Author author;

  public SourcePages(Sources sources, PersonContext context, Author author) {
    this.sources = sources;
    this.context = context;
    this.author = author;
  }

  @GetMapping("/people/{id}/sources/new")
  String form(@PathVariable String id, Model model) {
    Form form =
        new Form()
            .set("relation", SourceRelation.SELF.name())
            .set("channel", Channel.IN_PERSON.name())
            .set("reliability", Reliability.F.name());
    return page(id, form, null, model);
  }

  @PostMapping("/people/{id}/sources")
  String add(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    context.addTo(model, id); // 404 first: recording a source does not look the person up
    return FormFlow.submit(
        form,
        () -> sources.record(id, draft(form), author.change(null)),
        "/people/" + id + "#sources",
        rejected -> page(id, rejected, null, model));
  }

  @GetMapping("/sources/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Stored<Source> stored = sources.get(id);
    Source s = stored.value();
    Form form =
        new Form()
            .set("informant", s.informant())
            .set("relation", s.relation().name())
            .set("date", s.date() == null ? null : s.date().toString())
            .set("channel", s.channel().name())
            .set("reliability", s.reliability().name())
            .set("notes", s.notes());
    return page(s.personId(), form, stored, model);
  }

  @PostMapping("/sources/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Source> stored = sources.get(id);
    String personId = stored.value().personId();
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> sources.amend(id, form.revision(), draft(form), author.change(null)),
        "/people/" + personId + "#sources",
        rejected -> page(personId, rejected, stored, model));
  }

  private static SourceDraft draft(Form form) {
    return new SourceDraft(
        form.get("informant"),
        form.get("relation"),
        form.get("date"),
        form.get("channel"),
        form.get("reliability"),
        form.get("notes"));
  }

  /** The form that records a source, or amends the one {@code editing} holds. */
  private String page(String personId, Form form, Stored<Source> editing, Model model) {
    context.addForm(model, personId, form, editing);
    model.addAttribute("relations", SourceRelation.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("reliabilities", Reliability.values());
    return "sources/form";
  }
}
