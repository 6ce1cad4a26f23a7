package org.pana.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pana.core.consent.Consent;
import org.pana.core.person.People;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/**
 * The disclosure ledger: every release of an approved report, to whom, when, which version and
 * under which consents; and, when a consent is withdrawn, the releases to ask back.
 */
public final class Disclosures {

  private final RecordStore store;
  private final Reports reports;
  private final People people;

  public Disclosures(RecordStore store, Reports reports, People people) {
    this.store = store;
    this.reports = reports;
    this.people = people;
  }

  /**
   * A release as submitted.
   *
   * @param recipientKind a {@link RecipientKind} code
   * @param recipient who, in words
   * @param date yyyy-mm-dd (default today)
   * @param note free text, optional
   */
  public record ReleaseDraft(String recipientKind, String recipient, String date, String note) {}

  /**
   * A release to ask back: a disclosure made under a consent since withdrawn.
   *
   * @param disclosure the release
   * @param consent the withdrawn consent
   */
  public record Recall(Stored<Disclosure> disclosure, Consent consent) {}

  /**
   * Records the release of an approved report, after checking at this moment that every consent it
   * relies on still holds; nothing is recorded otherwise.
   */
  public Stored<Disclosure> release(
      String reportId, ReleaseDraft draft, String releasedBy, Change change) {
    Stored<Report> stored = reports.get(reportId);
    Report report = stored.value();
    Problems problems = new Problems();
    RecipientKind kind =
        problems.requiredCode("recipientKind", RecipientKind.class, draft.recipientKind());
    String recipient = problems.required("recipient", draft.recipient(), 300);
    LocalDate date = reports.today();
    if (draft.date() != null && !draft.date().isBlank()) {
      try {
        date = LocalDate.parse(draft.date().strip());
        if (date.isAfter(reports.today())) {
          problems.add("date", "future", "A release cannot be recorded before it happens.");
        }
      } catch (DateTimeParseException e) {
        problems.add("date", "date", "Write the day as yyyy-mm-dd.");
      }
    }
    String note = problems.optional("note", draft.note(), 2000);
    problems.throwIfAny();
    if (report.status() != ReportStatus.APPROVED) {
      throw new ValidationFailed(
          "report",
          "not_approved",
          "Only an approved report can be released; this one is a draft.");
    }
    Blocker blocker = reports.blocker(report, date);
    if (blocker == null && !date.equals(reports.today())) {
      blocker = reports.blocker(report, reports.today());
    }
    if (blocker != null) {
      throw new ReportBlocked(blocker);
    }
    return store.insert(
        Disclosure.KIND,
        new Disclosure(
            UUID.randomUUID().toString(),
            report.id(),
            report.caseId(),
            report.personIds(),
            kind,
            recipient,
            date,
            report.hash(),
            report.consentIds(),
            releasedBy,
            note),
        change);
  }

  /** Every release about a person, newest first. */
  public List<Stored<Disclosure>> about(String personId) {
    people.get(personId);
    return newestFirst(store.linkedTo(Disclosure.KIND, personId));
  }

  /** Every release of a report, newest first. */
  public List<Stored<Disclosure>> of(String reportId) {
    reports.get(reportId);
    return newestFirst(store.linkedTo(Disclosure.KIND, reportId));
  }

  /** The releases about a person made under a consent that has since been withdrawn. */
  public List<Recall> toRecall(String personId) {
    List<Recall> recalls = new ArrayList<>();
    for (Stored<Disclosure> disclosure : about(personId)) {
      for (String consentId : disclosure.value().consentIds()) {
        store
            .find(Consent.KIND, consentId)
            .map(Stored::value)
            .filter(c -> c.withdrawn() != null)
            .ifPresent(c -> recalls.add(new Recall(disclosure, c)));
      }
    }
    return recalls;
  }

  /**
   * A report on the public portal.
   *
   * @param report the approved report
   * @param released the day it was first released to the portal
   */
  public record Published(Report report, LocalDate released) {}

  /**
   * The reports released to the public portal whose consents all still hold today, newest first: a
   * withdrawn consent takes its reports down.
   */
  public List<Published> published() {
    java.util.Map<String, LocalDate> released = new java.util.HashMap<>();
    for (int offset = 0; ; offset += 500) {
      List<Stored<Disclosure>> page = store.list(Disclosure.KIND, offset, 500);
      for (Stored<Disclosure> each : page) {
        Disclosure d = each.value();
        if (d.recipientKind() == RecipientKind.PUBLIC_PORTAL) {
          released.merge(d.reportId(), d.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      if (page.size() < 500) {
        break;
      }
    }
    List<Published> published = new ArrayList<>();
    LocalDate today = reports.today();
    for (var entry : released.entrySet()) {
      store
          .find(Report.KIND, entry.getKey())
          .map(Stored::value)
          .filter(r -> r.status() == ReportStatus.APPROVED)
          .filter(r -> reports.blocker(r, today) == null)
          .ifPresent(r -> published.add(new Published(r, entry.getValue())));
    }
    published.sort(
        Comparator.comparing(Published::released).thenComparing(p -> p.report().id()).reversed());
    return published;
  }

  private static List<Stored<Disclosure>> newestFirst(List<Stored<Disclosure>> found) {
    List<Stored<Disclosure>> list = new ArrayList<>(found);
    list.sort(
        Comparator.comparing((Stored<Disclosure> d) -> d.value().date())
            .thenComparing(Stored::createdAt)
            .reversed());
    return list;
  }
}
