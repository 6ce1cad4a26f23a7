package org.pana.app.organisation;

import java.net.URI;
import org.pana.app.security.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.core.history.Stored;
import org.pana.core.organisation.Organisation;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.Organisations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Organisations in the JSON API. */
@ApiController
public class OrganisationApi {

  private final Organisations organisations;
  private final Author author;

  public OrganisationApi(Organisations organisations, Author author) {
    this.organisations = organisations;
    this.author = author;
  }

  @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrganisationJson> record(@RequestBody OrganisationDraft draft) {
    Stored<Organisation> stored = organisations.record(draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + stored.value().id()))
        .body(OrganisationJson.of(stored));
  }

  @GetMapping("/organisations")
  Items<OrganisationJson> list() {
    return new Items<>(organisations.list().stream().map(OrganisationJson::of).toList());
  }

  @GetMapping("/organisations/{id}")
  OrganisationJson get(@PathVariable String id) {
    return OrganisationJson.of(organisations.get(id));
  }
}
