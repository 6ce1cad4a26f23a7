package org.pana.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pana.core.access.Visibility;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Span;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;

/**
 * "What happened": the events a report tells, in order ({@link EventOrder}), one sentence each, in
 * the wording of its type, with the testimony of the public ones quoted. What happened to someone
 * who may not be told of in detail is told by year and province only, and never quoted.
 */
final class EventSentences {

  /** Event types whose place is where someone went ("moved to Almaty"), not where it happened. */
  private static final Set<EventType> DESTINATIONS =
      EnumSet.of(EventType.EMIGRATED, EventType.TRAVELLED, EventType.RELOCATED);

  private final ReportBuilder.Material m;
  private final ReportOptions options;
  private final Naming naming;
  private final Wording words;
  private final ShownPlaces places;
  private final QuoteScrubbing quotes;
  private final Citations citations;
  private final List<Event> told = new ArrayList<>();

  EventSentences(
      ReportBuilder.Material m,
      ReportOptions options,
      Naming naming,
      Wording words,
      ShownPlaces places,
      QuoteScrubbing quotes,
      Citations citations) {
    this.m = m;
    this.options = options;
    this.naming = naming;
    this.words = words;
    this.places = places;
    this.quotes = quotes;
    this.citations = citations;
  }

  /** The events told so far, in the order told. */
  List<Event> told() {
    return List.copyOf(told);
  }

  /** One paragraph for each event the report tells. */
  List<Paragraph> write() {
    Set<String> chosen = options.eventIds() == null ? null : Set.copyOf(options.eventIds());
    Set<String> quoted = options.quotedIds() == null ? null : Set.copyOf(options.quotedIds());
    Map<String, Event> unique = new LinkedHashMap<>();
    for (Event event : m.events()) {
      unique.putIfAbsent(event.id(), event);
    }
    List<Event> ordered = EventOrder.of(unique.values());
    String subject = naming.subject().personId();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Event event : ordered) {
      if (event.visibility() == Visibility.PRIVATE) {
        continue;
      }
      boolean include =
          chosen == null
              ? ReportBuilder.toldByDefault(event)
                  && !(event.type() == EventType.BIRTH && event.personIds().contains(subject))
              : chosen.contains(event.id());
      if (!include) {
        continue;
      }
      boolean exposed = event.personIds().stream().anyMatch(naming::exposed);
      boolean quote =
          event.visibility() == Visibility.PUBLIC
              && !exposed
              && event.personIds().stream()
                  .filter(naming::isMember)
                  .allMatch(id -> naming.member(id).consent() != null)
              && event.narrative() != null
              && !event.narrative().isBlank()
              && (quoted == null || quoted.contains(event.id()));
      if (event.type() == EventType.OTHER && !quote) {
        continue;
      }
      paragraphs.add(sentence(event, exposed, quote));
      told.add(event);
      citations.note(event.sourceId());
    }
    return paragraphs;
  }

  private Paragraph sentence(Event event, boolean exposed, boolean quote) {
    Naming.Who subject = naming.subject();
    Naming.Who actor =
        event.personIds().contains(subject.personId())
            ? subject
            : event.personIds().stream()
                .filter(naming::isMember)
                .findFirst()
                .map(naming::member)
                .orElse(subject);
    List<Span> who =
        actor == subject
            ? List.of(Span.plain(words.message("pronoun", Map.of("sex", actor.sex()))))
            : List.of(actor.span());
    Map<String, Object> args = Map.of("sex", actor.sex());
    List<Span> clause = words.format("event." + event.type().name(), args, Map.of("who", who));
    List<Span> where = new ArrayList<>();
    if (event.place() != null && !event.place().isBlank()) {
      boolean border = places.isBorder(event.place(), event.date());
      if (!(border && event.type() == EventType.BORDER_CROSSED_IRREGULARLY)) {
        String key =
            border ? "where.at" : DESTINATIONS.contains(event.type()) ? "where.to" : "where.in";
        Span place = places.shown(event.place(), event.date(), exposed);
        where.addAll(words.format(key, Map.of(), Map.of("where", List.of(place))));
      }
    }
    if (quote) {
      List<Span> scrubbed = quotes.scrub(event.narrative(), event.date());
      where.addAll(words.format("quote", Map.of(), Map.of("quote", scrubbed)));
    }
    Span when =
        event.type() == EventType.BIRTH && event.date() != null
            ? words.born(event.date(), actor.named())
            : words.when(event.date(), exposed ? DateDetail.YEAR : options.dates());
    List<Span> spans =
        words.format(
            "sentence", Map.of(), Map.of("when", List.of(when), "clause", clause, "where", where));
    if (exposed) {
      spans.add(0, new Span("", Redaction.THIRD_PARTY_GENERALISED));
    }
    return Spans.paragraph(Spans.capitalised(spans));
  }
}
