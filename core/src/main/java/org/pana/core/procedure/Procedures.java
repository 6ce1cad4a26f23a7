package org.pana.core.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * The procedure definitions Pana knows, read from their YAML files. A definition may {@code
 * extends} another: it takes over that one's transitions, limits and documents, replacing those it
 * restates (a limit or document by its rule id), and states its own period and authorities. A
 * broken definition stops the start with a message naming the file and the field.
 */
public final class Procedures {

  /** The definitions shipped with Pana, in the order they are read. */
  static final List<String> SHIPPED = List.of("kz-refugees-2010", "kz-refugees-2022");

  private final Map<String, Procedure> byId;

  private Procedures(Map<String, Procedure> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** The shipped definitions. */
  public static Procedures shipped() {
    Map<String, Procedure> read = new LinkedHashMap<>();
    Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
    for (String id : SHIPPED) {
      raw.put(id, load(id));
    }
    for (String id : SHIPPED) {
      read.put(id, new Reader(id, raw).procedure());
    }
    return new Procedures(read);
  }

  public Optional<Procedure> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Procedure> all() {
    return byId.values().stream().sorted(Comparator.comparing(Procedure::inForceFrom)).toList();
  }

  /** The definition in force in a jurisdiction on a day (the latest to start, if several). */
  public Optional<Procedure> inForce(String jurisdiction, LocalDate day) {
    return byId.values().stream()
        .filter(p -> p.jurisdiction().equals(jurisdiction) && p.inForceOn(day))
        .max(Comparator.comparing(Procedure::inForceFrom));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String id) {
    String resource = id + ".yaml";
    try (InputStream in = Procedures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No procedure definition " + resource);
      }
      // strings only: dates, periods and numbers are read by this class, with clear errors
      Load load = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build());
      Object data = load.loadFromInputStream(in);
      if (!(data instanceof Map<?, ?> map)) {
        throw new IllegalStateException(resource + ": not a mapping of fields");
      }
      return (Map<String, Object>) map;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  /** Reads one definition, naming the file and field of anything wrong. */
  private static final class Reader {
    private final String id;
    private final Map<String, Map<String, Object>> raw;

    Reader(String id, Map<String, Map<String, Object>> raw) {
      this.id = id;
      this.raw = raw;
    }

    Procedure procedure() {
      Map<String, Object> data = raw.get(id);
      Procedure parent = null;
      Object extended = data.get("extends");
      if (extended != null) {
        if (!raw.containsKey(extended.toString())) {
          throw problem("extends", "no definition " + extended + " to extend");
        }
        parent = new Reader(extended.toString(), raw).procedure();
      }
      if (!id.equals(text(data, "id"))) {
        throw problem("id", "must be the file's name, " + id);
      }
      Map<String, Object> inForce = map(data, "inForce");
      List<Authority> authorities = new ArrayList<>();
      List<Object> authorityList = list(data, "authorities");
      for (int i = 0; i < authorityList.size(); i++) {
        Map<String, Object> entry = entry(authorityList, i, "authorities");
        String at = "authorities[" + i + "]";
        authorities.add(
            new Authority(
                date(entry, "from", at),
                optionalDate(entry, "until", at),
                text(entry, "name", at),
                rule(map(entry, "rule", at), at + ".rule")));
      }
      List<Transition> transitions =
          data.containsKey("transitions") || parent == null
              ? transitions(list(data, "transitions"))
              : parent.transitions();
      List<TimeLimit> limits = new ArrayList<>(parent == null ? List.of() : parent.limits());
      if (data.containsKey("limits")) {
        List<Object> limitList = list(data, "limits");
        for (int i = 0; i < limitList.size(); i++) {
          TimeLimit limit = limit(entry(limitList, i, "limits"), "limits[" + i + "]");
          limits.removeIf(l -> l.rule().id().equals(limit.rule().id()));
          limits.add(limit);
        }
      }
      List<DocumentValidity> documents =
          new ArrayList<>(parent == null ? List.of() : parent.documents());
      if (data.containsKey("documents")) {
        List<Object> documentList = list(data, "documents");
        for (int i = 0; i < documentList.size(); i++) {
          DocumentValidity document =
              document(entry(documentList, i, "documents"), "documents[" + i + "]");
          documents.removeIf(d -> d.rule().id().equals(document.rule().id()));
          documents.add(document);
        }
      }
      List<Rule> grounds = new ArrayList<>(parent == null ? List.of() : parent.refusalGrounds());
      if (data.containsKey("refusalGrounds")) {
        grounds.clear();
        List<Object> groundList = list(data, "refusalGrounds");
        for (int i = 0; i < groundList.size(); i++) {
          grounds.add(rule(entry(groundList, i, "refusalGrounds"), "refusalGrounds[" + i + "]"));
        }
      }
      String zone = text(data, "timeZone");
      ZoneId timeZone;
      try {
        timeZone = ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw problem("timeZone", "not a time zone: " + zone);
      }
      int version;
      try {
        version = Integer.parseInt(text(data, "version"));
      } catch (NumberFormatException e) {
        throw problem("version", "must be a whole number");
      }
      return new Procedure(
          id,
          version,
          text(data, "jurisdiction"),
          text(data, "title"),
          date(inForce, "from", "inForce"),
          optionalDate(inForce, "until", "inForce"),
          timeZone,
          authorities,
          transitions,
          limits,
          documents,
          grounds);
    }

    private List<Transition> transitions(List<Object> raw) {
      List<Transition> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        Map<String, Object> entry = entry(raw, i, "transitions");
        String at = "transitions[" + i + "]";
        boolean start = false;
        boolean any = false;
        Set<StepType> after = EnumSet.noneOf(StepType.class);
        for (Object each : list(entry, "after", at)) {
          switch (each.toString()) {
            case "START" -> start = true;
            case "ANY" -> any = true;
            default -> after.add(step(each.toString(), at + ".after"));
          }
        }
        Set<StepType> next = EnumSet.noneOf(StepType.class);
        for (Object each : list(entry, "next", at)) {
          next.add(step(each.toString(), at + ".next"));
        }
        out.add(new Transition(after, start, any, next));
      }
      return out;
    }

    private TimeLimit limit(Map<String, Object> entry, String at) {
      return new TimeLimit(
          text(entry, "kind", at),
          step(text(entry, "after", at), at + ".after"),
          entry.containsKey("alsoAfter")
              ? step(text(entry, "alsoAfter", at), at + ".alsoAfter")
              : null,
          steps(list(entry, "due", at), at + ".due"),
          period(entry, "within", at),
          entry.containsKey("extendedBy")
              ? step(text(entry, "extendedBy", at), at + ".extendedBy")
              : null,
          entry.containsKey("extendedTo") ? period(entry, "extendedTo", at) : null,
          entry.containsKey("lateAnomaly") ? text(entry, "lateAnomaly", at) : null,
          rule(map(entry, "rule", at), at + ".rule"));
    }

    private DocumentValidity document(Map<String, Object> entry, String at) {
      boolean renews = entry.containsKey("renewBefore");
      return new DocumentValidity(
          text(entry, "kind", at),
          steps(list(entry, "issuedBy", at), at + ".issuedBy"),
          period(entry, "validFor", at),
          steps(list(entry, "neededUntil", at), at + ".neededUntil"),
          text(entry, "lapseAnomaly", at),
          renews ? period(entry, "renewBefore", at) : null,
          renews ? rule(map(entry, "renewRule", at), at + ".renewRule") : null,
          rule(map(entry, "rule", at), at + ".rule"));
    }

    private Rule rule(Map<String, Object> entry, String at) {
      String confidence = text(entry, "confidence", at);
      Confidence mark;
      try {
        mark = Confidence.valueOf(confidence);
      } catch (IllegalArgumentException e) {
        throw problem(at + ".confidence", "must be V, S or U, not " + confidence);
      }
      String title = entry.containsKey("title") ? text(entry, "title", at) : text(entry, "id", at);
      return new Rule(text(entry, "id", at), title, text(entry, "source", at), mark);
    }

    private List<StepType> steps(List<Object> raw, String at) {
      List<StepType> out = new ArrayList<>();
      for (Object each : raw) {
        out.add(step(each.toString(), at));
      }
      return out;
    }

    private StepType step(String name, String at) {
      return StepType.fromCode(name).orElseThrow(() -> problem(at, "unknown step " + name));
    }

    private Period period(Map<String, Object> entry, String field, String at) {
      String text = text(entry, field, at);
      try {
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        throw problem(at + "." + field, "not an ISO period (P5D, P3M, P1Y): " + text);
      }
    }

    private LocalDate date(Map<String, Object> entry, String field, String at) {
      String text = text(entry, field, at);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw problem(at + "." + field, "not a date (yyyy-mm-dd): " + text);
      }
    }

