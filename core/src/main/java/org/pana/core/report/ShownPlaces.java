package org.pana.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pana.core.date.PartialDate;
import org.pana.core.place.Gazetteer;
import org.pana.core.place.Gazetteer.Level;
import org.pana.core.place.Gazetteer.Unit;
import org.pana.core.report.ReportText.Span;

/**
 * Places as a report may show them: only as the area that contains them (a prefecture of Xinjiang,
 * a region of Kazakhstan, the border), as it was on the day of the event; a place Pana cannot place
 * is withheld.
 */
final class ShownPlaces {

  /**
   * A place as a case records it.
   *
   * @param place the place in words
   * @param when when something happened there (or the person was born there), or null
   */
  record Written(String place, PartialDate when) {}

  private final Gazetteer places;
  private final Wording words;
  private final QuoteScrubbing.Lists lists;

  ShownPlaces(Gazetteer places, Wording words, QuoteScrubbing.Lists lists) {
    this.places = places;
    this.words = words;
    this.lists = lists;
  }

  /** Whether a place is the border itself. */
  boolean isBorder(String written, PartialDate when) {
    return places.unitOf(written, when).map(u -> u.level() == Level.BORDER).orElse(false);
  }

  /**
   * A place as the area it lay in (the province, for what happened to a third party at risk), or
   * withheld.
   */
  Span shown(String written, PartialDate when, boolean province) {
    Optional<Unit> unit = places.unitOf(written, when);
    if (unit.isEmpty()) {
      return new Span(words.text("place.withheld"), Redaction.PLACE_WITHHELD);
    }
    Unit shown = province ? places.countryOf(unit.get()) : unit.get();
    String name = shown.name(words.language());
    return new Span(name, name.equals(written.strip()) ? null : Redaction.PLACE_COARSENED);
  }

  /**
   * The places written in a case that Pana cannot place by name, each part and each distinctive
   * word of it, with the area to show instead: so that "Kokterek" in a quote is coarsened like the
   * "Kokterek village, Zhaosu County" recorded as the place of an event. A word for a kind of
   * place, a common word or an ethnonym ("Kazakh" of "Ili Kazakh Autonomous Prefecture") is never
   * distinctive.
   */
  Map<String, Span> distinctiveWords(List<Written> written) {
    Map<String, Span> known = new LinkedHashMap<>();
    for (Written each : written) {
      String place = each.place();
      PartialDate when = each.when();
      if (place == null || place.isBlank()) {
        continue;
      }
      Span shown = shown(place, when, false);
      for (String part : place.split("[,;()]")) {
        String component = part.strip();
        if (component.isEmpty()) {
          continue;
        }
        if (!places.knows(component)) {
          known.putIfAbsent(component, shown);
        }
        for (String word : component.split("\\s+")) {
          if (word.codePointCount(0, word.length()) >= 4
              && !lists.neverAPlace(word)
              && !places.knows(word)) {
            known.putIfAbsent(word, shown);
          }
        }
      }
    }
    return known;
  }

  /** The names of places in quoted text shown as their areas. */
  List<Span> inText(List<Span> spans, PartialDate when) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      if (span.redaction() != null) {
        out.add(span);
        continue;
      }
      String text = span.text();
      int at = 0;
      for (Gazetteer.Found found : places.findIn(text, when)) {
        if (found.start() < at) {
          continue;
        }
        out.add(Span.plain(text.substring(at, found.start())));
        String name = found.unit().name(words.language());
        if (name.equals(text.substring(found.start(), found.end()))) {
          out.add(Span.plain(name));
        } else {
          out.add(new Span(name, Redaction.PLACE_COARSENED));
        }
        at = found.end();
      }
      out.add(Span.plain(text.substring(at)));
    }
    return Spans.merged(out);
  }
}
