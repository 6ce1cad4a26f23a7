package org.pana.app.retraction;

import java.time.Instant;
import java.util.List;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.record.Retraction;
import org.pana.core.retraction.Retractions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Retraction in the JSON API: retract a record with a reason (caseworkers), list and restore
 * retracted records and erase a person on request (coordinators).
 */
@ApiController
public class RetractionApi {

  private final Retractions retractions;
  private final PersonErasure erasure;
  private final Author author;

  public RetractionApi(Retractions retractions, PersonErasure erasure, Author author) {
    this.retractions = retractions;
    this.erasure = erasure;
    this.author = author;
  }

  /** Why a record is retracted or restored. */
  record Reason(String reason) {}

  /** The confirmation of an erasure: the word {@code erase}. */
  record Confirmation(String confirm) {}

  /**
   * A retraction or restoration done.
   *
   * @param id the record
   * @param kind its kind
   * @param revision its new revision (also the {@code ETag})
   * @param retracted whether it is retracted now
   * @param along the records retracted or restored with it (what was entered for a person)
   */
  record Done(String id, String kind, int revision, boolean retracted, List<String> along) {

    static Done of(Retractions.Outcome outcome, boolean retracted) {
      return new Done(outcome.id(), outcome.kind(), outcome.revision(), retracted, outcome.along());
    }
  }

  /** A retracted record in the coordinator's list. */
  record Retracted(
      String id,
      String kind,
      int revision,
      Instant retractedAt,
      String retractedBy,
      String reason) {

    static Retracted of(Retraction r) {
      return new Retracted(r.recordId(), r.kind(), r.revision(), r.at(), r.by(), r.reason());
    }
  }

  /**
   * An erasure done.
   *
   * @param personId the person erased
   * @param records how many records went (the person, what was entered for them, reports)
   */
  record Erased(String personId, int records) {}

  @PostMapping(path = "/records/{id}/retract", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Done> retract(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Reason body) {
    var outcome =
        retractions.retract(id, Revisions.fromIfMatch(ifMatch), body.reason(), author.change(null));
    return ResponseEntity.ok()
        .eTag(Integer.toString(outcome.revision()))
        .body(Done.of(outcome, true));
  }

  @PostMapping(path = "/records/{id}/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Done> restore(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Reason body) {
    var outcome =
        retractions.restore(id, Revisions.fromIfMatch(ifMatch), body.reason(), author.change(null));
    return ResponseEntity.ok()
        .eTag(Integer.toString(outcome.revision()))
        .body(Done.of(outcome, false));
  }

  @GetMapping("/retracted")
  Page<Retracted> retracted(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Page.check(page, size);
    var items =
        retractions.retracted(page * size, size).stream()
            .map(r -> Retracted.of(r.retraction()))
            .toList();
    return new Page<>(items, page, size, null);
  }

  @PostMapping(path = "/persons/{id}/erase", consumes = MediaType.APPLICATION_JSON_VALUE)
  Erased erase(@PathVariable String id, @RequestBody Confirmation body) {
    var erased = erasure.erase(id, body.confirm(), author.change(null));
    return new Erased(erased.personId(), erased.recordIds().size());
  }
}
