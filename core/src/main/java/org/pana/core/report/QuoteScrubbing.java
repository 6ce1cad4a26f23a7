package org.pana.core.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.date.InvalidPartialDate;
import org.pana.core.date.PartialDate;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.report.ReportText.Span;
import org.pana.core.timeline.Event;

/**
 * Testimony as a report may quote it: every name known to the case removed (or shown as its
 * person's consent allows), identity and document numbers, telephone numbers, e-mail and street
 * addresses and personal links removed, days given only as precisely as the report gives dates, and
 * places coarsened to their areas. Each removal is a marked span of its own.
 */
final class QuoteScrubbing {

  /** The word lists the rules read; loaded once. */
  record Lists(
      WordList commonWords,
      WordList ethnonyms,
      WordList placeWords,
      WordList streetWords,
      WordList dwellingWords,
      WordList sites) {

    static Lists shipped() {
      return new Lists(
          WordList.shipped("common-words"),
          WordList.shipped("ethnonyms"),
          WordList.shipped("place-words"),
          WordList.shipped("street-words"),
          WordList.shipped("dwelling-words"),
          WordList.shipped("contact-sites"));
    }

    /**
     * Whether a word is never removed on its own as a part of a name: a common word ("of", "Aunt")
     * or an ethnonym ("Kazakh").
     */
    boolean neverAName(String word) {
      return commonWords.contains(word) || ethnonyms.contains(word);
    }

    /**
     * Whether a word is never taken for the distinctive part of a place's name: also a word for a
     * kind of place ("village", "Autonomous").
     */
    boolean neverAPlace(String word) {
      return neverAName(word) || placeWords.contains(word);
    }
  }

  /** The patterns built from the lists; compiled once. */
  record Patterns(Pattern writtenDay, Pattern handle, Pattern address) {

