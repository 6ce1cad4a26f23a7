package org.pana.app.source;

import java.net.URI;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.person.People;
import org.pana.core.record.Stored;
import org.pana.core.source.Source;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.Sources;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Sources in the JSON API. */
@ApiController
public class SourceApi {

  private final Sources sources;
  private final People people;
  private final Author author;

  public SourceApi(Sources sources, People people, Author author) {
    this.sources = sources;
    this.people = people;
    this.author = author;
  }

  @PostMapping(path = "/persons/{id}/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SourceJson> record(@PathVariable String id, @RequestBody SourceDraft draft) {
    people.get(id);
    Stored<Source> stored = sources.record(id, draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/sources/" + stored.value().id()))
        .body(SourceJson.of(stored));
  }

  @GetMapping("/persons/{id}/sources")
  Items<SourceJson> of(@PathVariable String id) {
    people.get(id);
    return new Items<>(sources.ofPerson(id).stream().map(SourceJson::of).toList());
  }

  @GetMapping("/sources/{id}")
  SourceJson get(@PathVariable String id) {
    return SourceJson.of(sources.get(id));
  }
}
