package org.pana.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.Cases;
import org.pana.core.consent.Consent;
import org.pana.core.date.Today;
import org.pana.core.document.Document;
import org.pana.core.evidence.Evidence;
import org.pana.core.need.Need;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.Identifier;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Source;
import org.pana.core.timeline.Event;

/**
 * Reports on cases: drafts written from the case as it is, approval by a second person that freezes
 * the text, and the consent check every approval and release makes at that moment.
 */
public final class Reports {

  /**
   * The views a report is written with, whoever asks. A draft is written with one fixed view, that
   * of its case's owning organisation (what its members may see, never one reader's role or team),
   * so everyone allowed to see the report sees the same text under the same hash, and approval
   * freezes exactly that text.
   */
  public interface Unrestricted {

    /**
     * Runs {@code work} reading every record, for one purpose only: to know every name, number and
     * person that must be kept out of a report, including those of third parties the reader may not
     * see. What it reads is only ever removed from a report, never shown.
     */
    <T> T read(Supplier<T> work);

    /**
     * Runs {@code work} reading as the members of an organisation may (for null: the records of no
     * organisation), whoever asks.
     */
    <T> T asOrganisation(String organisationId, Supplier<T> work);

    /**
     * Whether the current reader is a member of the organisation (or sees everything): only they
     * see its reports; a partner a case is shared with does not.
     */
    boolean belongsTo(String organisationId);
  }

  /** The most events, quotes or photographs one report may choose: a case's whole story fits. */
  private static final int MAX_CHOSEN = 1000;

  private final RecordStore store;
  private final Cases cases;
  private final People people;
  private final ReportBuilder builder;
  private final Clock clock;
  private final Unrestricted unrestricted;
  private final PhotoSource photos;

  public Reports(
      RecordStore store,
      Cases cases,
      People people,
      ReportBuilder builder,
      Clock clock,
      Unrestricted unrestricted,
      PhotoSource photos) {
    this.photos = photos;
    this.store = store;
    this.cases = cases;
    this.people = people;
    this.builder = builder;
    this.clock = clock;
    this.unrestricted = unrestricted;
  }

  /**
   * A report as asked for.
   *
   * @param language {@code en} or {@code ru} (default {@code en})
   * @param dates DAY, MONTH or YEAR (default MONTH)
   * @param eventIds the events to tell, or null for the default
   * @param quotedIds the public events whose testimony to quote, or null for the default
   * @param procedure whether to say where the asylum case stands (default yes)
   * @param needs whether to say what help is needed (default yes)
   * @param photoIds photographs (evidence files of the case's people) to publish, each only with
   *     its person's consent to the publication of photos (default none)
   * @param subjectId whom the account is about, one of the case's people (default: the case's
   *     principal applicant; a case does not mark one yet, so the first person listed in it)
   */
  public record ReportRequest(
      String language,
      String dates,
      List<String> eventIds,
      List<String> quotedIds,
      Boolean procedure,
      Boolean needs,
      List<String> photoIds,
      String subjectId) {

    /** A request about the case's first person. */
    public ReportRequest(
        String language,
        String dates,
        List<String> eventIds,
        List<String> quotedIds,
        Boolean procedure,
        Boolean needs,
        List<String> photoIds) {
      this(language, dates, eventIds, quotedIds, procedure, needs, photoIds, null);
    }

    /** A request without photographs, about the case's first person. */
    public ReportRequest(
        String language,
        String dates,
        List<String> eventIds,
        List<String> quotedIds,
        Boolean procedure,
        Boolean needs) {
      this(language, dates, eventIds, quotedIds, procedure, needs, null, null);
    }
  }

  /** Photographs as they may leave: their pixels only, every piece of metadata stripped. */
  public interface PhotoSource {

    /** Whether an evidence file is a photograph a report can carry. */
    boolean isPhoto(Evidence evidence);

    /** The photograph, cleaned, with a caption; empty when it cannot be read as an image. */
    Optional<ReportText.Photo> cleaned(String evidenceId, String caption);
  }

  /**
   * A report's text as it reads now.
   *
   * @param report the report
   * @param text its text: frozen when approved, written afresh for a draft
   * @param hash the hash of that text (for a draft: of the text now, to approve exactly it)
   * @param consentIds the consents it relies on
   * @param blocker why it may not be approved or released now, or null
   * @param detailed the people it tells of in detail
   */
  public record Reading(
      Stored<Report> report,
      ReportText text,
      String hash,
      List<String> consentIds,
      Blocker blocker,
      List<String> detailed) {

    public boolean draft() {
      return report.value().status() == ReportStatus.DRAFT;
    }
  }

