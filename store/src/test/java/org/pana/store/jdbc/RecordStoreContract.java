package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.access.Scope;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.consent.Consents;
import org.pana.core.document.CustodyStatus;
import org.pana.core.document.DocumentDraft;
import org.pana.core.document.Documents;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.IdentifierDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.Revision;
import org.pana.core.record.Stored;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.EventType;
import org.pana.core.timeline.Timeline;
import org.pana.store.fixture.Clocks;
import org.pana.store.fixture.PersonDrafts;
import org.pana.store.fixture.RecordStores;

/**
 * The behaviour every database behind the record store must show. Subclasses supply the database
 * (SQLite file, real PostgreSQL); the tests go through the core use cases, so they check what
 * features rely on. All people here are fictional.
 */
abstract class RecordStoreContract {

  private static final Change CLERK = Change.by("test-clerk");
  private static final String ORG_A = "0a000000-0000-4000-8000-00000000000a";
  private static final String ORG_B = "0b000000-0000-4000-8000-00000000000b";

  /** The reader the store filters for; tests switch it. */
  private final java.util.concurrent.atomic.AtomicReference<Scope> scope =
      new java.util.concurrent.atomic.AtomicReference<>(Scope.all());

  private Database database;
  private JdbcRecordStore store;
  private People people;
  private Sources sources;
  private Timeline timeline;
  private Documents documents;

  /** A fresh, empty database for each test. */
  abstract DatabaseSettings freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    // One connection: code that asks for a second one while it holds the first (a query inside a
    // row mapper, a listener reading on a finished transaction's connection) fails here at once
    // instead of exhausting the pool under load.
    database = Database.open(freshDatabase(), 1, java.time.Duration.ofSeconds(2));
    // Each read of the clock moves one second on, so revisions have distinct, ordered times.
    AtomicLong tick = new AtomicLong(Instant.parse("2026-01-10T09:00:00Z").toEpochMilli());
    Clock clock = Clocks.stepping(tick, 1000);
    store = RecordStores.unprotected(database, clock, scope::get);
    sources = new Sources(store);
    people = new People(store, sources);
    timeline = new Timeline(store, people, sources);
    documents = new Documents(store, people, sources);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void accountsAndTheirTokensAreReadWithoutASecondConnection() {
    var accounts =
        new JdbcAccountStore(
            database, Protection.none(), new JdbcAuditLog(database, Clock.systemUTC()));
    var account =
        new org.pana.core.account.Account(
            "a0000000-0000-4000-8000-000000000001",
            "two-organisations",
            org.pana.core.account.Role.CASEWORKER,
            java.util.Set.of(ORG_A, ORG_B),
            true,
            Instant.parse("2026-01-10T09:00:00Z"));
    accounts.insert(account, "test-admin");
    accounts.insertToken(
        new org.pana.core.account.ApiToken(
            "t1", account.id(), "script", Instant.parse("2026-01-10T09:00:00Z"), null),
        "test-admin");

    assertThat(accounts.byId(account.id())).contains(account);
    assertThat(accounts.byLogin("two-organisations")).contains(account);
    assertThat(accounts.all()).containsExactly(account);
    assertThat(accounts.accountOfLiveToken("t1")).contains(account);
    accounts.revokeToken("t1", Instant.parse("2026-01-11T09:00:00Z"), "test-admin");
    assertThat(accounts.accountOfLiveToken("t1")).isEmpty();
    accounts.update(account.withActive(false), "test-admin");
    assertThat(accounts.byId(account.id()).orElseThrow().active()).isFalse();
  }

  @Test
  void listenersHearOfAWriteOnceItsConnectionIsFree() {
    List<String> heard = new java.util.ArrayList<>();
    store.addListener(
        (kind, id) -> {
          // a listener may read the store: with one connection, it must be free again by now
          heard.add(
              kind.name() + ":" + store.find(Person.KIND, id).map(p -> "found").orElse("missing"));
          assertThat(
                  org.springframework.transaction.support.TransactionSynchronizationManager
                      .hasResource(database.dataSource()))
              .as("no transaction's connection is bound while listeners run")
              .isFalse();
        },
        Person.KIND);

    Stored<Person> recorded = people.record(fictionalPerson(), CLERK);
    store.inTransaction(() -> people.record(fictionalPerson(), CLERK));

    assertThat(heard).containsExactly("person:found", "person:found");
    assertThat(recorded.revision()).isEqualTo(1);
  }

