package org.pana.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pana.core.access.Visibility;
import org.pana.core.date.PartialDate;
import org.pana.core.need.Need;
import org.pana.core.need.NeedCategory;
import org.pana.core.need.NeedStatus;
import org.pana.core.need.Urgency;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.procedure.CaseStep;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Span;
import org.pana.core.source.Claim;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;

/**
 * The paragraphs around the events: who the person is, where the asylum case stands, and what help
 * is needed.
 */
final class CaseParagraphs {

  private static final Set<NeedStatus> OPEN =
      EnumSet.of(NeedStatus.OPEN, NeedStatus.REFERRED, NeedStatus.IN_PROGRESS);

  private final ReportBuilder.Material m;
  private final ReportOptions options;
  private final Naming naming;
  private final Wording words;
  private final ShownPlaces places;
  private final Citations citations;

  CaseParagraphs(
      ReportBuilder.Material m,
      ReportOptions options,
      Naming naming,
      Wording words,
      ShownPlaces places,
      Citations citations) {
    this.m = m;
    this.options = options;
    this.naming = naming;
    this.words = words;
    this.places = places;
    this.citations = citations;
  }

  /**
   * Who the person is: their name as their consent allows, ethnicity, when and where they were
   * born, the other spellings of a name published with consent, and how many others the case
   * concerns.
   */
  Paragraph intro(Person person) {
    Naming.Who subject = naming.subject();
    List<Span> spans = new ArrayList<>();
    Map<String, Object> args = new HashMap<>();
    args.put("sex", subject.sex());
    String ethnicity = ethnicity(person, subject.sex());
    if (ethnicity != null) {
      args.put("ethnicity", ethnicity);
      citations.note(person.ethnicity().sourceId());
    }
    Span first = new Span(subject.first(), subject.redaction());
    spans.addAll(
        words.format(
            ethnicity == null ? "intro.person" : "intro.ethnic",
            args,
            Map.of("who", List.of(first))));
    PartialDate birth = visible(person.birthDate());
    if (birth != null) {
      Span born = words.born(birth, subject.named());
      spans.addAll(
          words.format("intro.born", Map.of("sex", subject.sex()), Map.of("born", List.of(born))));
      citations.note(person.birthDate().sourceId());
    }
    if (person.birthPlace() != null && person.birthPlace().visibility() != Visibility.PRIVATE) {
      Span place = places.shown(person.birthPlace().value(), birth, false);
      spans.addAll(words.format("intro.from", Map.of(), Map.of("place", List.of(place))));
    }
    spans.add(Span.plain(words.text("sentence.end")));
    if (subject.named()) {
      Set<String> others = new LinkedHashSet<>();
      for (NameVariant name : person.names()) {
        if (!name.value().equalsIgnoreCase(subject.label())
            && subject.consent().allowsScript(name.script())) {
          others.add(name.value());
        }
      }
      if (!others.isEmpty()) {
        String names =
            words.message(
                "intro.names", Map.of("names", String.join(words.text("list.comma"), others)));
        spans.add(Span.plain(names + " "));
      }
    }
    if (m.people().size() > 1) {
      spans.add(Span.plain(words.message("family", Map.of("count", m.people().size() - 1))));
    }
    return Spans.paragraph(Spans.capitalised(spans));
  }

  /**
   * Where the asylum case stands: its last procedure step, or else the last step of the procedure
   * among the events told (of no one who may not be told of in detail).
   */
  Paragraph procedure(List<Event> told) {
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
            && event.personIds().stream().noneMatch(naming::exposed)
            && (date == null
                || (event.date() != null && event.date().earliest().isAfter(date.earliest())))) {
          key = "step." + step;
          date = event.date();
        }
      }
    }
    if (key == null) {
      return Spans.paragraph(List.of(Span.plain(words.text("procedure.none"))));
    }
    return Spans.paragraph(
        Spans.capitalised(
            words.format(
                key,
                Map.of(),
                Map.of(
                    "who",
                    List.of(naming.subject().span()),
                    "when",
                    List.of(words.when(date, options.dates()))))));
  }

  /** The open needs, one item per kind, urgent ones marked. */
  List<Paragraph> needs() {
    List<Need> open =
        m.needs().stream()
            .filter(n -> OPEN.contains(n.status()))
            .sorted(Comparator.comparing(Need::urgency))
            .toList();
    if (open.isEmpty()) {
      return List.of(Spans.paragraph(List.of(Span.plain(words.text("needs.none")))));
    }
    Map<NeedCategory, Boolean> urgent = new LinkedHashMap<>();
    for (Need need : open) {
      boolean pressing = need.urgency() == Urgency.CRITICAL || need.urgency() == Urgency.HIGH;
      urgent.merge(need.category(), pressing, Boolean::logicalOr);
    }
    List<Paragraph> items = new ArrayList<>();
    urgent.forEach(
        (category, pressing) -> {
          String need = words.text("need." + category.name());
          String item = pressing ? words.message("need.urgent", Map.of("need", need)) : need;
          items.add(Spans.paragraph(Spans.capitalised(List.of(Span.plain(item)))));
        });
    return items;
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

  /** An ethnicity Pana has words for; free text is never published. */
  private String ethnicity(Person person, String sex) {
    if (person.ethnicity() == null || person.ethnicity().visibility() == Visibility.PRIVATE) {
      return null;
    }
    String key =
        "ethnicity." + WordList.fold(person.ethnicity().value()).replaceAll("[\\s\\-‐]+", "-");
    return words.has(key) ? words.message(key, Map.of("sex", sex)) : null;
  }

  private static PartialDate visible(Claim<PartialDate> claim) {
    return claim == null || claim.visibility() == Visibility.PRIVATE ? null : claim.value();
  }
}
