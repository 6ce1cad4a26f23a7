package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.access.Scope;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditEntry;
import org.pana.core.document.Document;
import org.pana.core.document.DocumentDraft;
import org.pana.core.document.Documents;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.person.Relatives;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.Revision;
import org.pana.core.report.Disclosure;
import org.pana.core.report.RecipientKind;
import org.pana.core.retraction.Erasures;
import org.pana.core.retraction.Retractions;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.Timeline;
import org.pana.store.fixture.PersonDrafts;
import org.pana.store.fixture.RecordStores;

/**
 * Retraction, restoration and erasure, on every database behind the record store. All people here
 * are fictional.
 */
abstract class RetractionContract {

  private static final String ORG_A = "0a000000-0000-4000-8000-00000000000a";
  private static final String ORG_B = "0b000000-0000-4000-8000-00000000000b";
  static final Change CLERK = new Change("clerk-a", null, ORG_A);

  private final AtomicReference<Scope> scope = new AtomicReference<>(Scope.all());

  Database database;
  JdbcRecordStore store;
  People people;
  Timeline timeline;
  Documents documents;
  Relatives relatives;
  Retractions retractions;
  Erasures erasures;

  abstract DatabaseSettings freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    // one connection: nothing here may hold two at once
    database = Database.open(freshDatabase(), 1, Duration.ofSeconds(2));
    Clock clock = Clock.systemUTC();
    store = RecordStores.unprotected(database, clock, scope::get);
    var sources = new Sources(store);
    people = new People(store, sources);
    timeline = new Timeline(store, people, sources);
    documents = new Documents(store, people, sources);
    relatives = new Relatives(store, people);
    retractions = new Retractions(store);
    erasures = new Erasures(store);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aRetractedEventIsGoneFromEveryReadButItsHistory() {
    String person = person("Retracted Event");
    String event = event(person, "DETAINED");
    String kept = event(person, "ARRIVED");

    var outcome = retractions.retract(event, 1, "entered on the wrong timeline", CLERK);

    assertThat(outcome.revision()).isEqualTo(2);
    assertThat(store.find(Event.KIND, event)).isEmpty();
    assertThat(timeline.of(person)).extracting(e -> e.value().id()).containsExactly(kept);
    assertThat(store.list(Event.KIND, 0, 10)).extracting(e -> e.value().id()).containsOnly(kept);
    assertThat(store.count(Event.KIND)).isEqualTo(1);
    assertThat(store.kindOf(event)).isEmpty();
    assertThatThrownBy(() -> timeline.get(event)).isInstanceOf(NotFound.class);
    List<Revision> history = store.history(Event.KIND, event);
    assertThat(history)
        .extracting(Revision::action)
        .containsExactly(Revision.Action.CREATED, Revision.Action.RETRACTED);
    assertThat(history.get(1).reason()).isEqualTo("entered on the wrong timeline");
    assertThat(history.get(1).author()).isEqualTo("clerk-a");
    assertThat(store.retracted(0, 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recordId()).isEqualTo(event);
              assertThat(r.kind()).isEqualTo("event");
              assertThat(r.by()).isEqualTo("clerk-a");
              assertThat(r.reason()).isEqualTo("entered on the wrong timeline");
            });
    assertThat(audited(AuditAction.RECORD_RETRACTED)).containsExactly(event);
  }

  @Test
  void aRetractedRecordCannotBeChangedUntilRestored() {
    String person = person("Changed After");
    String event = event(person, "DETAINED");
    retractions.retract(event, 1, "a mistake", CLERK);

    assertThatThrownBy(
            () ->
                timeline.amend(
                    event,
                    2,
                    new EventDraft("ARRIVED", "2019", null, null, List.of(), null, null),
                    CLERK))
        .isInstanceOf(NotFound.class);

    var restored = retractions.restore(event, 2, "it was right after all", CLERK);

    assertThat(restored.revision()).isEqualTo(3);
    assertThat(timeline.of(person)).extracting(e -> e.value().id()).containsExactly(event);
    assertThat(store.history(Event.KIND, event))
        .extracting(Revision::action)
        .containsExactly(
            Revision.Action.CREATED, Revision.Action.RETRACTED, Revision.Action.RESTORED);
    assertThat(store.retracted(0, 10)).isEmpty();
    assertThat(audited(AuditAction.RECORD_RESTORED)).containsExactly(event);
  }

  @Test
  void aPersonEnteredTwiceIsRetractedWithWhatWasEnteredForThemAndComesBackWithIt() {
    String original = person("Duplicate Person");
    String twice = person("Duplicate Person");
    String event = event(twice, "DETAINED");
    String document = document(twice);
    String link = relative(original, twice);
    String earlier = event(twice, "ARRIVED");
    retractions.retract(earlier, 1, "wrong date, entered again", CLERK);

    var outcome = retractions.retract(twice, 1, "entered twice", CLERK);

    assertThat(outcome.along()).containsExactlyInAnyOrder(event, document, link);
    assertThat(people.find(twice)).isEmpty();
    assertThat(store.list(Person.KIND, 0, 10))
        .extracting(p -> p.value().id())
        .contains(original)
        .doesNotContain(twice);
    assertThat(store.find(Event.KIND, event)).isEmpty();
    assertThat(store.find(Document.KIND, document)).isEmpty();
    assertThat(relatives.of(original)).isEmpty();
    // the coordinator's list shows the person, and what follows them comes back with them
    assertThat(retractions.retracted(0, 10))
        .extracting(r -> r.retraction().recordId())
        .containsExactly(twice, earlier);
    assertThatThrownBy(() -> retractions.restore(event, 2, "only the event", CLERK))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("restore the person");

    var restored = retractions.restore(twice, 2, "not a duplicate after all", CLERK);

    assertThat(restored.along()).containsExactlyInAnyOrder(event, document, link);
    assertThat(people.find(twice)).isPresent();
    assertThat(timeline.of(twice))
        .as("an event retracted on its own stays retracted")
        .extracting(e -> e.value().id())
        .containsExactly(event);
    assertThat(relatives.of(original)).hasSize(1);
  }

  @Test
  void badRetractionsAreRefusedAndChangeNothing() {
    String person = person("Refused Retraction");
    String event = event(person, "DETAINED");

    assertThatThrownBy(() -> retractions.retract(event, 1, "  ", CLERK))
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> retractions.retract(event, 7, "stale", CLERK))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("revision 1");
    assertThatThrownBy(
            () -> retractions.retract("00000000-0000-4000-8000-000000000000", 1, "no", CLERK))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> retractions.restore(event, 1, "not retracted", CLERK))
        .isInstanceOf(Conflict.class);
    String organisation =
        store
            .insert(
                org.pana.core.organisation.Organisation.KIND,
                new org.pana.core.organisation.Organisation(
                    ORG_B, "Not retractable (fictional)", List.of(), List.of(), null),
                CLERK)
            .value()
            .id();
    assertThatThrownBy(() -> retractions.retract(organisation, 1, "no", CLERK))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("cannot be retracted");

    // another organisation's team sees nothing to retract; a viewer may not retract
    scope.set(Scope.of(Set.of(ORG_B)));
    assertThatThrownBy(() -> retractions.retract(event, 1, "not ours", CLERK))
        .isInstanceOf(NotFound.class);
    assertThat(store.retracted(0, 10)).isEmpty();
    scope.set(Scope.reading(Set.of(ORG_A)));
    assertThatThrownBy(() -> retractions.retract(event, 1, "only reading", CLERK))
        .isInstanceOf(Conflict.class);

    scope.set(Scope.all());
    assertThat(store.find(Event.KIND, event)).isPresent();
    assertThat(store.history(Event.KIND, event)).hasSize(1);
  }

  @Test
  void erasingDeletesThePersonAndWhatWasEnteredForThemAndLeavesOneAuditEntry() {
    String kept = person("Erasure Neighbour");
    String erased = person("Erasure Subject");
    people.amend(erased, 1, named("Erasure Subject Again"), CLERK);
    String event = event(erased, "DETAINED");
    String document = document(erased);
    String link = relative(kept, erased);
    String retracted = event(erased, "ARRIVED");
    retractions.retract(retracted, 1, "a mistake", CLERK);
    String neighbourEvent = event(kept, "ARRIVED");
    long auditBefore = auditCount();

    var result = erasures.erase(erased, "erase", CLERK);

    assertThat(result.recordIds())
        .containsExactlyInAnyOrder(erased, event, document, link, retracted);
    for (String id : result.recordIds()) {
      for (String table : List.of("record", "revision", "record_link")) {
        String column = table.equals("record") ? "id" : "record_id";
        assertThat(
                database
                    .jdbc()
                    .sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
                    .param(id)
                    .query(Long.class)
                    .single())
            .as(table + " of " + id)
            .isZero();
      }
    }
    assertThat(store.includingRetracted(() -> store.find(Person.KIND, erased))).isEmpty();
    assertThat(people.find(kept)).isPresent();
    assertThat(timeline.of(kept)).extracting(e -> e.value().id()).containsExactly(neighbourEvent);
    assertThat(auditCount()).isEqualTo(auditBefore + 1);
    assertThat(audited(AuditAction.PERSON_ERASED)).containsExactly(erased);
    assertThat(new JdbcAuditLog(database, Clock.systemUTC()).verify().intact()).isTrue();
  }

  @Test
  void aWrongConfirmationOrAReleasedReportErasesNothing() {
    String person = person("Released Person");
    String event = event(person, "DETAINED");

    assertThatThrownBy(() -> erasures.erase(person, "delete", CLERK))
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("confirm");
    scope.set(Scope.of(Set.of(ORG_B)));
    assertThatThrownBy(() -> erasures.erase(person, "erase", CLERK)).isInstanceOf(NotFound.class);
    scope.set(Scope.all());
    store.insert(
        Disclosure.KIND,
        new Disclosure(
            java.util.UUID.randomUUID().toString(),
            "00000000-0000-4000-8000-0000000000aa",
            "00000000-0000-4000-8000-0000000000bb",
            List.of(person),
            RecipientKind.JOURNALIST,
            "a fictional outlet",
            LocalDate.parse("2025-01-01"),
            "abc",
            List.of(),
            "coordinator",
            null),
        CLERK);
    assertThatThrownBy(() -> erasures.erase(person, "erase", CLERK))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("released");

    assertThat(people.find(person)).isPresent();
    assertThat(store.find(Event.KIND, event)).isPresent();
    assertThat(audited(AuditAction.PERSON_ERASED)).isEmpty();
  }

  private List<String> audited(AuditAction action) {
    return new JdbcAuditLog(database, Clock.systemUTC())
        .latest(1000).stream()
            .filter(e -> e.action() == action)
            .map(AuditEntry::subjectId)
            .toList();
  }

  private long auditCount() {
    return database.jdbc().sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
  }

  String person(String name) {
    return people.record(named(name), CLERK).value().id();
  }

  String event(String person, String type) {
    return timeline
        .add(person, new EventDraft(type, "2019", null, "fictional", List.of(), null, null), CLERK)
        .value()
        .id();
  }

  private String document(String person) {
    return documents
        .record(
            person,
            new DocumentDraft(
                "PASSPORT", "E1234567", null, null, null, "HELD_BY_PERSON", null, null, null, null),
            CLERK)
        .value()
        .id();
  }

  private String relative(String person, String relative) {
    return relatives
        .record(person, new Relatives.RelativeDraft(relative, "SIBLING", true, null), CLERK)
        .value()
        .id();
  }

  static PersonDraft named(String name) {
    return PersonDrafts.withOneName(
        new NameDraft(name, null, "kk", "official", null), "male", "1980");
  }
}
