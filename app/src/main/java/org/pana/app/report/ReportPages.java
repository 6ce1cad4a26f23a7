package org.pana.app.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.app.web.ProblemWords;
import org.pana.core.account.Role;
import org.pana.core.casefile.Cases;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.Consents;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.person.People;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.pana.core.report.Blocker;
import org.pana.core.report.DateDetail;
import org.pana.core.report.Disclosures;
import org.pana.core.report.RecipientKind;
import org.pana.core.report.Report;
import org.pana.core.report.ReportBlocked;
import org.pana.core.report.ReportBuilder;
import org.pana.core.report.ReportOptions;
import org.pana.core.report.ReportStatus;
import org.pana.core.report.Reports;
import org.pana.core.timeline.Event;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report builder: a draft from a case, its preview with every redaction marked, the choice of
 * what it tells, approval by a second person, downloads, and the record of each release.
 */
@PageController
public class ReportPages {

  private final Reports reports;
  private final Disclosures disclosures;
  private final Cases cases;
  private final ReportOutputs outputs;
  private final Author author;
  private final EvidenceRecords evidence;
  private final Consents consents;
  private final People people;
  private final ProblemWords words;

  public ReportPages(
      Reports reports,
      Disclosures disclosures,
      Cases cases,
      ReportOutputs outputs,
      Author author,
      EvidenceRecords evidence,
      Consents consents,
      People people,
      ProblemWords words) {
    this.people = people;
    this.words = words;
    this.evidence = evidence;
    this.consents = consents;
    this.reports = reports;
    this.disclosures = disclosures;
    this.cases = cases;
    this.outputs = outputs;
    this.author = author;
  }

  /** Drafts a report on a case with the defaults, then shows it. */
  @PostMapping("/cases/{id}/reports")
  String create(@PathVariable String id, @RequestParam MultiValueMap<String, String> submitted) {
    Form form = new Form(submitted);
    var stored =
        reports.create(
            id,
            new Reports.ReportRequest(
                form.get("language"),
                form.get("dates"),
                null,
                null,
                null,
                null,
                null,
                form.get("subjectId")),
            author.current().login(),
            author.change(ChangeReason.REPORT_DRAFTED.stored()));
    return "redirect:/reports/" + stored.value().id();
  }

  @GetMapping("/reports/{id}")
  String show(@PathVariable String id, Model model) {
    return page(id, new Form(), null, model);
  }

