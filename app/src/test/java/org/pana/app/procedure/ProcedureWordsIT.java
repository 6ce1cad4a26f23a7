package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a volunteer reads about the procedure is in words from the message bundles, never a code; a
 * rule's source that is an address is a link; the regional department is named in the reader's
 * language; the API keeps its codes and words its messages.
 */
class ProcedureWordsIT extends WithCases {

  @Test
  void theCasePageNamesStepsDeadlinesAndAnomaliesInWordsAndLinksTheSources() {
    String caseId = newCase("Words case", person("Жанар Қуанышқызы"));
    step(caseId, "BORDER_CROSSED_IRREGULARLY", "2019-01-19");
    step(caseId, "PETITION_SUBMITTED", "2019-12-19");
    step(caseId, "PETITION_REGISTERED", "2019-12-19");
    step(caseId, "CERTIFICATE_ISSUED", "2019-12-25");

    String page = section(get("/cases/" + caseId).body());
    String text = page.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    assertThat(text)
        .contains("asylum-seeker certificate issued on 2019-12-25")
        .contains("Record the reasons for the delay")
        .doesNotContain("CERTIFICATE_ISSUED")
        .doesNotContain("PETITION_SUBMITTED")
        .doesNotContain("asylum-seeker-certificate")
        .doesNotContain("certificate-not-same-day");
    assertThat(page)
        .contains(
            "<a href=\"https://www.gov.kz/situations/247/intro?lang=en\" rel=\"noopener noreferrer\"");
  }

  @Test
  void aStepOutOfOrderIsRefusedInWordsOnThePageAndInTheApi() {
    String caseId = newCase("Words transition case", person("Ләззат Серікқызы"));
    step(caseId, "PETITION_SUBMITTED", "2019-12-19");
    step(caseId, "PETITION_REGISTERED", "2019-12-19");
    step(caseId, "CERTIFICATE_ISSUED", "2019-12-19");

    HttpResponse<String> page =
        postForm(
            "/cases/" + caseId,
            "/cases/" + caseId + "/steps",
            Map.of("type", "JUDGMENT", "date", "2020-01-10"));
    assertThat(page.statusCode()).isEqualTo(200);
    String error = page.body().substring(page.body().indexOf("id=\"overrideReason-error\""));
    error = error.substring(0, error.indexOf("</span>"));
    assertThat(error)
        .contains("judgment")
        .contains("asylum-seeker certificate issued")
        .doesNotContain("JUDGMENT")
        .doesNotContain("CERTIFICATE_ISSUED");

    HttpResponse<String> api =
        postRefused(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"JUDGMENT\",\"date\":\"2020-01-10\"}");
    var problem = json(api).get("errors").get(0);
    assertThat(problem.get("field").asString()).isEqualTo("overrideReason");
    assertThat(problem.get("code").asString()).isEqualTo("transition");
    assertThat(problem.get("message").asString())
        .contains("judgment")
        .doesNotContain("JUDGMENT")
        .doesNotContain("CERTIFICATE_ISSUED");
  }

  @Test
  void theRegionalDepartmentIsNamedInTheReadersLanguage() {
    String caseId = newCase("Region words case", person("Мәдина Асанқызы"));
    HttpResponse<String> petition =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"PETITION_SUBMITTED\",\"date\":\"2019-12-19\",\"place\":\"Almaty\"}");
    assertThat(petition.statusCode()).as(petition.body()).isEqualTo(201);
    HttpClient kazakh = coordinatorIn("kk", "region-words-kk");

    String english = section(get("/cases/" + caseId).body());
    String kk =
        section(send(kazakh, HttpRequest.newBuilder(uri("/cases/" + caseId)).build()).body());

    assertThat(english).contains("Almaty (city of republican significance)");
    assertThat(kk).contains("Өңірлік бөлімше: Алматы").doesNotContain("republican significance");
    assertThat(json(get("/api/v1/cases/" + caseId + "/deadlines")).toString())
        .contains("Almaty (city of republican significance)");
  }

  /** The page's procedure section. */
  private static String section(String page) {
    int start = page.indexOf("id=\"procedure\"");
    return page.substring(start, page.indexOf("</section>", start));
  }
}
