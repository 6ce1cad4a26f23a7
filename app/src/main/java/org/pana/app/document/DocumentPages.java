package org.pana.app.document;

import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.FormFlow;
import org.pana.app.web.PageController;
import org.pana.app.web.PersonContext;
import org.pana.core.document.CustodyDraft;
import org.pana.core.document.CustodyStatus;
import org.pana.core.document.Document;
import org.pana.core.document.DocumentDraft;
import org.pana.core.document.DocumentType;
import org.pana.core.document.Documents;
import org.pana.core.record.Stored;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forms that add a document and record changes of its custody. */
@PageController
public class DocumentPages {

  private final Documents documents;
  private final PersonContext context;
  private final Author author;

  public DocumentPages(Documents documents, PersonContext context, Author author) {
    this.documents = documents;
    this.context = context;
    this.author = author;
  }

  @GetMapping("/people/{id}/documents/new")
  String form(@PathVariable String id, Model model) {
    return page(id, new Form().set("sourceId", context.latestSourceId(id)), null, model);
  }

  @PostMapping("/people/{id}/documents")
  String add(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> documents.record(id, draft(form), author.change(null)),
        "/people/" + id + "#documents",
        rejected -> page(id, rejected, null, model));
  }

  @GetMapping("/documents/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Stored<Document> stored = documents.get(id);
    Document d = stored.value();
    Form form =
        new Form()
            .set("type", d.type().name())
            .set("number", d.number())
            .set("issuer", d.issuer())
            .set("issued", d.issued() == null ? null : d.issued().toString())
            .set("expires", d.expires() == null ? null : d.expires().toString())
            .set("sourceId", d.sourceId())
            .set("notes", d.notes());
    return page(d.personId(), form, stored, model);
  }

  @PostMapping("/documents/{id}")
  String amend(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<Document> stored = documents.get(id);
    String personId = stored.value().personId();
    Form form = new Form(submitted);
    return FormFlow.submit(
        form,
        () -> documents.amend(id, form.revision(), draft(form), author.change(null)),
        "/people/" + personId + "#documents",
        rejected -> page(personId, rejected, stored, model));
  }

  @GetMapping("/documents/{id}/custody/new")
  String custodyForm(@PathVariable String id, Model model) {
    return custodyPage(documents.get(id), new Form(), model);
  }

  @PostMapping("/documents/{id}/custody")
  String changeCustody(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    Stored<Document> document = documents.get(id);
    return FormFlow.submit(
        form,
        () ->
            documents.changeCustody(
                id,
                form.revision(),
                new CustodyDraft(
                    form.get("status"),
                    form.get("date"),
                    form.get("custodian"),
                    form.get("sourceId"),
                    form.get("note")),
                author.change(null)),
        "/people/" + document.value().personId() + "#documents",
        rejected -> custodyPage(document, rejected, model));
  }

  /** The form that adds a document, or amends the one {@code editing} holds. */
  private String page(String personId, Form form, Stored<Document> editing, Model model) {
    context.addForm(model, personId, form, editing);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("custodyStates", CustodyStatus.values());
    return "documents/form";
  }

  private String custodyPage(Stored<Document> document, Form form, Model model) {
    context.addTo(model, document.value().personId());
    form.addTo(model);
    model.addAttribute("document", document);
    model.addAttribute("custodyStates", CustodyStatus.values());
    return "documents/custody";
  }

  private static DocumentDraft draft(Form form) {
    return new DocumentDraft(
        form.get("type"),
        form.get("number"),
        form.get("issuer"),
        form.get("issued"),
        form.get("expires"),
        form.get("custody"),
        form.get("custodyDate"),
        form.get("custodian"),
        form.get("sourceId"),
        form.get("notes"));
  }
}