  @Test
  void theRecordsLinkedToEachOfSeveralAreReadAsEachAloneWouldBe() {
    String orgA = organisation("Ak Jol (fictional)", ORG_A);
    String orgB = organisation("Partner (fictional)", ORG_B);
    String first =
        people.record(withName("Linked First"), new Change("clerk-a", null, orgA)).value().id();
    String second =
        people.record(withName("Linked Second"), new Change("clerk-a", null, orgA)).value().id();
    String other =
        people.record(withName("Linked Elsewhere"), new Change("clerk-b", null, orgB)).value().id();
    String none =
        people.record(withName("Linked Nothing"), new Change("clerk-a", null, orgA)).value().id();
    addEvent(first, "DETAINED", "2018", null);
    addEvent(first, "RELEASED", "2019", null);
    addEvent(second, "EMIGRATED", "2017", null);
    addEvent(other, "ARRIVED", "2020", null);
    List<String> asked = List.of(second, first, other, none, "not-a-record-id");

    scope.set(Scope.of(java.util.Set.of(orgA)));
    var each = store.linkedToEach(Event.KIND, asked);
    assertThat(each.keySet()).containsExactlyElementsOf(asked);
    for (String id : asked) {
      assertThat(each.get(id)).as(id).isEqualTo(store.linkedTo(Event.KIND, id));
    }
    assertThat(each.get(first)).hasSize(2);
    assertThat(each.get(other)).as("another organisation's events stay hidden").isEmpty();
    assertThat(each.get(none)).isEmpty();
    assertThat(store.linkedToEach(Event.KIND, List.of())).isEmpty();
  }

  @Test
  void severalRecordsAreFoundAtOnceAsEachAloneWouldBe() {
    String orgA = organisation("Ak Jol (fictional)", ORG_A);
    String orgB = organisation("Partner (fictional)", ORG_B);
    String first =
        people.record(withName("Found First"), new Change("clerk-a", null, orgA)).value().id();
    String second =
        people.record(withName("Found Second"), new Change("clerk-a", null, orgA)).value().id();
    String other =
        people.record(withName("Found Elsewhere"), new Change("clerk-b", null, orgB)).value().id();
    List<String> asked = List.of(second, other, "not-a-record-id", first, second);

    scope.set(Scope.of(java.util.Set.of(orgA)));
    var each = store.findEach(Person.KIND, asked);

    assertThat(each.keySet())
        .as("in the order asked, once each, without what the reader may not see")
        .containsExactly(second, first);
    assertThat(each.get(first)).isEqualTo(store.find(Person.KIND, first).orElseThrow());
    assertThat(each.get(second)).isEqualTo(store.find(Person.KIND, second).orElseThrow());
    assertThat(store.findEach(Event.KIND, List.of(first))).as("another kind").isEmpty();
    assertThat(store.findEach(Person.KIND, List.of())).isEmpty();
  }

  @Test
  void personWithNamesInFourScriptsRoundTrips() {
    // Given a person recorded with Cyrillic, Latin, Arabic-script and Hanzi names
    Stored<Person> recorded = people.record(fictionalPerson(), CLERK);

    // When read back
    Person read = people.get(recorded.value().id()).value();

    // Then every variant, script and fact is as recorded
    assertThat(read).isEqualTo(recorded.value());
    assertThat(read.names())
        .extracting(n -> n.value() + "|" + n.script())
        .containsExactly(
            "Айгерім Болатқызы|Cyrl", "Aigerim Bolatqyzy|Latn", "ئايگېرىم|Arab", "阿依格日木·波拉提|Hani");
    assertThat(read.birthDate().value().toString()).isEqualTo("1984-06");
    assertThat(read.identifiers().get(0).value()).isEqualTo("654026198203150012");
    assertThat(recorded.revision()).isEqualTo(1);
  }

