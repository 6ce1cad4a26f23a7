package org.pana.app.consent;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.casefile.Withdrawals;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.consent.Consents;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Consents of people in the JSON API. */
@ApiController
public class ConsentApi {

  private final Consents consents;
  private final Withdrawals withdrawals;
  private final Author author;

  public ConsentApi(Consents consents, Withdrawals withdrawals, Author author) {
    this.consents = consents;
    this.withdrawals = withdrawals;
    this.author = author;
  }

  /**
   * A consent as the API shows it.
   *
   * @param id its id
   * @param revision its revision (send it back in If-Match to withdraw it)
   * @param personId whose
   * @param scope DOCUMENTATION, SHARING_WITH_PARTNER, PUBLICATION_WITH_NAME,
   *     PUBLICATION_UNDER_PSEUDONYM, PUBLICATION_OF_PHOTOS
   * @param partnerOrganisationId for sharing: the partner
   * @param pseudonym for publication under a pseudonym
   * @param given the day it was given
   * @param withdrawn the day it was withdrawn, or null
   * @param obtainedHow SIGNED_FORM, RECORDED_STATEMENT, ORAL_WITH_WITNESS, MESSAGE
   * @param obtainedBy the volunteer who obtained it
   * @param evidenceId the evidence file, or null
   * @param note free text
   * @param holdsToday whether it holds today
   * @param scripts for publication with name: the scripts the name may be shown in (empty: all)
   */
  record ConsentJson(
      String id,
      int revision,
      String personId,
      String scope,
      String partnerOrganisationId,
      String pseudonym,
      LocalDate given,
      LocalDate withdrawn,
      String obtainedHow,
      String obtainedBy,
      String evidenceId,
      String note,
      boolean holdsToday,
      List<String> scripts) {
    static ConsentJson of(Stored<Consent> stored, LocalDate today) {
      Consent c = stored.value();
      return new ConsentJson(
          c.id(),
          stored.revision(),
          c.personId(),
          c.scope().name(),
          c.partnerOrganisationId(),
          c.pseudonym(),
          c.given(),
          c.withdrawn(),
          c.obtainedHow().name(),
          c.obtainedBy(),
          c.evidenceId(),
          c.note(),
          c.holdsOn(today),
          c.scripts());
    }
  }

  /**
   * A withdrawal.
   *
   * @param date the day it was withdrawn (yyyy-mm-dd)
   */
  record Withdrawal(String date) {}

  @PostMapping(path = "/persons/{id}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ConsentJson> record(@PathVariable String id, @RequestBody ConsentDraft draft) {
    Stored<Consent> stored =
        consents.record(id, draft, author.current().login(), author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/consents/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(ConsentJson.of(stored, consents.today()));
  }

  @GetMapping("/persons/{id}/consents")
  Page<ConsentJson> of(@PathVariable String id) {
    LocalDate today = consents.today();
    var items = consents.of(id).stream().map(c -> ConsentJson.of(c, today)).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }

  /** Withdraws a consent from a day on; needs {@code If-Match} with its revision. */
  @PostMapping(path = "/consents/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ConsentJson> withdraw(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Withdrawal withdrawal) {
    consents.get(id);
    Stored<Consent> stored =
        withdrawals.withdraw(
            id,
            Revisions.fromIfMatch(ifMatch),
            withdrawal.date(),
            author.change(ChangeReason.CONSENT_WITHDRAWN.stored()));
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(ConsentJson.of(stored, consents.today()));
  }
}
