package org.pana.tools.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.pana.core.timeline.EventType;
import org.pana.tools.search.SyntheticPeople;
import org.pana.tools.search.SyntheticPeople.Writing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional request bodies as the API takes them: people from the search benchmark's generator
 * ({@link SyntheticPeople}: Kazakh and Uyghur names in Cyrillic, Latin, Arabic script and Hanzi),
 * events of their stories, and searches for them by a name written another way. Every person is
 * invented. One intake per thread: the generator is not thread-safe.
 */
final class Intake {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Events of the public contract that need nothing but a date and a place. */
  private static final List<EventType> EVENTS =
      List.of(
          EventType.EMIGRATED,
          EventType.TRAVELLED,
          EventType.DOCUMENT_CONFISCATED,
          EventType.DETAINED,
          EventType.INTERROGATED,
          EventType.RELEASED,
          EventType.BORDER_CROSSED_IRREGULARLY,
          EventType.ARRIVED,
          EventType.RELOCATED);

  private final SyntheticPeople people;
  private final SplittableRandom random;

  Intake(long seed) {
    this.people = new SyntheticPeople(seed);
    this.random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
  }

  /** The next fictional person. */
  SyntheticPeople.Person nextPerson() {
    return people.next();
  }

  /** {@code POST /api/v1/persons} of {@code person}. */
  static String person(SyntheticPeople.Person person) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<Map<String, String>> names = new ArrayList<>();
    for (int i = 0; i < person.names().size(); i++) {
      names.add(Map.of("value", person.names().get(i), "kind", person.nameKind(i)));
    }
    body.put("names", names);
    body.put("sex", person.female() ? "female" : "male");
    if (person.birthDate() != null) {
      body.put("birthDate", person.birthDate());
    }
    body.put("birthPlace", person.place());
    body.put(
        "identifiers",
        person.identifiers().stream()
            .map(value -> Map.of("type", "CN_RESIDENT_ID", "value", value))
            .toList());
    return JSON.writeValueAsString(body);
  }

  /**
   * {@code POST /api/v1/persons/{id}/events}: a step of a story, 2016 to 2023, at {@code place}.
   */
  String event(String place) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", EVENTS.get(random.nextInt(EVENTS.size())).name());
    body.put(
        "date",
        String.format(Locale.ROOT, "%d-%02d", 2016 + random.nextInt(8), 1 + random.nextInt(12)));
    body.put("place", place);
    body.put("narrative", "A fictional event recorded by the load benchmark.");
    return JSON.writeValueAsString(body);
  }

  /** {@code POST /api/v1/search/persons} for {@code person} by their name in another writing. */
  String search(SyntheticPeople.Person person) {
    Writing[] writings = Writing.values();
    Writing writing = writings[random.nextInt(writings.length)];
    if (writing == person.writing()) {
      writing = writings[(writing.ordinal() + 1) % writings.length];
    }
    String name =
        people.write(person.given(), person.father(), person.female(), person.surname(), writing);
    return JSON.writeValueAsString(Map.of("q", name, "size", 10));
  }

  /** {@code POST /api/v1/search/persons} for exactly {@code name}. */
  static String searchFor(String name) {
    return JSON.writeValueAsString(Map.of("q", name, "size", 10));
  }

  /** {@code POST /api/v1/cases} of {@code personIds}, owned by {@code organisation}. */
  static String caseOf(String title, List<String> personIds, String organisation) {
    return JSON.writeValueAsString(
        Map.of("title", title, "personIds", personIds, "organisationId", organisation));
  }

  /** {@code POST /api/v1/organisations}. */
  static String organisation(String name) {
    return JSON.writeValueAsString(Map.of("name", name));
  }

  /** A random number below {@code bound}. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** The {@code id} of a created record's JSON, or null. */
  static String id(String json) {
    try {
      JsonNode id = JSON.readTree(json).get("id");
      return id == null || !id.isString() ? null : id.asString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether a search's answer lists {@code personId}. */
  static boolean lists(String json, String personId) {
    try {
      for (JsonNode item : JSON.readTree(json).path("items")) {
        if (personId.equals(item.path("id").asString(""))) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