  /** Changes what the draft tells. */
  @PostMapping("/reports/{id}/claims")
  String claims(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      reports.reconfigure(
          id,
          form.revision(),
          new Reports.ReportRequest(
              form.get("language"),
              form.get("dates"),
              List.copyOf(form.all("eventIds")),
              List.copyOf(form.all("quotedIds")),
              form.get("procedure") != null,
              form.get("needs") != null,
              List.copyOf(form.all("photoIds")),
              form.get("subjectId")),
          author.change(ChangeReason.REPORT_CLAIMS_CHOSEN.stored()));
      return "redirect:/reports/" + id;
    } catch (ValidationFailed e) {
      return page(id, form.rejected(e, null), null, model);
    } catch (Conflict e) {
      return page(id, new Form(), words.text(e), model);
    }
  }

  /** Approves the draft exactly as previewed. */
  @PostMapping("/reports/{id}/approve")
  String approve(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      reports.approve(
          id,
          form.revision(),
          form.get("hash"),
          author.current().login(),
          author.change(ChangeReason.REPORT_APPROVED.stored()));
      return "redirect:/reports/" + id;
    } catch (ReportBlocked e) {
      return page(id, new Form(), blocker(e.blocker()), model);
    } catch (ValidationFailed e) {
      return page(id, new Form(), words.text(e.problems().getFirst()), model);
    } catch (Conflict e) {
      return page(id, new Form(), words.text(e), model);
    }
  }

  /** Records a release in the ledger, after the consent check. */
  @PostMapping("/reports/{id}/releases")
  String release(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      Disclosures.ReleaseDraft draft =
          new Disclosures.ReleaseDraft(
              form.get("recipientKind"), form.get("recipient"), form.get("date"), form.get("note"));
      outputs.checkPortal(draft);
      disclosures.release(
          id,
          draft,
          author.current().login(),
          author.change(ChangeReason.REPORT_RELEASED.stored()));
      return "redirect:/reports/" + id + "#ledger";
    } catch (ReportBlocked e) {
      return page(id, form.rejected(e, null), blocker(e.blocker()), model);
    } catch (ValidationFailed e) {
      Form rejected = form.rejected(e, null);
      String alert =
          e.problems().stream()
              .filter(p -> p.field().equals("report"))
              .map(words::text)
              .findFirst()
              .orElse(null);
      return page(id, rejected, alert, model);
    }
  }

  @GetMapping("/reports/{id}/download")
  ResponseEntity<byte[]> download(
      @PathVariable String id, @RequestParam(required = false) String format) {
    return outputs.download(reports.read(id), format);
  }

  /**
   * A photograph that may be chosen.
   *
   * @param id the evidence file
   * @param name what it was uploaded as (shown to the team only)
   * @param chosen whether the draft carries it
   * @param consented whether its person's consent to the publication of photos holds today
   */
  public record PhotoChoice(String id, String name, boolean chosen, boolean consented) {}

  private List<PhotoChoice> photoChoices(Report report) {
    var caseFile = cases.get(report.caseId()).value();
    java.time.LocalDate today = consents.today();
    List<PhotoChoice> choices = new java.util.ArrayList<>();
    reports
        .photoOwners(caseFile)
        .forEach(
            (evidenceId, personId) ->
                choices.add(
                    new PhotoChoice(
                        evidenceId,
                        evidence.get(evidenceId).value().fileName(),
                        report.options().photoIds().contains(evidenceId),
                        consents.allows(
                            personId, ConsentScope.PUBLICATION_OF_PHOTOS, null, today))));
    return choices;
  }

  /**
   * Why the report may not be approved or released, in the reader's language, naming the person it
   * concerns as the pages do (by their id when the reader cannot see them); null when nothing
   * blocks it.
   */
  private String blocker(Blocker blocker) {
    if (blocker == null) {
      return null;
    }
    String who =
        blocker.personId() == null
            ? null
            : people
                .find(blocker.personId())
                .map(person -> person.value().primaryName().value())
                .orElse(blocker.personId());
    return outputs.blocker(blocker, who);
  }

  private String page(String id, Form form, String alert, Model model) {
    Reports.Reading reading = reports.read(id);
    Report report = reading.report().value();
    boolean draft = report.status() == ReportStatus.DRAFT;
    List<Event> choices = reports.choices(report.caseId());
    Set<String> told = new HashSet<>();
    Set<String> quoted = new HashSet<>();
    for (Event event : choices) {
      boolean tellByDefault = ReportBuilder.toldByDefault(event);
      if (report.options().eventIds() == null
          ? tellByDefault
          : report.options().eventIds().contains(event.id())) {
        told.add(event.id());
      }
      if (report.options().quotedIds() == null
          ? event.visibility() == org.pana.core.access.Visibility.PUBLIC
          : report.options().quotedIds().contains(event.id())) {
        quoted.add(event.id());
      }
    }
    var user = author.current();
    model.addAttribute("reading", reading);
    model.addAttribute("report", report);
    model.addAttribute("draft", draft);
    var caseFile = cases.get(report.caseId()).value();
    model.addAttribute("caseFile", caseFile);
    model.addAttribute(
        "people",
        // a person retracted meanwhile is not offered as the report's subject
        caseFile.personIds().stream()
            .flatMap(p -> people.find(p).stream())
            .map(Stored::value)
            .toList());
    model.addAttribute(
        "subjectId",
        report.options().subjectId() != null
            ? report.options().subjectId()
            : report.personIds().get(0));
    model.addAttribute("choices", choices);
    model.addAttribute("told", told);
    model.addAttribute("quoted", quoted);
    model.addAttribute("photoChoices", photoChoices(report));
    model.addAttribute("languages", ReportOptions.LANGUAGES);
    model.addAttribute("dateDetails", DateDetail.values());
    model.addAttribute("recipientKinds", RecipientKind.values());
    model.addAttribute("formats", ReportOutputs.FORMATS);
    model.addAttribute("outputs", outputs);
    model.addAttribute("ledger", disclosures.of(id));
    model.addAttribute("alert", alert);
    model.addAttribute("blocker", blocker(reading.blocker()));
    model.addAttribute(
        "mayApprove",
        draft && user.can(Role.COORDINATOR) && !user.login().equals(report.createdBy()));
    model.addAttribute("mayRelease", !draft && user.can(Role.COORDINATOR));
    form.addTo(model);
    return "reports/show";
  }
}
