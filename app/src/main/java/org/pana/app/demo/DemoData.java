package org.pana.app.demo;

import static org.pana.core.timeline.EventType.ARRIVED;
import static org.pana.core.timeline.EventType.BIRTH;
import static org.pana.core.timeline.EventType.BORDER_CROSSED_IRREGULARLY;
import static org.pana.core.timeline.EventType.CERTIFICATE_ISSUED;
import static org.pana.core.timeline.EventType.DETAINED;
import static org.pana.core.timeline.EventType.DOCUMENT_CONFISCATED;
import static org.pana.core.timeline.EventType.EMIGRATED;
import static org.pana.core.timeline.EventType.ILL_TREATMENT_ALLEGED;
import static org.pana.core.timeline.EventType.INTERROGATED;
import static org.pana.core.timeline.EventType.MARRIAGE;
import static org.pana.core.timeline.EventType.OTHER;
import static org.pana.core.timeline.EventType.PETITION_REGISTERED;
import static org.pana.core.timeline.EventType.PETITION_SUBMITTED;
import static org.pana.core.timeline.EventType.RELATIVE_DETAINED;
import static org.pana.core.timeline.EventType.RELEASED;
import static org.pana.core.timeline.EventType.TRAVELLED;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseDraft;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.casefile.Cases;
import org.pana.core.casefile.RiskFlag;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.Consents;
import org.pana.core.consent.ObtainedHow;
import org.pana.core.document.CustodyDraft;
import org.pana.core.document.CustodyStatus;
import org.pana.core.document.Document;
import org.pana.core.document.DocumentDraft;
import org.pana.core.document.DocumentType;
import org.pana.core.document.Documents;
import org.pana.core.need.NeedCategory;
import org.pana.core.need.NeedDraft;
import org.pana.core.need.Needs;
import org.pana.core.need.Urgency;
import org.pana.core.organisation.Organisation;
import org.pana.core.organisation.Organisation.RegistrationStatus;
import org.pana.core.organisation.Organisation.RelationKind;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.OrganisationDraft.PeriodDraft;
import org.pana.core.organisation.OrganisationDraft.RelationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.Kinship;
import org.pana.core.person.NameKind;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.IdentifierDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.person.Relatives;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.person.identity.IdentifierType;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Channel;
import org.pana.core.source.Reliability;
import org.pana.core.source.Source;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.SourceRelation;
import org.pana.core.source.Sources;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.EventType;
import org.pana.core.timeline.Timeline;
import org.springframework.stereotype.Component;

/**
 * Loads a fictional demo into the casebook: a volunteer group that split into a registered
 * foundation and an unregistered branch, a Kazakh family from Zhaosu and a Uyghur woman from
 * Ghulja, with sources, timelines, documents and two cases. Every name, number and story is
 * invented; the Chinese resident ID numbers are synthetic but pass the same checks as real ones.
 *
 * <p>Loading is all or nothing, and happens once: when the demo organisation already exists,
 * nothing is written. Internal: only the {@code demo} command uses it.
 */
@Component
public class DemoData {

  /** The organisation whose presence means the demo is loaded. */
  static final String DEMO_ORGANISATION = "Steppe Aid Volunteers (demo)";

  private static final String REASON = ChangeReason.DEMO_DATA.stored();
  private static final String ZHAOSU =
      "Zhaosu County, Ili Kazakh Autonomous Prefecture, Xinjiang, China";
  private static final String GHULJA =
      "Yining (Ghulja), Ili Kazakh Autonomous Prefecture, Xinjiang, China";
  private static final String SHELEK = "Shelek, Enbekshikazakh district, Almaty region, Kazakhstan";
  private static final String MIGRATION_SERVICE =
      "Migration service, Almaty region police department, Taldykorgan";
  private static final String COUNTY_POLICE = "Zhaosu county public security bureau";
  private static final String HIS_RESIDENT_ID = "654026198204170314";