    private LocalDate optionalDate(Map<String, Object> entry, String field, String at) {
      return entry.containsKey(field) ? date(entry, field, at) : null;
    }

    private String text(Map<String, Object> entry, String field) {
      return text(entry, field, "");
    }

    private String text(Map<String, Object> entry, String field, String at) {
      Object value = entry.get(field);
      if (value == null || value.toString().isBlank()) {
        throw problem(at.isEmpty() ? field : at + "." + field, "missing");
      }
      return value.toString().strip();
    }

    private Map<String, Object> map(Map<String, Object> entry, String field) {
      return map(entry, field, "");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Map<String, Object> entry, String field, String at) {
      Object value = entry.get(field);
      if (!(value instanceof Map<?, ?> map)) {
        throw problem(at.isEmpty() ? field : at + "." + field, "missing or not a mapping");
      }
      return (Map<String, Object>) map;
    }

    private List<Object> list(Map<String, Object> entry, String field) {
      return list(entry, field, "");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Map<String, Object> entry, String field, String at) {
      Object value = entry.get(field);
      if (value instanceof String single) {
        return List.of(single);
      }
      if (!(value instanceof List<?> items)) {
        throw problem(at.isEmpty() ? field : at + "." + field, "missing or not a list");
      }
      return (List<Object>) items;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entry(List<Object> items, int index, String field) {
      if (!(items.get(index) instanceof Map<?, ?> map)) {
        throw problem(field + "[" + index + "]", "not a mapping");
      }
      return (Map<String, Object>) map;
    }

    private IllegalStateException problem(String field, String message) {
      return new IllegalStateException(id + ".yaml: " + field + ": " + message);
    }
  }
}
