package org.pana.core.report;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.core.casefile.CaseFile;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.date.PartialDate;
import org.pana.core.need.Need;
import org.pana.core.need.NeedCategory;
import org.pana.core.need.NeedStatus;
import org.pana.core.need.Urgency;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.person.Relatives;
import org.pana.core.person.Sex;
import org.pana.core.procedure.CaseStep;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Section;
import org.pana.core.report.ReportText.Span;
import org.pana.core.source.Source;
import org.pana.core.source.SourceRelation;
import org.pana.core.source.Visibility;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;

/**
 * Writes the account of a case that may leave the casebook: chronological and in plain language,
 * from the case's claims, with every redaction rule applied as it is written.
 *
 * <ul>
 *   <li>The person is named only as their consent allows on the day: by name, by the agreed
 *       pseudonym, or in general terms (and the report cannot then be released).
 *   <li>Places are shown only as the prefecture, region or border they lie in; a place Pana cannot
 *       place is withheld.
 *   <li>Dates are given to the month unless asked otherwise; a date of birth only as a year (with
 *       the name) or a decade (under a pseudonym).
 *   <li>Identity numbers, document numbers and contact details are never written; the text of
 *       testimony is quoted only from public events, with every known name, number, contact and
 *       place removed or coarsened.
 *   <li>Third parties (relatives in Xinjiang) are never named; what happened to one at risk, or
 *       without their own consent to publication, is told only by year and province, and never
 *       quoted.
 *   <li>Private claims never appear.
 * </ul>
 *
 * <p>The text keeps no original of anything it redacts, so no output format can leak it.
 */
public final class ReportBuilder {

  /**
   * Everything a report may draw on, as the reader may see it.
   *
   * @param caseFile the case
   * @param organisation the name of the organisation releasing the report
   * @param people the case's people, in the case's order (the first is the person the account is
   *     about)
   * @param others the other people named in their events (third parties), by id
   * @param events the events of the case's people, any order
   * @param sources the sources those events and facts cite, by id
   * @param steps the case's procedure steps
   * @param needs the needs of the case's people
   * @param consents the consents of the case's people and of the third parties
   * @param relatives the third-party records of the case's people
   * @param numbers identity and document numbers of everyone involved (scrubbed from quotes)
   * @param photoOwners for each photograph that may be chosen (an evidence file), whose it is
   * @param photos gives a photograph cleaned of its metadata, with a caption, by evidence id
   */
  public record Material(
      CaseFile caseFile,
      String organisation,
      List<Person> people,
      Map<String, Person> others,
      List<Event> events,
      Map<String, Source> sources,
      List<CaseStep> steps,
      List<Need> needs,
      List<Consent> consents,
      List<Relative> relatives,
      List<String> numbers,
      Map<String, String> photoOwners,
      java.util.function.BiFunction<String, String, Optional<ReportText.Photo>> photos) {

    /** Material without photographs. */
    public Material(
        CaseFile caseFile,
        String organisation,
        List<Person> people,
        Map<String, Person> others,
        List<Event> events,
        Map<String, Source> sources,
        List<CaseStep> steps,
        List<Need> needs,
        List<Consent> consents,
        List<Relative> relatives,
        List<String> numbers) {
      this(
          caseFile,
          organisation,
          people,
          others,
          events,
          sources,
          steps,
          needs,
          consents,
          relatives,
          numbers,
          Map.of(),
          (id, caption) -> Optional.empty());
    }
  }

  /**
   * A report written.
   *
   * @param text what it says
   * @param consentIds the consents it relies on (checked again at every release)
   * @param blocker why it may not be released, or null when it may
   * @param detailed the people whose part the report tells in detail (not as someone at risk):
   *     flagging one of them at risk later blocks its release
   */
  public record Built(
      ReportText text, List<String> consentIds, String blocker, List<String> detailed) {}

  /** How a person is called in the report. */
  private record Who(
      String label, String first, Redaction redaction, String sex, Consent consent) {}