  @Test
  void amendingWritesANewRevisionAndKeepsTheOldOne() {
    Stored<Person> first = people.record(fictionalPerson(), CLERK);
    PersonDraft changed = withBirthDate(fictionalPerson(), "1984-06-02");

    Stored<Person> second =
        people.amend(first.value().id(), 1, changed, new Change("test-clerk", "second interview"));

    assertThat(second.revision()).isEqualTo(2);
    List<Revision> history = store.history(Person.KIND, first.value().id());
    assertThat(history).extracting(Revision::number).containsExactly(1, 2);
    assertThat(history.get(1).changedFields()).containsExactly("birthDate");
    assertThat(history.get(1).reason()).isEqualTo("second interview");
    assertThat(history.get(1).recordedAt()).isAfter(history.get(0).recordedAt());
    assertThat(people.get(first.value().id()).value().birthDate().value().toString())
        .isEqualTo("1984-06-02");
  }

  @Test
  void aStaleRevisionIsRefusedAndChangesNothing() {
    Stored<Person> first = people.record(fictionalPerson(), CLERK);
    people.amend(first.value().id(), 1, withBirthDate(fictionalPerson(), "1984"), CLERK);

    assertThatThrownBy(
            () ->
                people.amend(
                    first.value().id(), 1, withBirthDate(fictionalPerson(), "1990"), CLERK))
        .isInstanceOf(Conflict.class);

    assertThat(people.get(first.value().id()).value().birthDate().value().toString())
        .isEqualTo("1984");
    assertThat(store.history(Person.KIND, first.value().id())).hasSize(2);
  }

