package org.pana.app.source;

import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.problem.ValidationFailed;
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
    return page(id, form, model);
  }

  @PostMapping("/people/{id}/sources")
  String add(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    context.addTo(model, id);
    try {
      sources.record(id, draft(form), author.change(null));
      return "redirect:/people/" + id + "#sources";
    } catch (ValidationFailed e) {
      return page(id, form.rejected(e, null), model);
    }
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
    model.addAttribute("editing", stored);
    return page(s.personId(), form, model);
  }

  @PostMapping("/sources/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Source> stored = sources.get(id);
    Form form = new Form(submitted);
    try {
      sources.amend(id, form.revision(), draft(form), author.change(null));
      return "redirect:/people/" + stored.value().personId() + "#sources";
    } catch (ValidationFailed e) {
      model.addAttribute("editing", stored);
      return page(stored.value().personId(), form.rejected(e, null), model);
    }
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

  private String page(String personId, Form form, Model model) {
    if (!model.containsAttribute("editing")) {
      model.addAttribute("editing", null);
    }
    context.addTo(model, personId);
    form.addTo(model);
    model.addAttribute("relations", SourceRelation.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("reliabilities", Reliability.values());
    return "sources/form";
  }
}
