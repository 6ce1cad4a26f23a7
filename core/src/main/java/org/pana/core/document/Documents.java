package org.pana.core.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pana.core.date.PartialDate;
import org.pana.core.date.Today;
import org.pana.core.person.People;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Sources;

/** Records a person's documents and every change in who holds them. */
public final class Documents {

  /**
   * The most custody changes one document's history may hold; each change is a new revision, so
   * this bounds what one record holds and every page shows.
   */
  public static final int MAX_CUSTODY_CHANGES = 200;

  private final RecordStore store;
  private final People people;
  private final Sources sources;
  private final Today today;

  public Documents(RecordStore store, People people, Sources sources) {
    this(store, people, sources, Clock.systemUTC());
  }

  /**
   * With the clock that says what day it is: a document's issue and every custody change have
   * happened, so they cannot lie after it (an expiry date may).
   */
  public Documents(RecordStore store, People people, Sources sources, Clock clock) {
    this.store = store;
    this.people = people;
    this.sources = sources;
    this.today = Today.in(clock);
  }

  public Stored<Document> record(String personId, DocumentDraft draft, Change change) {
    people.get(personId);
    Problems problems = new Problems();
    Document details = details(UUID.randomUUID().toString(), personId, draft, problems);
    List<CustodyChange> custody = new ArrayList<>();
    if (draft.custody() != null && !draft.custody().isBlank()) {
      CustodyChange first =
          custodyChange(
              problems,
              "custody",
              "custodyDate",
              "custodian",
              new CustodyDraft(
                  draft.custody(), draft.custodyDate(), draft.custodian(), draft.sourceId(), null));
      if (first != null) {
        custody.add(first);
      }
    }
    problems.throwIfAny();
    return store.insert(Document.KIND, withCustody(details, custody), change);
  }

  /**
   * Replaces a document's details (type, number, issuer, dates, source, notes) as a new revision.
   * Its custody history is kept; custody changes are appended with {@link #changeCustody}.
   */
  public Stored<Document> amend(
      String id, int expectedRevision, DocumentDraft draft, Change change) {
    Document current = get(id).value();
    Problems problems = new Problems();
    Document details = details(id, current.personId(), draft, problems);
    problems.throwIfAny();
    return store.update(
        Document.KIND, withCustody(details, current.custody()), expectedRevision, change);
  }

  /** Appends a custody change (the document was confiscated, returned, lost …). */
  public Stored<Document> changeCustody(
      String documentId, int expectedRevision, CustodyDraft draft, Change change) {
    Stored<Document> current = get(documentId);
    Problems problems = new Problems();
    List<CustodyChange> history = current.value().custody();
    if (history.size() >= MAX_CUSTODY_CHANGES) {
      problems.add(
          "custody",
          "too_many",
          "This document's custody history is full ("
              + MAX_CUSTODY_CHANGES
              + " changes); record further changes in the notes.");
    }
    CustodyChange next = custodyChange(problems, "status", "date", "custodian", draft);
    String note = problems.optional("note", draft.note(), Problems.MAX_TEXT);
    problems.throwIfAny();
    List<CustodyChange> custody = new ArrayList<>(current.value().custody());
    custody.add(
        new CustodyChange(next.status(), next.date(), next.custodian(), next.sourceId(), note));
    return store.update(
        Document.KIND, withCustody(current.value(), custody), expectedRevision, change);
  }

  public Stored<Document> get(String id) {
    return store.find(Document.KIND, id).orElseThrow(() -> new NotFound("document", id));
  }

  public List<Stored<Document>> of(String personId) {
    return store.linkedTo(Document.KIND, personId);
  }

  private Document details(String id, String personId, DocumentDraft draft, Problems problems) {
    DocumentType type = problems.requiredCode("type", DocumentType.class, draft.type());
    String number = problems.optional("number", draft.number(), 64);
    String issuer = problems.optional("issuer", draft.issuer(), 300);
    PartialDate issued = problems.partialDate("issued", draft.issued());
    problems.notAfter("issued", issued, today.date(), "The issue date");
    PartialDate expires = problems.partialDate("expires", draft.expires());
    if (issued != null && expires != null && expires.isCertainlyBefore(issued)) {
      problems.add("expires", "before_issue", "The expiry date is before the issue date.");
    }
    String sourceId = blankToNull(draft.sourceId());
    sources.checkReference(problems, "sourceId", sourceId);
    String notes = problems.optional("notes", draft.notes(), Problems.MAX_TEXT);
    return new Document(
        id, personId, type, number, issuer, issued, expires, List.of(), sourceId, notes);
  }

  private static Document withCustody(Document d, List<CustodyChange> custody) {
    return new Document(
        d.id(),
        d.personId(),
        d.type(),
        d.number(),
        d.issuer(),
        d.issued(),
        d.expires(),
        custody,
        d.sourceId(),
        d.notes());
  }

  private CustodyChange custodyChange(
      Problems problems,
      String statusField,
      String dateField,
      String custodianField,
      CustodyDraft draft) {
    CustodyStatus status = problems.requiredCode(statusField, CustodyStatus.class, draft.status());
    PartialDate date = problems.partialDate(dateField, draft.date());
    problems.notAfter(dateField, date, today.date(), "The day of a custody change");
    String custodian = problems.optional(custodianField, draft.custodian(), 300);
    String sourceId = blankToNull(draft.sourceId());
    sources.checkReference(problems, "sourceId", sourceId);
    if (status == CustodyStatus.CONFISCATED && custodian == null) {
      problems.add(custodianField, "required", "Say who confiscated the document.");
    }
    return status == null ? null : new CustodyChange(status, date, custodian, sourceId, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