    static Patterns of(Lists lists) {
      String months = String.join("|", Wording.monthNames());
      Pattern writtenDay =
          Pattern.compile(
              "(?iu)(?<![\\d])(?:(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
                  + "|(?<dd>\\d{1,2})[./](?<dm>\\d{1,2})[./](?<dy>\\d{4})"
                  + "|(?<wd>\\d{1,2})\\s+(?<wm>"
                  + months
                  + ")\\s+(?<wy>\\d{4}))(?![\\d])");
      Pattern handle =
          Pattern.compile(
              "(?iu)((https?://|www\\.)\\S+|\\b("
                  + lists.sites().alternation()
                  + ")/\\S+|(?<![\\w.])@[\\w.]{3,})");
      // a street word with up to two capitalised words before it and a name or number after it,
      // or a house or flat number
      Pattern address =
          Pattern.compile(
              "(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*\\s+){0,2}(?i:"
                  + lists.streetWords().alternation()
                  + ")(?![\\p{L}])\\s*[\\p{L}\\d-]*(\\s*\\d+\\w?)?"
                  + "|(?iu)(?<![\\p{L}])("
                  + lists.dwellingWords().alternation()
                  + ")\\s*№?\\s*\\d+\\w?");
      return new Patterns(writtenDay, handle, address);
    }
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d \\-()]{6,}\\d");
  private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\d \\-/.()]*\\d){5,}");

  private final ReportBuilder.Material m;
  private final Naming naming;
  private final Wording words;
  private final ShownPlaces places;
  private final Lists lists;
  private final Patterns patterns;
  private final DateDetail dates;

  QuoteScrubbing(
      ReportBuilder.Material m,
      Naming naming,
      Wording words,
      ShownPlaces places,
      Lists lists,
      Patterns patterns,
      DateDetail dates) {
    this.m = m;
    this.naming = naming;
    this.words = words;
    this.places = places;
    this.lists = lists;
    this.patterns = patterns;
    this.dates = dates;
  }

  /** The testimony of an event, scrubbed, without its closing full stop. */
  List<Span> scrub(String narrative, PartialDate when) {
    String text = narrative.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    List<Span> spans = names(List.of(Span.plain(text)));
    for (String number : m.numbers()) {
      if (number != null && !number.isBlank()) {
        spans =
            Spans.replace(
                spans, Pattern.compile(Pattern.quote(number.strip())), removed("identifier"));
      }
    }
    Span contact = new Span(words.text("removed.contact"), Redaction.CONTACT_REMOVED);
    spans = datesIn(spans);
    spans = Spans.replace(spans, EMAIL, contact);
    spans = Spans.replace(spans, patterns.handle(), contact);
    spans = Spans.replace(spans, PHONE, contact);
    spans = Spans.replace(spans, patterns.address(), contact);
    spans = Spans.replace(spans, NUMBER, removed("identifier"));
    for (var place : places.distinctiveWords(written()).entrySet()) {
      spans = Spans.replace(spans, word(place.getKey()), place.getValue());
    }
    return places.inText(spans, when);
  }

  /** Every name of everyone around the case, shown as their consent allows or removed. */
  private List<Span> names(List<Span> spans) {
    Map<String, Span> names = new LinkedHashMap<>();
    Set<String> removedParts = new LinkedHashSet<>();
    for (Person person : everyone()) {
      Span replacement = naming.inQuote(person);
      Optional<Consent> named =
          replacement.redaction() == null
              ? naming.holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME)
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
        if (replacement.redaction() != null && given.length() >= 2 && !lists.neverAName(given)) {
          names.putIfAbsent(given, replacement);
        }
        if (replacement.redaction() != null) {
          removedParts.addAll(nameParts(name.value()));
        }
      }
    }
    for (var name : names.entrySet()) {
      if (name.getValue().redaction() != null) {
        spans = Spans.replace(spans, word(name.getKey()), name.getValue());
      }
    }
    for (String part : removedParts) {
      spans = Spans.replace(spans, word(part), naming.removed());
    }
    return spans;
  }

  /**
   * Days written in quoted text (2016-11-07, 07.11.2016, 7 November 2016, 7 ноября 2016) given only
   * as precisely as the report gives its dates.
   */
  private List<Span> datesIn(List<Span> spans) {
    if (dates == DateDetail.DAY) {
      return spans;
    }
    return Spans.replace(
        spans,
        patterns.writtenDay(),
        match -> {
          PartialDate day = day(match);
          return day == null
              ? null
              : new Span(
                  words.bare(day.coarsenedTo(Wording.precision(dates))), Redaction.DATE_COARSENED);
        });
  }

  /** A day written in a quote; null when it is no real day. */
  private static PartialDate day(MatchResult match) {
    try {
      if (match.group("iy") != null) {
        return day(match.group("iy"), match.group("im"), match.group("id"));
      }
      if (match.group("dy") != null) {
        return day(match.group("dy"), match.group("dm"), match.group("dd"));
      }
      return PartialDate.of(
          LocalDate.of(
              Integer.parseInt(match.group("wy")),
              Wording.monthOf(match.group("wm")),
              Integer.parseInt(match.group("wd"))));
    } catch (DateTimeException | InvalidPartialDate e) {
      return null;
    }
  }

  private static PartialDate day(String year, String month, String day) {
    return PartialDate.of(
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
  }

  /** The places recorded in the case: of its events, and where its people were born. */
  private List<ShownPlaces.Written> written() {
    List<ShownPlaces.Written> written = new ArrayList<>();
    for (Event event : m.events()) {
      written.add(new ShownPlaces.Written(event.place(), event.date()));
    }
    for (Person person : everyone()) {
      if (person.birthPlace() != null) {
        written.add(
            new ShownPlaces.Written(
                person.birthPlace().value(),
                person.birthDate() == null ? null : person.birthDate().value()));
      }
    }
    return written;
  }

  private List<Person> everyone() {
    List<Person> all = new ArrayList<>(m.people());
    all.addAll(m.others().values());
    return all;
  }

  private Span removed(String what) {
    return new Span(
        words.text("removed." + what),
        what.equals("identifier") ? Redaction.IDENTIFIER_REMOVED : Redaction.CONTACT_REMOVED);
  }

  /**
   * The parts of a name that are removed wherever they stand on their own: of two letters or more
   * (any Han part), never a common word or an ethnonym ("Aunt of Aigerim" gives only "Aigerim").
   */
  private List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("[\\s·・.,'’-]+")) {
      if (lists.neverAName(part)) {
        continue;
      }
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
   * words), else as a whole word, which for stems of four letters or more may carry an ending of up
   * to three letters (Ерланом, Тамдыда).
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
}
