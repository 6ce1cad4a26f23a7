package org.pana.app.report;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.record.Stored;
import org.pana.core.report.Disclosure;
import org.pana.core.report.Disclosures;
import org.pana.core.report.Redaction;
import org.pana.core.report.Report;
import org.pana.core.report.Reports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports on cases, their approval and their releases (the disclosure ledger) in the JSON API. */
@ApiController
public class ReportApi {

  private final Reports reports;
  private final Disclosures disclosures;
  private final ReportOutputs outputs;
  private final Author author;

  public ReportApi(Reports reports, Disclosures disclosures, ReportOutputs outputs, Author author) {
    this.reports = reports;
    this.disclosures = disclosures;
    this.outputs = outputs;
    this.author = author;
  }

  /**
   * A report as the API shows it.
   *
   * @param id its id
   * @param revision its revision (send it in If-Match to approve it)
   * @param caseId its case
   * @param status DRAFT or APPROVED
   * @param language en or ru
   * @param dates DAY, MONTH or YEAR
   * @param subjectId the person the account is about
   * @param createdBy who drafted it
   * @param approvedBy who approved it, or null
   * @param approvedAt when, or null
   * @param hash the hash of its text as it reads now (frozen once approved)
   * @param consentIds the consents it relies on
   * @param blocker why it cannot be approved or released now, or null
   * @param redactions how many pieces were redacted, by reason
   */
  record ReportJson(
      String id,
      int revision,
      String caseId,
      String status,
      String language,
      String dates,
      String subjectId,
      String createdBy,
      String approvedBy,
      Instant approvedAt,
      String hash,
      List<String> consentIds,
      String blocker,
      Map<Redaction, Long> redactions) {

    static ReportJson of(Reports.Reading reading) {
      Report r = reading.report().value();
      return new ReportJson(
          r.id(),
          reading.report().revision(),
          r.caseId(),
          r.status().name(),
          r.options().language(),
          r.options().dates().name(),
          r.options().subjectId() != null ? r.options().subjectId() : r.personIds().get(0),
          r.createdBy(),
          r.approvedBy(),
          r.approvedAt(),
          reading.hash(),
          reading.consentIds(),
          reading.blocker() == null ? null : reading.blocker().text(),
          reading.text().redactionCounts());
    }
  }

  /**
   * A release in the disclosure ledger.
   *
   * @param id its id
   * @param reportId the report released
   * @param caseId its case
   * @param personIds the people it is about
   * @param recipientKind JOURNALIST, MEDIA_OUTLET, UN_BODY, PARTNER_ORGANISATION, RESEARCHER,
   *     PUBLIC_PORTAL or OTHER
   * @param recipient who
   * @param date when
   * @param hash the version released
   * @param consentIds the consents it was released under
   * @param releasedBy who released it
   * @param note free text
   */
  record DisclosureJson(
      String id,
      String reportId,
      String caseId,
      List<String> personIds,
      String recipientKind,
      String recipient,
      LocalDate date,
      String hash,
      List<String> consentIds,
      String releasedBy,
      String note) {
    static DisclosureJson of(Stored<Disclosure> stored) {
      Disclosure d = stored.value();
      return new DisclosureJson(
          d.id(),
          d.reportId(),
          d.caseId(),
          d.personIds(),
          d.recipientKind().name(),
          d.recipient(),
          d.date(),
          d.hash(),
          d.consentIds(),
          d.releasedBy(),
          d.note());
    }
  }

  /**
   * An approval.
   *
   * @param hash the hash of the text previewed (optional): the approval fails if the text changed
   */
  record Approval(String hash) {}

  @PostMapping(path = "/cases/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReportJson> create(
      @PathVariable String id, @RequestBody Reports.ReportRequest request) {
    Stored<Report> stored =
        reports.create(
            id,
            request,
            author.current().login(),
            author.change(ChangeReason.REPORT_DRAFTED.stored()));
    return ResponseEntity.created(URI.create("/api/v1/reports/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(ReportJson.of(reports.read(stored.value().id())));
  }

  @GetMapping("/cases/{id}/reports")
  Page<ReportJson> ofCase(@PathVariable String id) {
    var items =
        reports.ofCase(id).stream().map(r -> ReportJson.of(reports.read(r.value().id()))).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }

  /** The report's state as JSON, or the report itself with {@code format=md|html|pdf}. */
  @GetMapping("/reports/{id}")
  ResponseEntity<?> get(@PathVariable String id, @RequestParam(required = false) String format) {
    Reports.Reading reading = reports.read(id);
    if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
      return ResponseEntity.ok()
          .eTag(Integer.toString(reading.report().revision()))
          .body(ReportJson.of(reading));
    }
    return outputs.download(reading, format);
  }

  /** Approves a draft as a second person; needs {@code If-Match} with its revision. */
  @PostMapping(path = "/reports/{id}/approve")
  ResponseEntity<ReportJson> approve(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) Approval approval) {
    reports.get(id);
    Stored<Report> stored =
        reports.approve(
            id,
            Revisions.fromIfMatch(ifMatch),
            approval == null ? null : approval.hash(),
            author.current().login(),
            author.change(ChangeReason.REPORT_APPROVED.stored()));
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(ReportJson.of(reports.read(id)));
  }

  /** Records a release of an approved report in the ledger, after checking consent. */
  @PostMapping(path = "/reports/{id}/releases", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DisclosureJson> release(
      @PathVariable String id, @RequestBody Disclosures.ReleaseDraft draft) {
    outputs.checkPortal(draft);
    Stored<Disclosure> stored =
        disclosures.release(
            id,
            draft,
            author.current().login(),
            author.change(ChangeReason.REPORT_RELEASED.stored()));
    return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/releases"))
        .body(DisclosureJson.of(stored));
  }

  @GetMapping("/reports/{id}/releases")
  Page<DisclosureJson> releases(@PathVariable String id) {
    var items = disclosures.of(id).stream().map(DisclosureJson::of).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }

  /**
   * Every release about a person, and those to ask back.
   *
   * @param items the releases, newest first
   * @param recall the releases made under a consent since withdrawn, with that consent's id
   */
  record PersonDisclosures(List<DisclosureJson> items, List<RecallJson> recall) {}

  /**
   * A release to ask back.
   *
   * @param disclosure the release
   * @param consentId the consent withdrawn
   * @param withdrawn the day it was withdrawn
   */
  record RecallJson(DisclosureJson disclosure, String consentId, LocalDate withdrawn) {}

  @GetMapping("/persons/{id}/disclosures")
  PersonDisclosures about(@PathVariable String id) {
    return new PersonDisclosures(
        disclosures.about(id).stream().map(DisclosureJson::of).toList(),
        disclosures.toRecall(id).stream()
            .map(
                r ->
                    new RecallJson(
                        DisclosureJson.of(r.disclosure()),
                        r.consent().id(),
                        r.consent().withdrawn()))
            .toList());
  }
}
