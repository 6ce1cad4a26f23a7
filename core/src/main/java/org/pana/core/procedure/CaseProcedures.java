package org.pana.core.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.casefile.Cases;
import org.pana.core.date.PartialDate;
import org.pana.core.place.Gazetteer;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.timeline.Event;

/**
 * Records the steps of cases and computes what is due. Cases follow Kazakhstan's procedure (the
 * definition in force on each step's day), counted in the procedure's time zone (Asia/Almaty).
 */
public final class CaseProcedures {

  /** The jurisdiction cases follow until cases can name their own. */
  public static final String JURISDICTION = "KZ";

  private static final int PAGE = 200;

  private final RecordStore store;
  private final Cases cases;
  private final Procedures procedures;
  private final Clock clock;
  private final ProcedureWording wording;
  private final Gazetteer gazetteer = Gazetteer.shipped();

  public CaseProcedures(RecordStore store, Cases cases, Procedures procedures, Clock clock) {
    this(store, cases, procedures, clock, ProcedureWording.CODES);
  }

  /**
   * @param wording how refusals name the steps (the app words them from its message bundles)
   */
  public CaseProcedures(
      RecordStore store,
      Cases cases,
      Procedures procedures,
      Clock clock,
      ProcedureWording wording) {
    this.store = store;
    this.cases = cases;
    this.procedures = procedures;
    this.clock = clock;
    this.wording = wording;
  }

  /**
   * Records a step of a case. The step must be one the procedure in force on its day expects after
   * the case's latest earlier step, unless a reason to override is given; nothing is stored when
   * anything is wrong. A step may be taken from an event on the timeline of one of the case's
   * people: the event's type, date, place and source are the step's unless the draft gives them.
   */
  public Stored<CaseStep> record(String caseId, StepDraft draft, Change change) {
    Stored<CaseFile> caseFile = cases.get(caseId);
    Problems problems = new Problems();
    Event event = event(caseFile.value(), draft.eventId(), problems);
    StepType type = type(draft.type(), event, problems);
    String dateText = draft.date();
    PartialDate date = null;
    if (dateText == null && event != null) {
      date = event.date();
      if (date == null) {
        problems.add("date", "required", "The event has no date: give the step's date.");
      }
    } else if (problems.required("date", dateText, 40) != null) {
      date = problems.partialDate("date", dateText);
    }
    String note = problems.optional("note", draft.note(), Problems.MAX_TEXT);
    String reason = problems.optional("overrideReason", draft.overrideReason(), 2000);
    String sourceId = problems.optional("sourceId", draft.sourceId(), 100);
    if (sourceId == null && event != null) {
      sourceId = event.sourceId();
    } else if (sourceId != null
        && store.find(org.pana.core.source.Source.KIND, sourceId).isEmpty()) {
      problems.add("sourceId", "unknown_source", "No source with this id.");
    }
    String place = problems.optional("place", draft.place(), 200);
    if (place == null && event != null && event.visibility() != Visibility.PRIVATE) {
      // a step is seen by the whole organisation: a private event's place stays in the event
      place = event.place();
    }
    String ground = problems.optional("ground", draft.ground(), 100);
    if (ground != null && type != null && type != StepType.STATUS_REFUSED) {
      problems.add("ground", "not_a_refusal", "A ground is given only with a refusal.");
    }
    if (date != null && date.earliest().isAfter(today().plusYears(1))) {
      problems.add("date", "future", "A step more than a year ahead is not a date yet.");
    }
    problems.throwIfAny();
    Procedure procedure =
        procedures
            .inForce(JURISDICTION, date.earliest())
            .orElseThrow(
                () ->
                    new ValidationFailed(
                        "date",
                        "no_procedure",
                        "No procedure is defined for this date (Kazakhstan's starts in 2010)."));
    if (ground != null && procedure.refusalGround(ground).isEmpty()) {
      throw new ValidationFailed(
          "ground", "unknown_ground", "Not a refusal ground of " + procedure.title() + ".");
    }
    StepType last = null;
    for (Stored<CaseStep> earlier : steps(caseFile.value().id())) {
      if (!earlier.value().date().earliest().isAfter(date.earliest())) {
        last = earlier.value().type();
      }
    }
    if (!procedure.allows(last, type) && reason == null) {
      throw new ValidationFailed(
          "overrideReason", "transition", wording.outOfOrder(type, last, procedure));
    }
    CaseStep step =
        new CaseStep(
            UUID.randomUUID().toString(),
            caseFile.value().id(),
            type,
            date,
            sourceId,
            note,
            reason,
            place,
            ground,
            event == null ? null : event.id());
    return store.insert(CaseStep.KIND, step, change);
  }

  /** The event a step is taken from: one the reader may see, of one of the case's people. */
  private Event event(CaseFile caseFile, String eventId, Problems problems) {
    String id = problems.optional("eventId", eventId, 100);
    if (id == null) {
      return null;
    }
    Event event = store.find(Event.KIND, id).map(Stored::value).orElse(null);
    if (event == null) {
      problems.add("eventId", "unknown_event", "No event with this id.");
      return null;
    }
    if (event.personIds().stream().noneMatch(caseFile.personIds()::contains)) {
      problems.add(
          "eventId", "not_in_case", "The event is not on the timeline of anyone in this case.");
      return null;
    }
    return event;
  }

