package org.pana.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Role;
import org.pana.core.casefile.Cases;
import org.pana.core.consent.Consents;
import org.pana.core.document.CustodyChange;
import org.pana.core.document.CustodyStatus;
import org.pana.core.document.Document;
import org.pana.core.document.DocumentType;
import org.pana.core.document.Documents;
import org.pana.core.need.Needs;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.NameVariant;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.Relatives;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;
import org.pana.core.timeline.Timeline;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.DatabaseSettings;
import org.pana.store.jdbc.JdbcRecordStore;
import org.pana.store.json.RecordCodec;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo loads through the real use cases into an SQLite file, once, and passes its checks. */
class DemoDataIT {

  private static final DemoData.Summary EVERYTHING = new DemoData.Summary(3, 5, 7, 21, 3, 2, false);

  @TempDir Path dir;

  private Database database;
  private RecordStore store;
  private Sources sources;
  private Organisations organisations;
  private People people;
  private Timeline timeline;
  private Documents documents;
  private Cases cases;
  private DemoData demo;

  @BeforeEach
  void open() {
    database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")));
    store = new JdbcRecordStore(database, new RecordCodec(), Clock.systemUTC());
    sources = new Sources(store);
    organisations = new Organisations(store);
    people = new People(store, sources);
    timeline = new Timeline(store, people, sources);
    documents = new Documents(store, people, sources);
    cases = new Cases(store);
    demo = demoWrittenBy(author());
    // The demo writes as a logged-in administrator, as `pana demo --user NAME` does.
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new PanaUser(
                "00000000-0000-4000-8000-000000000001", "demo-admin", Role.ADMIN, Set.of()),
            null,
            List.of()));
    SecurityContextHolder.setContext(context);
  }

  private org.pana.store.jdbc.JdbcAccountStore accountStore() {
    return new org.pana.store.jdbc.JdbcAccountStore(
        database,
        org.pana.store.jdbc.Protection.none(),
        new org.pana.store.jdbc.JdbcAuditLog(database, Clock.systemUTC()));
  }

  private Author author() {
    return new Author(accountStore(), store);
  }

  @AfterEach
  void close() {
    SecurityContextHolder.clearContext();
    database.close();
  }

  @Test
  void loadsEveryPartOfTheDemo() {
    DemoData.Summary summary = demo.load();

    assertThat(summary).isEqualTo(EVERYTHING);
    assertThat(summary.describe())
        .startsWith("Loaded the fictional demo: 3 organisations, 5 people, 7 sources, 21 events,")
        .doesNotContain("\n");
  }

  @Test
  void loadingAgainAddsNothing() {
    demo.load();
    long peopleBefore = people.count();
    long casesBefore = cases.count();

    DemoData.Summary again = demo.load();

    assertThat(again.alreadyLoaded()).isTrue();
    assertThat(again).isEqualTo(new DemoData.Summary(0, 0, 0, 0, 0, 0, true));
    assertThat(again.describe()).isEqualTo("The demo data is already loaded.");
    assertThat(people.count()).isEqualTo(peopleBefore).isEqualTo(5);
    assertThat(cases.count()).isEqualTo(casesBefore).isEqualTo(2);
  }

  @Test
  void aFailureHalfwayLeavesNothingBehind() {
    Author failsOnTheEleventhWrite =
        new Author(accountStore(), store) {
          private int writes;

          @Override
          public Change change(String reason) {
            if (++writes > 10) {
              throw new IllegalStateException("simulated failure");
            }
            return super.change(reason);
          }
        };

    assertThatThrownBy(() -> demoWrittenBy(failsOnTheEleventhWrite).load())
        .hasMessage("simulated failure");

    assertThat(organisations.list()).isEmpty();
    assertThat(people.count()).isZero();
    assertThat(demo.load().alreadyLoaded()).isFalse();
  }

  @Test
  void hisTimelineRunsFromBirthThroughTheLateCrossingToThePetition() {
    demo.load();

    List<Stored<Event>> events = timeline.of(zhaosuMan().id());

    List<EventType> types = events.stream().map(e -> e.value().type()).toList();
    assertThat(types).first().isEqualTo(EventType.BIRTH);
    assertThat(types)
        .containsSubsequence(
            EventType.DOCUMENT_CONFISCATED,
            EventType.BORDER_CROSSED_IRREGULARLY,
            EventType.PETITION_SUBMITTED,
            EventType.CERTIFICATE_ISSUED);
    assertThat(events).extracting(e -> e.value().date().earliest()).isSorted();
  }

  @Test
  void hisPassportIsStillWithTheCountyPolice() {
    demo.load();

    Document passport =
        documents.of(zhaosuMan().id()).stream()
            .map(Stored::value)
            .filter(d -> d.type() == DocumentType.PASSPORT)
            .findFirst()
            .orElseThrow();

    CustodyChange custody = passport.currentCustody().orElseThrow();
    assertThat(custody.status()).isEqualTo(CustodyStatus.CONFISCATED);
    assertThat(custody.custodian()).contains("public security bureau");
    assertThat(passport.custodyInOrder())
        .extracting(CustodyChange::status)
        .containsExactly(CustodyStatus.HELD_BY_PERSON, CustodyStatus.CONFISCATED);
  }

  @Test
  void everyIdentityNumberAgreesWithTheRecordedBirthDateAndSex() {
    demo.load();

    List<Person> everyone = people.list(0, 100).stream().map(Stored::value).toList();

    assertThat(everyone).hasSize(5);
    assertThat(everyone).filteredOn(p -> !p.identifiers().isEmpty()).hasSize(3);
    assertThat(everyone).allSatisfy(p -> assertThat(People.warnings(p)).isEmpty());
  }

  @Test
  void caseTitlesNameNobody() {
    demo.load();

    List<String> names =
        people.list(0, 100).stream()
            .flatMap(p -> p.value().names().stream())
            .map(NameVariant::value)
            .toList();

    assertThat(cases.list(0, 100))
        .extracting(c -> c.value().title())
        .hasSize(2)
        .allSatisfy(title -> assertThat(title).contains("(demo)").doesNotContain(names));
  }

  private DemoData demoWrittenBy(Author author) {
    return new DemoData(
        organisations,
        people,
        sources,
        timeline,
        documents,
        cases,
        store,
        author,
        new Consents(store, people),
        new Relatives(store, people),
        new Needs(store, people));
  }

  private Person zhaosuMan() {
    return people.list(0, 100).stream()
        .map(Stored::value)
        .filter(p -> p.names().stream().anyMatch(n -> n.value().equals("Yerlan Bakytuly")))
        .findFirst()
        .orElseThrow();
  }
}