  private final Organisations organisations;
  private final People people;
  private final Sources sources;
  private final Timeline timeline;
  private final Documents documents;
  private final Cases cases;
  private final RecordStore store;
  private final Author author;
  private final Consents consents;
  private final Relatives relatives;
  private final Needs needs;
  private String acting;

  public DemoData(
      Organisations organisations,
      People people,
      Sources sources,
      Timeline timeline,
      Documents documents,
      Cases cases,
      RecordStore store,
      Author author,
      Consents consents,
      Relatives relatives,
      Needs needs) {
    this.consents = consents;
    this.relatives = relatives;
    this.needs = needs;
    this.organisations = organisations;
    this.people = people;
    this.sources = sources;
    this.timeline = timeline;
    this.documents = documents;
    this.cases = cases;
    this.store = store;
    this.author = author;
  }

  /** Loads the demo in one transaction, unless it is already there. */
  public Summary load() {
    return store.inTransaction(
        () -> {
          if (organisations.list().stream()
              .anyMatch(o -> o.value().name().equals(DEMO_ORGANISATION))) {
            return new Summary(0, 0, 0, 0, 0, 0, true);
          }
          acting = null;
          Summary before = totals();
          Owners owners = organisations();
          zhaosuFamily(owners.foundation());
          ghuljaWoman(owners.branch());
          return totals().minus(before);
        });
  }

  /** What {@link #load()} wrote, or that it wrote nothing because the demo was already there. */
  public record Summary(
      int organisations,
      int people,
      int sources,
      int events,
      int documents,
      int cases,
      boolean alreadyLoaded) {

    /** One line for the terminal. */
    public String describe() {
      if (alreadyLoaded) {
        return "The demo data is already loaded.";
      }
      return String.format(
          Locale.ROOT,
          "Loaded the fictional demo: %d organisations, %d people, %d sources, %d events,"
              + " %d documents and %d cases. Run `serve` and open http://127.0.0.1:8080/.",
          organisations,
          people,
          sources,
          events,
          documents,
          cases);
    }

    private Summary minus(Summary before) {
      return new Summary(
          organisations - before.organisations,
          people - before.people,
          sources - before.sources,
          events - before.events,
          documents - before.documents,
          cases - before.cases,
          false);
    }
  }

  private record Owners(String foundation, String branch) {}

  /** A person and the source their own facts come from. */
  private record Subject(String id, String sourceId) {}

  private Owners organisations() {
    String original =
        organisation(
            DEMO_ORGANISATION,
            List.of(period(RegistrationStatus.UNREGISTERED, "2016-09", "2019-03", "Informal.")),
            List.of(),
            "Recorded testimonies and helped write petitions until the group split.");
    String foundation =
        organisation(
            "Steppe Aid Foundation (demo)",
            List.of(
                period(
                    RegistrationStatus.REGISTRATION_REFUSED,
                    "2018-12",
                    "2019-02",
                    "Charter sent back."),
                period(RegistrationStatus.REGISTERED, "2019-03-14", null, "Public foundation.")),
            List.of(relation(RelationKind.SPLIT_FROM, original, "2019-03")),
            "Registered in Almaty; can sign agreements with lawyers and hospitals.");
    String branch =
        organisation(
            "Steppe Aid Volunteers — Shelek group (demo)",
            List.of(period(RegistrationStatus.UNREGISTERED, "2018-11", null, "Chose not to.")),
            List.of(
                relation(RelationKind.SPLIT_FROM, original, "2018-11"),
                relation(RelationKind.PARTNER_OF, foundation, "2019-05")),
            "Works without registration; refers cases to the foundation for legal help.");
    return new Owners(foundation, branch);
  }

