package org.pana.core.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Which region a place lay in on a given day, for the places the asylum procedure depends on (the
 * competent regional department follows it): Taldykorgan was the centre of Almaty region until 7
 * June 2022 and is in Zhetysu region since 8 June 2022. Read from {@code regions-kz.yaml}; a place
 * is found by any of its spellings (case, accents and hyphens ignored).
 */
public final class Gazetteer {

  /**
   * A region a place belonged to, from when until when, with its source.
   *
   * @param region the region, in words
   * @param from first day, or null for "since before Pana's dates"
   * @param until last day, or null while it holds
   * @param source where this comes from
   * @param confidence V, S or U (DOMAIN.md)
   */
  public record RegionPeriod(
      String region, LocalDate from, LocalDate until, String source, String confidence) {

    boolean holdsOn(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  private final Map<String, List<RegionPeriod>> byName;

  private Gazetteer(Map<String, List<RegionPeriod>> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The places shipped with Pana. */
  @SuppressWarnings("unchecked")
  public static Gazetteer shipped() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("regions-kz.yaml")) {
      Load load = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build());
      Map<String, Object> data = (Map<String, Object>) load.loadFromInputStream(in);
      Map<String, List<RegionPeriod>> byName = new HashMap<>();
      for (Object each : (List<Object>) data.get("places")) {
        Map<String, Object> place = (Map<String, Object>) each;
        List<RegionPeriod> periods = new ArrayList<>();
        for (Object raw : (List<Object>) place.get("regions")) {
          Map<String, Object> period = (Map<String, Object>) raw;
          periods.add(
              new RegionPeriod(
                  period.get("region").toString(),
                  date(period.get("from")),
                  date(period.get("until")),
                  period.get("source").toString(),
                  period.get("confidence").toString()));
        }
        for (Object name : (List<Object>) place.get("names")) {
          byName.put(key(name.toString()), List.copyOf(periods));
        }
      }
      return new Gazetteer(byName);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read regions-kz.yaml", e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("regions-kz.yaml is not well formed: " + e.getMessage(), e);
    }
  }

  /** The region a place lay in on a day, if Pana knows the place. */
  public Optional<RegionPeriod> regionOf(String place, LocalDate day) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    List<RegionPeriod> periods = byName.get(key(place));
    if (periods == null) {
      // "Taldykorgan city", "г. Талдыкорган": try each word
      for (String word : place.split("[\\s,.]+")) {
        periods = byName.get(key(word));
        if (periods != null) {
          break;
        }
      }
    }
    return periods == null
        ? Optional.empty()
        : periods.stream().filter(p -> p.holdsOn(day)).findFirst();
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replace('ı', 'i')
        .replaceAll("[\\s\\-]+", "")
        .toLowerCase(Locale.ROOT);
  }
}
