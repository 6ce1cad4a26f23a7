package org.pana.app.retraction;

import static org.assertj.core.api.Assertions.assertThat;

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
    String person = person("Page Retraction");
    String event =
        id(
            postJson(
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"DETAINED\",\"date\":\"2016\",\"narrative\":\"a fictional page event\"}"));
    assertThat(get("/people/" + person).body()).contains("/records/" + event + "/retract");

    String form = get("/records/" + event + "/retract").body();
    assertThat(form).contains("name=\"reason\"").contains("2016");
    HttpResponse<String> noReason =
        postToItself("/records/" + event + "/retract", fields("revision", "1"));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("This field is required.");
    assertThat(get("/people/" + person).body()).contains("a fictional page event");

    HttpResponse<String> retracted =
        postToItself(
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
        postForm("/retracted", "/records/" + event + "/restore", fields("revision", "2"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("This field is required.");
    HttpResponse<String> restored =
        postForm(
            "/retracted",
            "/records/" + event + "/restore",
            fields("revision", "2", "reason", "it was his after all"));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
    assertThat(get("/people/" + person).body()).contains("a fictional page event");
  }

  @Test
  void aCaseAndItsReportStayWholeWhenOneOfItsPeopleIsRetracted() {
    String kept = person("Case Kept");
    String twice = person("Case Twice");
    String caseId = newCase("Case with a duplicate (test)", kept, twice);
    String report = id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));

    HttpResponse<String> retracted =
        postToItself(
            "/records/" + twice + "/retract", fields("revision", "1", "reason", "entered twice"));
    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(302);

    HttpResponse<String> casePage = get("/cases/" + caseId);
    assertThat(casePage.statusCode()).isEqualTo(200);
    assertThat(casePage.body()).contains("Case Kept").doesNotContain("Case Twice");
    assertThat(get("/reports/" + report).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/reports/" + report + "?format=md").statusCode()).isEqualTo(200);
    // the case can still be edited and saved; the retracted person stays in it, hidden
    HttpResponse<String> current = get("/api/v1/cases/" + caseId);
    HttpResponse<String> saved =
        putJson(
            "/api/v1/cases/" + caseId,
            etag(current),
            "{\"title\":\"Case with a duplicate (renamed)\",\"personIds\":[\""
                + kept
                + "\",\""
                + twice
                + "\"]}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  @Test
  void aPersonIsErasedOnlyWithTheWordTyped() {
    String person = person("Page Erasure");
    assertThat(get("/people/" + person).body()).contains("/people/" + person + "/erase");
    assertThat(get("/people/" + person + "/erase").body()).contains("name=\"confirm\"");

    HttpResponse<String> wrong =
        postToItself("/people/" + person + "/erase", fields("confirm", "yes"));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("Type the word erase to confirm");
    assertThat(get("/api/v1/persons/" + person).statusCode()).isEqualTo(200);

    HttpResponse<String> erased =
        postToItself("/people/" + person + "/erase", fields("confirm", "erase"));
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(302);
    assertThat(erased.headers().firstValue("Location").orElseThrow()).endsWith("/people?erased");
    assertThat(get("/people?erased").body()).contains("id=\"erased\"");
    assertThat(get("/api/v1/persons/" + person).statusCode()).isEqualTo(404);
    assertThat(get("/people/" + person).statusCode()).isEqualTo(404);
  }

  /** Posts the form of the page at {@code path} to that same path, as a browser would. */
  private HttpResponse<String> postToItself(String path, Map<String, String> fields) {
    return postForm(path, path, fields);
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
