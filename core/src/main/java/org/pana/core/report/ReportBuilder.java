package org.pana.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.pana.core.access.Visibility;
import org.pana.core.casefile.CaseFile;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.need.Need;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.place.Gazetteer;
import org.pana.core.procedure.CaseStep;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Section;
import org.pana.core.report.ReportText.Span;
import org.pana.core.source.Source;
import org.pana.core.timeline.Event;

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
 *
 * <p>The work is split by job: {@link Naming} decides who may be named and how, {@link
 * QuoteScrubbing} scrubs quoted testimony, {@link Wording} holds the words of each language and
 * writes dates, {@link ShownPlaces} coarsens places, and {@link CaseParagraphs} and {@link
 * EventSentences} build the sentences; this class puts the report together.
 */
public final class ReportBuilder {

  /**
   * Everything a report may draw on, as the members of the case's owning organisation may see it.
   *
   * @param caseFile the case
   * @param organisation the name of the organisation releasing the report
   * @param people the case's people, in the case's order (the account is about the one the options
   *     name, else the first)
   * @param others the other people named in their events (third parties), by id
   * @param events the events of the case's people, in the order they were recorded
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
      BiFunction<String, String, Optional<ReportText.Photo>> photos) {

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
      ReportText text, List<String> consentIds, Blocker blocker, List<String> detailed) {}

  private final Gazetteer places;
  private final QuoteScrubbing.Lists lists = QuoteScrubbing.Lists.shipped();
  private final QuoteScrubbing.Patterns patterns = QuoteScrubbing.Patterns.of(lists);

  /** A builder that shows places as {@code places} knows them. */
  public ReportBuilder(Gazetteer places) {
    this.places = places;
  }

  /** Writes the report as it stands on {@code day}. */
  public Built build(Material material, ReportOptions options, LocalDate day) {
    Wording words = new Wording(options.language());
    Person subject = subject(material, options);
    Naming naming = new Naming(material, subject.id(), day, words);
    ShownPlaces shown = new ShownPlaces(places, words, lists);
    Citations citations = new Citations(material.sources());
    QuoteScrubbing quotes =
        new QuoteScrubbing(material, naming, words, shown, lists, patterns, options.dates());
    EventSentences events =
        new EventSentences(material, options, naming, words, shown, quotes, citations);
    CaseParagraphs paragraphs =
        new CaseParagraphs(material, options, naming, words, shown, citations);

    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(words.text("heading.person"), List.of(paragraphs.intro(subject)), false));
    List<Paragraph> happened = events.write();
    if (!happened.isEmpty()) {
      sections.add(new Section(words.text("heading.events"), happened, false));
    }
    if (options.procedure()) {
      sections.add(
          new Section(
              words.text("heading.procedure"),
              List.of(paragraphs.procedure(events.told())),
              false));
    }
    if (options.needs()) {
      sections.add(new Section(words.text("heading.needs"), paragraphs.needs(), true));
    }
    citations.note(subject.birthPlace() == null ? null : subject.birthPlace().sourceId());
    String organisation =
        material.organisation() == null || material.organisation().isBlank()
            ? words.text("organisation.none")
            : material.organisation();
    Naming.Who who = naming.subject();
    String title =
        words.format("title", Map.of(), Map.of("who", List.of(who.span()))).stream()
            .map(Span::text)
            .collect(Collectors.joining());
    ReportText report =
        new ReportText(
            words.language(),
            title,
            organisation,
            day,
            sections,
            citations.statement(words, organisation),
            photos(material, options, naming, words));
    Set<String> detailed = new LinkedHashSet<>();
    for (Event event : events.told()) {
      for (String id : event.personIds()) {
        if (!naming.exposed(id)) {
          detailed.add(id);
        }
      }
    }
    return new Built(report, naming.consentIds(), naming.blocker(), List.copyOf(detailed));
  }

  /**
   * The person the account is about: the one chosen, or (for a report drafted before the choice
   * existed, or one no longer in the case) the first person listed in the case.
   */
  private static Person subject(Material material, ReportOptions options) {
    return material.people().stream()
        .filter(p -> p.id().equals(options.subjectId()))
        .findFirst()
        .orElse(material.people().get(0));
  }

  /**
   * The events a report tells by default: those marked public, fit for publication. Others (of the
   * organisation or its partners) are told only when chosen; private ones never.
   */
  public static boolean toldByDefault(Event event) {
    return event.visibility() == Visibility.PUBLIC;
  }

  /** The day as the report's header writes it. */
  public static String longDate(LocalDate day, String language) {
    return Wording.longDate(day, language);
  }

  /**
   * The chosen photographs of the case's people whose consent to the publication of photos holds;
   * the others are left out.
   */
  private static List<ReportText.Photo> photos(
      Material m, ReportOptions options, Naming naming, Wording words) {
    List<ReportText.Photo> photos = new ArrayList<>();
    for (String evidenceId : options.photoIds()) {
      String owner = m.photoOwners().get(evidenceId);
      if (owner == null || !naming.isMember(owner)) {
        continue;
      }
      Optional<Consent> consent = naming.holding(owner, ConsentScope.PUBLICATION_OF_PHOTOS);
      if (consent.isEmpty()) {
        continue;
      }
      String caption = words.message("photo.caption", Map.of("who", naming.member(owner).label()));
      m.photos()
          .apply(evidenceId, caption)
          .ifPresent(
              photo -> {
                photos.add(photo);
                naming.rely(consent.get());
              });
    }
    return photos;
  }
}