  private static final Set<EventType> QUIET_BY_DEFAULT = EnumSet.of(EventType.OTHER);
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final List<String> MONTHS_EN =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final List<String> MONTHS_RU =
      List.of(
          "января",
          "февраля",
          "марта",
          "апреля",
          "мая",
          "июня",
          "июля",
          "августа",
          "сентября",
          "октября",
          "ноября",
          "декабря");
  private static final Pattern WRITTEN_DAY =
      Pattern.compile(
          "(?iu)(?<![\\d])(?:(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
              + "|(?<dd>\\d{1,2})[./](?<dm>\\d{1,2})[./](?<dy>\\d{4})"
              + "|(?<wd>\\d{1,2})\\s+(?<wm>"
              + String.join("|", MONTHS_EN)
              + "|"
              + String.join("|", MONTHS_RU)
              + ")\\s+(?<wy>\\d{4}))(?![\\d])");
  private static final Pattern MARKER = Pattern.compile("\uE000([a-zA-Z]+)\uE001");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?iu)((https?://|www\\.)\\S+|\\b(t\\.me|wa\\.me|instagram\\.com|facebook\\.com|vk\\.com)/\\S+"
              + "|(?<![\\w.])@[\\w.]{3,})");
  private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d \\-()]{6,}\\d");
  private static final Set<String> GENERIC_PLACE_WORDS =
      Set.of(
          "village",
          "county",
          "district",
          "city",
          "town",
          "region",
          "prefecture",
          "province",
          "street",
          "road",
          "near",
          "south",
          "north",
          "east",
          "west",
          "border",
          "crossing",
          "point",
          "department",
          "police",
          "service",
          "bureau",
          "public",
          "security",
          "migration",
          "office",
          "село",
          "аул",
          "ауыл",
          "район",
          "ауданы",
          "город",
          "қаласы",
          "область",
          "облысы",
          "улица",
          "көшесі");
  private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\d \\-/.()]*\\d){5,}");

  /**
   * Street addresses in running text: a street word (street, avenue, ул., көшесі, даңғылы,
   * переулок, мкр. …) with up to two capitalised words before it and a name or number after it, or
   * a house or flat number (дом 5, кв. 12, apt 3).
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*\\s+){0,2}(?i:ул\\.?|улица|көшесі|даңғылы|street|str\\."
              + "|avenue|ave\\.|проспект|пр\\.|пер\\.?|переулок|проезд|ш\\.а\\.|мкр\\.?|микрорайон"
              + "|шағын аудан)(?![\\p{L}])\\s*[\\p{L}\\d-]*(\\s*\\d+\\w?)?"
              + "|(?iu)(?<![\\p{L}])(дом|д\\.|кв\\.?|apt\\.?|apartment|flat|house)\\s*№?\\s*\\d+\\w?");

  private static final Set<SourceRelation> FAMILY =
      EnumSet.of(
          SourceRelation.SPOUSE,
          SourceRelation.PARENT,
          SourceRelation.CHILD,
          SourceRelation.SIBLING,
          SourceRelation.OTHER_RELATIVE);
  private static final Set<NeedStatus> OPEN =
      EnumSet.of(NeedStatus.OPEN, NeedStatus.REFERRED, NeedStatus.IN_PROGRESS);

  private final CoarsePlaces places;

  public ReportBuilder(CoarsePlaces places) {
    this.places = places;
  }

  /** Writes the report as it stands on {@code day}. */
  public Built build(Material material, ReportOptions options, LocalDate day) {
    return new Writing(material, options, day).write();
  }

  /** The events a report tells by default: every event that is not private. */
  public static boolean toldByDefault(Event event) {
    return event.visibility() != Visibility.PRIVATE
        && (!QUIET_BY_DEFAULT.contains(event.type()) || event.visibility() == Visibility.PUBLIC);
  }

  /** One report being written. */
  private final class Writing {
    private final Material m;
    private final ReportOptions options;
    private final LocalDate day;
    private final ResourceBundle bundle;
    private final ULocale locale;
    private final String language;
    private final Map<String, Who> who = new HashMap<>();
    private final Set<SourceRelation> cited = new LinkedHashSet<>();
    private final List<String> consentIds = new ArrayList<>();
    private final List<Event> told = new ArrayList<>();
    private String blocker;

    Writing(Material m, ReportOptions options, LocalDate day) {
      this.m = m;
      this.options = options;
      this.day = day;
      this.language = "ru".equals(options.language()) ? "ru" : "en";
      this.locale = new ULocale(language);
      this.bundle =
          ResourceBundle.getBundle(
              "org.pana.core.report.report",
              Locale.forLanguageTag(language),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    Built write() {
      Person subject = m.people().get(0);
      for (int i = 0; i < m.people().size(); i++) {
        Person person = m.people().get(i);
        who.put(person.id(), caseMember(person, i == 0));
      }
      Who main = who.get(subject.id());
      List<Section> sections = new ArrayList<>();
      sections.add(new Section(text("heading.person"), List.of(intro(subject, main)), false));
      List<Paragraph> happened = events();
      if (!happened.isEmpty()) {
        sections.add(new Section(text("heading.events"), happened, false));
      }
      if (options.procedure()) {
        sections.add(new Section(text("heading.procedure"), List.of(procedure(main)), false));
      }
      if (options.needs()) {
        sections.add(new Section(text("heading.needs"), needs(), true));
      }
      note(subject.birthPlace() == null ? null : subject.birthPlace().sourceId());
      ReportText report =
          new ReportText(
              language,
              format("title", Map.of(), Map.of("who", List.of(span(main.label(), main)))).stream()
                  .map(Span::text)
                  .reduce("", String::concat),
              m.organisation() == null || m.organisation().isBlank()
                  ? text("organisation.none")
                  : m.organisation(),
              day,
              sections,
              sources(),
              photos());
      Set<String> detailed = new LinkedHashSet<>();
      for (Event event : told) {
        for (String id : event.personIds()) {
          if (!exposed(id)) {
            detailed.add(id);
          }
        }
      }
      return new Built(report, List.copyOf(consentIds), blocker, List.copyOf(detailed));
    }

    /**
     * The chosen photographs of the case's people whose consent to the publication of photos holds;
     * the others are left out.
     */
    private List<ReportText.Photo> photos() {
      List<ReportText.Photo> photos = new ArrayList<>();
      for (String evidenceId : options.photoIds()) {
        String owner = m.photoOwners().get(evidenceId);
        if (owner == null || !who.containsKey(owner)) {
          continue;
        }
        Optional<Consent> consent = holding(owner, ConsentScope.PUBLICATION_OF_PHOTOS);
        if (consent.isEmpty()) {
          continue;
        }
        String caption = message("photo.caption", Map.of("who", who.get(owner).label()));
        m.photos()
            .apply(evidenceId, caption)
            .ifPresent(
                photo -> {
                  photos.add(photo);
                  if (!consentIds.contains(consent.get().id())) {
                    consentIds.add(consent.get().id());
                  }
                });
      }
      return photos;
    }

    /** The name, pseudonym or general term for one of the case's people. */
    private Who caseMember(Person person, boolean main) {
      String sex = sexOf(person);
      Optional<Consent> named = holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME);
      if (named.isPresent() && nameIn(person, named.get()) != null) {
        consentIds.add(named.get().id());
        String name = nameIn(person, named.get());
        return new Who(name, name, null, sex, named.get());
      }
      Optional<Consent> pseudonym = holding(person.id(), ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
      if (pseudonym.isPresent()) {
        consentIds.add(pseudonym.get().id());
        String label = pseudonym.get().pseudonym();
        String first = message("who.pseudonym", Map.of("name", label));
        return new Who(label, first, Redaction.PSEUDONYM, sex, pseudonym.get());
      }
      if (main) {
        blocker =
            "No consent to publish an account of this person (by name or under a pseudonym) holds"
                + " on "
                + day
                + ".";
      }
      String label = text(main ? "who.withheld" : "who.member");
      return new Who(
          label, label, Redaction.NAME_WITHHELD, "ru".equals(language) ? "other" : sex, null);
    }

    private Optional<Consent> holding(String personId, ConsentScope scope) {
      return m.consents().stream()
          .filter(c -> c.personId().equals(personId) && c.scope() == scope && c.holdsOn(day))
          .max(Comparator.comparing(Consent::given));
    }

    /**
     * The name in the report's script (Latin for English, Cyrillic for Russian), else the first in
     * a script the consent allows; null when no recorded name is in an allowed script.
     */
    private String nameIn(Person person, Consent consent) {
      String script = "ru".equals(language) ? "Cyrl" : "Latn";
      List<NameVariant> allowed =
          person.names().stream().filter(n -> consent.allowsScript(n.script())).toList();
      return allowed.stream()
          .filter(n -> script.equals(n.script()))
          .findFirst()
          .or(() -> allowed.stream().findFirst())
          .map(NameVariant::value)
          .orElse(null);
    }

    private String sexOf(Person person) {
      if (person.sex() == null || person.sex().visibility() == Visibility.PRIVATE) {
        return "other";
      }
      return person.sex().value() == Sex.MALE
          ? "male"
          : person.sex().value() == Sex.FEMALE ? "female" : "other";
    }

    private Paragraph intro(Person person, Who main) {
      List<Span> spans = new ArrayList<>();
      Map<String, Object> args = new HashMap<>();
      args.put("sex", main.sex());
      String ethnicity = ethnicity(person, main.sex());
      if (ethnicity != null) {
        args.put("ethnicity", ethnicity);
        note(person.ethnicity().sourceId());
      }
      spans.addAll(
          format(
              ethnicity == null ? "intro.person" : "intro.ethnic",
              args,
              Map.of("who", List.of(span(main.first(), main)))));
      if (person.birthDate() != null && person.birthDate().visibility() != Visibility.PRIVATE) {
        Span born = born(person.birthDate().value(), main);
        spans.addAll(
            format("intro.born", Map.of("sex", main.sex()), Map.of("born", List.of(born))));
        note(person.birthDate().sourceId());
      }
      if (person.birthPlace() != null && person.birthPlace().visibility() != Visibility.PRIVATE) {
        spans.addAll(
            format(
                "intro.from",
                Map.of(),
                Map.of("place", List.of(place(person.birthPlace().value(), false)))));
      }
      spans.add(Span.plain(". "));
      if (main.consent() != null && main.redaction() == null) {
        Set<String> others = new LinkedHashSet<>();
        for (NameVariant name : person.names()) {
          if (!name.value().equalsIgnoreCase(main.label())
              && main.consent().allowsScript(name.script())) {
            others.add(name.value());
          }
        }
        if (!others.isEmpty()) {
          spans.add(
              Span.plain(message("intro.names", Map.of("names", String.join(", ", others))) + " "));
        }
      }
      if (m.people().size() > 1) {
        spans.add(Span.plain(message("family", Map.of("count", m.people().size() - 1))));
      }
      return paragraph(capitalised(spans));
    }

    /**
     * When someone was born, as a report may say it: the year (about, or a range of years) for a
     * person named with consent, else only the decade.
     */
    private Span born(PartialDate date, Who person) {
      boolean named = person.consent() != null && person.redaction() == null;
      if (named) {
        return new Span(when(date, DateDetail.YEAR).text(), Redaction.AGE_COARSENED);
      }
      LocalDate middle =
          date.earliest().plusDays(ChronoUnit.DAYS.between(date.earliest(), date.latest()) / 2);
      return new Span(
          message("age.decade", Map.of("decade", Integer.toString(middle.getYear() / 10 * 10))),
          Redaction.AGE_COARSENED);
    }

    /** An ethnicity Pana has words for; free text is never published. */
    private String ethnicity(Person person, String sex) {
      if (person.ethnicity() == null || person.ethnicity().visibility() == Visibility.PRIVATE) {
        return null;
      }
      String key =
          "ethnicity." + CoarsePlaces.fold(person.ethnicity().value()).strip().replace(' ', '-');
      return bundle.containsKey(key) ? message(key, Map.of("sex", sex)) : null;
    }

    private List<Paragraph> events() {
      Set<String> chosen = options.eventIds() == null ? null : Set.copyOf(options.eventIds());
      Set<String> quoted = options.quotedIds() == null ? null : Set.copyOf(options.quotedIds());
      Map<String, Event> unique = new HashMap<>();
      for (Event event : m.events()) {
        unique.putIfAbsent(event.id(), event);
      }
      List<Event> ordered = new ArrayList<>(unique.values());
      ordered.sort(
          Comparator.comparing((Event e) -> e.date() == null ? LocalDate.MAX : e.date().earliest())
              .thenComparing(Event::id));
      Person subject = m.people().get(0);
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Event event : ordered) {
        if (event.visibility() == Visibility.PRIVATE) {
          continue;
        }
        boolean include =
            chosen == null
                ? toldByDefault(event)
                    && !(event.type() == EventType.BIRTH
                        && event.personIds().contains(subject.id()))
                : chosen.contains(event.id());
        if (!include) {
          continue;
        }
        boolean exposed = event.personIds().stream().anyMatch(this::exposed);
        boolean quote =
            event.visibility() == Visibility.PUBLIC
                && !exposed
                && event.personIds().stream()
                    .filter(who::containsKey)
                    .allMatch(id -> who.get(id).consent() != null)
                && event.narrative() != null
                && !event.narrative().isBlank()
                && (quoted == null || quoted.contains(event.id()));
        if (event.type() == EventType.OTHER && !quote) {
          continue;
        }
        paragraphs.add(sentence(event, exposed, quote));
        told.add(event);
        note(event.sourceId());
      }
      return paragraphs;
    }

    /**
     * Someone whose story may not be told in detail: anyone flagged at risk in any story (a member
     * of the case too), and a third party without their own consent to publication. A third party's
     * consent the report relies on is recorded with it, so that its withdrawal blocks the report.
     */
    private boolean exposed(String personId) {
      if (Relatives.atRisk(personId, m.relatives())) {
        return true;
      }
      if (who.containsKey(personId)) {
        return false;
      }
      Optional<Consent> consent =
          holding(personId, ConsentScope.PUBLICATION_WITH_NAME)
              .or(() -> holding(personId, ConsentScope.PUBLICATION_UNDER_PSEUDONYM));
      consent.ifPresent(c -> rely(c));
      return consent.isEmpty();
    }

    private void rely(Consent consent) {
      if (!consentIds.contains(consent.id())) {
        consentIds.add(consent.id());
      }
    }

    private Paragraph sentence(Event event, boolean exposed, boolean quote) {
      String mainId = m.people().get(0).id();
      String subjectId =
          event.personIds().contains(mainId)
              ? mainId
              : event.personIds().stream().filter(who::containsKey).findFirst().orElse(null);
      Who actor = subjectId == null ? who.get(m.people().get(0).id()) : who.get(subjectId);
      boolean isMain = actor == who.get(m.people().get(0).id());
      List<Span> whoSpans =
          isMain
              ? List.of(Span.plain(message("pronoun", Map.of("sex", actor.sex()))))
              : List.of(span(actor.label(), actor));
      Map<String, Object> args = Map.of("sex", actor.sex());
      List<Span> clause = format("event." + event.type().name(), args, Map.of("who", whoSpans));
      List<Span> where = new ArrayList<>();
      if (event.place() != null && !event.place().isBlank()) {
        Optional<CoarsePlaces.Area> area = places.areaOf(event.place());
        boolean border = area.isPresent() && area.get().id().equals("border");
        if (!(border && event.type() == EventType.BORDER_CROSSED_IRREGULARLY)) {
          String key =
              border
                  ? "where.at"
                  : event.type() == EventType.EMIGRATED || event.type() == EventType.TRAVELLED
                      ? "where.to"
                      : "where.in";
          where.addAll(
              format(key, Map.of(), Map.of("where", List.of(place(event.place(), exposed)))));
        }
      }
      if (quote) {
        where.addAll(format("quote", Map.of(), Map.of("quote", scrub(event.narrative()))));
      }
      Span when =
          event.type() == EventType.BIRTH && event.date() != null
              ? born(event.date(), actor)
              : when(event.date(), exposed ? DateDetail.YEAR : options.dates());
      List<Span> spans =
          format(
              "sentence",
              Map.of(),
              Map.of("when", List.of(when), "clause", clause, "where", where));
      if (exposed) {
        spans.add(0, new Span("", Redaction.THIRD_PARTY_GENERALISED));
      }
      return paragraph(capitalised(spans));
    }

    private Paragraph procedure(Who main) {
      List<CaseStep> steps = new ArrayList<>(m.steps());
      steps.sort(
          Comparator.comparing(
              (CaseStep s) -> s.date() == null ? LocalDate.MIN : s.date().earliest()));
      String key = null;
      PartialDate date = null;
      if (!steps.isEmpty()) {
        CaseStep last = steps.get(steps.size() - 1);
        key = "step." + last.type().name();
        date = last.date();
      } else {
        for (Event event : told) {
          String step = stepOf(event.type());
          if (step != null
              && event.personIds().stream().noneMatch(this::exposed)
              && (date == null
                  || (event.date() != null && event.date().earliest().isAfter(date.earliest())))) {
            key = "step." + step;
            date = event.date();
          }
        }
      }
      if (key == null) {
        return paragraph(List.of(Span.plain(text("procedure.none"))));
      }
      return paragraph(
          capitalised(
              format(
                  key,
                  Map.of(),
                  Map.of(
                      "who",
                      List.of(span(main.label(), main)),
                      "when",
                      List.of(when(date, options.dates()))))));
    }

    private static String stepOf(EventType type) {
      return switch (type) {
        case PETITION_SUBMITTED,
            PETITION_REGISTERED,
            CERTIFICATE_ISSUED,
            INTERVIEWED,
            APPEAL_FILED,
            COURT_HEARING,
            CRIMINAL_CASE_OPENED ->
            type.name();
        default -> null;
      };
    }

    private List<Paragraph> needs() {
      List<Need> open =
          m.needs().stream()
              .filter(n -> OPEN.contains(n.status()))
              .sorted(Comparator.comparing(Need::urgency))
              .toList();
      if (open.isEmpty()) {
        return List.of(paragraph(List.of(Span.plain(text("needs.none")))));
      }
      Map<NeedCategory, Boolean> urgent = new java.util.LinkedHashMap<>();
      for (Need need : open) {
        boolean pressing = need.urgency() == Urgency.CRITICAL || need.urgency() == Urgency.HIGH;
        urgent.merge(need.category(), pressing, Boolean::logicalOr);
      }
      List<Paragraph> items = new ArrayList<>();
      urgent.forEach(
          (category, pressing) -> {
            String need = text("need." + category.name());
            items.add(
                paragraph(
                    capitalised(
                        List.of(
                            Span.plain(
                                pressing ? message("need.urgent", Map.of("need", need)) : need)))));
          });
      return items;
    }

    private Paragraph sources() {
      List<String> kinds = new ArrayList<>();
      for (SourceRelation relation : SourceRelation.values()) {
        if (!cited.contains(relation)) {
          continue;
        }
        String key = FAMILY.contains(relation) ? "source.FAMILY" : "source." + relation.name();
        String words = text(key);
        if (!kinds.contains(words)) {
          kinds.add(words);
        }
      }
      if (kinds.isEmpty()) {
        kinds.add(text("source.none"));
      }
      String list =
          kinds.size() == 1
              ? kinds.get(0)
              : String.join(", ", kinds.subList(0, kinds.size() - 1))
                  + text("sources.and")
                  + kinds.get(kinds.size() - 1);
      return paragraph(
          List.of(
              Span.plain(
                  message(
                      "sources",
                      Map.of(
                          "list",
                          list,
                          "organisation",
                          m.organisation() == null || m.organisation().isBlank()
                              ? text("organisation.none")
                              : m.organisation())))));
    }

    private void note(String sourceId) {
      if (sourceId != null && m.sources().containsKey(sourceId)) {
        Source source = m.sources().get(sourceId);
        if (source.relation() != null) {
          cited.add(source.relation());
        }
      }
    }

    /** A place as the area it lies in (the province for a third party at risk), or withheld. */
    private Span place(String written, boolean province) {
      Optional<CoarsePlaces.Area> area = places.areaOf(written);
      if (area.isEmpty()) {
        return new Span(text("place.withheld"), Redaction.PLACE_WITHHELD);
      }
      CoarsePlaces.Area shown = province ? places.provinceOf(area.get()) : area.get();
      String name = shown.name(language);
      return new Span(name, name.equals(written.strip()) ? null : Redaction.PLACE_COARSENED);
    }

    /** A date as precisely as allowed. */
    private Span when(PartialDate date, DateDetail detail) {
      if (date == null) {
        return Span.plain(text("date.unknown"));
      }
      String[] ends = date.toString().split("/");
      int[] first = endpoint(ends[0]);
      int[] last = ends.length > 1 ? endpoint(ends[1]) : null;
      boolean coarsened = coarsen(first, detail) | (last != null && coarsen(last, detail));
      boolean approximate = ends[0].endsWith("~") || (ends.length > 1 && ends[1].endsWith("~"));
      String phrase;
      if (last == null || java.util.Arrays.equals(first, last)) {
        phrase =
            approximate
                ? message(
                    "date.approx",
                    Map.of("bare", dateText("bare", first), "phrase", dateText("date", first)))
                : dateText("date", first);
      } else {
        phrase =
            message(
                "date.range",
                Map.of("from", dateText("bare", first), "to", dateText("bare", last)));
      }
      return new Span(phrase, coarsened ? Redaction.DATE_COARSENED : null);
    }

    /** A written day as year, month, day; null when it is no real day. */
    private static int[] day(Matcher matcher) {
      int year;
      int month;
      int day;
      if (matcher.group("iy") != null) {
        year = Integer.parseInt(matcher.group("iy"));
        month = Integer.parseInt(matcher.group("im"));
        day = Integer.parseInt(matcher.group("id"));
      } else if (matcher.group("dy") != null) {
        year = Integer.parseInt(matcher.group("dy"));
        month = Integer.parseInt(matcher.group("dm"));
        day = Integer.parseInt(matcher.group("dd"));
      } else {
        String name = matcher.group("wm").toLowerCase(Locale.ROOT);
        int index = MONTHS_EN.indexOf(name);
        month = (index >= 0 ? index : MONTHS_RU.indexOf(name)) + 1;
        year = Integer.parseInt(matcher.group("wy"));
        day = Integer.parseInt(matcher.group("wd"));
      }
      try {
        LocalDate.of(year, month, day);
      } catch (java.time.DateTimeException e) {
        return null;
      }
      return new int[] {year, month, day};
    }

    private static int[] endpoint(String text) {
      String[] parts = text.replace("~", "").split("-");
      return new int[] {
        Integer.parseInt(parts[0]),
        parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
        parts.length > 2 ? Integer.parseInt(parts[2]) : 0
      };
    }

    private static boolean coarsen(int[] end, DateDetail detail) {
      boolean changed = false;
      if (detail != DateDetail.DAY && end[2] != 0) {
        end[2] = 0;
        changed = true;
      }
      if (detail == DateDetail.YEAR && end[1] != 0) {
        end[1] = 0;
        changed = true;
      }
      return changed;
    }

    private String dateText(String prefix, int[] end) {
      Map<String, Object> args = new HashMap<>();
      args.put("year", Integer.toString(end[0]));
      String precision = end[2] != 0 ? "day" : end[1] != 0 ? "month" : "year";
      if (end[1] != 0) {
        Month month = Month.of(end[1]);
        Locale javaLocale = Locale.forLanguageTag(language);
        args.put("month", month.getDisplayName(TextStyle.FULL_STANDALONE, javaLocale));
        args.put("monthGenitive", month.getDisplayName(TextStyle.FULL, javaLocale));
        args.put(
            "monthPrepositional",
            bundle.containsKey("months.prepositional")
                ? text("months.prepositional").split(",")[end[1] - 1]
                : month.getDisplayName(TextStyle.FULL, javaLocale));
      }
      if (end[2] != 0) {
        args.put("day", Integer.toString(end[2]));
      }
      return message(prefix + "." + precision, args);
    }

    /**
     * Testimony as it may be quoted: every known name, number, contact and place removed or
     * coarsened.
     */
    private List<Span> scrub(String narrative) {
      String text = narrative.strip();
      if (text.endsWith(".")) {
        text = text.substring(0, text.length() - 1);
      }
      List<Span> spans = new ArrayList<>(List.of(Span.plain(text)));
      Map<String, Span> names = new java.util.LinkedHashMap<>();
      Set<String> removedParts = new LinkedHashSet<>();
      for (Person person : allPeople()) {
        Span replacement = nameReplacement(person);
        Optional<Consent> named =
            replacement.redaction() == null
                ? holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME)
                : Optional.empty();
        for (NameVariant name : person.names()) {
          if (named.isPresent() && !named.get().allowsScript(name.script())) {
            // a spelling in a script the consent does not allow: shown as the allowed one
            Span allowed = new Span(replacement.text(), Redaction.NAME_REMOVED);
            names.putIfAbsent(name.value().strip(), allowed);
            for (String part : nameParts(name.value())) {
              names.putIfAbsent(part, allowed);
            }
            continue;
          }
          names.putIfAbsent(name.value().strip(), replacement);
          String given = name.value().strip().split("[\\s·・]+")[0];
          if (replacement.redaction() != null && given.length() >= 2) {
            names.putIfAbsent(given, replacement);
          }
          if (replacement.redaction() != null) {
            removedParts.addAll(nameParts(name.value()));
          }
        }
      }
      for (var name : names.entrySet()) {
        if (name.getValue().redaction() != null) {
          spans = replace(spans, word(name.getKey()), name.getValue());
        }
      }
      Span removed = new Span(text("removed.name"), Redaction.NAME_REMOVED);
      for (String part : removedParts) {
        spans = replace(spans, word(part), removed);
      }
      for (String number : m.numbers()) {
        if (number != null && !number.isBlank()) {
          spans =
              replace(
                  spans,
                  Pattern.compile(Pattern.quote(number.strip())),
                  new Span(text("removed.identifier"), Redaction.IDENTIFIER_REMOVED));
        }
      }
      Span contact = new Span(text("removed.contact"), Redaction.CONTACT_REMOVED);
      spans = datesIn(spans);
      spans = replace(spans, EMAIL, contact);
      spans = replace(spans, HANDLE, contact);
      spans = replace(spans, PHONE, contact);
      spans = replace(spans, ADDRESS, contact);
      spans =
          replace(
              spans, NUMBER, new Span(text("removed.identifier"), Redaction.IDENTIFIER_REMOVED));
      for (var place : knownPlaces().entrySet()) {
        spans = replace(spans, word(place.getKey()), place.getValue());
      }
      return placesIn(spans);
    }

    /** How a person's name is shown in a quote: as their label allows, else removed. */
    private Span nameReplacement(Person person) {
      Who label = who.get(person.id());
      if (label == null) {
        Optional<Consent> named = holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME);
        Optional<Consent> pseudonym =
            holding(person.id(), ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
        if (!Relatives.atRisk(person.id(), m.relatives())
            && named.isPresent()
            && nameIn(person, named.get()) != null) {
          rely(named.get());
          return Span.plain(nameIn(person, named.get()));
        }
        if (!Relatives.atRisk(person.id(), m.relatives()) && pseudonym.isPresent()) {
          rely(pseudonym.get());
          return new Span(pseudonym.get().pseudonym(), Redaction.PSEUDONYM);
        }
        return new Span(text("removed.name"), Redaction.NAME_REMOVED);
      }
      if (label.redaction() == null) {
        return Span.plain(label.label());
      }
      return label.redaction() == Redaction.PSEUDONYM
          ? new Span(label.label(), Redaction.PSEUDONYM)
          : new Span(text("removed.name"), Redaction.NAME_REMOVED);
    }

    /**
     * The places written in the case (event places, places of birth), each part and each
     * distinctive word of it, with the area to show instead.
     */
    private Map<String, Span> knownPlaces() {
      Map<String, Span> known = new java.util.LinkedHashMap<>();
      List<String> written = new ArrayList<>();
      m.events().forEach(e -> written.add(e.place()));
      allPeople().forEach(p -> written.add(p.birthPlace() == null ? null : p.birthPlace().value()));
      for (String place : written) {
        if (place == null || place.isBlank()) {
          continue;
        }
        Span shown = place(place, false);
        for (String part : place.split("[,;()]")) {
          String component = part.strip();
          if (component.isEmpty()) {
            continue;
          }
          if (places.areaOf(component).isEmpty()) {
            known.putIfAbsent(component, shown);
          }
          for (String wordOf : component.split("\\s+")) {
            if (wordOf.codePointCount(0, wordOf.length()) >= 4
                && !GENERIC_PLACE_WORDS.contains(wordOf.toLowerCase(Locale.ROOT))
                && places.areaOf(wordOf).isEmpty()) {
              known.putIfAbsent(wordOf, shown);
            }
          }
        }
      }
      return known;
    }

    /**
     * Days written in quoted text (2016-11-07, 07.11.2016, 7 November 2016, 7 ноября 2016) given
     * only as precisely as the report gives its dates.
     */
    private List<Span> datesIn(List<Span> spans) {
      if (options.dates() == DateDetail.DAY) {
        return spans;
      }
      List<Span> out = new ArrayList<>();
      for (Span span : spans) {
        if (span.redaction() != null) {
          out.add(span);
          continue;
        }
        String text = span.text();
        int at = 0;
        Matcher matcher = WRITTEN_DAY.matcher(text);
        while (matcher.find()) {
          int[] day = day(matcher);
          if (day == null) {
            continue;
          }
          out.add(Span.plain(text.substring(at, matcher.start())));
          coarsen(day, options.dates());
          out.add(new Span(dateText("bare", day), Redaction.DATE_COARSENED));
          at = matcher.end();
        }
        out.add(Span.plain(text.substring(at)));
      }
      return merged(out);
    }

    /** Names of places in quoted text, shown as their areas. */
    private List<Span> placesIn(List<Span> spans) {
      List<Span> out = new ArrayList<>();
      for (Span span : spans) {
        if (span.redaction() != null) {
          out.add(span);
          continue;
        }
        String text = span.text();
        int at = 0;
        for (CoarsePlaces.Found found : places.findIn(text)) {
          if (found.start() < at) {
            continue;
          }
          out.add(Span.plain(text.substring(at, found.start())));
          String name = found.area().name(language);
          if (name.equals(text.substring(found.start(), found.end()))) {
            out.add(Span.plain(name));
          } else {
            out.add(new Span(name, Redaction.PLACE_COARSENED));
          }
          at = found.end();
        }
        out.add(Span.plain(text.substring(at)));
      }
      return merged(out);
    }

    private List<Person> allPeople() {
      List<Person> all = new ArrayList<>(m.people());
      all.addAll(m.others().values());
      return all;
    }

    /** The parts of a name of three letters or more (any Han part). */
    private static List<String> nameParts(String name) {
      List<String> parts = new ArrayList<>();
      for (String part : name.split("[\\s·・.,'’-]+")) {
        if (part.codePointCount(0, part.length()) >= 2
            || part.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          parts.add(part);
        }
      }
      return parts;
    }

    /**
     * A name or place as it may stand in running text: anywhere in Han script (no spaces between
     * words), else as a whole word, which for stems of four letters or more may carry an ending of
     * up to three letters (Ерланом, Тамдыда).
     */
    private static Pattern word(String text) {
      String quoted = Pattern.quote(text);
      int letters = text.codePointCount(0, text.length());
      String pattern =
          HAN.matcher(text).find()
              ? quoted
              : "(?<![\\p{L}\\p{N}])"
                  + quoted
                  + (letters >= 4 ? "\\p{L}{0,3}" : "")
                  + "(?![\\p{L}\\p{N}])";
      return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<Span> replace(List<Span> spans, Pattern pattern, Span replacement) {
      List<Span> out = new ArrayList<>();
      for (Span span : spans) {
        if (span.redaction() != null) {
          out.add(span);
          continue;
        }
        Matcher matcher = pattern.matcher(span.text());
        int at = 0;
        while (matcher.find()) {
          out.add(Span.plain(span.text().substring(at, matcher.start())));
          out.add(replacement);
          at = matcher.end();
        }
        out.add(Span.plain(span.text().substring(at)));
      }
      return merged(out);
    }

    private Span span(String text, Who person) {
      return new Span(text, person.redaction());
    }

    private String text(String key) {
      return bundle.getString(key);
    }

    private String message(String key, Map<String, Object> args) {
      return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * Formats a message whose arguments in {@code parts} are runs of spans: they are passed as
     * markers and put back as spans, so their redaction marks survive the message's wording.
     */
    private List<Span> format(String key, Map<String, Object> args, Map<String, List<Span>> parts) {
      Map<String, Object> all = new HashMap<>(args);
      parts.keySet().forEach(name -> all.put(name, "\uE000" + name + "\uE001"));
      String formatted = message(key, all);
      List<Span> out = new ArrayList<>();
      Matcher matcher = MARKER.matcher(formatted);
      int at = 0;
      while (matcher.find()) {
        out.add(Span.plain(formatted.substring(at, matcher.start())));
        out.addAll(parts.get(matcher.group(1)));
        at = matcher.end();
      }
      out.add(Span.plain(formatted.substring(at)));
      return merged(out);
    }
  }

  /** The day as the report's header writes it. */
  public static String longDate(LocalDate day, String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale("ru".equals(language) ? Locale.forLanguageTag("ru") : Locale.UK)
        .format(day);
  }

  private static Paragraph paragraph(List<Span> spans) {
    List<Span> out = merged(spans);
    if (!out.isEmpty() && out.get(out.size() - 1).redaction() == null) {
      Span last = out.remove(out.size() - 1);
      if (!last.text().strip().isEmpty()) {
        out.add(Span.plain(last.text().stripTrailing()));
      }
    }
    return new Paragraph(out);
  }

  /** Adjacent plain spans joined, empty plain spans dropped. */
  private static List<Span> merged(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      if (span.redaction() == null && span.text().isEmpty()) {
        continue;
      }
      if (span.redaction() == null
          && !out.isEmpty()
          && out.get(out.size() - 1).redaction() == null) {
        Span last = out.remove(out.size() - 1);
        out.add(Span.plain(last.text() + span.text()));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** The first letter of the first non-empty span in upper case. */
  private static List<Span> capitalised(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    for (int i = 0; i < out.size(); i++) {
      Span span = out.get(i);
      if (!span.text().isEmpty()) {
        int first = span.text().codePointAt(0);
        String text =
            new String(Character.toChars(Character.toUpperCase(first)))
                + span.text().substring(Character.charCount(first));
        out.set(i, new Span(text, span.redaction()));
        break;
      }
    }
    return out;
  }
}