  /** Creates a draft report on a case; nothing is stored when the request is wrong. */
  public Stored<Report> create(String caseId, ReportRequest request, String author, Change change) {
    CaseFile caseFile = cases.get(caseId).value();
    if (!unrestricted.belongsTo(caseFile.organisationId())) {
      throw new ValidationFailed(
          "organisation",
          "not_yours",
          "Reports on a case are drafted by members of its own organisation; a partner it is"
              + " shared with reads the case, not its reports.");
    }
    ReportOptions options = options(caseFile, request);
    return store.insert(
        Report.KIND,
        Report.draft(
            UUID.randomUUID().toString(),
            caseId,
            caseFile.personIds(),
            options,
            author,
            caseFile.organisationId()),
        change);
  }

  /** Changes what a draft tells and how (a new revision); an approved report cannot change. */
  public Stored<Report> reconfigure(
      String id, int expectedRevision, ReportRequest request, Change change) {
    Report report = get(id).value();
    if (report.status() != ReportStatus.DRAFT) {
      throw new Conflict(
          "approved_frozen", "An approved report is frozen; draft a new one instead.");
    }
    CaseFile caseFile = cases.get(report.caseId()).value();
    ReportOptions options = options(caseFile, request);
    return store.update(
        Report.KIND,
        Report.draft(
            report.id(),
            report.caseId(),
            report.personIds(),
            options,
            report.createdBy(),
            caseFile.organisationId()),
        expectedRevision,
        change);
  }

  /**
   * The events a report on a case may tell, in the order a report tells them: those of the
   * organisation's view that the reader may see too.
   */
  public List<Event> choices(String caseId) {
    CaseFile caseFile = cases.get(caseId).value();
    Set<String> seen = events(caseFile).keySet();
    List<Event> told = new ArrayList<>();
    for (Event event : drafting(caseFile, () -> events(caseFile)).values()) {
      if (seen.contains(event.id())) {
        told.add(event);
      }
    }
    return EventOrder.of(told);
  }

  private ReportOptions options(CaseFile caseFile, ReportRequest request) {
    Problems problems = new Problems();
    String language =
        request.language() == null || request.language().isBlank()
            ? "en"
            : request.language().strip();
    if (!ReportOptions.LANGUAGES.contains(language)) {
      problems.add(
          "language",
          "unsupported",
          "Reports are written in " + String.join(" or ", ReportOptions.LANGUAGES) + ".");
    }
    DateDetail dates =
        request.dates() == null || request.dates().isBlank()
            ? DateDetail.MONTH
            : problems.code("dates", DateDetail.class, request.dates());
    Map<String, Event> events = drafting(caseFile, () -> events(caseFile));
    if (request.eventIds() != null && problems.atMost("eventIds", request.eventIds(), MAX_CHOSEN)) {
      for (String id : request.eventIds()) {
        Event event = events.get(id);
        if (event == null) {
          problems.add(
              "eventIds", "unknown_event", "No event of this case's people with id " + id + ".");
        } else if (event.visibility() == Visibility.PRIVATE) {
          problems.add(
              "eventIds", "private", "A private event cannot be told in a report (" + id + ").");
        }
      }
    }
    if (request.quotedIds() != null
        && problems.atMost("quotedIds", request.quotedIds(), MAX_CHOSEN)) {
      for (String id : request.quotedIds()) {
        Event event = events.get(id);
        if (event == null || event.visibility() != Visibility.PUBLIC) {
          problems.add(
              "quotedIds",
              "not_public",
              "Only the testimony of events marked public can be quoted (" + id + ").");
        }
      }
    }
    Map<String, String> choosable = photoOwners(caseFile);
    if (request.photoIds() != null && problems.atMost("photoIds", request.photoIds(), MAX_CHOSEN)) {
      for (String id : request.photoIds()) {
        if (!choosable.containsKey(id)) {
          problems.add(
              "photoIds",
              "not_a_photo",
              "Only photographs (JPEG or PNG evidence files) of the case's people can be published ("
                  + id
                  + ").");
        }
      }
    }
    String subject = subject(caseFile, request.subjectId(), problems);
    problems.throwIfAny();
    return new ReportOptions(
        language,
        dates,
        request.eventIds(),
        request.quotedIds(),
        request.procedure() == null || request.procedure(),
        request.needs() == null || request.needs(),
        request.photoIds(),
        subject);
  }

  /**
   * Whom a report is about: the person asked for, who must be one of the case's people; by default
   * the case's principal applicant. Cases do not mark a principal applicant yet, so the default is
   * the first person listed in the case.
   */
  private static String subject(CaseFile caseFile, String requested, Problems problems) {
    if (requested == null || requested.isBlank()) {
      return caseFile.personIds().get(0);
    }
    String id = requested.strip();
    if (!caseFile.personIds().contains(id)) {
      problems.add(
          "subjectId",
          "not_in_case",
          "A report is about one of the case's people; " + id + " is not in this case.");
    }
    return id;
  }

