package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.i18n.Bundle;
import org.pana.core.account.Role;
import org.springframework.web.util.HtmlUtils;

/**
 * The public portal: an approved report released to it appears, without login, at its permanent
 * address and in the Atom feed; withdrawing the consent takes it down; its index is in the
 * visitor's language. Everyone is invented.
 */
class PortalIT extends WithReports {

  @Test
  void aReleasedReportIsPublishedAndAWithdrawnConsentTakesItDown() throws Exception {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"Portal group (fictional)\"}"));
    Caller caseworker = account("portal-caseworker", Role.CASEWORKER, organisation);
    Caller coordinator = account("portal-coordinator", Role.COORDINATOR, organisation);
    String person =
        id(
            postAs(
                caseworker,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Гүлшат Бекқызы\"}],\"sex\":\"female\",\"ethnicity\":\"Uyghur\"}"));
    id(
        postAs(
            caseworker,
            "/api/v1/persons/" + person + "/events",
            "{\"type\":\"DETAINED\",\"date\":\"2018-06\",\"place\":\"Kashgar\",\"visibility\":\"PUBLIC\"}"));
    String consent =
        id(
            postAs(
                caseworker,
                "/api/v1/persons/" + person + "/consents",
                "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"pseudonym\":\"Aylin\","
                    + "\"given\":\"2024-05-01\",\"obtainedHow\":\"RECORDED_STATEMENT\"}"));
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\"Portal case (test)\",\"personIds\":[\""
                    + person
                    + "\"],\"organisationId\":\""
                    + organisation
                    + "\"}"));
    var draft = json(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));
    String report = draft.get("id").asString();
    assertThat(release(coordinator, report, "PUBLIC_PORTAL").statusCode())
        .as("a draft cannot be published")
        .isEqualTo(422);
    assertThat(approve(coordinator, report, 1, draft.get("hash").asString()).statusCode())
        .isEqualTo(200);
    assertThat(anonymously("/public/reports/" + report).statusCode())
        .as("approved is not yet published")
        .isEqualTo(404);

    HttpResponse<String> published = release(coordinator, report, "PUBLIC_PORTAL");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    HttpResponse<String> index = anonymously("/public/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("Account: Aylin").contains("/public/reports/" + report);
    HttpResponse<String> page = anonymously("/public/reports/" + report);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Aylin (a pseudonym) is a Uyghur woman")
        .contains("Kashgar Prefecture")
        .contains("Version sha256:")
        .doesNotContain("DRAFT")
        .doesNotContain("Гүлшат");
    HttpResponse<String> atom = anonymously("/public/feed.atom");
    assertThat(atom.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
    assertThat(feed.getEntries())
        .anySatisfy(
            e -> {
              assertThat(e.getTitle()).isEqualTo("Account: Aylin");
              assertThat(e.getLink())
                  .isEqualTo("https://accounts.example.org/public/reports/" + report);
            });

    HttpResponse<String> withdrawn =
        send(
            HttpRequest.newBuilder(uri("/api/v1/consents/" + consent + "/withdraw"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + casebookToday() + "\"}"))
                .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(anonymously("/public/reports/" + report).statusCode()).isEqualTo(404);
    assertThat(anonymously("/public/").body()).doesNotContain(report);
    assertThat(anonymously("/public/feed.atom").body()).doesNotContain(report);
    assertThat(anonymously("/public/reports/..%2F..%2Fpana.db").statusCode()).isIn(400, 404);
    assertThat(anonymously("/public/reports/index").statusCode()).isEqualTo(404);
  }

  @Test
  void theIndexIsInTheVisitorsLanguage() {
    // any report written refreshes the portal's files
    String caseId = newCase("Portal languages (test)", person("Portal Languagova"));
    id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));
    Map<String, String> kazakh = Bundle.UI.translation("kk").orElseThrow().values();

    String inKazakh = anonymously("/public/", "kk").body();
    String inUyghur = anonymously("/public/", "ug").body();
    String chosen = anonymously("/public/?lang=zh", null).body();

    assertThat(inKazakh)
        .contains("lang=\"kk\" dir=\"ltr\"")
        .contains(HtmlUtils.htmlEscape(kazakh.get("portal.title"), "UTF-8"))
        .contains(HtmlUtils.htmlEscape(kazakh.get("portal.intro"), "UTF-8"))
        .doesNotContain("Published accounts");
    assertThat(inUyghur).contains("lang=\"ug\" dir=\"rtl\"").doesNotContain("Published accounts");
    assertThat(chosen)
        .contains("lang=\"zh\"")
        .contains(
            HtmlUtils.htmlEscape(
                Bundle.UI.translation("zh").orElseThrow().values().get("portal.title"), "UTF-8"));
    assertThat(anonymously("/public/").body())
        .contains("lang=\"en\"")
        .contains("Published accounts");
  }

  private HttpResponse<String> anonymously(String path, String language) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    return send(
        anonymous(),
        (language == null ? request : request.header("Accept-Language", language)).build());
  }

  private HttpResponse<String> anonymously(String path) {
    return send(anonymous(), HttpRequest.newBuilder(uri(path)).build());
  }
}
