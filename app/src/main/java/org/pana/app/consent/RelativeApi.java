package org.pana.app.consent;

import java.net.URI;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.person.Relative;
import org.pana.core.person.Relatives;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Third parties named in people's stories, and their risk flags, in the JSON API. */
@ApiController
public class RelativeApi {

  private final Relatives relatives;
  private final Author author;

  public RelativeApi(Relatives relatives, Author author) {
    this.relatives = relatives;
    this.author = author;
  }

  /**
   * A third party as the API shows it.
   *
   * @param id its id
   * @param revision its revision (send it in If-Match to change the risk flag)
   * @param personId the person whose story names them
   * @param relativeId the third party's person record
   * @param kinship SPOUSE, PARENT, CHILD, SIBLING, OTHER_RELATIVE or OTHER
   * @param atRisk whether naming or placing them could bring reprisals
   * @param note free text (never published)
   */
  record RelativeJson(
      String id,
      int revision,
      String personId,
      String relativeId,
      String kinship,
      boolean atRisk,
      String note) {
    static RelativeJson of(Stored<Relative> stored) {
      Relative r = stored.value();
      return new RelativeJson(
          r.id(),
          stored.revision(),
          r.personId(),
          r.relativeId(),
          r.kinship().name(),
          r.atRisk(),
          r.note());
    }
  }

  /**
   * A change of the risk flag.
   *
   * @param atRisk the new flag (required)
   */
  record RiskFlag(Boolean atRisk) {}

  @PostMapping(path = "/persons/{id}/relatives", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RelativeJson> record(
      @PathVariable String id, @RequestBody Relatives.RelativeDraft draft) {
    Stored<Relative> stored = relatives.record(id, draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/relatives/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(RelativeJson.of(stored));
  }

  @GetMapping("/persons/{id}/relatives")
  Page<RelativeJson> of(@PathVariable String id) {
    var items = relatives.of(id).stream().map(RelativeJson::of).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }

  /** Sets or clears a third party's risk flag; needs {@code If-Match} with its revision. */
  @PostMapping(path = "/relatives/{id}/risk", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RelativeJson> flag(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody RiskFlag flag) {
    relatives.get(id);
    if (flag.atRisk() == null) {
      throw new ValidationFailed(
          "atRisk", "required", "Say whether they are at risk (true or false).");
    }
    Stored<Relative> stored =
        relatives.flag(
            id,
            Revisions.fromIfMatch(ifMatch),
            flag.atRisk(),
            author.change(ChangeReason.RISK_FLAG.stored()));
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(RelativeJson.of(stored));
  }
}