  /**
   * A report, for a member of its case's organisation; to anyone else (a partner the case is shared
   * with) it is not found.
   */
  public Stored<Report> get(String id) {
    Stored<Report> report =
        store.find(Report.KIND, id).orElseThrow(() -> new NotFound("report", id));
    Optional<Stored<CaseFile>> caseFile = store.find(CaseFile.KIND, report.value().caseId());
    if (caseFile.isEmpty() || !unrestricted.belongsTo(caseFile.get().value().organisationId())) {
      throw new NotFound("report", id);
    }
    return report;
  }

  /** A case's reports, newest first; none for a partner the case is shared with. */
  public List<Stored<Report>> ofCase(String caseId) {
    if (!unrestricted.belongsTo(cases.get(caseId).value().organisationId())) {
      return List.of();
    }
    List<Stored<Report>> reports = new ArrayList<>(store.linkedTo(Report.KIND, caseId));
    reports.sort(Comparator.comparing((Stored<Report> r) -> r.createdAt()).reversed());
    return reports;
  }

  /** A report's text as it reads now. */
  public Reading read(String id) {
    Stored<Report> stored = get(id);
    Report report = stored.value();
    if (report.status() == ReportStatus.APPROVED) {
      return new Reading(
          stored,
          report.text(),
          report.hash(),
          report.consentIds(),
          blocker(report, today()),
          report.detailed());
    }
    CaseFile caseFile = cases.get(report.caseId()).value();
    ReportBuilder.Built built = builder.build(material(caseFile), report.options(), today());
    return new Reading(
        stored,
        built.text(),
        ReportFormats.hash(built.text()),
        built.consentIds(),
        built.blocker(),
        built.detailed());
  }

  /**
   * Approves a draft: a second person (not its creator) freezes the text as it reads now. When
   * {@code expectedHash} is given, the text must still be the one they previewed.
   */
  public Stored<Report> approve(
      String id, int expectedRevision, String expectedHash, String approver, Change change) {
    Reading reading = read(id);
    Report report = reading.report().value();
    if (report.status() != ReportStatus.DRAFT) {
      throw new Conflict("approved_already", "This report is approved already.");
    }
    if (report.createdBy().equals(approver)) {
      throw new ValidationFailed(
          "approver",
          "same_person",
          "A second person must approve a report, not the one who drafted it.");
    }
    if (expectedHash != null
        && !expectedHash.isBlank()
        && !expectedHash.strip().equals(reading.hash())) {
      throw new Conflict(
          "preview_changed",
          "The case changed since this preview; look at the report again before approving it.");
    }
    if (reading.blocker() != null) {
      throw new ReportBlocked(reading.blocker());
    }
    return store.update(
        Report.KIND,
        new Report(
            report.id(),
            report.caseId(),
            report.personIds(),
            report.options(),
            ReportStatus.APPROVED,
            report.createdBy(),
            approver,
            clock.instant(),
            reading.hash(),
            reading.text(),
            reading.consentIds(),
            reading.detailed(),
            cases.get(report.caseId()).value().organisationId()),
        expectedRevision,
        change);
  }

  /**
   * Why an approved report may not leave on a day, or null when it may: a consent it relies on no
   * longer holds, or someone it tells of in detail has since been flagged at risk.
   */
  Blocker blocker(Report report, LocalDate day) {
    Blocker consent = consentBlocker(report.consentIds(), day);
    if (consent != null) {
      return consent;
    }
    Optional<String> flagged =
        unrestricted.read(
            () ->
                report.detailed().stream()
                    .filter(
                        id ->
                            store.linkedTo(Relative.KIND, id).stream()
                                .anyMatch(
                                    r -> r.value().relativeId().equals(id) && r.value().atRisk()))
                    .findFirst());
    return flagged.map(id -> Blocker.atRisk(id, day)).orElse(null);
  }

  /** Why the consents a report relies on do not all hold on a day, or null when they do. */
  Blocker consentBlocker(List<String> consentIds, LocalDate day) {
    for (String id : consentIds) {
      var found = unrestricted.read(() -> store.find(Consent.KIND, id));
      if (found.isEmpty()) {
        return Blocker.consentGone(id, day);
      }
      Consent consent = found.get().value();
      if (!consent.holdsOn(day)) {
        return Blocker.consentLapsed(consent.personId(), id, day, consent.withdrawn());
      }
    }
    return null;
  }

  /** The day it is where the casebook is kept, as consents count it. */
  LocalDate today() {
    return Today.in(clock).date();
  }

