package org.pana.app.organisation;

import java.net.URI;
import java.util.Map;
import org.pana.app.acting.Author;
import org.pana.app.web.ApiController;
import org.pana.app.web.Items;
import org.pana.app.web.Revisions;
import org.pana.core.casefile.Placement;
import org.pana.core.organisation.Organisation;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Organisations in the JSON API, and the administrators' moves of people and cases between them
 * (the security rules let only administrators reach the writes).
 */
@ApiController
public class OrganisationApi {

  private final Organisations organisations;
  private final Placement placement;
  private final Author author;

  public OrganisationApi(Organisations organisations, Placement placement, Author author) {
    this.organisations = organisations;
    this.placement = placement;
    this.author = author;
  }

  @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrganisationJson> record(@RequestBody OrganisationDraft draft) {
    Stored<Organisation> stored = organisations.record(draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(OrganisationJson.of(stored));
  }

  @GetMapping("/organisations")
  Items<OrganisationJson> list() {
    return new Items<>(organisations.list().stream().map(OrganisationJson::of).toList());
  }

  @GetMapping("/organisations/{id}")
  ResponseEntity<OrganisationJson> get(@PathVariable String id) {
    Stored<Organisation> stored = organisations.get(id);
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(OrganisationJson.of(stored));
  }

  /** Renames or otherwise corrects an organisation; {@code If-Match} carries its revision. */
  @PutMapping(path = "/organisations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrganisationJson> replace(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody OrganisationDraft draft) {
    int revision = Revisions.fromIfMatch(ifMatch);
    Stored<Organisation> stored = organisations.amend(id, revision, draft, author.change(null));
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(OrganisationJson.of(stored));
  }

  /**
   * Moves a person, with their own records, to another organisation.
   *
   * @param move {@code organisationId} and an optional {@code reason}
   */
  @PostMapping(path = "/persons/{id}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> movePerson(@PathVariable String id, @RequestBody Move move) {
    placement.movePerson(id, move.organisationId(), author.change(move.reason()));
    return ResponseEntity.noContent().build();
  }

  /**
   * Gives a case to another organisation, with its steps and reports, and its people when {@code
   * withPeople} (the default).
   */
  @PostMapping(path = "/cases/{id}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> moveCase(@PathVariable String id, @RequestBody Move move) {
    placement.moveCase(
        id,
        move.organisationId(),
        move.withPeople() == null || move.withPeople(),
        author.change(move.reason()));
    return ResponseEntity.noContent().build();
  }

  /** How many records of each kind belong to no organisation. */
  @GetMapping("/unassigned")
  Map<String, Long> unassigned() {
    return placement.unassigned();
  }

  /** Places every record that belongs to no organisation in the one given. */
  @PostMapping(path = "/unassigned/place", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Integer> place(@RequestBody Move move) {
    return Map.of(
        "placed", placement.placeUnassigned(move.organisationId(), author.change(move.reason())));
  }

  /**
   * Where to move records.
   *
   * @param organisationId the organisation they move to
   * @param withPeople for a case: whether its people move with it (default yes)
   * @param reason why, kept with the revisions and in the audit trail's context
   */
  public record Move(String organisationId, Boolean withPeople, String reason) {}
}
