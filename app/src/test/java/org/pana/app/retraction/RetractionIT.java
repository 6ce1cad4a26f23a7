package org.pana.app.retraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A record entered by mistake is retracted with a reason and is gone from every read (timeline,
 * single reads, reports, search, lists, statistics, deadlines) but its history, until a coordinator
 * restores it; bad input changes nothing. Everyone is invented.
 */
class RetractionIT extends WithOrganisation {

  @Test
  void aRetractedEventLeavesTheTimelineAndTheReportAndKeepsItsHistory() {
    Group group = group("Retraction timeline");
    String person =
        person(
            group.caseworker(), "{\"names\":[{\"value\":\"Ерлан Тимелайнұлы\"}],\"sex\":\"male\"}");
    String event =
        id(
            post(
                group.caseworker(),
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"DOCUMENT_CONFISCATED\",\"date\":\"2013-02-14\","
                    + "\"place\":\"Tekes County\",\"visibility\":\"PUBLIC\"}"));
    String caseId =
        id(
            post(
                group.coordinator(),
                "/api/v1/cases",
                "{\"title\":\"Retracted event case (test)\",\"personIds\":[\"" + person + "\"]}"));
    String report =
        id(
            post(
                group.caseworker(),
                "/api/v1/cases/" + caseId + "/reports",
                "{\"language\":\"en\"}"));
    assertThat(get(group.caseworker(), "/api/v1/reports/" + report + "?format=md").body())
        .contains("2013");

    HttpResponse<String> retracted =
        retract(group.caseworker(), event, 1, "entered on the wrong person");

    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
    assertThat(retracted.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"2\"");
    assertThat(json(retracted).get("retracted").asBoolean()).isTrue();
    assertThat(
            json(get(group.caseworker(), "/api/v1/persons/" + person + "/timeline")).get("items"))
        .isEmpty();
    assertThat(get(group.caseworker(), "/api/v1/events/" + event).statusCode()).isEqualTo(404);
    assertThat(get(group.caseworker(), "/api/v1/reports/" + report + "?format=md").body())
        .as("the draft is written afresh, without the retracted event")
        .doesNotContain("2013");
    JsonNode history = json(get(group.caseworker(), "/api/v1/records/" + event + "/history"));
    assertThat(history.get("items").get(1).get("action").asString()).isEqualTo("RETRACTED");
    assertThat(history.get("items").get(1).get("reason").asString())
        .isEqualTo("entered on the wrong person");
    assertThat(get(group.caseworker(), "/history/" + event).statusCode())
        .as("the history page is behind login; the API answers for the token")
        .isNotEqualTo(500);
  }

  @Test
  void aRetractedCaseStepNoLongerCountsForTheDeadlines() {
    Group group = group("Retraction steps");
    String person = person(group.caseworker(), "{\"names\":[{\"value\":\"Step Retracted\"}]}");
    String caseId =
        id(
            post(
                group.coordinator(),
                "/api/v1/cases",
                "{\"title\":\"Retracted step case (test)\",\"personIds\":[\"" + person + "\"]}"));
    for (String earlier :
        java.util.List.of("ARRIVED", "PETITION_SUBMITTED", "PETITION_REGISTERED")) {
      id(
          post(
              group.caseworker(),
              "/api/v1/cases/" + caseId + "/steps",
              "{\"type\":\"" + earlier + "\",\"date\":\"2019-12-19\"}"));
    }
    String step =
        id(
            post(
                group.caseworker(),
                "/api/v1/cases/" + caseId + "/steps",
                "{\"type\":\"CERTIFICATE_ISSUED\",\"date\":\"2019-12-25\"}"));
    // the certificate's validity: 3 months from its issue
    assertThat(get(group.caseworker(), "/api/v1/cases/" + caseId + "/deadlines").body())
        .contains("2020-03-25");

    assertThat(
            retract(group.caseworker(), step, 1, "the certificate was another case's").statusCode())
        .isEqualTo(200);

    assertThat(get(group.caseworker(), "/api/v1/cases/" + caseId + "/deadlines").body())
        .doesNotContain("2020-03-25");
    assertThat(json(get(group.caseworker(), "/api/v1/cases/" + caseId + "/steps")).get("items"))
        .hasSize(3);
    assertThat(get(group.caseworker(), "/api/v1/deadlines?dueBefore=2021-12-31").body())
        .doesNotContain("2020-03-25");
  }

