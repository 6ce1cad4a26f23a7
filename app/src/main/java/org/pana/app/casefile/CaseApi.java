package org.pana.app.casefile;

import java.net.URI;
import org.pana.app.account.Accounts;
import org.pana.app.acting.Author;
import org.pana.app.audit.ReadTrail;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.casefile.CaseDraft;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.Cases;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Cases in the JSON API. */
@ApiController
public class CaseApi {

  private final Cases cases;
  private final Author author;
  private final Accounts accounts;

  private final ReadTrail trail;

  public CaseApi(Cases cases, Author author, Accounts accounts, ReadTrail trail) {
    this.trail = trail;
    this.cases = cases;
    this.author = author;
    this.accounts = accounts;
  }

  @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseJson> open(@RequestBody CaseDraft draft) {
    Stored<CaseFile> stored =
        cases.open(
            owned(draft, author.caseOwner(draft.organisationId(), null), accounts),
            author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(CaseJson.of(stored));
  }

  @GetMapping("/cases")
  Page<CaseJson> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Page.check(page, size);
    return new Page<>(
        trail.shown(cases.list(page * size, size)).stream().map(CaseJson::of).toList(),
        page,
        size,
        cases.count());
  }

  @GetMapping("/cases/{id}")
  ResponseEntity<CaseJson> get(@PathVariable String id) {
    Stored<CaseFile> stored = cases.get(id);
    return ResponseEntity.ok().eTag(Integer.toString(stored.revision())).body(CaseJson.of(stored));
  }

  @PutMapping(path = "/cases/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseJson> replace(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody CaseDraft draft) {
    int revision = Revisions.fromIfMatch(ifMatch);
    String owner = author.caseOwner(draft.organisationId(), cases.get(id).value().organisationId());
    Stored<CaseFile> stored =
        cases.amend(id, revision, owned(draft, owner, accounts), author.change(null));
    return ResponseEntity.ok().eTag(Integer.toString(stored.revision())).body(CaseJson.of(stored));
  }

  /**
   * The draft with its owning organisation settled by {@link Author#caseOwner} and its team checked
   * against the accounts (a team longer than a case may have is left for {@link Cases} to refuse).
   */
  static CaseDraft owned(CaseDraft draft, String owner, Accounts accounts) {
    boolean tooMany = draft.volunteers().size() > Cases.MAX_VOLUNTEERS;
    return new CaseDraft(
        draft.title(),
        draft.personIds(),
        owner,
        tooMany ? draft.volunteers() : accounts.team(draft.volunteers()),
        draft.status(),
        draft.risks(),
        draft.summary(),
        draft.sharedWith(),
        draft.timeZone());
  }
}