  private void zhaosuFamily(String owner) {
    acting = owner;
    Subject man = husband();
    Subject wife = wife();
    Subject daughter = daughter();
    Subject brother = brother();
    hisStory(man, wife, daughter, brother);
    relatives.record(
        man.id(),
        new Relatives.RelativeDraft(
            brother.id(), Kinship.SIBLING.name(), true, "Still in Zhaosu county; detained 2017."),
        change());
    consent(man, ConsentScope.DOCUMENTATION, null, "2019-12-10");
    consent(man, ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "Arman", "2020-01-15");
    consent(wife, ConsentScope.DOCUMENTATION, null, "2019-12-10");
    new Story(wife).at(ZHAOSU).with(man).on(MARRIAGE, "2008~", "Married in Zhaosu.");
    new Story(wife)
        .at("Khorgos border crossing point")
        .on(ARRIVED, "2010-08", "Joined her husband, through the official crossing.");
    new Story(daughter)
        .at(SHELEK)
        .on(BIRTH, "2012-05", "Born in the district hospital.")
        .at("Almaty")
        .on(OTHER, "2020-02", "Diagnosed with leukaemia; the family cannot pay for treatment.");
    needs.record(
        daughter.id(),
        new NeedDraft(
            List.of(man.id(), wife.id()),
            NeedCategory.MEDICAL.name(),
            Urgency.HIGH.name(),
            null,
            "Leukaemia treatment for the daughter; the family cannot pay for it.",
            List.of(),
            List.of()),
        login -> true,
        change());
    hisDocuments(man);
    openCase(
        "Family case — Zhaosu (demo)",
        List.of(man, wife, daughter),
        owner,
        team(),
        "Irregular crossing and a late petition: watch for a criminal case. His brother is"
            + " detained in Xinjiang. The daughter needs leukaemia treatment.",
        RiskFlag.CRIMINAL_CASE,
        RiskFlag.RELATIVES_AT_RISK,
        RiskFlag.HEALTH);
  }

  private Subject husband() {
    return person(
        self("2019-12-10"),
        List.of(
            name("Ерлан Бақытұлы", "Cyrl", "kk", NameKind.OFFICIAL),
            name("Yerlan Bakytuly", "Latn", "kk", NameKind.PATRONYMIC),
            name("Ерлан Бакытов", "Cyrl", "ru", NameKind.RUSSIFIED),
            name("ەرلان باقىتۇلى", "Arab", "kk", NameKind.ALIAS),
            name("叶尔兰·巴合提", "Hani", "zh", NameKind.HANZI),
            name("YEERLAN BAHETI", "Latn", "zh-Latn", NameKind.PASSPORT)),
        Sex.MALE,
        "1982-04",
        ZHAOSU,
        "Kazakh",
        chineseId(HIS_RESIDENT_ID));
  }

  private Subject wife() {
    return person(
        self("2019-12-10"),
        List.of(
            name("Гүлнұр Серікқызы", "Cyrl", "kk", NameKind.OFFICIAL),
            name("Gulnur Serikqyzy", "Latn", "kk", NameKind.PATRONYMIC),
            name("古丽努尔·赛力克", "Hani", "zh", NameKind.HANZI)),
        Sex.FEMALE,
        "1985-09-02",
        ZHAOSU,
        "Kazakh",
        chineseId("654026198509020464"));
  }

  private Subject daughter() {
    return person(
        told("her mother", SourceRelation.PARENT, "2019-12-10", Channel.IN_PERSON, Reliability.B),
        List.of(
            name("Аружан Ерланқызы", "Cyrl", "kk", NameKind.OFFICIAL),
            name("Aruzhan Yerlanqyzy", "Latn", "kk", NameKind.PATRONYMIC)),
        Sex.FEMALE,
        "2012-05",
        SHELEK,
        "Kazakh");
  }