  @Test
  void aPersonEnteredTwiceIsNotFoundListedOrCountedUntilRestored() {
    Group group = group("Retraction people");
    StringBuilder family = new StringBuilder();
    String twice = null;
    for (int i = 1; i <= 6; i++) {
      String person =
          person(
              group.caseworker(),
              "{\"names\":[{\"value\":\"Жанболат Екіжазылған"
                  + i
                  + "\"}],\"birthPlace\":\"Tekes County, Ili\"}");
      family.append(family.isEmpty() ? "" : ",").append('"').append(person).append('"');
      twice = person;
    }
    String duplicate = twice;
    String event =
        id(
            post(
                group.caseworker(),
                "/api/v1/persons/" + duplicate + "/events",
                "{\"type\":\"ARRIVED\",\"date\":\"2019\"}"));
    id(
        post(
            group.coordinator(),
            "/api/v1/cases",
            "{\"title\":\"Retracted person case (test)\",\"personIds\":[" + family + "]}"));
    assertThat(found(group, "Жанболат Екіжазылған6")).isTrue();
    assertThat(get(group.coordinator(), "/statistics.csv").body())
        .contains("region,people,Ili Kazakh Autonomous Prefecture,6");

    HttpResponse<String> retracted = retract(group.caseworker(), duplicate, 1, "entered twice");

    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
    assertThat(json(retracted).get("along").toString()).contains(event);
    assertThat(found(group, "Жанболат Екіжазылған6")).isFalse();
    assertThat(get(group.caseworker(), "/api/v1/persons/" + duplicate).statusCode()).isEqualTo(404);
    assertThat(get(group.caseworker(), "/api/v1/persons?size=200").body())
        .contains("Жанболат Екіжазылған1")
        .doesNotContain("Жанболат Екіжазылған6");
    assertThat(get(group.caseworker(), "/api/v1/events/" + event).statusCode()).isEqualTo(404);
    assertThat(get(group.coordinator(), "/statistics.csv").body())
        .contains("region,people,Ili Kazakh Autonomous Prefecture,5");
    JsonNode listed = json(get(group.coordinator(), "/api/v1/retracted"));
    assertThat(listed.get("items").toString()).contains(duplicate).contains("entered twice");
    assertThat(get(group.caseworker(), "/api/v1/retracted").statusCode())
        .as("the list is the coordinators'")
        .isEqualTo(403);

    HttpResponse<String> restored =
        restore(group.coordinator(), duplicate, 2, "a different person after all");

    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(found(group, "Жанболат Екіжазылған6")).isTrue();
    assertThat(get(group.caseworker(), "/api/v1/persons/" + duplicate).statusCode()).isEqualTo(200);
    assertThat(get(group.caseworker(), "/api/v1/events/" + event).statusCode()).isEqualTo(200);
    assertThat(get(group.coordinator(), "/statistics.csv").body())
        .contains("region,people,Ili Kazakh Autonomous Prefecture,6");
    assertThat(json(get(group.coordinator(), "/api/v1/retracted")).get("items").toString())
        .doesNotContain(duplicate);
  }

  @Test
  void badRetractionsAreRefusedWithAClearProblemAndChangeNothing() {
    Group group = group("Retraction refusals");
    Group other = group("Retraction others");
    String person = person(group.caseworker(), "{\"names\":[{\"value\":\"Refused Retraction\"}]}");

    HttpResponse<String> noReason = retract(group.caseworker(), person, 1, null);
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    assertThat(json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
    HttpResponse<String> noRevision =
        post(group.caseworker(), "/api/v1/records/" + person + "/retract", "{\"reason\":\"x\"}");
    assertThat(noRevision.statusCode()).isEqualTo(428);
    assertThat(retract(group.caseworker(), person, 5, "stale").statusCode()).isEqualTo(409);
    assertThat(retract(other.caseworker(), person, 1, "not ours").statusCode()).isEqualTo(404);
    assertThat(restore(group.coordinator(), person, 1, "not retracted").statusCode())
        .isEqualTo(409);
    HttpResponse<String> wrongWord =
        post(
            group.coordinator(),
            "/api/v1/persons/" + person + "/erase",
            "{\"confirm\":\"delete\"}");
    assertThat(wrongWord.statusCode()).isEqualTo(422);
    assertThat(json(wrongWord).get("errors").get(0).get("field").asString()).isEqualTo("confirm");
    assertThat(
            post(
                    other.coordinator(),
                    "/api/v1/persons/" + person + "/erase",
                    "{\"confirm\":\"erase\"}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> organisation =
        retract(group.coordinator(), group.organisation(), 1, "not retractable");
    assertThat(organisation.statusCode()).isIn(404, 409);

    HttpResponse<String> unchanged = get(group.caseworker(), "/api/v1/persons/" + person);
    assertThat(unchanged.statusCode()).isEqualTo(200);
    assertThat(unchanged.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"1\"");
    assertThat(json(get(group.caseworker(), "/api/v1/records/" + person + "/history")).get("items"))
        .hasSize(1);
  }

  private boolean found(Group group, String name) {
    String body =
        post(group.caseworker(), "/api/v1/search/persons", "{\"q\":\"" + name + "\",\"size\":50}")
            .body();
    return body.contains("\"" + name + "\"");
  }
}