  /** The step type given, else the one the event records. */
  private static StepType type(String code, Event event, Problems problems) {
    if (code != null && !code.isBlank()) {
      return StepType.fromCode(code)
          .orElseGet(
              () -> {
                problems.add(
                    "type",
                    "unknown_code",
                    "Unknown value; use one of " + String.join(", ", StepType.codes()) + ".");
                return null;
              });
    }
    if (event == null) {
      problems.add("type", "required", "This field is required.");
      return null;
    }
    return StepType.of(event.type())
        .orElseGet(
            () -> {
              problems.add(
                  "eventId",
                  "not_a_step",
                  "This event is not a step of the asylum procedure; give the step's type.");
              return null;
            });
  }

  /** A case's steps, in date order. */
  public List<Stored<CaseStep>> steps(String caseId) {
    return inOrder(store.linkedTo(CaseStep.KIND, caseId));
  }

  private static List<Stored<CaseStep>> inOrder(List<Stored<CaseStep>> linked) {
    List<Stored<CaseStep>> steps = new ArrayList<>(linked);
    steps.sort(
        Comparator.comparing((Stored<CaseStep> s) -> s.value().date().earliest())
            .thenComparing(s -> s.createdAt()));
    return steps;
  }

  /** What a case's steps mean today, the day counted in the case's time zone. */
  public Assessment assess(String caseId) {
    return assess(cases.get(caseId));
  }

  private Assessment assess(Stored<CaseFile> caseFile) {
    return assess(caseFile, steps(caseFile.value().id()));
  }

  private Assessment assess(Stored<CaseFile> caseFile, List<Stored<CaseStep>> steps) {
    return Assessment.of(
        procedures,
        gazetteer,
        JURISDICTION,
        steps.stream().map(s -> s.value().step()).toList(),
        today(caseFile.value()));
  }

  /**
   * The events on the timelines of a case's people that a step can be taken from (those that record
   * a step, not yet taken), in the order they happened.
   */
  public List<Stored<Event>> stepEvents(CaseFile caseFile) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    steps(caseFile.id()).stream()
        .map(s -> s.value().eventId())
        .filter(java.util.Objects::nonNull)
        .forEach(taken::add);
    java.util.Map<String, Stored<Event>> events = new java.util.LinkedHashMap<>();
    for (String personId : caseFile.personIds()) {
      for (Stored<Event> event : store.linkedTo(Event.KIND, personId)) {
        if (StepType.of(event.value().type()).isPresent()
            && event.value().date() != null
            && !taken.contains(event.value().id())) {
          events.putIfAbsent(event.value().id(), event);
        }
      }
    }
    List<Stored<Event>> ordered = new ArrayList<>(events.values());
    ordered.sort(Comparator.comparing((Stored<Event> e) -> e.value().date().earliest()));
    return ordered;
  }

  /** The refusal grounds of the procedure in force for a case today (for the step form). */
  public List<Rule> refusalGrounds(CaseFile caseFile) {
    return procedures
        .inForce(JURISDICTION, today(caseFile))
        .map(Procedure::refusalGrounds)
        .orElse(List.of());
  }

  /** Today for a case: in its own time zone, else the procedure's (Asia/Almaty). */
  public LocalDate today(CaseFile caseFile) {
    if (caseFile.timeZone() != null) {
      return LocalDate.now(clock.withZone(java.time.ZoneId.of(caseFile.timeZone())));
    }
    return today();
  }

  /**
   * The open and overdue deadlines of every case the reader may see that is not closed, due on or
   * before {@code dueBefore}, earliest first.
   */
  public List<DueItem> due(LocalDate dueBefore) {
    return overview(dueBefore).due();
  }

  /**
   * What is due on or before {@code dueBefore} and which cases are at risk, over every case the
   * reader may see that is not closed, each case assessed once.
   */
  public Overview overview(LocalDate dueBefore) {
    List<DueItem> due = new ArrayList<>();
    List<AtRisk> atRisk = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Stored<CaseFile>> page = cases.list(offset, PAGE);
      // the steps of the page's open cases in one read
      Map<String, List<Stored<CaseStep>>> steps =
          store.linkedToEach(
              CaseStep.KIND,
              page.stream()
                  .filter(c -> c.value().status() != CaseStatus.CLOSED)
                  .map(c -> c.value().id())
                  .toList());
      for (Stored<CaseFile> caseFile : page) {
        if (caseFile.value().status() == CaseStatus.CLOSED) {
          continue;
        }
        Assessment assessment = assess(caseFile, inOrder(steps.get(caseFile.value().id())));
        for (Deadline deadline : assessment.pending()) {
          if (!deadline.due().isAfter(dueBefore)) {
            due.add(new DueItem(caseFile, deadline));
          }
        }
        if (!assessment.risks().isEmpty()) {
          atRisk.add(new AtRisk(caseFile, assessment.risks()));
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    due.sort(Comparator.comparing(d -> d.deadline().due()));
    return new Overview(due, atRisk);
  }

  /**
   * What is due and which cases are at risk.
   *
   * @param due open and overdue deadlines, earliest first
   * @param atRisk cases whose steps show a risk
   */
  public record Overview(List<DueItem> due, List<AtRisk> atRisk) {}

  /**
   * A case at risk.
   *
   * @param caseFile the case
   * @param risks what its steps show
   */
  public record AtRisk(Stored<CaseFile> caseFile, java.util.Set<ProcedureRisk> risks) {}

  /** Today in the procedure's time zone (Asia/Almaty for Kazakhstan). */
  public LocalDate today() {
    return LocalDate.now(
        clock.withZone(
            procedures.inForce(JURISDICTION, LocalDate.now(clock)).orElseThrow().timeZone()));
  }
}