  /** His younger brother, still in Xinjiang: a third party at risk. */
  private Subject brother() {
    return person(
        told("his sister", SourceRelation.SIBLING, "2018-03", Channel.PHONE, Reliability.C),
        List.of(
            name("Нұрбол Бақытұлы", "Cyrl", "kk", NameKind.OFFICIAL),
            name("Nurbol Bakytuly", "Latn", "kk", NameKind.PATRONYMIC)),
        Sex.MALE,
        "1987~",
        ZHAOSU,
        "Kazakh");
  }

  private void hisStory(Subject man, Subject wife, Subject daughter, Subject brother) {
    String sister =
        source(
            man,
            told("his sister", SourceRelation.SIBLING, "2018-03", Channel.PHONE, Reliability.C));

    new Story(man)
        .at(ZHAOSU)
        .on(BIRTH, "1982-04", "Born in a village near the county town.")
        .at("Almaty region, Kazakhstan")
        .on(EMIGRATED, "2009~", "Went for seasonal farm work with his passport and stayed.")
        .at(ZHAOSU)
        .on(TRAVELLED, "2016-11-01", "Went back to visit his mother, who was ill.")
        .at(COUNTY_POLICE)
        .shown(Visibility.PUBLIC)
        .on(
            DOCUMENT_CONFISCATED,
            "2016-11-07",
            "At the county police station an officer took his passport \"for safekeeping\" and"
                + " told him he could not leave China again.")
        .shown(null)
        .on(
            INTERROGATED,
            "2016-11-07/2016-12",
            "Questioned again and again about his mosque and his friends in Kazakhstan.")
        .toldBy(sister)
        .at(ZHAOSU)
        .with(brother)
        .shown(Visibility.PUBLIC)
        .on(
            RELATIVE_DETAINED,
            "2017-10",
            "His younger brother Nurbol was sent to a \"training centre\" in Zhaosu.")
        .shown(null)
        .with()
        .toldBy(man.sourceId())
        .at("Kazakhstan–China border south of Narynkol")
        .shown(Visibility.PUBLIC)
        .on(
            BORDER_CROSSED_IRREGULARLY,
            "2019-01-19",
            "He crossed on foot at night, without papers, because the police kept his passport.")
        .shown(null)
        .at(SHELEK)
        .on(ARRIVED, "2019-01-20", "Reached his wife and daughter the next morning.")
        .at(MIGRATION_SERVICE)
        .with(wife, daughter)
        .on(
            PETITION_SUBMITTED,
            "2019-12-19",
            "Eleven months after the crossing: he feared being sent back to China and had never"
                + " heard of the 24-hour rule.")
        .on(PETITION_REGISTERED, "2019-12-20", "Registered for the whole family.")
        .on(
            CERTIFICATE_ISSUED,
            "2019-12-26",
            "A week after the petition, not on the day it was registered. The daughter is"
                + " recorded in her father's certificate.");
  }

  private void hisDocuments(Subject man) {
    Stored<Document> passport =
        document(
            man,
            DocumentType.PASSPORT,
            null,
            "PRC Exit and Entry Administration",
            "2008-10",
            "2018-10");
    documents.changeCustody(
        passport.value().id(),
        passport.revision(),
        new CustodyDraft(
            CustodyStatus.CONFISCATED.name(),
            "2016-11-07",
            COUNTY_POLICE,
            man.sourceId(),
            "Taken \"for safekeeping\"; never returned."),
        change());
    document(
        man, DocumentType.RESIDENT_ID_CARD, HIS_RESIDENT_ID, COUNTY_POLICE, "2008-05", "2028-05");
    document(
        man,
        DocumentType.ASYLUM_SEEKER_CERTIFICATE,
        "0417 (demo)",
        MIGRATION_SERVICE,
        "2019-12-26",
        "2020-03-26");
  }

  private void ghuljaWoman(String owner) {
    acting = owner;
    Subject woman = uyghurWoman();
    herStory(woman);
    openCase(
        "Ghulja detention case (demo)",
        List.of(woman),
        owner,
        team(),
        "Her certificate lapsed while the decision was postponed. Police question her parents"
            + " in Ghulja about her.",
        RiskFlag.RELATIVES_AT_RISK,
        RiskFlag.DOCUMENTS_LAPSED);
    consent(woman, ConsentScope.DOCUMENTATION, null, "2019-06-18");
    consent(woman, ConsentScope.PUBLICATION_WITH_NAME, null, "2019-07-01");
  }

