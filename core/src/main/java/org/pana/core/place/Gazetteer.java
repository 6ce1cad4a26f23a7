package org.pana.core.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.core.date.PartialDate;

/**
 * Where a place lay on a given day, read from {@code gazetteer.yaml}: each place Pana knows, by any
 * of its names in several scripts (case, accents and hyphens ignored), with the coarse unit it lay
 * in (a prefecture of Xinjiang, a region or city of Kazakhstan, the border) and from when until
 * when. One gazetteer serves the asylum procedure, whose competent regional department follows the
 * region a petition was filed in on its day, and reports, which show a place only as the unit it
 * lay in when something happened there: Taldykorgan lay in Almaty region until 7 June 2022 and is
 * in Zhetysu region since 8 June 2022.
 */
public final class Gazetteer {

  /** How coarse a unit is. */
  public enum Level {
    /** The Kazakhstan–China border: a crossing point is shown as the border itself. */
    BORDER,
    /** A prefecture of Xinjiang, a region or a city of republican significance of Kazakhstan. */
    AREA,
    /** Xinjiang or Kazakhstan as a whole. */
    COUNTRY
  }

  /**
   * A unit a place can be shown as.
   *
   * @param id its id in the gazetteer
   * @param english its name in English
   * @param names its name in each other language reports are written in (kk, ru, ug, zh)
   * @param official its name as the procedure shows it (the English name unless it says more)
   * @param within the id of the country it lies in, or null for a country or the border
   * @param level how coarse it is
   */
  public record Unit(
      String id,
      String english,
      Map<String, String> names,
      String official,
      String within,
      Level level) {

    public Unit {
      names = Map.copyOf(names);
    }

    /**
     * Its name in a report language ({@code en}, {@code kk}, {@code ru}, {@code ug}, {@code zh}).
     */
    public String name(String language) {
      return names.getOrDefault(language, english);
    }
  }

