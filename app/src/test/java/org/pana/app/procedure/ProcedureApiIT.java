package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * The first worked example through the API: an irregular crossing on 2019-01-19, a petition
 * on 2019-12-19 and a certificate on 2019-12-25 give a late-petition anomaly, a not-same-day
 * certificate and the certificate's expiry with the rule that made it.
 */
class ProcedureApiIT extends RunningPana {

  @Test
  void stepsGiveDeadlinesWithTheirRulesAndAnomalies() {
    String caseId = newCase("Procedure worked example");
    step(caseId, "BORDER_CROSSED_IRREGULARLY", "2019-01-19", null, 201);
    HttpResponse<String> petition =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"PETITION_SUBMITTED\",\"date\":\"2019-12-19\",\"place\":\"Taldykorgan\"}");
    assertThat(petition.statusCode()).as(petition.body()).isEqualTo(201);
    step(caseId, "PETITION_REGISTERED", "2019-12-19", null, 201);
    step(caseId, "CERTIFICATE_ISSUED", "2019-12-25", null, 201);

    JsonNode assessment = json(get("/api/v1/cases/" + caseId + "/deadlines"));
    JsonNode certificate = item(assessment.get("items"), "asylum-seeker-certificate");
    assertThat(certificate.get("dueDate").asString()).isEqualTo("2020-03-25");
    assertThat(certificate.get("status").asString()).isEqualTo("overdue");
    assertThat(certificate.get("rule").get("id").asString())
        .isEqualTo("asylum-seeker-certificate-validity");
    assertThat(certificate.get("rule").get("source").asString()).contains("gov.kz");
    assertThat(certificate.get("unverified").asBoolean()).isFalse();
    assertThat(certificate.get("basis").asString())
        .contains("3 months from CERTIFICATE_ISSUED on 2019-12-25");
    assertThat(assessment.get("anomalies").toString())
        .contains("late-petition")
        .contains("certificate-not-same-day")
        .contains("Record the reasons for the delay");
    assertThat(assessment.get("authority").get("name").asString())
        .contains("Ministry of Internal Affairs");
    // in December 2019 Taldykorgan was the centre of Almaty region (Zhetysu region since 2022)
    assertThat(assessment.get("region").asString()).isEqualTo("Almaty region");

    JsonNode steps = json(get("/api/v1/cases/" + caseId + "/steps")).get("items");
    assertThat(steps).hasSize(4);
    assertThat(steps.get(0).get("type").asString()).isEqualTo("BORDER_CROSSED_IRREGULARLY");

