package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One vocabulary: the public contract's step types are accepted, the older names too, both are in
 * the OpenAPI document, and a step can be taken from an event already on a person's timeline.
 */
class StepVocabularyIT extends WithCases {

  @Test
  void theContractsStepTypesAreAcceptedAndTheOlderNamesAsAliases() {
    String caseId = newCase("Contract step types", person("Бауыржан Серікұлы"));
    step(caseId, "BORDER_CROSSED_IRREGULARLY", "2019-01-19");
    step(caseId, "PETITION_SUBMITTED", "2019-01-20");
    step(caseId, "PETITION_REGISTERED", "2019-01-20");
    step(caseId, "CERTIFICATE_ISSUED", "2019-01-20");
    step(caseId, "DECISION_EXTENDED", "2019-04-10");
    step(caseId, "STATUS_REFUSED", "2019-09-01");
    step(caseId, "APPEAL_FILED", "2019-09-20");
    step(caseId, "COURT_HEARING", "2019-10-15");
    // the names Pana used for a while are still accepted, and answered with the contract's
    HttpResponse<String> alias = step(caseId, "HEARING", "2019-11-15");
    assertThat(json(alias).get("type").asString()).isEqualTo("COURT_HEARING");
    step(caseId, "CRIMINAL_CASE_OPENED", "2019-12-01");
    step(caseId, "VERDICT", "2019-12-10");

    List<String> types = new ArrayList<>();
    json(get("/api/v1/cases/" + caseId + "/steps"))
        .get("items")
        .forEach(s -> types.add(s.get("type").asString()));
    assertThat(types)
        .contains("BORDER_CROSSED_IRREGULARLY", "VERDICT", "DECISION_EXTENDED", "COURT_HEARING")
        .doesNotContain("CROSSED_IRREGULARLY", "CRIMINAL_VERDICT", "DECISION_POSTPONED", "HEARING");
    // the extension counts: the decision is due a year after registration
    JsonNode deadlines = json(get("/api/v1/cases/" + caseId + "/deadlines")).get("items");
    assertThat(deadlines.toString()).contains("\"dueDate\":\"2020-01-20\"");

    String crossedCase = newCase("Alias step types", person("Қайрат Омарұлы"));
    assertThat(json(step(crossedCase, "CROSSED_IRREGULARLY", "2020-02-01")).get("type").asString())
        .isEqualTo("BORDER_CROSSED_IRREGULARLY");
  }

  @Test
  void theOpenApiDocumentListsEveryStepTypeAndAlias() {
    HttpResponse<String> document = get("/api/v1/openapi.json");
    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode type =
        json(document)
            .get("components")
            .get("schemas")
            .get("StepDraft")
            .get("properties")
            .get("type");
    List<String> codes = new ArrayList<>();
    type.get("enum").forEach(c -> codes.add(c.asString()));
    assertThat(codes)
        .contains("BORDER_CROSSED_IRREGULARLY", "CROSSED_IRREGULARLY")
        .contains("DECISION_EXTENDED", "DECISION_POSTPONED")
        .contains("COURT_HEARING", "HEARING")
        .contains("VERDICT", "CRIMINAL_VERDICT")
        .contains("PETITION_SUBMITTED", "EXPULSION_ORDERED");
    // and the step takes an event instead
    assertThat(
            json(document)
                .get("components")
                .get("schemas")
                .get("StepDraft")
                .get("properties")
                .has("eventId"))
        .isTrue();
    // the document is for the API's users: not open to anyone
    assertThat(
            send(
                    anonymous(),
                    java.net.http.HttpRequest.newBuilder(uri("/api/v1/openapi.json")).build())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aStepIsTakenFromAnEventOnTheTimeline() {
    String person = person("Гүлнұр Асқарқызы");
    String stranger = person("Мейрам Болатұлы");
    String caseId = newCase("Steps from events", person);
    String crossing = event(person, "BORDER_CROSSED_IRREGULARLY", "2019-01-19", "Khorgos");
    String birth = event(person, "BIRTH", "1990", "Zhaosu County");
    String elsewhere = event(stranger, "ARRIVED", "2019-01-20", "Almaty");

    HttpResponse<String> taken =
        postJson("/api/v1/cases/" + caseId + "/steps", "{\"eventId\":\"" + crossing + "\"}");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    JsonNode step = json(taken);
    assertThat(step.get("type").asString()).isEqualTo("BORDER_CROSSED_IRREGULARLY");
    assertThat(step.get("date").asString()).isEqualTo("2019-01-19");
    assertThat(step.get("place").asString()).isEqualTo("Khorgos");
    assertThat(step.get("eventId").asString()).isEqualTo(crossing);

    HttpResponse<String> notAStep =
        postRefused("/api/v1/cases/" + caseId + "/steps", "{\"eventId\":\"" + birth + "\"}");
    assertThat(notAStep.body()).contains("\"eventId\"");
    HttpResponse<String> notInTheCase =
        postRefused("/api/v1/cases/" + caseId + "/steps", "{\"eventId\":\"" + elsewhere + "\"}");
    assertThat(notInTheCase.body()).contains("\"eventId\"");
    assertThat(json(get("/api/v1/cases/" + caseId + "/steps")).get("items")).hasSize(1);
  }

  @Test
  void theCasePageOffersThePeoplesEventsToTakeAStepFrom() {
    String person = person("Салтанат Ержанқызы");
    String caseId = newCase("Step form from events", person);
    String petition = event(person, "PETITION_SUBMITTED", "2021-03-02", "Taldykorgan");
    event(person, "ARRIVED", "2021-03-01", "Khorgos");

    String page = get("/cases/" + caseId).body();
    assertThat(page).contains("name=\"eventId\"").contains("value=\"" + petition + "\"");

    HttpResponse<String> posted =
        postForm("/cases/" + caseId, "/cases/" + caseId + "/steps", Map.of("eventId", petition));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    JsonNode steps = json(get("/api/v1/cases/" + caseId + "/steps")).get("items");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("type").asString()).isEqualTo("PETITION_SUBMITTED");
    assertThat(steps.get(0).get("place").asString()).isEqualTo("Taldykorgan");
  }

  private String event(String person, String type, String date, String place) {
    HttpResponse<String> event =
        postJson(
            "/api/v1/persons/" + person + "/events",
            "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"place\":\"" + place + "\"}");
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
    return json(event).get("id").asString();
  }
}