  private Subject uyghurWoman() {
    return person(
        self("2019-06-18"),
        List.of(
            name("رەيھان ئابلىكىم", "Arab", "ug", NameKind.OFFICIAL),
            name("Reyhan Ablikim", "Latn", "ug", NameKind.ALIAS),
            name("Рейхан Абликимова", "Cyrl", "ru", NameKind.RUSSIFIED),
            name("热依汗·阿布力克木", "Hani", "zh", NameKind.HANZI)),
        Sex.FEMALE,
        "1991-06-11",
        GHULJA,
        "Uyghur",
        chineseId("654002199106110282"));
  }

  private void herStory(Subject woman) {
    String fellowDetainee =
        source(
            woman,
            told(
                "a woman held with her",
                SourceRelation.FELLOW_DETAINEE,
                "2019-07",
                Channel.MESSENGER,
                Reliability.C));

    new Story(woman)
        .at(GHULJA)
        .toldBy(fellowDetainee)
        .on(DETAINED, "2017-04/2018-02", "Held in a \"vocational training\" facility in Ghulja.")
        .toldBy(woman.sourceId())
        .on(
            ILL_TREATMENT_ALLEGED,
            "2017-05/2018-01",
            "Made to sit still for hours; denied medicine.")
        .on(RELEASED, "2018-02", "Released on condition that she report every week.")
        .at("Kazakhstan–China border near Khorgos")
        .on(BORDER_CROSSED_IRREGULARLY, "2019-06-03", "Crossed at night with a guide.")
        .at("Almaty")
        .on(ARRIVED, "2019-06-04", "Stayed with acquaintances.")
        .at("Migration service, Almaty city police department")
        .on(PETITION_SUBMITTED, "2019-06-20", "Filed with the Shelek group's help.");
  }

  /**
   * Adds events to one person's timeline. The place, the source and the other people involved carry
   * over from one event to the next, as in a testimony.
   */
  private final class Story {
    private final String personId;
    private String sourceId;
    private String place;
    private List<String> others = List.of();
    private Visibility visibility;

    Story(Subject subject) {
      this.personId = subject.id();
      this.sourceId = subject.sourceId();
    }

    Story at(String place) {
      this.place = place;
      return this;
    }

    Story toldBy(String sourceId) {
      this.sourceId = sourceId;
      return this;
    }

    /** Who may see the next events (null: the organisation). */
    Story shown(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    Story with(Subject... others) {
      this.others = Arrays.stream(others).map(Subject::id).toList();
      return this;
    }

    Story on(EventType type, String date, String narrative) {
      timeline.add(
          personId,
          new EventDraft(
              type.name(),
              date,
              place,
              narrative,
              others,
              sourceId,
              visibility == null ? null : visibility.name()),
          change());
      return this;
    }
  }

  private String organisation(
      String name, List<PeriodDraft> registration, List<RelationDraft> relations, String notes) {
    return organisations
        .record(new OrganisationDraft(name, registration, relations, notes), change())
        .value()
        .id();
  }

  private static PeriodDraft period(
      RegistrationStatus status, String from, String until, String note) {
    return new PeriodDraft(status.name(), from, until, note);
  }

  private static RelationDraft relation(RelationKind kind, String organisationId, String since) {
    return new RelationDraft(kind.name(), organisationId, since);
  }

