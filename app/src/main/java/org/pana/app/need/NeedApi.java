package org.pana.app.need;

import java.net.URI;
import org.pana.app.account.Accounts;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.need.Need;
import org.pana.core.need.NeedDraft;
import org.pana.core.need.Needs;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Needs of people in the JSON API. */
@ApiController
public class NeedApi {

  private final Needs needs;
  private final Author author;
  private final Accounts accounts;

  public NeedApi(Needs needs, Author author, Accounts accounts) {
    this.needs = needs;
    this.author = author;
    this.accounts = accounts;
  }

  @PostMapping(path = "/persons/{id}/needs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<NeedJson> record(@PathVariable String id, @RequestBody NeedDraft draft) {
    Stored<Need> stored = needs.record(id, draft, accounts::isActiveLogin, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/needs/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(NeedJson.of(stored));
  }

  @GetMapping("/persons/{id}/needs")
  Page<NeedJson> of(@PathVariable String id) {
    var items = needs.of(id).stream().map(NeedJson::of).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }

  @GetMapping("/needs/{id}")
  ResponseEntity<NeedJson> get(@PathVariable String id) {
    Stored<Need> stored = needs.get(id);
    return ResponseEntity.ok().eTag(Integer.toString(stored.revision())).body(NeedJson.of(stored));
  }

  /** Replaces a need (status, referrals, tasks …); needs {@code If-Match} with its revision. */
  @PutMapping(path = "/needs/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<NeedJson> amend(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody NeedDraft draft) {
    Stored<Need> stored =
        needs.amend(
            id,
            Revisions.fromIfMatch(ifMatch),
            draft,
            accounts::isActiveLogin,
            author.change(null));
    return ResponseEntity.ok().eTag(Integer.toString(stored.revision())).body(NeedJson.of(stored));
  }
}
