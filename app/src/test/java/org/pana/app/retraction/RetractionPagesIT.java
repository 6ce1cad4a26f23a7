package org.pana.app.retraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;

/**
 * Retracting, restoring and erasing from the pages, as a browser posts the forms: a reason is asked
 * for, its absence is shown next to the field and changes nothing, and pages that list the people
 * of a case or a report stay whole when one of them is retracted. Everyone is invented.
 */
class RetractionPagesIT extends RunningPana {

  @Test
  void anEventIsRetractedFromItsPersonPageAndRestoredFromTheList() {
    String person =
        id(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"Page Retraction\"}]}"));
    String event =
        id(
            postJson(
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"DETAINED\",\"date\":\"2016\",\"narrative\":\"a fictional page event\"}"));
    assertThat(get("/people/" + person).body()).contains("/records/" + event + "/retract");

    String form = get("/records/" + event + "/retract").body();
    assertThat(form).contains("name=\"reason\"").contains("2016");
    HttpResponse<String> noReason =
        post(
            "/records/" + event + "/retract",
            "/records/" + event + "/retract",
            fields("revision", "1"));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("This field is required.");
    assertThat(get("/people/" + person).body()).contains("a fictional page event");

    HttpResponse<String> retracted =
        post(
            "/records/" + event + "/retract",
            "/records/" + event + "/retract",
            fields("revision", "1", "reason", "recorded on the wrong person"));
    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(302);
    assertThat(retracted.headers().firstValue("Location").orElseThrow())
        .endsWith("/people/" + person + "#timeline");
    assertThat(get("/people/" + person).body()).doesNotContain("a fictional page event");
    assertThat(get("/history/" + event).body())
        .contains("recorded on the wrong person")
        .contains("id=\"retracted\"");
    assertThat(get("/retracted").body()).contains("retracted-" + event);

    HttpResponse<String> refused =
        post("/retracted", "/records/" + event + "/restore", fields("revision", "2"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("This field is required.");
    HttpResponse<String> restored =
        post(
            "/retracted",
            "/records/" + event + "/restore",
            fields("revision", "2", "reason", "it was his after all"));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
    assertThat(get("/people/" + person).body()).contains("a fictional page event");
  }

  @Test
  void aCaseAndItsReportStayWholeWhenOneOfItsPeopleIsRetracted() {
    String kept = id(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"Case Kept\"}]}"));
    String twice = id(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"Case Twice\"}]}"));
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\"Case with a duplicate (test)\",\"personIds\":[\""
                    + kept
                    + "\",\""
                    + twice
                    + "\"]}"));
    String report = id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));

    HttpResponse<String> retracted =
        post(
            "/records/" + twice + "/retract",
            "/records/" + twice + "/retract",
            fields("revision", "1", "reason", "entered twice"));
    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(302);

    HttpResponse<String> casePage = get("/cases/" + caseId);
    assertThat(casePage.statusCode()).isEqualTo(200);
    assertThat(casePage.body()).contains("Case Kept").doesNotContain("Case Twice");
    assertThat(get("/reports/" + report).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/reports/" + report + "?format=md").statusCode()).isEqualTo(200);
    // the case can still be edited and saved; the retracted person stays in it, hidden
    HttpResponse<String> current = get("/api/v1/cases/" + caseId);
    HttpResponse<String> saved =
        send(
            HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId))
                .header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Case with a duplicate (renamed)\",\"personIds\":[\""
                            + kept
                            + "\",\""
                            + twice
                            + "\"]}"))
                .build());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  @Test
  void aPersonIsErasedOnlyWithTheWordTyped() {
    String person = id(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"Page Erasure\"}]}"));
    assertThat(get("/people/" + person).body()).contains("/people/" + person + "/erase");
    assertThat(get("/people/" + person + "/erase").body()).contains("name=\"confirm\"");

    HttpResponse<String> wrong =
        post(
            "/people/" + person + "/erase",
            "/people/" + person + "/erase",
            fields("confirm", "yes"));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("Type the word erase to confirm");
    assertThat(get("/api/v1/persons/" + person).statusCode()).isEqualTo(200);

    HttpResponse<String> erased =
        post(
            "/people/" + person + "/erase",
            "/people/" + person + "/erase",
            fields("confirm", "erase"));
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(302);
    assertThat(erased.headers().firstValue("Location").orElseThrow()).endsWith("/people?erased");
    assertThat(get("/people?erased").body()).contains("id=\"erased\"");
    assertThat(get("/api/v1/persons/" + person).statusCode()).isEqualTo(404);
    assertThat(get("/people/" + person).statusCode()).isEqualTo(404);
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  /** Posts a form as a browser would, with the CSRF token of the page it is on. */
  private HttpResponse<String> post(String page, String action, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(get(page).body()));
    return send(
        HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(withToken)))
            .build());
  }

  private static String id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asString();
  }
}
