package org.pana.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * Every list a record holds has a cap (issue 13: one person carried 100,000 names and the people
 * list took minutes): one entry too many is refused naming the list, and nothing is stored. A
 * person with as many names as allowed costs the people list no more than any other.
 */
class ListLimitsIT extends RunningPana {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"names, 50", "identifiers, 50", "citizenships, 20"})
  void aPersonWithOneEntryTooManyIsRefused(String list, int max) {
    long before = total("/api/v1/persons?size=1");

    HttpResponse<String> tooMany = postJson("/api/v1/persons", person(list, max + 1));

    assertTooMany(tooMany, list);
    assertThat(total("/api/v1/persons?size=1")).isEqualTo(before);
    assertThat(postJson("/api/v1/persons", person(list, max)).statusCode()).isEqualTo(201);
  }

  @Test
  void anEventInvolvingTooManyPeopleIsRefused() {
    String person = id(postJson("/api/v1/persons", person("names", 1)));

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons/" + person + "/events",
            "{\"type\":\"DETAINED\",\"otherPersonIds\":" + strings(51, i -> person) + "}");

    assertTooMany(response, "otherPersonIds");
    assertThat(json(get("/api/v1/persons/" + person + "/timeline")).get("items")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"personIds, 101", "volunteers, 51", "sharedWith, 21", "risks, 30"})
  void aCaseWithTooLongAListIsRefused(String list, int count) {
    String person = id(postJson("/api/v1/persons", person("names", 1)));
    long before = total("/api/v1/cases?size=1");
    String personIds =
        list.equals("personIds") ? strings(count, i -> person) : strings(1, i -> person);
    String other = list.equals("personIds") ? "" : ",\"" + list + "\":" + strings(count, i -> "x");

    HttpResponse<String> response =
        postJson(
            "/api/v1/cases", "{\"title\":\"Limits case\",\"personIds\":" + personIds + other + "}");

    assertTooMany(response, list);
    assertThat(total("/api/v1/cases?size=1")).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"personIds, 51", "referrals, 51", "tasks, 101"})
  void aNeedWithTooLongAListIsRefused(String list, int count) {
    String person = id(postJson("/api/v1/persons", person("names", 1)));
    IntFunction<String> entry =
        switch (list) {
          case "referrals" -> i -> "{\"provider\":\"Clinic " + i + "\"}";
          case "tasks" -> i -> "{\"title\":\"Call " + i + "\",\"due\":\"2030-01-01\"}";
          default -> i -> "\"" + person + "\"";
        };
    String entries = IntStream.range(0, count).mapToObj(entry).collect(Collectors.joining(","));

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons/" + person + "/needs",
            "{\"category\":\"HOUSING\",\"description\":\"a roof\",\""
                + list
                + "\":["
                + entries
                + "]}");

    assertTooMany(response, list);
    assertThat(json(get("/api/v1/persons/" + person + "/needs")).get("items")).isEmpty();
  }

  @Test
  void aConsentListingTooManyScriptsIsRefused() {
    String person = id(postJson("/api/v1/persons", person("names", 1)));

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"PUBLICATION_WITH_NAME\",\"given\":\"2024-01-01\","
                + "\"obtainedHow\":\"SIGNED_FORM\",\"scripts\":"
                + strings(11, i -> "Latn")
                + "}");

    assertTooMany(response, "scripts");
    assertThat(json(get("/api/v1/persons/" + person + "/consents")).get("items")).isEmpty();
  }

  @Test
  void anOrganisationWithTooManyRegistrationPeriodsIsRefused() {
    int before = json(get("/api/v1/organisations")).get("items").size();
    String periods =
        IntStream.range(0, 101)
            .mapToObj(i -> "{\"status\":\"REGISTERED\"}")
            .collect(Collectors.joining(","));

    HttpResponse<String> response =
        postJson(
            "/api/v1/organisations",
            "{\"name\":\"Limits (fictional)\",\"registration\":[" + periods + "]}");

    assertTooMany(response, "registration");
    assertThat(json(get("/api/v1/organisations")).get("items").size()).isEqualTo(before);
  }

  @Test
  void thePeopleListShowsABoundedNumberOfNamesPerPerson() {
    String id = id(postJson("/api/v1/persons", person("names", 50)));

    String page = get("/people").body();

    Matcher row =
        Pattern.compile("<tr>\\s*<td><a href=\"/people/" + id + "\".*?</tr>", Pattern.DOTALL)
            .matcher(page);
    assertThat(row.find()).as("the person's row").isTrue();
    assertThat(row.group().split("class=\"variant\"", -1)).hasSize(1 + PersonRow.OTHER_NAMES);
    assertThat(row.group()).contains("and " + (49 - PersonRow.OTHER_NAMES) + " more");
  }

  private static void assertTooMany(HttpResponse<String> response, String list) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode errors = json(response).get("errors");
    assertThat(errors.findValuesAsString("field")).containsExactly(list);
    assertThat(errors.findValuesAsString("code")).containsExactly("too_many");
  }

  /** A person with {@code count} entries in one list (names, identifiers or citizenships). */
  private static String person(String list, int count) {
    String names =
        strings(
            list.equals("names") ? count : 1,
            i -> "{\"value\":\"Limit " + letters(i) + " Testuly\"}");
    return switch (list) {
      case "identifiers" ->
          "{\"names\":"
              + names
              + ",\"identifiers\":"
              + strings(count, i -> "{\"type\":\"OTHER\",\"value\":\"LIMIT-" + i + "\"}")
              + "}";
      case "citizenships" ->
          "{\"names\":" + names + ",\"citizenships\":" + strings(count, i -> "C" + i) + "}";
      default -> "{\"names\":" + names + "}";
    };
  }

  /** A JSON array of {@code count} values; a value that starts with { is taken as it is. */
  private static String strings(int count, IntFunction<String> value) {
    return IntStream.range(0, count)
        .mapToObj(value)
        .map(v -> v.startsWith("{") ? v : "\"" + v + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** 0 → A, 25 → Z, 26 → BA: names with letters only. */
  private static String letters(int i) {
    String out = "";
    do {
      out = (char) ('A' + i % 26) + out;
      i /= 26;
    } while (i > 0);
    return out;
  }

  private long total(String path) {
    return json(get(path)).get("total").asLong();
  }
}
