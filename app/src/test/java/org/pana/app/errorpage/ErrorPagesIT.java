package org.pana.app.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Account;
import org.pana.core.account.Role;

/**
 * A browser gets the HTML error page, never a JSON document, for a page it may not open or that
 * does not exist; the API answers the same cases with problem details. The caller is a caseworker
 * of one organisation; the records belong to another.
 */
class ErrorPagesIT extends RunningPana {

  private static final String MISSING = "00000000-0000-4000-8000-000000000000";
  private static String caseId;
  private static String reportId;
  private static String personId;
  private static HttpClient caseworker;
  private static String token;

  @BeforeEach
  void aCaseworkerAndAnotherOrganisationsCase() {
    synchronized (ErrorPagesIT.class) {
      if (caseworker != null) {
        return;
      }
      PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
      String own = id(postJson("/api/v1/organisations", "{\"name\":\"Errors own (fictional)\"}"));
      String other =
          id(postJson("/api/v1/organisations", "{\"name\":\"Errors other (fictional)\"}"));
      Account account =
          accounts.add(
              admin,
              "errors-caseworker",
              Role.CASEWORKER,
              Set.of(own),
              "errors pass".toCharArray());
      caseworker = login("errors-caseworker", "errors pass");
      token = tokens.create(PanaUser.of(account), "errors");
      personId = person("Errora Testova");
      caseId =
          id(
              postJson(
                  "/api/v1/cases",
                  "{\"title\":\"Errors case\",\"organisationId\":\""
                      + other
                      + "\",\"personIds\":[\""
                      + personId
                      + "\"]}"));
      reportId = id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));
    }
  }

  @Test
  void theAccountListForANonAdministratorIsTheForbiddenPage() {
    HttpResponse<String> response = page("/admin/accounts");

    assertThat(response.statusCode()).isEqualTo(403);
    assertHtmlErrorPage(response, "Your role or organisation does not allow this.");
  }

  @Test
  void anUnknownPageIsTheNotFoundPage() {
    HttpResponse<String> accounts = page("/accounts");
    // whatever the client says it accepts: a page address gets the page
    HttpResponse<String> nonsense =
        send(caseworker, HttpRequest.newBuilder(uri("/no/such/page")).GET().build());

    assertThat(accounts.statusCode()).isEqualTo(404);
    assertHtmlErrorPage(accounts, "This page does not exist.");
    assertThat(nonsense.statusCode()).isEqualTo(404);
    assertHtmlErrorPage(nonsense, "This page does not exist.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/reports/{report}", "/cases/{case}", "/people/{missing}"})
  void aRecordOneCannotSeeIsTheNotFoundPage(String path) {
    HttpResponse<String> response = page(ids(path));

    assertThat(response.statusCode()).isEqualTo(404);
    assertHtmlErrorPage(response, "This record does not exist.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/reports/{report}",
        "/api/v1/cases/{case}",
        "/api/v1/persons/{missing}",
        "/api/v1/no-such-thing"
      })
  void theApiAnswersTheSameWithProblemDetails(String path) {
    HttpResponse<String> response = api(ids(path));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(response).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void anAdministratorOnlyApiIsAForbiddenProblem() {
    HttpResponse<String> response = api("/api/v1/audit");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  private static void assertHtmlErrorPage(HttpResponse<String> response, String message) {
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body())
        .contains("<title>Something went wrong · Pana</title>")
        .contains(message)
        .doesNotContain("\"status\"");
  }

  private String ids(String path) {
    return path.replace("{report}", reportId)
        .replace("{case}", caseId)
        .replace("{missing}", MISSING);
  }

  /** A GET as a browser sends it. */
  private HttpResponse<String> page(String path) {
    return send(
        caseworker,
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET()
            .build());
  }

  private HttpResponse<String> api(String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
  }
}
