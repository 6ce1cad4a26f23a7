package org.pana.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Shows a place only as the area that contains it (a prefecture of Xinjiang, a region of
 * Kazakhstan, the border), read from {@code coarse-places.yaml}. A place that matches no area is
 * withheld rather than shown as written.
 */
public final class CoarsePlaces {

  /**
   * An area a place can be shown as.
   *
   * @param id its id in the table
   * @param english its name in English
   * @param russian its name in Russian
   * @param within the id of the province or country it lies in, or null for a province
   */
  public record Area(String id, String english, String russian, String within) {

    /** Its name in a report language ({@code en} or {@code ru}). */
    public String name(String language) {
      return "ru".equals(language) ? russian : english;
    }
  }

  /**
   * A place named in running text.
   *
   * @param start where the name starts
   * @param end where it ends
   * @param area the area it lies in
   */
  public record Found(int start, int end, Area area) {}

  private record Entry(Area area, List<Pattern> names, List<Pattern> inText, boolean province) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final List<Entry> entries;

  private CoarsePlaces(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The areas shipped with Pana. */
  @SuppressWarnings("unchecked")
  public static CoarsePlaces shipped() {
    try (InputStream in = CoarsePlaces.class.getResourceAsStream("coarse-places.yaml")) {
      Load load = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build());
      Map<String, Object> data = (Map<String, Object>) load.loadFromInputStream(in);
      List<Entry> entries = new ArrayList<>();
      for (Object each : (List<Object>) data.get("areas")) {
        Map<String, Object> raw = (Map<String, Object>) each;
        Area area =
            new Area(
                raw.get("id").toString(),
                raw.get("en").toString(),
                raw.get("ru").toString(),
                raw.get("within") == null ? null : raw.get("within").toString());
        List<Pattern> names = new ArrayList<>();
        List<Pattern> inText = new ArrayList<>();
        for (Object name : (List<Object>) raw.get("names")) {
          names.add(pattern(name.toString()));
          inText.add(inText(name.toString()));
        }
        entries.add(
            new Entry(area, names, inText, "true".equals(String.valueOf(raw.get("province")))));
      }
      return new CoarsePlaces(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read coarse-places.yaml", e);
    }
  }

  /** The area a place written in words lies in, if it names one Pana knows. */
  public Optional<Area> areaOf(String place) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    String text = fold(place);
    for (Entry entry : entries) {
      for (Pattern name : entry.names()) {
        if (name.matcher(text).find()) {
          return Optional.of(entry.area());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The places below province level named in running text (a quote), first to last; where two names
   * overlap, the longer wins.
   */
  public List<Found> findIn(String text) {
    List<Found> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.province()) {
        continue;
      }
      for (Pattern name : entry.inText()) {
        var matcher = name.matcher(text);
        while (matcher.find()) {
          found.add(new Found(matcher.start(), matcher.end(), entry.area()));
        }
      }
    }
    found.sort(
        java.util.Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
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

  /** The province or country an area lies in (the area itself when it is one). */
  public Area provinceOf(Area area) {
    if (area.within() == null) {
      return area;
    }
    return entries.stream()
        .map(Entry::area)
        .filter(a -> a.id().equals(area.within()))
        .findFirst()
        .orElse(area);
  }

  /** A name as written in running text: whole words in any case, except in Han script. */
  private static Pattern inText(String name) {
    String quoted = Pattern.quote(name);
    return Pattern.compile(
        HAN.matcher(name).find() ? quoted : "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whole words, except in Han script, which has no spaces between words. */
  private static Pattern pattern(String name) {
    String folded = fold(name);
    if (HAN.matcher(folded).find()) {
      return Pattern.compile(Pattern.quote(folded));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])",
        Pattern.UNICODE_CHARACTER_CLASS);
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('-', ' ')
        .replace('‐', ' ')
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