  @Test
  void invalidInputStoresNothing() {
    PersonDraft badChecksum =
        new PersonDraft(
            List.of(new NameDraft("Айгерім", null, "kk", "official", null)),
            "female",
            "1984-06",
            null,
            null,
            List.of(),
            List.of(new IdentifierDraft("CN_RESIDENT_ID", "654026198203150013", null, null)),
            null,
            null);

    assertThatThrownBy(() -> people.record(badChecksum, CLERK))
        .isInstanceOf(ValidationFailed.class)
        .satisfies(
            e ->
                assertThat(((ValidationFailed) e).problems())
                    .extracting(p -> p.field())
                    .containsExactly("identifiers[0].value"));
    assertThat(people.count()).isZero();
    assertThat(database.jdbc().sql("SELECT COUNT(*) FROM revision").query(Long.class).single())
        .isZero();
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    () -> {
                      people.record(fictionalPerson(), CLERK);
                      throw new IllegalStateException("crash half-way");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(people.count()).isZero();
    assertThat(new JdbcAuditLog(database, java.time.Clock.systemUTC()).latest(1)).isEmpty();
  }

  @Test
  void timelineComesBackInChronologicalOrderWhateverTheRecordingOrder() {
    String id = people.record(fictionalPerson(), CLERK).value().id();
    String source =
        sources
            .record(
                id, new SourceDraft("the person", "SELF", "2026-01", "IN_PERSON", "B", null), CLERK)
            .value()
            .id();
    addEvent(id, "BORDER_CROSSED_IRREGULARLY", "2019-01-19", source);
    addEvent(id, "DOCUMENT_CONFISCATED", "2016-11", source);
    addEvent(id, "BIRTH", "1984-06", source);
    addEvent(id, "INTERROGATED", "2016/2017", source);
    addEvent(id, "OTHER", null, source);
    addEvent(id, "EMIGRATED", "2009~", source);

    List<EventType> order = timeline.of(id).stream().map(e -> e.value().type()).toList();

    assertThat(order)
        .containsExactly(
            EventType.BIRTH,
            EventType.EMIGRATED,
            EventType.INTERROGATED,
            EventType.DOCUMENT_CONFISCATED,
            EventType.BORDER_CROSSED_IRREGULARLY,
            EventType.OTHER);
  }

  @Test
  void eventsOfOnePersonAreNotOnAnothersTimeline() {
    String first = people.record(fictionalPerson(), CLERK).value().id();
    String second = people.record(fictionalPerson(), CLERK).value().id();
    addEvent(first, "ARRIVED", "2019-01-20", null);

    assertThat(timeline.of(first)).hasSize(1);
    assertThat(timeline.of(second)).isEmpty();
  }

  @Test
  void documentsKeepTheirCustodyHistory() {
    String id = people.record(fictionalPerson(), CLERK).value().id();
    var passport =
        documents.record(
            id,
            new DocumentDraft(
                "PASSPORT",
                "E00000000",
                null,
                "2015-03",
                "2025-03",
                "CONFISCATED",
                "2016-11",
                "county police",
                null,
                null),
            CLERK);

    assertThat(documents.of(id)).hasSize(1);
    assertThat(passport.value().currentCustody().orElseThrow().status())
        .isEqualTo(CustodyStatus.CONFISCATED);
  }

  @Test
  void correctingADocumentKeepsItsCustodyHistory() {
    String id = people.record(fictionalPerson(), CLERK).value().id();
    var passport =
        documents.record(
            id,
            new DocumentDraft(
                "PASSPORT",
                "E0000000",
                null,
                null,
                null,
                "HELD_BY_PERSON",
                "2015",
                null,
                null,
                null),
            CLERK);
    var confiscated =
        documents.changeCustody(
            passport.value().id(),
            1,
            new org.pana.core.document.CustodyDraft(
                "CONFISCATED", "2016-11", "county police", null, null),
            CLERK);

    var corrected =
        documents.amend(
            passport.value().id(),
            confiscated.revision(),
            new DocumentDraft(
                "PASSPORT", "E0000001", "MPS", "2015-03", "2025-03", null, null, null, null, null),
            CLERK);

    assertThat(corrected.revision()).isEqualTo(3);
    assertThat(corrected.value().number()).isEqualTo("E0000001");
    assertThat(corrected.value().custodyInOrder())
        .extracting(c -> c.status())
        .containsExactly(CustodyStatus.HELD_BY_PERSON, CustodyStatus.CONFISCATED);
    assertThat(
            store
                .history(org.pana.core.document.Document.KIND, passport.value().id())
                .get(2)
                .changedFields())
        .containsExactlyInAnyOrder("number", "issuer", "issued", "expires");
  }

  @Test
  void correctingASourceKeepsItAboutTheSamePerson() {
    String id = people.record(fictionalPerson(), CLERK).value().id();
    var source =
        sources.record(
            id, new SourceDraft("her brother", "SIBLING", null, "PHONE", "C", null), CLERK);

    var corrected =
        sources.amend(
            source.value().id(),
            1,
            new SourceDraft("her brother", "SIBLING", "2026-01", "PHONE", "B", null),
            CLERK);

    assertThat(corrected.value().personId()).isEqualTo(id);
    assertThat(sources.ofPerson(id))
        .extracting(s -> s.value().reliability().name())
        .containsExactly("B");
  }

  @Test
  void theAuditChainVerifiesAndTamperingIsLocated() {
    var audit = new JdbcAuditLog(database, java.time.Clock.systemUTC());
    String id = people.record(fictionalPerson(), CLERK).value().id();
    people.amend(id, 1, withBirthDate(fictionalPerson(), "1984"), CLERK);
    for (int i = 0; i < 3; i++) {
      audit.append("clerk", org.pana.core.audit.AuditAction.RECORD_READ, id);
    }
    // The two writes were audited by the store itself, in their own transactions.
    assertThat(audit.latest(5))
        .extracting(e -> e.action().name())
        .containsExactly(
            "RECORD_READ", "RECORD_READ", "RECORD_READ", "RECORD_WRITTEN", "RECORD_WRITTEN");
    assertThat(audit.latest(5).get(4).subjectId()).isEqualTo(id);
    assertThat(audit.latest(5).get(4).actor()).isEqualTo("test-clerk");
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.verify().verified()).isEqualTo(5);

    database.jdbc().sql("UPDATE audit_entry SET actor = 'forger' WHERE sequence = 3").update();
    assertThat(audit.verify().firstBroken()).isEqualTo(3);

    database.jdbc().sql("UPDATE audit_entry SET actor = 'clerk' WHERE sequence = 3").update();
    database.jdbc().sql("DELETE FROM audit_entry WHERE sequence = 2").update();
    assertThat(audit.verify().firstBroken()).isEqualTo(3);
    assertThat(audit.latest(1).get(0).sequence()).isEqualTo(5);
  }

  @Test
  void listsNewestChangeFirst() {
    String older = people.record(fictionalPerson(), CLERK).value().id();
    String newer = people.record(withName("Болат Серікұлы"), CLERK).value().id();

    assertThat(people.list(0, 10)).extracting(p -> p.value().id()).containsExactly(newer, older);
    assertThat(people.list(1, 10)).extracting(p -> p.value().id()).containsExactly(older);
    assertThat(people.count()).isEqualTo(2);
  }

