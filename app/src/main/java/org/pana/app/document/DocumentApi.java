package org.pana.app.document;

import java.net.URI;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.app.web.Revisions;
import org.pana.core.document.CustodyDraft;
import org.pana.core.document.Document;
import org.pana.core.document.DocumentDraft;
import org.pana.core.document.Documents;
import org.pana.core.person.People;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Documents and their custody in the JSON API. */
@ApiController
public class DocumentApi {

  private final Documents documents;
  private final People people;
  private final Author author;

  public DocumentApi(Documents documents, People people, Author author) {
    this.documents = documents;
    this.people = people;
    this.author = author;
  }

  @PostMapping(path = "/persons/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DocumentJson> record(@PathVariable String id, @RequestBody DocumentDraft draft) {
    Stored<Document> stored = documents.record(id, draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.value().id()))
        .body(DocumentJson.of(stored));
  }

  @GetMapping("/persons/{id}/documents")
  Items<DocumentJson> of(@PathVariable String id) {
    people.get(id);
    return new Items<>(documents.of(id).stream().map(DocumentJson::of).toList());
  }

  @GetMapping("/documents/{id}")
  DocumentJson get(@PathVariable String id) {
    return DocumentJson.of(documents.get(id));
  }

  /** Records a change of custody: the document was confiscated, returned, lost, … */
  @PostMapping(path = "/documents/{id}/custody", consumes = MediaType.APPLICATION_JSON_VALUE)
  DocumentJson changeCustody(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CustodyDraft draft) {
    // An appended custody change cannot overwrite anything; If-Match is optional here.
    int revision = ifMatch == null ? documents.get(id).revision() : Revisions.fromIfMatch(ifMatch);
    return DocumentJson.of(documents.changeCustody(id, revision, draft, author.change(null)));
  }
}