  /**
   * A region a place belonged to, from when until when, with its source.
   *
   * @param region the region, in words (as the procedure shows it)
   * @param from first day, or null for "since before Pana's dates"
   * @param until last day, or null while it holds
   * @param source where this comes from
   * @param confidence V, S or U (DOMAIN.md)
   * @param unit the unit it is, with its names in each language
   */
  public record RegionPeriod(
      String region, LocalDate from, LocalDate until, String source, String confidence, Unit unit) {

    /**
     * The region in a language Pana is written in: in English as the procedure shows it ({@link
     * #region()}), in another as the gazetteer names it in that language.
     */
    public String name(String language) {
      return "en".equals(language) ? region : unit.name(language);
    }

    boolean holdsOn(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  /**
   * A place named in running text.
   *
   * @param start where the name starts
   * @param end where it ends
   * @param unit the unit it lay in
   */
  public record Found(int start, int end, Unit unit) {}

  /** A unit a place lay in for a period (the unit itself, for a unit's own names). */
  private record Period(Unit unit, LocalDate from, LocalDate until, String source, String mark) {

    /** Whether it holds on a day; a null day means today, which only an open period covers. */
    boolean holdsOn(LocalDate day) {
      if (day == null) {
        return until == null;
      }
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  /**
   * A unit or a place, by its names.
   *
   * @param rank which wins when several match: the border, then places, areas, countries
   * @param order its position in the file, the last tie-break
   */
  private record Entry(
      String id,
      List<String> names,
      List<Pattern> folded,
      List<Pattern> inText,
      List<Period> periods,
      int rank,
      int order) {}

  private record Match(Entry entry, int length) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final List<Entry> entries;
  private final Map<String, Unit> units;

  private Gazetteer(List<Entry> entries, Map<String, Unit> units) {
    this.entries = List.copyOf(entries);
    this.units = Map.copyOf(units);
  }

  /** The places shipped with Pana. */
  public static Gazetteer shipped() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.yaml")) {
      return GazetteerFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read gazetteer.yaml", e);
    }
  }

  /**
   * The region a place lay in on a day, if Pana knows the place: for the procedure, so never the
   * border or a whole country.
   */
  public Optional<RegionPeriod> regionOf(String place, LocalDate day) {
    return best(place, entry -> entry.rank() == 1 || entry.rank() == 2)
        .flatMap(entry -> period(entry, day))
        .map(
            p ->
                new RegionPeriod(
                    p.unit().official(), p.from(), p.until(), p.source(), p.mark(), p.unit()));
  }

  /**
   * The unit a place lay in on a day, if Pana knows the place; a null day means today. A place
   * written as a unit's own name ("Zhetysu region") is that unit, whatever the day.
   */
  public Optional<Unit> unitOf(String place, LocalDate day) {
    return best(place, entry -> true).flatMap(entry -> period(entry, day)).map(Period::unit);
  }

  /**
   * The unit a place lay in on every day a partial date can mean (today for a null date); where the
   * date spans a change (Taldykorgan "in 2022"), the country it lay in throughout.
   */
  public Optional<Unit> unitOf(String place, PartialDate when) {
    return best(place, entry -> true).flatMap(entry -> unitOf(entry, when));
  }

  /** Whether any name in the text is one Pana knows. */
  public boolean knows(String place) {
    return best(place, entry -> true).isPresent();
  }

  /** The unit of an id ({@code ili}), if the gazetteer has it. */
  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(units.get(id));
  }

  /** The country a unit lies in (the unit itself when it is one, or the border). */
  public Unit countryOf(Unit unit) {
    return unit.within() == null ? unit : units.getOrDefault(unit.within(), unit);
  }

  /**
   * The places and areas (not the border, not a whole country) named in running text, first to
   * last, each as the unit it lay in at {@code when}; where two names overlap, the longer wins.
   */
  public List<Found> findIn(String text, PartialDate when) {
    List<Found> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.rank() != 1 && entry.rank() != 2) {
        continue;
      }
      for (Pattern name : entry.inText()) {
        Matcher matcher = name.matcher(text);
        while (matcher.find()) {
          Optional<Unit> unit = unitOf(entry, when);
          if (unit.isPresent()) {
            found.add(new Found(matcher.start(), matcher.end(), unit.get()));
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<Found> kept = new ArrayList<>();
    int at = 0;
    for (Found each : found) {
      if (each.start() >= at) {
        kept.add(each);
        at = each.end();
      }
    }
    return kept;
  }

  private Optional<Unit> unitOf(Entry entry, PartialDate when) {
    if (when == null) {
      return period(entry, null).map(Period::unit);
    }
    Optional<Unit> first = period(entry, when.earliest()).map(Period::unit);
    Optional<Unit> last = period(entry, when.latest()).map(Period::unit);
    if (first.equals(last) || first.isEmpty() || last.isEmpty()) {
      return first.isPresent() ? first : last;
    }
    Unit country = countryOf(first.get());
    return country.equals(countryOf(last.get())) ? Optional.of(country) : Optional.empty();
  }

  /** The period of an entry on a day; a unit's own names hold on every day. */
  private static Optional<Period> period(Entry entry, LocalDate day) {
    if (entry.rank() != 1) {
      return Optional.of(entry.periods().get(0));
    }
    return entry.periods().stream().filter(p -> p.holdsOn(day)).findFirst();
  }

  /** The entry a written place names, by the rules in the file's header. */
  private Optional<Entry> best(String place, Predicate<Entry> allowed) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    String text = fold(place);
    List<Match> matches = new ArrayList<>();
    for (Entry entry : entries) {
      if (!allowed.test(entry)) {
        continue;
      }
      for (int i = 0; i < entry.folded().size(); i++) {
        if (entry.folded().get(i).matcher(text).find()) {
          matches.add(new Match(entry, fold(entry.names().get(i)).length()));
        }
      }
    }
    return matches.stream()
        .min(
            Comparator.comparingInt((Match m) -> m.entry().rank())
                .thenComparing(m -> -m.length())
                .thenComparingInt(m -> m.entry().order()))
        .map(Match::entry);
  }

  /** Builds the gazetteer from the file's units and places, in the file's order. */
  static Gazetteer of(List<Unit> units, List<GazetteerFile.Place> places) {
    Map<String, Unit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    List<Entry> entries = new ArrayList<>();
    for (GazetteerFile.Place place : places) {
      List<Period> periods = new ArrayList<>();
      for (GazetteerFile.Lies lies : place.periods()) {
        Unit unit = Objects.requireNonNull(byId.get(lies.unit()), () -> "no unit " + lies.unit());
        periods.add(new Period(unit, lies.from(), lies.until(), lies.source(), lies.confidence()));
      }
      Unit own = byId.get(place.id());
      int rank =
          own == null
              ? 1
              : switch (own.level()) {
                case BORDER -> 0;
                case AREA -> 2;
                case COUNTRY -> 3;
              };
      entries.add(
          new Entry(
              place.id(),
              place.names(),
              place.names().stream().map(Gazetteer::folded).toList(),
              place.names().stream().map(Gazetteer::inText).toList(),
              periods,
              rank,
              entries.size()));
    }
    return new Gazetteer(entries, byId);
  }

  /** A name as written in running text: whole words in any case, except in Han script. */
  private static Pattern inText(String name) {
    String quoted = Pattern.quote(name);
    return Pattern.compile(
        HAN.matcher(name).find() ? quoted : "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A name as looked for in folded text: whole words, except in Han script. */
  private static Pattern folded(String name) {
    String folded = fold(name);
    if (HAN.matcher(folded).find()) {
      return Pattern.compile(Pattern.quote(folded));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])",
        Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Text without case, accents or hyphens, for comparing names ("Taldıqorğan", "Taldy-Kurgan"). */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('ı', 'i')
        .replaceAll("[\\-‐\\s]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