  Database database() {
    return database;
  }

  @Test
  void organisationsAreCompartmentsAndSharingACaseOpensItAndItsPeople() {
    String orgA = organisation("Ak Jol (fictional)", ORG_A);
    String orgB = organisation("Partner (fictional)", ORG_B);
    String inA =
        people
            .record(withName("Compartment Alpha"), new Change("clerk-a", null, orgA))
            .value()
            .id();
    String unassigned = people.record(withName("Compartment Nobody"), CLERK).value().id();
    // An event follows its person's compartment, whoever records it.
    addEvent(inA, "DETAINED", "2018", null);
    var cases = new org.pana.core.casefile.Cases(store);
    var opened =
        cases.open(
            new org.pana.core.casefile.CaseDraft(
                "Case in A", List.of(inA), orgA, List.of(), null, List.of(), null, List.of()),
            CLERK);

    assertThat(store.organisationOf(inA)).contains(orgA);
    assertThat(store.organisationOf(unassigned)).isEmpty();
    scope.set(Scope.of(java.util.Set.of(orgB)));
    assertThat(store.organisationOf(inA))
        .as("not even the compartment of a hidden record")
        .isEmpty();
    assertThat(store.find(Person.KIND, inA)).isEmpty();
    assertThat(store.list(Person.KIND, 0, 10)).isEmpty();
    assertThat(store.count(Person.KIND)).isZero();
    assertThatThrownBy(() -> timeline.of(inA)).isInstanceOf(org.pana.core.problem.NotFound.class);
    assertThat(store.linkedTo(Event.KIND, inA)).isEmpty();
    assertThat(store.history(Person.KIND, inA)).isEmpty();
    assertThat(cases.list(0, 10)).isEmpty();
    assertThat(store.list(org.pana.core.organisation.Organisation.KIND, 0, 10)).hasSize(2);
    assertThatThrownBy(
            () -> people.amend(inA, 1, withName("Taken Over"), new Change("clerk-b", null, orgB)))
        .isInstanceOf(RuntimeException.class);

    scope.set(Scope.of(java.util.Set.of(orgA)));
    assertThat(store.find(Person.KIND, inA)).isPresent();
    assertThat(store.list(Person.KIND, 0, 10)).extracting(p -> p.value().id()).containsExactly(inA);
    assertThat(timeline.of(inA)).hasSize(1);
    assertThat(store.find(Person.KIND, unassigned)).isEmpty();

    scope.set(Scope.of(java.util.Set.of()));
    assertThat(store.find(Person.KIND, unassigned)).isPresent();
    assertThat(store.find(Person.KIND, inA)).isEmpty();

    // Sharing the case with B opens the case, its person and the person's events to B, once the
    // person consents to sharing with B.
    scope.set(Scope.all());
    new Consents(store, people)
        .record(
            inA,
            new ConsentDraft(
                "SHARING_WITH_PARTNER", orgB, null, "2024-01-01", "SIGNED_FORM", null, null),
            "clerk-a",
            CLERK);
    var draft =
        new org.pana.core.casefile.CaseDraft(
            "Case in A", List.of(inA), orgA, List.of(), null, List.of(), null, List.of(orgB));
    cases.amend(opened.value().id(), 1, draft, CLERK);
    timeline.add(
        inA,
        new EventDraft("ARRIVED", "2019", null, "for partners", List.of(), null, "PARTNER"),
        CLERK);
    scope.set(Scope.of(java.util.Set.of(orgB)));
    assertThat(cases.list(0, 10)).hasSize(1);
    assertThat(store.find(Person.KIND, inA)).isPresent();
    // A partner sees what is marked for partners, not what is for the organisation only.
    assertThat(timeline.of(inA))
        .extracting(e -> e.value().narrative())
        .containsExactly("for partners");
    assertThatThrownBy(
            () -> people.amend(inA, 1, withName("Taken Over"), new Change("clerk-b", null, orgB)))
        .isInstanceOf(org.pana.core.problem.Conflict.class)
        .hasMessageContaining("shared with you for reading");

    // Unsharing closes them again.
    scope.set(Scope.all());
    cases.amend(
        opened.value().id(),
        2,
        new org.pana.core.casefile.CaseDraft(
            "Case in A", List.of(inA), orgA, List.of(), null, List.of(), null, List.of()),
        CLERK);
    assertThat(store.organisationOf(inA)).contains(orgA);
    assertThat(store.organisationOf(unassigned)).isEmpty();
    scope.set(Scope.of(java.util.Set.of(orgB)));
    assertThat(store.organisationOf(inA))
        .as("not even the compartment of a hidden record")
        .isEmpty();
    assertThat(store.find(Person.KIND, inA)).isEmpty();
    assertThat(store.linkedTo(Event.KIND, inA)).isEmpty();
    scope.set(Scope.none());
    assertThat(store.find(Person.KIND, unassigned)).isEmpty();
  }

