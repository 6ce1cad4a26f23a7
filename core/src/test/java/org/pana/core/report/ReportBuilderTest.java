package org.pana.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.ObtainedHow;
import org.pana.core.date.PartialDate;
import org.pana.core.need.Need;
import org.pana.core.need.NeedCategory;
import org.pana.core.need.NeedStatus;
import org.pana.core.need.Urgency;
import org.pana.core.person.Identifier;
import org.pana.core.person.Kinship;
import org.pana.core.person.NameKind;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierType;
import org.pana.core.place.Gazetteer;
import org.pana.core.report.ReportFormats.Rendering;
import org.pana.core.source.Channel;
import org.pana.core.source.Claim;
import org.pana.core.source.Reliability;
import org.pana.core.source.Source;
import org.pana.core.source.SourceRelation;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;

/**
 * The redaction rules, table by table: for each consent and option, what the report shows and what
 * it never shows, in Markdown and in XHTML. Every person here is invented.
 */
class ReportBuilderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String RESIDENT_ID = "654026197803150018";
  private static final String EXACT_PLACE = "Kokterek village, Zhaosu County, Ili, Xinjiang";
  private static final String HOME_ADDRESS = "Abai street 17, Shelek";
  private static final String BROTHER = "Bekzat Tolegenuly";
  private static final String BROTHER_CYRILLIC = "Бекзат Төлегенұлы";
  private static final String PHONE = "+7 701 555 12 34";

  private final ReportBuilder builder = new ReportBuilder(Gazetteer.shipped());

  static Stream<Arguments> consents() {
    return Stream.of(
        Arguments.of(
            "name",
            ConsentScope.PUBLICATION_WITH_NAME,
            List.of("Askar Tolegenuly", "born in 1978", "Асқар Төлегенұлы", "阿斯卡尔·吐列根"),
            List.of("Arman"),
            false),
        Arguments.of(
            "pseudonym",
            ConsentScope.PUBLICATION_UNDER_PSEUDONYM,
            List.of("Arman (a pseudonym)", "born in the 1970s"),
            List.of("Askar", "Асқар", "Tolegenuly", "阿斯卡尔", "1978"),
            false),
        Arguments.of(
            "none",
            ConsentScope.DOCUMENTATION,
            List.of("The person is a Kazakh man"),
            List.of("Askar", "Асқар", "Arman", "1978"),
            true));
  }

  @ParameterizedTest(name = "consent to {0}")
  @MethodSource("consents")
  void namesThePersonOnlyAsTheirConsentAllows(
      String label, ConsentScope scope, List<String> shown, List<String> hidden, boolean blocked) {
    ReportBuilder.Built built = builder.build(material(scope), ReportOptions.defaults("en"), TODAY);
    String markdown = markdown(built);
    String html = html(built);
    for (String text : shown) {
      assertThat(markdown).contains(text);
    }
    for (String text : hidden) {
      assertThat(markdown).doesNotContain(text);
      assertThat(html).doesNotContain(text);
    }
    assertThat(built.blocker() != null).isEqualTo(blocked);
  }

  @ParameterizedTest(name = "consent to {0}")
  @MethodSource("consents")
  void neverShowsIdentifiersAddressesContactsOrRelativesAtRisk(
      String label, ConsentScope scope, List<String> shown, List<String> hidden, boolean blocked) {
    for (DateDetail detail : DateDetail.values()) {
      for (String language : ReportOptions.LANGUAGES) {
        ReportBuilder.Built built =
            builder.build(
                material(scope),
                new ReportOptions(language, detail, null, null, true, true),
                TODAY);
        for (String output : List.of(markdown(built), html(built))) {
          assertThat(output)
              .doesNotContain(RESIDENT_ID)
              .doesNotContain("6540261978")
              .doesNotContain(EXACT_PLACE)
              .doesNotContain("Kokterek")
              .doesNotContain("Abai street")
              .doesNotContain(PHONE)
              .doesNotContain("555 12 34")
              .doesNotContain(BROTHER)
              .doesNotContain("Bekzat")
              .doesNotContain(BROTHER_CYRILLIC)
              .doesNotContain("a private matter")
              .doesNotContain("nephew's school");
        }
      }
    }
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(DateDetail.DAY, "On 7 November 2016", true),
        Arguments.of(DateDetail.MONTH, "In November 2016", true),
        Arguments.of(DateDetail.YEAR, "In 2016,", true));
  }

  @ParameterizedTest(name = "dates to the {0}")
  @MethodSource("dates")
  void givesDatesAsPreciselyAsAsked(DateDetail detail, String phrase, boolean present) {
    ReportBuilder.Built built =
        builder.build(
            material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM),
            new ReportOptions("en", detail, null, null, true, true),
            TODAY);
    assertThat(markdown(built).contains(phrase)).isEqualTo(present);
  }

  @Test
  void coarsensPlacesAndQuotesOnlyPublicTestimonyScrubbed() {
    ReportBuilder.Built built =
        builder.build(
            material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM),
            ReportOptions.defaults("en"),
            TODAY);
    String markdown = markdown(built);
    assertThat(markdown)
        .contains(
            "In November 2016, he had his documents confiscated by the authorities in Ili"
                + " Kazakh Autonomous Prefecture: “The police kept the passport of Arman")
        .contains("[number removed]")
        .contains("[contact removed]")
        .contains("in an undisclosed place")
        .contains("In 2017, he learned that a relative had been detained in Xinjiang.")
        .contains("Medical care (urgent)")
        .contains("the person’s own testimony and accounts of relatives")
        .contains("Steppe Example Group");
    assertThat(built.text().redactionCounts())
        .containsKeys(
            Redaction.PSEUDONYM,
            Redaction.PLACE_COARSENED,
            Redaction.PLACE_WITHHELD,
            Redaction.DATE_COARSENED,
            Redaction.THIRD_PARTY_GENERALISED,
            Redaction.IDENTIFIER_REMOVED,
            Redaction.CONTACT_REMOVED);
  }

  @Test
  void aRelativeWithTheirOwnConsentAndNoRiskIsToldLikeTheFamily() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Relative> safe =
        List.of(new Relative("r1", "p1", "p2", Kinship.SIBLING, false, "lives in Almaty"));
    List<Consent> consents = new ArrayList<>(material.consents());
    consents.add(consent("p2", ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "Timur"));
    ReportBuilder.Material told = with(material, consents, safe);
    String markdown = markdown(builder.build(told, ReportOptions.defaults("en"), TODAY));
    assertThat(markdown)
        .contains(
            "In October 2017, he learned that a relative had been detained in Ili Kazakh"
                + " Autonomous Prefecture: “Timur was taken from his house in Ili Kazakh Autonomous"
                + " Prefecture”.");
  }

  @Test
  void showsTheNameOnlyInTheScriptsTheConsentAllows() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_WITH_NAME);
    Consent cyrillicOnly =
        new Consent(
            "k-p1",
            "p1",
            ConsentScope.PUBLICATION_WITH_NAME,
            null,
            null,
            LocalDate.of(2026, 1, 10),
            null,
            ObtainedHow.SIGNED_FORM,
            "volunteer-1",
            null,
            null,
            List.of("Cyrl"));
    ReportBuilder.Material limited = with(material, List.of(cyrillicOnly), material.relatives());
    String markdown = markdown(builder.build(limited, ReportOptions.defaults("en"), TODAY));
    assertThat(markdown)
        .contains("# Account: Асқар Төлегенұлы")
        .doesNotContain("Askar")
        .doesNotContain("阿斯卡尔")
        .contains("The police kept the passport of Асқар Төлегенұлы");
  }

  @Test
  void aThirdPartysConsentIsRecordedSoThatItsWithdrawalBlocksTheReport() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Consent> consents = new ArrayList<>(material.consents());
    consents.add(consent("p2", ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "Timur"));
    ReportBuilder.Built built =
        builder.build(
            with(
                material,
                consents,
                List.of(new Relative("r1", "p1", "p2", Kinship.SIBLING, false, null))),
            ReportOptions.defaults("en"),
            TODAY);
    assertThat(built.consentIds()).contains("k-p1", "k-p2");
  }

  @Test
  void privateSexAnExplicitBirthEventAndInjectedMarkupStayOut() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    Person man = material.people().get(0);
    Person privateSex =
        new Person(
            man.id(),
            man.names(),
            new Claim<>(Sex.MALE, "s1", Visibility.PRIVATE),
            man.birthDate(),
            man.birthPlace(),
            man.ethnicity(),
            man.citizenships(),
            man.identifiers(),
            man.notes());
    List<Event> events = new ArrayList<>(material.events());
    events.add(
        new Event(
            "e5",
            EventType.BIRTH,
            PartialDate.parse("1978-03-15"),
            EXACT_PLACE,
            null,
            List.of("p1"),
            "s1",
            Visibility.ORGANISATION));
    events.add(
        new Event(
            "e6",
            EventType.OTHER,
            PartialDate.parse("2020-01"),
            null,
            "Line one on 03.05.2019 and 2019-05-03, 3 May 2019\n# Heading [click](http://example.invalid)"
                + " ![x](http://example.invalid/p.png)",
            List.of("p1"),
            "s1",
            Visibility.PUBLIC));
    ReportBuilder.Material changed =
        new ReportBuilder.Material(
            material.caseFile(),
            material.organisation(),
            List.of(privateSex),
            material.others(),
            events,
            material.sources(),
            material.steps(),
            material.needs(),
            material.consents(),
            material.relatives(),
            material.numbers());
    String markdown =
        markdown(
            builder.build(
                changed,
                new ReportOptions(
                    "en", DateDetail.MONTH, List.of("e1", "e5", "e6"), null, true, true),
                TODAY));
    assertThat(markdown)
        .contains("Arman (a pseudonym) is a Kazakh person")
        .contains("In the 1970s, the person was born")
        .doesNotContain("1978")
        .doesNotContain(", he had his")
        .doesNotContain("\n# Heading")
        .contains("Line one on May 2019 and May 2019, May 2019")
        .doesNotContain("](http");
  }

  @Test
  void aMemberOfTheCaseAtRiskIsToldLikeAThirdPartyAtRisk() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    CaseFile family =
        new CaseFile(
            "c1",
            "Case (test)",
            List.of("p1", "p2"),
            "o1",
            List.of(),
            CaseStatus.OPEN,
            Set.of(),
            null,
            Set.of());
    ReportBuilder.Material both =
        new ReportBuilder.Material(
            family,
            material.organisation(),
            List.of(material.people().get(0), material.others().get("p2")),
            Map.of(),
            material.events(),
            material.sources(),
            material.steps(),
            material.needs(),
            material.consents(),
            material.relatives(),
            material.numbers());
    String markdown = markdown(builder.build(both, ReportOptions.defaults("en"), TODAY));
    assertThat(markdown)
        .contains("In 2017, he learned that a relative had been detained in Xinjiang.")
        .doesNotContain("Kokterek")
        .doesNotContain("Bekzat");
  }

  @Test
  void showsAPlaceAsTheAreaItLayInOnTheDayOfTheEvent() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Event> events = new ArrayList<>(material.events());
    events.add(
        new Event(
            "e7",
            EventType.PETITION_SUBMITTED,
            PartialDate.parse("2019-12-19"),
            "Taldykorgan",
            "Filed at the migration office in Taldykorgan.",
            List.of("p1"),
            "s1",
            Visibility.PUBLIC));
    events.add(
        new Event(
            "e8",
            EventType.INTERVIEWED,
            PartialDate.parse("2023-03-02"),
            "Taldykorgan",
            null,
            List.of("p1"),
            "s1",
            Visibility.PUBLIC));
    ReportBuilder.Material moved = withEvents(material, events);

    String english = markdown(builder.build(moved, ReportOptions.defaults("en"), TODAY));
    String russian = markdown(builder.build(moved, ReportOptions.defaults("ru"), TODAY));

    // Taldykorgan lay in Almaty region until 7 June 2022, and in Zhetysu region since
    assertThat(english)
        .contains("In December 2019, he applied for asylum in Almaty region:")
        .contains("“Filed at the migration office in Almaty region”")
        .contains(
            "In March 2023, he was interviewed by the migration authorities in Zhetysu region.");
    assertThat(russian)
        .contains("ходатайство о присвоении статуса беженца (Алматинская область)")
        .contains("собеседование в органах по вопросам миграции (область Жетісу)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotes")
  void scrubbingRemovesWholeNamesAndPlacesButNeverCommonWordsOrEthnonyms(
      String label, String testimony, String kept, String removed) {
    ReportBuilder.Material material = quoting(testimony);

    String markdown = markdown(builder.build(material, ReportOptions.defaults("en"), TODAY));

    assertThat(markdown).contains(kept).doesNotContain(removed);
  }

  static Stream<Arguments> quotes() {
    return Stream.of(
        Arguments.of(
            "an ethnonym in a place's name",
            "He showed his Kazakh residence permit at the Tekes checkpoint.",
            "He showed his Kazakh residence permit at the Ili Kazakh Autonomous Prefecture"
                + " checkpoint",
            "his Ili Kazakh Autonomous Prefecture residence"),
        Arguments.of(
            "a common word in a relative's name",
            "He crossed with the help of unregistered volunteers and of Aigerim.",
            "with the help of unregistered volunteers and of [name removed]",
            "Aigerim"),
        Arguments.of(
            "a word of a place's name that is a common word",
            "He said the Autonomous Region office was closed; he came back to Kokterek.",
            "the Autonomous Region office was closed; he came back to Ili",
            "Kokterek"),
        Arguments.of(
            "a name written with an ending",
            "Bekzat's friends and Бекзатом were questioned.",
            "[name removed]'s friends and [name removed] were questioned",
            "Бекзат"));
  }

  @Test
  void theRedactionCountCountsEveryMarkTheTextShows() {
    ReportBuilder.Material material =
        quoting("Aigerim told Bekzat Tolegenuly, and Tolegenuly told her: of 2019-05-03.");

    ReportBuilder.Built built = builder.build(material, ReportOptions.defaults("en"), TODAY);
    String html = html(built);

    for (Redaction reason : Redaction.values()) {
      long marks = html.split("data-redaction=\"" + reason.name() + "\"", -1).length - 1;
      assertThat(built.text().redactionCounts().getOrDefault(reason, 0L))
          .as(reason.name())
          .isEqualTo(marks);
    }
    assertThat(built.text().redactionCounts().get(Redaction.NAME_REMOVED)).isEqualTo(3);
  }

  @Test
  void eachEventTypeHasItsOwnWordingInEachLanguage() {
    for (String language : ReportOptions.LANGUAGES) {
      Map<String, EventType> clauses = new java.util.HashMap<>();
      for (EventType type : EventType.values()) {
        Event event =
            new Event(
                "t-" + type,
                type,
                PartialDate.parse("2020-01"),
                null,
                "Words of the testimony.",
                List.of("p1"),
                "s1",
                Visibility.PUBLIC);
        ReportBuilder.Material material =
            withEvents(material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM), List.of(event));
        String told =
            builder
                .build(
                    material,
                    new ReportOptions(
                        language, DateDetail.MONTH, List.of(event.id()), null, false, false),
                    TODAY)
                .text()
                .sections()
                .get(1)
                .paragraphs()
                .get(0)
                .text();
        // the same date and words for every type: what is left is the clause telling it
        String clause = told.replace("Words of the testimony.", "");
        assertThat(clauses.put(clause, type)).as(language + " " + type + ": " + clause).isNull();
        if (type == EventType.OTHER) {
          // what happened, not the telling of it
          assertThat(clause).doesNotContain("account").doesNotContain("рассказ");
        }
      }
    }
  }

  @Test
  void eventsInOneMonthKeepTheOrderTheyHappenedOrWereRecorded() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Event> recorded =
        List.of(
            event("z1", EventType.DETAINED, "2019-03"),
            event("a2", EventType.RELEASED, "2019-03-20"),
            event("y3", EventType.INTERROGATED, "2019-03-05"),
            event("b4", EventType.RELOCATED, "2019-03"));

    String markdown =
        markdown(
            builder.build(withEvents(material, recorded), ReportOptions.defaults("en"), TODAY));

    // the days known give the order where they can; a day not known keeps the recorded place
    assertThat(markdown)
        .containsSubsequence(
            "he was detained", "he was interrogated", "he was released", "he moved");
  }

  @Test
  void onlyEventsMarkedPublicAreToldByDefault() {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Event> events = new ArrayList<>(material.events());
    Event organisation =
        new Event(
            "e10",
            EventType.DETAINED,
            PartialDate.parse("2018-02"),
            "Almaty",
            null,
            List.of("p1"),
            "s1",
            Visibility.ORGANISATION);
    events.add(organisation);
    ReportBuilder.Material withIt = withEvents(material, events);

    String byDefault = markdown(builder.build(withIt, ReportOptions.defaults("en"), TODAY));
    String chosen =
        markdown(
            builder.build(
                withIt,
                new ReportOptions("en", DateDetail.MONTH, List.of("e1", "e10"), null, true, true),
                TODAY));

    assertThat(ReportBuilder.toldByDefault(organisation)).isFalse();
    assertThat(ReportBuilder.toldByDefault(material.events().get(0))).isTrue();
    assertThat(byDefault).doesNotContain("he was detained");
    assertThat(chosen).contains("In February 2018, he was detained in Almaty.");
  }

  @Test
  void aFamilyCaseIsToldAboutThePersonChosenAndTheOthersStayFamilyMembers() {
    ReportBuilder.Material family = family();
    ReportOptions aboutTheFather =
        new ReportOptions("en", DateDetail.MONTH, null, null, true, true, List.of(), "p-father");

    ReportBuilder.Built built = builder.build(family, aboutTheFather, TODAY);
    String markdown = markdown(built);

    assertThat(built.blocker()).isNull();
    assertThat(markdown)
        .contains("# Account: Marat")
        .contains("Marat (a pseudonym) is a Kazakh man, born in the 1970s")
        .contains("The case also concerns 2 other family members.")
        .contains("In March 2017, he was detained in Ili Kazakh Autonomous Prefecture.")
        .contains("In May 2018, a family member moved to Almaty.")
        .contains("In January 2019, he arrived in Almaty.")
        .doesNotContain("Гүлмира")
        .doesNotContain("Әлихан")
        .doesNotContain("Мұрат");
  }

  @Test
  void withoutAChoiceTheAccountIsAboutThePersonListedFirstAndTheBlockerNamesThem() {
    ReportBuilder.Built built = builder.build(family(), ReportOptions.defaults("en"), TODAY);

    assertThat(markdown(built)).contains("# Account: the person");
    assertThat(built.blocker().text())
        .contains("No consent to publication")
        .contains("“the person”")
        .contains("p-son")
        .doesNotContain("Әлихан");
  }

  @Test
  void theBlockerOfAReportInAnotherLanguageIsTheSameCodeForThePagesToWord() {
    ReportBuilder.Built built = builder.build(family(), ReportOptions.defaults("kk"), TODAY);

    assertThat(built.blocker().code()).isEqualTo("no_consent");
    assertThat(built.blocker().personId()).isEqualTo("p-son");
    assertThat(built.blocker().day()).isEqualTo(TODAY);
    // the English words, for the API, call them as the Kazakh report does
    assertThat(built.blocker().text()).contains("No consent to publication").contains("p-son");
  }

  @Test
  void writesRussian() {
    ReportBuilder.Built built =
        builder.build(
            material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM),
            ReportOptions.defaults("ru"),
            TODAY);
    String markdown = markdown(built);
    assertThat(markdown)
        .contains("# Рассказ: Arman")
        .contains("Arman (имя изменено) — казах, родился в 1970-х годах")
        .contains(
            "В ноябре 2016 года он лишился документов: их изъяли власти"
                + " (Или-Казахский автономный округ)")
        .contains("Медицинская помощь (срочно)")
        .contains("ПРОЕКТ");
  }

  @Test
  void theHashIsOfTheTextAndChangesWithIt() {
    ReportBuilder.Built one =
        builder.build(
            material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM),
            ReportOptions.defaults("en"),
            TODAY);
    ReportBuilder.Built same =
        builder.build(
            material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM),
            ReportOptions.defaults("en"),
            TODAY);
    ReportBuilder.Built other =
        builder.build(
            material(ConsentScope.PUBLICATION_WITH_NAME), ReportOptions.defaults("en"), TODAY);
    assertThat(ReportFormats.hash(one.text()))
        .isEqualTo(ReportFormats.hash(same.text()))
        .isNotEqualTo(ReportFormats.hash(other.text()))
        .startsWith("sha256:");
  }

  private static String markdown(ReportBuilder.Built built) {
    return ReportFormats.markdown(built.text(), new Rendering(true, null, null));
  }

  private static String html(ReportBuilder.Built built) {
    return ReportFormats.xhtml(built.text(), new Rendering(true, null, Redaction::name));
  }

  /** A fictional man, his brother still in Xinjiang, and what happened to them. */
  private static ReportBuilder.Material material(ConsentScope scope) {
    Person man =
        new Person(
            "p1",
            List.of(
                new NameVariant("Асқар Төлегенұлы", "Cyrl", "kk", NameKind.OFFICIAL, null),
                new NameVariant("Askar Tolegenuly", "Latn", "kk", NameKind.PATRONYMIC, null),
                new NameVariant("阿斯卡尔·吐列根", "Hani", "zh", NameKind.HANZI, null)),
            Claim.of(Sex.MALE, "s1"),
            Claim.of(PartialDate.parse("1978-03-15"), "s1"),
            Claim.of(EXACT_PLACE, "s1"),
            Claim.of("Kazakh", "s1"),
            List.of(Claim.of("CN", "s1")),
            List.of(new Identifier(IdentifierType.CN_RESIDENT_ID, RESIDENT_ID, null, "s1")),
            "a private matter");
    Person brother =
        new Person(
            "p2",
            List.of(
                new NameVariant(BROTHER_CYRILLIC, "Cyrl", "kk", NameKind.OFFICIAL, null),
                new NameVariant(BROTHER, "Latn", "kk", NameKind.PATRONYMIC, null)),
            Claim.of(Sex.MALE, "s2"),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null);
    List<Event> events =
        List.of(
            new Event(
                "e1",
                EventType.DOCUMENT_CONFISCATED,
                PartialDate.parse("2016-11-07"),
                "Zhaosu county public security bureau",
                "The police kept the passport of Askar Tolegenuly (阿斯卡尔被带走了, Асқардың"
                    + " паспорты), number "
                    + RESIDENT_ID
                    + "; call his cousin on "
                    + PHONE
                    + " or write to him at "
                    + HOME_ADDRESS
                    + ".",
                List.of("p1"),
                "s1",
                Visibility.PUBLIC),
            new Event(
                "e2",
                EventType.RELATIVE_DETAINED,
                PartialDate.parse("2017-10"),
                EXACT_PLACE,
                BROTHER + " was taken from his house in Kokterek.",
                List.of("p1", "p2"),
                "s2",
                Visibility.PUBLIC),
            new Event(
                "e3",
                EventType.ARRIVED,
                PartialDate.parse("2019-01-20"),
                "Village 12 on the Qaraqash road",
                "Reached his wife.",
                List.of("p1"),
                "s1",
                Visibility.PUBLIC),
            new Event(
                "e4",
                EventType.INTERROGATED,
                PartialDate.parse("2018-05"),
                "Almaty",
                "Asked about his nephew's school.",
                List.of("p1"),
                "s1",
                Visibility.PRIVATE));
    Map<String, Source> sources =
        Map.of(
            "s1",
            new Source(
                "s1",
                "p1",
                "the person",
                SourceRelation.SELF,
                null,
                Channel.IN_PERSON,
                Reliability.B,
                null),
            "s2",
            new Source(
                "s2",
                "p1",
                "his sister",
                SourceRelation.SIBLING,
                null,
                Channel.PHONE,
                Reliability.C,
                null));
    List<Need> needs =
        List.of(
            new Need(
                "n1",
                List.of("p1"),
                NeedCategory.MEDICAL,
                Urgency.HIGH,
                NeedStatus.OPEN,
                "Treatment for " + BROTHER,
                List.of(),
                List.of()),
            new Need(
                "n2",
                List.of("p1"),
                NeedCategory.HOUSING,
                Urgency.LOW,
                NeedStatus.MET,
                "Flat",
                List.of(),
                List.of()));
    CaseFile caseFile =
        new CaseFile(
            "c1",
            "Case (test)",
            List.of("p1"),
            "o1",
            List.of(),
            CaseStatus.OPEN,
            Set.of(),
            null,
            Set.of());
    return new ReportBuilder.Material(
        caseFile,
        "Steppe Example Group",
        List.of(man),
        Map.of("p2", brother),
        events,
        sources,
        List.of(),
        needs,
        List.of(consent("p1", scope, "Arman")),
        List.of(new Relative("r1", "p1", "p2", Kinship.SIBLING, true, "in Xinjiang")),
        List.of(RESIDENT_ID));
  }

  /**
   * The material with one more public event of the man whose testimony is {@code testimony}, and a
   * relative (a third party at risk) recorded as "Aunt of Aigerim" as well as by her name.
   */
  private static ReportBuilder.Material quoting(String testimony) {
    ReportBuilder.Material material = material(ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    List<Event> events = new ArrayList<>(material.events());
    events.add(
        new Event(
            "e9",
            EventType.BORDER_CROSSED_IRREGULARLY,
            PartialDate.parse("2019-01-19"),
            "Tekes, Ili Kazakh Autonomous Prefecture",
            testimony,
            List.of("p1"),
            "s1",
            Visibility.PUBLIC));
    Person aunt =
        new Person(
            "p3",
            List.of(
                new NameVariant("Aigerim Serikqyzy", "Latn", "kk", NameKind.OFFICIAL, null),
                new NameVariant("Aunt of Aigerim", "Latn", "en", NameKind.ALIAS, null)),
            Claim.of(Sex.FEMALE, "s2"),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null);
    Map<String, Person> others = new java.util.HashMap<>(material.others());
    others.put("p3", aunt);
    List<Relative> relatives = new ArrayList<>(material.relatives());
    relatives.add(new Relative("r2", "p1", "p3", Kinship.OTHER_RELATIVE, true, null));
    return new ReportBuilder.Material(
        material.caseFile(),
        material.organisation(),
        material.people(),
        others,
        events,
        material.sources(),
        material.steps(),
        material.needs(),
        material.consents(),
        relatives,
        material.numbers());
  }

  /**
   * A fictional family of three in one case, the son listed first: the father consents to an
   * account under a pseudonym, his wife and son to nothing beyond documentation.
   */
  private static ReportBuilder.Material family() {
    Person father =
        new Person(
            "p-father",
            List.of(new NameVariant("Мұрат Серікұлы", "Cyrl", "kk", NameKind.OFFICIAL, null)),
            Claim.of(Sex.MALE, "s1"),
            Claim.of(PartialDate.parse("1979-06"), "s1"),
            Claim.of("Zhaosu", "s1"),
            Claim.of("Kazakh", "s1"),
            List.of(),
            List.of(),
            null);
    Person mother =
        new Person(
            "p-mother",
            List.of(new NameVariant("Гүлмира Асанқызы", "Cyrl", "kk", NameKind.OFFICIAL, null)),
            Claim.of(Sex.FEMALE, "s1"),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null);
    Person son =
        new Person(
            "p-son",
            List.of(new NameVariant("Әлихан Мұратұлы", "Cyrl", "kk", NameKind.OFFICIAL, null)),
            Claim.of(Sex.MALE, "s1"),
            Claim.of(PartialDate.parse("2012"), "s1"),
            null,
            null,
            List.of(),
            List.of(),
            null);
    CaseFile caseFile =
        new CaseFile(
            "c-family",
            "Family (test)",
            List.of("p-son", "p-mother", "p-father"),
            "o1",
            List.of(),
            CaseStatus.OPEN,
            Set.of(),
            null,
            Set.of());
    List<Event> events =
        List.of(
            new Event(
                "f1",
                EventType.DETAINED,
                PartialDate.parse("2017-03"),
                "Zhaosu",
                null,
                List.of("p-father"),
                "s1",
                Visibility.PUBLIC),
            new Event(
                "f2",
                EventType.RELOCATED,
                PartialDate.parse("2018-05"),
                "Almaty",
                null,
                List.of("p-mother"),
                "s1",
                Visibility.PUBLIC),
            new Event(
                "f3",
                EventType.ARRIVED,
                PartialDate.parse("2019-01"),
                "Almaty",
                null,
                List.of("p-son", "p-mother", "p-father"),
                "s1",
                Visibility.PUBLIC));
    return new ReportBuilder.Material(
        caseFile,
        "Steppe Example Group",
        List.of(son, mother, father),
        Map.of(),
        events,
        Map.of(),
        List.of(),
        List.of(),
        List.of(consent("p-father", ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "Marat")),
        List.of(),
        List.of());
  }

  /** A public event of the man, with no place or testimony. */
  private static Event event(String id, EventType type, String date) {
    return new Event(
        id, type, PartialDate.parse(date), null, null, List.of("p1"), "s1", Visibility.PUBLIC);
  }

  /** The same material with other events. */
  private static ReportBuilder.Material withEvents(ReportBuilder.Material m, List<Event> events) {
    return new ReportBuilder.Material(
        m.caseFile(),
        m.organisation(),
        m.people(),
        m.others(),
        events,
        m.sources(),
        m.steps(),
        m.needs(),
        m.consents(),
        m.relatives(),
        m.numbers());
  }

  /** The same material with other consents and third-party records. */
  private static ReportBuilder.Material with(
      ReportBuilder.Material m, List<Consent> consents, List<Relative> relatives) {
    return new ReportBuilder.Material(
        m.caseFile(),
        m.organisation(),
        m.people(),
        m.others(),
        m.events(),
        m.sources(),
        m.steps(),
        m.needs(),
        consents,
        relatives,
        m.numbers());
  }

  private static Consent consent(String personId, ConsentScope scope, String pseudonym) {
    return new Consent(
        "k-" + personId,
        personId,
        scope,
        null,
        scope == ConsentScope.PUBLICATION_UNDER_PSEUDONYM ? pseudonym : null,
        LocalDate.of(2026, 1, 10),
        null,
        ObtainedHow.SIGNED_FORM,
        "volunteer-1",
        null,
        null,
        null);
  }
}
