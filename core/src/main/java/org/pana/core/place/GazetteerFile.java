package org.pana.core.place;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pana.core.place.Gazetteer.Level;
import org.pana.core.place.Gazetteer.Unit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads {@code gazetteer.yaml} (its header says how it is laid out) and checks it: every unit and
 * place has names, a source and a confidence mark; every period names a unit that existed then. A
 * broken file stops Pana at start rather than showing a place wrongly.
 */
final class GazetteerFile {

  /**
   * A unit a place lay in for a period.
   *
   * @param unit the unit's id
   * @param from first day, or null
   * @param until last day, or null while it holds
   * @param source where this comes from
   * @param confidence V, S or U
   */
  record Lies(String unit, LocalDate from, LocalDate until, String source, String confidence) {}

  /**
   * A place (or a unit, by its own names) and where it lay.
   *
   * @param id its id
   * @param names its names in every script
   * @param periods where it lay, oldest first
   */
  record Place(String id, List<String> names, List<Lies> periods) {}

  private GazetteerFile() {}

  static Gazetteer read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("gazetteer.yaml is missing.");
    }
    try {
      return parse(in);
    } catch (RuntimeException e) {
      throw new IllegalStateException("gazetteer.yaml is not well formed: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Gazetteer parse(InputStream in) {
    Load load = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build());
    Map<String, Object> data = (Map<String, Object>) load.loadFromInputStream(in);
    List<Unit> units = new ArrayList<>();
    Map<String, Map<String, Object>> rawUnits = new HashMap<>();
    List<Place> places = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object each : (List<Object>) data.get("units")) {
      Map<String, Object> raw = (Map<String, Object>) each;
      String id = required(raw, "id", "a unit");
      if (!ids.add(id)) {
        throw new IllegalArgumentException("the id " + id + " is used twice");
      }
      String english = required(raw, "en", id);
      Unit unit =
          new Unit(
              id,
              english,
              Map.of(
                  "kk", required(raw, "kk", id),
                  "ru", required(raw, "ru", id),
                  "ug", required(raw, "ug", id),
                  "zh", required(raw, "zh", id)),
              raw.get("official") == null ? english : raw.get("official").toString(),
              raw.get("within") == null ? null : raw.get("within").toString(),
              Level.valueOf(required(raw, "level", id).toUpperCase(Locale.ROOT)));
      units.add(unit);
      rawUnits.put(id, raw);
      places.add(
          new Place(
              id,
              names(raw, id),
              List.of(
                  new Lies(
                      id,
                      date(raw, "from", id),
                      date(raw, "until", id),
                      required(raw, "source", id),
                      required(raw, "confidence", id)))));
    }
    for (Object each : (List<Object>) data.get("places")) {
      Map<String, Object> raw = (Map<String, Object>) each;
      String id = required(raw, "id", "a place");
      if (!ids.add(id)) {
        throw new IllegalArgumentException("the id " + id + " is used twice");
      }
      List<Lies> periods = new ArrayList<>();
      Object where = raw.get("in");
      if (where instanceof List<?> list) {
        for (Object period : list) {
          Map<String, Object> p = (Map<String, Object>) period;
          periods.add(
              new Lies(
                  required(p, "unit", id),
                  date(p, "from", id),
                  date(p, "until", id),
                  required(p, "source", id),
                  required(p, "confidence", id)));
        }
      } else {
        periods.add(
            new Lies(
                required(raw, "in", id),
                null,
                null,
                required(raw, "source", id),
                required(raw, "confidence", id)));
      }
      for (Lies lies : periods) {
        check(id, lies, rawUnits);
      }
      places.add(new Place(id, names(raw, id), List.copyOf(periods)));
    }
    return Gazetteer.of(units, places);
  }

  /** A period must name a unit that exists, and lie within that unit's own days. */
  private static void check(String id, Lies lies, Map<String, Map<String, Object>> units) {
    Map<String, Object> unit = units.get(lies.unit());
    if (unit == null) {
      throw new IllegalArgumentException(id + " lies in " + lies.unit() + ", which is no unit");
    }
    if (!List.of("V", "S", "U").contains(lies.confidence())) {
      throw new IllegalArgumentException(id + ": confidence is V, S or U");
    }
    LocalDate from = date(unit, "from", lies.unit());
    LocalDate until = date(unit, "until", lies.unit());
    if ((from != null && (lies.from() == null || lies.from().isBefore(from)))
        || (until != null && (lies.until() == null || lies.until().isAfter(until)))) {
      throw new IllegalArgumentException(
          id + " lies in " + lies.unit() + " at a time that unit did not exist");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Map<String, Object> raw, String id) {
    Object names = raw.get("names");
    if (!(names instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(id + " has no names");
    }
    return ((List<Object>) list).stream().map(Object::toString).toList();
  }

  private static String required(Map<String, Object> raw, String key, String what) {
    Object value = raw.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(what + " has no " + key);
    }
    return value.toString().strip();
  }

  private static LocalDate date(Map<String, Object> raw, String key, String what) {
    Object value = raw.get(key);
    try {
      return value == null ? null : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + ": " + key + " is no day (yyyy-mm-dd)", e);
    }
  }
}
