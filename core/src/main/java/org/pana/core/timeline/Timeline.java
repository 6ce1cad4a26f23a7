package org.pana.core.timeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pana.core.access.Visibility;
import org.pana.core.date.PartialDate;
import org.pana.core.date.Today;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Sources;

/** Adds events to people's timelines and reads a timeline back in order. */
public final class Timeline {

  /**
   * Chronological order for events with partial dates: by earliest possible day, then the narrower
   * date first (see {@link PartialDate#compareTo}); undated events last; ties in the order they
   * were recorded.
   */
  public static final Comparator<Stored<Event>> ORDER =
      Comparator.comparing(
              (Stored<Event> e) -> e.value().date(),
              Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
          .thenComparing(Stored::createdAt)
          .thenComparing(e -> e.value().id());

  /** The most other people one event may involve (a family, a group detained together). */
  public static final int MAX_OTHER_PEOPLE = 50;

  /** How far ahead a planned event (a court hearing) may be dated. */
  private static final int PLANNED_YEARS_AHEAD = 1;

  private final RecordStore store;
  private final People people;
  private final Sources sources;
  private final Today today;

  public Timeline(RecordStore store, People people, Sources sources) {
    this(store, people, sources, Clock.systemUTC());
  }

  /** With the clock that says what day it is (what has happened cannot lie after it). */
  public Timeline(RecordStore store, People people, Sources sources, Clock clock) {
    this.store = store;
    this.people = people;
    this.sources = sources;
    this.today = Today.in(clock);
  }

  /** Records an event on a person's timeline (and on the timelines of the others involved). */
  public Stored<Event> add(String personId, EventDraft draft, Change change) {
    people.get(personId);
    Event event = validate(UUID.randomUUID().toString(), personId, draft);
    return store.insert(Event.KIND, event, change);
  }

  /** Replaces an event's facts with the draft's, as a new revision. */
  public Stored<Event> amend(String id, int expectedRevision, EventDraft draft, Change change) {
    Stored<Event> current = get(id);
    String personId = current.value().personIds().get(0);
    Event event = validate(id, personId, draft);
    return store.update(Event.KIND, event, expectedRevision, change);
  }

  public Stored<Event> get(String id) {
    return store.find(Event.KIND, id).orElseThrow(() -> new NotFound("event", id));
  }

  /**
   * What a volunteer should double-check about an event: a date before the birth of someone it
   * happened to. Warnings, never errors: either date may be the wrong one. Only dates of birth the
   * reader may see count, so a warning tells nothing the reader could not see.
   */
  public List<String> warnings(Event event) {
    return datedBeforeABirth(List.of(event)).isEmpty()
        ? List.of()
        : List.of(
            "The event is dated before the date of birth of "
                + (event.personIds().size() == 1 ? "the person" : "someone it involves")
                + "; check both dates.");
  }

  /**
   * The ids of the events dated certainly before the birth of someone they happened to (each
   * person's date of birth is read once).
   */
  public Set<String> datedBeforeABirth(List<Event> events) {
    Map<String, Optional<PartialDate>> births = new HashMap<>();
    Set<String> early = new LinkedHashSet<>();
    for (Event event : events) {
      if (event.date() == null || !event.type().needsThePersonBorn()) {
        continue;
      }
      for (String personId : event.personIds()) {
        Optional<PartialDate> birth = births.computeIfAbsent(personId, this::birthDate);
        if (birth.isPresent() && event.date().isCertainlyBefore(birth.get())) {
          early.add(event.id());
          break;
        }
      }
    }
    return early;
  }

  private Optional<PartialDate> birthDate(String personId) {
    return people
        .find(personId)
        .map(stored -> stored.value().birthDate())
        .map(claim -> claim.value());
  }

  /** A person's events in chronological order. */
  public List<Stored<Event>> of(String personId) {
    people.get(personId);
    List<Stored<Event>> events = new ArrayList<>(store.linkedTo(Event.KIND, personId));
    events.sort(ORDER);
    return events;
  }

  private Event validate(String id, String personId, EventDraft draft) {
    Problems problems = new Problems();
    EventType type = problems.requiredCode("type", EventType.class, draft.type());
    PartialDate date = problems.partialDate("date", draft.date());
    if (date != null && type != null) {
      if (!type.mayBePlanned()) {
        problems.notAfter("date", date, today.date(), "The date of an event that has happened");
      } else if (date.earliest().isAfter(today.date().plusYears(PLANNED_YEARS_AHEAD))) {
        problems.add(
            "date",
            "future",
            "A hearing more than a year ahead is not a date yet; leave it empty.");
      }
    }
    String place = problems.optional("place", draft.place(), 300);
    String narrative = problems.optional("narrative", draft.narrative(), Problems.MAX_TEXT);
    Visibility visibility = problems.code("visibility", Visibility.class, draft.visibility());
    sources.checkReference(problems, "sourceId", blankToNull(draft.sourceId()));
    Set<String> personIds = new LinkedHashSet<>();
    personIds.add(personId);
    boolean few = problems.atMost("otherPersonIds", draft.otherPersonIds(), MAX_OTHER_PEOPLE);
    for (int i = 0; few && i < draft.otherPersonIds().size(); i++) {
      String other = blankToNull(draft.otherPersonIds().get(i));
      if (other == null) {
        continue;
      }
      if (!Problems.couldBeId(other) || store.find(Person.KIND, other).isEmpty()) {
        problems.add("otherPersonIds[" + i + "]", "unknown_person", "No person with this id.");
      } else {
        personIds.add(other);
      }
    }
    problems.throwIfAny();
    return new Event(
        id,
        type,
        date,
        place,
        narrative,
        List.copyOf(personIds),
        blankToNull(draft.sourceId()),
        visibility == null ? Visibility.ORGANISATION : visibility);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