    // across cases: what is due before a day, with its case
    JsonNode due = json(get("/api/v1/deadlines?dueBefore=2020-12-31")).get("items");
    assertThat(due.toString()).contains(caseId).contains("asylum-seeker-certificate");
  }

  @Test
  void aCaseWithARemovalOrderIsListedAtRiskAndTheTeamFilterApplies() {
    String caseId = newCase("Procedure at risk");
    step(caseId, "BORDER_CROSSED_IRREGULARLY", "2024-05-01", null, 201);
    step(caseId, "CRIMINAL_CASE_OPENED", "2024-05-10", null, 201);
    step(caseId, "EXPULSION_ORDERED", "2024-08-01", null, 201);
    assertThat(json(get("/api/v1/cases/" + caseId + "/deadlines")).get("risks").toString())
        .contains("REMOVAL_ORDER")
        .contains("OPEN_CRIMINAL_CASE");
    String organisation = get("/").body();
    assertThat(organisation).contains("Cases at risk").contains(caseId + "#procedure");
    // the administrator is not in this case's team: "for me" leaves it out of what's due
    assertThat(get("/?for=me").body()).doesNotContain(caseId + "#procedure");
  }

  @Test
  void aRefusalCarriesItsUnverifiedGroundAndACaseItsTimeZone() {
    String caseId = newCase("Procedure refusal");
    step(caseId, "PETITION_SUBMITTED", "2016-07-01", null, 201);
    step(caseId, "PETITION_REGISTERED", "2016-07-01", null, 201);
    step(caseId, "CERTIFICATE_ISSUED", "2016-07-01", null, 201);
    HttpResponse<String> refused =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"STATUS_REFUSED\",\"date\":\"2016-10-02\",\"ground\":\"refusal-safe-third-country\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
    assertThat(json(refused).get("ground").asString()).isEqualTo("refusal-safe-third-country");
    HttpResponse<String> notARefusal =
        postRefused(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"DECISION_NOTIFIED\",\"date\":\"2016-10-05\",\"ground\":\"refusal-safe-third-country\"}");
    assertThat(notARefusal.body()).contains("\"ground\"");
    HttpResponse<String> unknown =
        postRefused(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"STATUS_REFUSED\",\"date\":\"2016-10-06\",\"ground\":\"bad-weather\"}");
    assertThat(get("/cases/" + caseId).body())
        .contains("ground given: Arrival from a safe third country");

    String person = person("Әсел Берікқызы");
    HttpResponse<String> zoned =
        postJson(
            "/api/v1/cases",
            "{\"title\":\"Zoned case\",\"personIds\":[\""
                + person
                + "\"],\"timeZone\":\"Asia/Urumqi\"}");
    assertThat(zoned.statusCode()).as(zoned.body()).isEqualTo(201);
    assertThat(json(zoned).get("timeZone").asString()).isEqualTo("Asia/Urumqi");
    HttpResponse<String> badZone =
        postRefused(
            "/api/v1/cases",
            "{\"title\":\"Bad zone\",\"personIds\":[\""
                + person
                + "\"],\"timeZone\":\"Mars/Olympus\"}");
    assertThat(badZone.body()).contains("timeZone");
  }

  @Test
  void aStepOutOfOrderNeedsAReasonAndBadInputIsNamed() {
    String caseId = newCase("Procedure override");
    step(caseId, "ARRIVED", "2023-03-01", null, 201);
    HttpResponse<String> refused = step(caseId, "STATUS_GRANTED", "2023-03-02", null, 422);
    assertThat(refused.body())
        .contains("overrideReason")
        .contains("does not follow \u201carrived at a border post\u201d");
    step(
        caseId,
        "STATUS_GRANTED",
        "2023-03-02",
        "granted by court order; earlier steps not known",
        201);
    assertThat(json(get("/api/v1/cases/" + caseId + "/steps")).get("items")).hasSize(2);

    HttpResponse<String> noSource =
        postRefused(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"PETITION_SUBMITTED\",\"date\":\"2023-03-03\",\"sourceId\":\"nope\"}");
    assertThat(noSource.body()).contains("sourceId");
    HttpResponse<String> bad = step(caseId, "LANDED", "the spring", null, 422);
    assertThat(bad.body()).contains("\"type\"").contains("\"date\"");
    assertThat(json(get("/api/v1/cases/" + caseId + "/steps")).get("items")).hasSize(2);
    assertThat(get("/api/v1/deadlines?dueBefore=soon").statusCode()).isEqualTo(422);
    assertThat(step("00000000-0000-0000-0000-000000000000", "ARRIVED", "2023-03-01", null, 404))
        .isNotNull();
  }

  private String newCase(String title) {
    return newCase(title, person("Сәуле Тоқтарқызы"));
  }

  private HttpResponse<String> step(
      String caseId, String type, String date, String reason, int expected) {
    HttpResponse<String> response =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\""
                + type
                + "\",\"date\":\""
                + date
                + "\""
                + (reason == null ? "" : ",\"overrideReason\":\"" + reason + "\"")
                + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    return response;
  }

  private static JsonNode item(JsonNode items, String kind) {
    for (JsonNode item : items) {
      if (item.get("kind").asString().equals(kind)) {
        return item;
      }
    }
    throw new AssertionError("no " + kind + " in " + items);
  }
}