  /**
   * Records a person after the source of their facts (the source points at the person), and stops
   * the demo if an identity number disagrees with the recorded birth date or sex.
   */
  private Subject person(
      SourceDraft told,
      List<NameDraft> names,
      Sex sex,
      String birthDate,
      String birthPlace,
      String ethnicity,
      IdentifierDraft... identifiers) {
    String id = People.newId();
    String sourceId = sources.record(id, told, change()).value().id();
    PersonDraft draft =
        new PersonDraft(
            names,
            sex.name(),
            birthDate,
            birthPlace,
            ethnicity,
            List.of("CN"),
            List.of(identifiers),
            sourceId,
            null);
    Person person = people.record(id, draft, change()).value();
    if (!People.warnings(person).isEmpty()) {
      throw new IllegalStateException("A demo identity number disagrees with the demo person.");
    }
    return new Subject(id, sourceId);
  }

  /** A consent the person gave in writing to the demo administrator. */
  private void consent(Subject person, ConsentScope scope, String pseudonym, String given) {
    consents.record(
        person.id(),
        new ConsentDraft(
            scope.name(), null, pseudonym, given, ObtainedHow.SIGNED_FORM.name(), null, null),
        author.current().login(),
        change());
  }

  private String source(Subject about, SourceDraft told) {
    return sources.record(about.id(), told, change()).value().id();
  }

  /** The person's own account, given in person: minor doubt (B) until it is corroborated. */
  private static SourceDraft self(String date) {
    return told("the person", SourceRelation.SELF, date, Channel.IN_PERSON, Reliability.B);
  }

  private static SourceDraft told(
      String informant, SourceRelation relation, String date, Channel channel, Reliability grade) {
    return new SourceDraft(informant, relation.name(), date, channel.name(), grade.name(), null);
  }

  private static NameDraft name(String value, String script, String language, NameKind kind) {
    return new NameDraft(value, script, language, kind.name(), null);
  }

  /** A synthetic Chinese resident ID; the demo stops rather than load one that fails the check. */
  private static IdentifierDraft chineseId(String number) {
    IdentifierCheck check = IdentifierCheck.of(IdentifierType.CN_RESIDENT_ID, number);
    if (!check.valid() || !check.warnings().isEmpty()) {
      throw new IllegalStateException(
          "A demo resident ID fails its check: " + String.join(" ", check.errors()));
    }
    return new IdentifierDraft(
        IdentifierType.CN_RESIDENT_ID.name(), number, "PRC Ministry of Public Security", null);
  }

  /** A document the person holds since it was issued. */
  private Stored<Document> document(
      Subject holder,
      DocumentType type,
      String number,
      String issuer,
      String issued,
      String expires) {
    return documents.record(
        holder.id(),
        new DocumentDraft(
            type.name(),
            number,
            issuer,
            issued,
            expires,
            CustodyStatus.HELD_BY_PERSON.name(),
            issued,
            null,
            holder.sourceId(),
            null),
        change());
  }

  /** The demo's case teams: the administrator who loads it. */
  private List<String> team() {
    return List.of(author.current().login());
  }

  private void openCase(
      String title,
      List<Subject> members,
      String owner,
      List<String> volunteers,
      String summary,
      RiskFlag... risks) {
    cases.open(
        new CaseDraft(
            title,
            members.stream().map(Subject::id).toList(),
            owner,
            volunteers,
            CaseStatus.OPEN.name(),
            Arrays.stream(risks).map(RiskFlag::name).toList(),
            summary,
            List.of()),
        change());
  }

  private Summary totals() {
    return new Summary(
        (int) store.count(Organisation.KIND),
        (int) store.count(Person.KIND),
        (int) store.count(Source.KIND),
        (int) store.count(Event.KIND),
        (int) store.count(Document.KIND),
        (int) store.count(CaseFile.KIND),
        false);
  }

  /**
   * A change by the loading account, for the organisation whose records are being written: the
   * people, sources and stories of each case belong to the group that owns the case.
   */
  private Change change() {
    Change change = author.change(REASON);
    return new Change(
        change.author(), change.reason(), acting != null ? acting : change.organisation());
  }
}