  @Test
  void privateFactsAndEventsAreForTheTeamNotForViewers() {
    String org = organisation("Visibility (fictional)", ORG_A);
    PersonDraft draft =
        new PersonDraft(
            List.of(new PersonDraft.NameDraft("Private Facts", null, null, null, null)),
            "female",
            "1985",
            "a village",
            null,
            List.of("CN"),
            List.of(),
            null,
            "team notes",
            List.of("birthPlace", "citizenships"));
    String id = people.record(draft, new Change("clerk", null, org)).value().id();
    timeline.add(
        id,
        new EventDraft("DETAINED", "2018", null, "team only", List.of(), null, "PRIVATE"),
        CLERK);
    timeline.add(
        id, new EventDraft("ARRIVED", "2019", null, "for all", List.of(), null, null), CLERK);

    scope.set(Scope.of(java.util.Set.of(org)));
    Person forTeam = people.get(id).value();
    assertThat(forTeam.birthPlace().value()).isEqualTo("a village");
    assertThat(forTeam.citizenships()).hasSize(1);
    assertThat(timeline.of(id)).hasSize(2);

    scope.set(Scope.reading(java.util.Set.of(org)));
    Person forViewer = people.get(id).value();
    assertThat(forViewer.birthPlace()).isNull();
    assertThat(forViewer.citizenships()).isEmpty();
    assertThat(forViewer.notes()).isNull();
    assertThat(forViewer.birthDate().value().toString()).isEqualTo("1985");
    assertThat(timeline.of(id)).extracting(e -> e.value().narrative()).containsExactly("for all");
    assertThatThrownBy(
            () ->
                people.record(
                    new PersonDraft(
                        List.of(new PersonDraft.NameDraft("Shoe Size", null, null, null, null)),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of("shoeSize")),
                    CLERK))
        .isInstanceOf(org.pana.core.problem.ValidationFailed.class)
        .hasMessageContaining("privateFields[0]");
  }

  private String organisation(String name, String id) {
    return store
        .insert(
            org.pana.core.organisation.Organisation.KIND,
            new org.pana.core.organisation.Organisation(id, name, List.of(), List.of(), null),
            CLERK)
        .value()
        .id();
  }

  private void addEvent(String personId, String type, String date, String source) {
    Stored<Event> unused =
        timeline.add(
            personId,
            new EventDraft(type, date, null, "fictional", List.of(), source, null),
            CLERK);
    assertThat(unused.revision()).isEqualTo(1);
  }

  private static PersonDraft fictionalPerson() {
    return new PersonDraft(
        List.of(
            new NameDraft("Айгерім Болатқызы", null, "kk", "official", null),
            new NameDraft("Aigerim Bolatqyzy", null, "kk", "patronymic", null),
            new NameDraft("ئايگېرىم", null, "ug", "alias", null),
            new NameDraft("阿依格日木·波拉提", "Hani", "zh", "hanzi", null)),
        "female",
        "1984-06",
        "Zhaosu County",
        "Kazakh",
        List.of("CN"),
        List.of(new IdentifierDraft("CN_RESIDENT_ID", "654026198203150012", null, null)),
        null,
        null);
  }

  private static PersonDraft withBirthDate(PersonDraft draft, String birthDate) {
    return new PersonDraft(
        draft.names(),
        draft.sex(),
        birthDate,
        draft.birthPlace(),
        draft.ethnicity(),
        draft.citizenships(),
        draft.identifiers(),
        draft.sourceId(),
        draft.notes());
  }

  private static PersonDraft withName(String name) {
    return PersonDrafts.withOneName(
        new NameDraft(name, null, "kk", "official", null), "male", null);
  }
}
