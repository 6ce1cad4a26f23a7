package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.pana.app.RunningPana;

/** Tests that need a fictional case with procedure steps, recorded through the API. */
abstract class WithCases extends RunningPana {

  /**
   * A case of one person who arrived yesterday and was registered and given a certificate today:
   * fingerprints are then due in 3 days.
   */
  String caseWithACertificateIssuedToday(String title, String personName) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String caseId = newCase(title, person(personName));
    step(caseId, "ARRIVED", today.minusDays(1).toString());
    step(caseId, "PETITION_SUBMITTED", today.toString());
    step(caseId, "PETITION_REGISTERED", today.toString());
    step(caseId, "CERTIFICATE_ISSUED", today.toString());
    return caseId;
  }

  /** A new fictional person with one name; returns their id. */
  String person(String name) {
    HttpResponse<String> person =
        postJson("/api/v1/persons", "{\"names\":[{\"value\":\"" + name + "\"}]}");
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    return json(person).get("id").asString();
  }

  /** A new case of these people; returns its id. */
  String newCase(String title, String... personIds) {
    HttpResponse<String> opened =
        postJson(
            "/api/v1/cases",
            "{\"title\":\""
                + title
                + "\",\"personIds\":[\""
                + String.join("\",\"", personIds)
                + "\"]}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return json(opened).get("id").asString();
  }

  /** Records a step through the API, which must answer 201. */
  HttpResponse<String> step(String caseId, String type, String date) {
    HttpResponse<String> recorded =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    return recorded;
  }

  /** Sends a form as a browser would, with the CSRF token of the page it is on. */
  HttpResponse<String> postForm(String page, String action, Map<String, String> fields) {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(get(page).body()));
    return send(
        HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(withToken)))
            .build());
  }
}