  /** The events of a case's people, by id, as the reader may see them, in the order recorded. */
  private Map<String, Event> events(CaseFile caseFile) {
    Map<String, Stored<Event>> stored = new LinkedHashMap<>();
    for (String personId : caseFile.personIds()) {
      for (Stored<Event> event : store.linkedTo(Event.KIND, personId)) {
        stored.putIfAbsent(event.value().id(), event);
      }
    }
    Map<String, Event> events = new LinkedHashMap<>();
    stored.values().stream()
        .sorted(Comparator.comparing((Stored<Event> e) -> e.createdAt()))
        .forEach(e -> events.put(e.value().id(), e.value()));
    return events;
  }

  /** Runs {@code work} with the view a report on the case is written with. */
  private <T> T drafting(CaseFile caseFile, Supplier<T> work) {
    return unrestricted.asOrganisation(caseFile.organisationId(), work);
  }

  /**
   * Everything the report on a case may draw on: the case's people, events, sources, steps and
   * needs as the members of its organisation may see them, whoever reads; the third parties,
   * consents and numbers to keep out, read in full.
   */
  ReportBuilder.Material material(CaseFile caseFile) {
    return drafting(caseFile, () -> gather(caseFile));
  }

  private ReportBuilder.Material gather(CaseFile caseFile) {
    List<Person> members = new ArrayList<>();
    for (String id : caseFile.personIds()) {
      // a person retracted from the case's records is not told of
      people.find(id).ifPresent(person -> members.add(person.value()));
    }
    if (members.isEmpty()) {
      throw new Conflict(
          "no_one_to_tell", "Everyone in this case is retracted: there is no one to tell of.");
    }
    Map<String, Event> events = events(caseFile);
    Map<String, Source> sources = new HashMap<>();
    List<Need> needs = new ArrayList<>();
    Set<String> needIds = new HashSet<>();
    for (Person person : members) {
      store.linkedTo(Source.KIND, person.id()).forEach(s -> sources.put(s.value().id(), s.value()));
      for (Stored<Need> need : store.linkedTo(Need.KIND, person.id())) {
        if (needIds.add(need.value().id())) {
          needs.add(need.value());
        }
      }
    }
    Exposure exposure = unrestricted.read(() -> exposure(caseFile));
    List<CaseStep> steps =
        store.linkedTo(CaseStep.KIND, caseFile.id()).stream().map(Stored::value).toList();
    String organisation =
        caseFile.organisationId() == null
            ? ""
            : store
                .find(Organisation.KIND, caseFile.organisationId())
                .map(o -> o.value().name())
                .orElse("");
    return new ReportBuilder.Material(
        caseFile,
        organisation,
        members,
        exposure.others(),
        List.copyOf(events.values()),
        sources,
        steps,
        needs,
        exposure.consents(),
        exposure.relatives(),
        exposure.numbers(),
        photoOwners(caseFile),
        photos::cleaned);
  }

  /** The photographs of a case's people that a report may carry, with whose each is. */
  public Map<String, String> photoOwners(CaseFile caseFile) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (String personId : caseFile.personIds()) {
      for (Stored<Evidence> evidence : store.linkedTo(Evidence.KIND, personId)) {
        if (photos.isPhoto(evidence.value())) {
          owners.put(evidence.value().id(), personId);
        }
      }
    }
    return owners;
  }

  /** The people around a case and what must be kept out of its report. */
  private record Exposure(
      Map<String, Person> others,
      List<Consent> consents,
      List<Relative> relatives,
      List<String> numbers) {}

  private Exposure exposure(CaseFile caseFile) {
    Set<String> memberIds = new HashSet<>(caseFile.personIds());
    List<Relative> relatives = new ArrayList<>();
    Set<String> involved = new HashSet<>(memberIds);
    for (String id : caseFile.personIds()) {
      store.linkedTo(Relative.KIND, id).forEach(r -> relatives.add(r.value()));
      store.linkedTo(Event.KIND, id).forEach(e -> involved.addAll(e.value().personIds()));
    }
    relatives.forEach(r -> involved.add(r.relativeId()));
    Set<String> known = new HashSet<>();
    relatives.forEach(r -> known.add(r.id()));
    for (String id : Set.copyOf(involved)) {
      for (Stored<Relative> relative : store.linkedTo(Relative.KIND, id)) {
        if (known.add(relative.value().id())) {
          relatives.add(relative.value());
        }
      }
    }
    Map<String, Person> others = new HashMap<>();
    List<Consent> consents = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String id : involved) {
      people
          .find(id)
          .ifPresent(
              p -> {
                if (!memberIds.contains(id)) {
                  others.put(id, p.value());
                }
                p.value().identifiers().stream().map(Identifier::value).forEach(numbers::add);
              });
      store.linkedTo(Consent.KIND, id).forEach(c -> consents.add(c.value()));
      store.linkedTo(Document.KIND, id).stream()
          .map(d -> d.value().number())
          .filter(n -> n != null)
          .forEach(numbers::add);
    }
    return new Exposure(others, consents, relatives, numbers);
  }
}
