package org.pana.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pana.app.WebClient.json;
import static org.pana.app.WebClient.location;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pana.app.PanaServer;
import org.pana.app.WebClient;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.Logins;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.pana.core.person.People;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.record.Change;

/**
 * Every person and case belongs to an organisation: the first one comes with the first
 * administrator, a writer with several chooses (and the choice is remembered), an administrator
 * moves records between organisations, and records from a casebook that kept some in no
 * organisation are placed in one step. The server is this test's own: it counts organisations.
 */
class OrganisationsIT {

  private static final String ADMIN = "org-admin";
  private static final String PASSPHRASE = "organisation admin passphrase";

  private static PanaServer server;
  private static String first;
  private static String north;
  private static String south;
  private static WebClient admin;

  @BeforeAll
  static void start() {
    server = PanaServer.fresh();
    Account account =
        server
            .bean(FirstRun.class)
            .createFirstAdmin(ADMIN, PASSPHRASE.toCharArray(), "Ak Jol (fictional)");
    first = account.organisationIds().iterator().next();
    admin =
        server.script(
            server.bean(ApiTokens.class).create(PanaUser.of(account), "organisation tests"));
    north = id(admin.postJson("/api/v1/organisations", "{\"name\":\"North group (fictional)\"}"));
    south = id(admin.postJson("/api/v1/organisations", "{\"name\":\"South group (fictional)\"}"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static PanaUser adminUser() {
    return PanaUser.of(server.bean(Logins.class).login(ADMIN, PASSPHRASE.toCharArray()));
  }

  private static String id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return json(response).get("id").asString();
  }

  private static WebClient script(String login, Role role, Set<String> organisations) {
    Account account =
        server
            .bean(Accounts.class)
            .add(adminUser(), login, role, organisations, (login + " phrase").toCharArray());
    return server.script(server.bean(ApiTokens.class).create(PanaUser.of(account), login));
  }

  private static String person(WebClient client, String name, String organisationId) {
    String org = organisationId == null ? "" : ",\"organisationId\":\"" + organisationId + "\"";
    return id(
        client.postJson(
            "/api/v1/persons", "{\"names\":[{\"value\":\"" + name + "\"}]" + org + "}"));
  }

  @Test
  void aWriterWithSeveralOrganisationsChoosesAndTheChoiceIsRemembered() {
    script("two-groups", Role.COORDINATOR, Set.of(north, south));
    WebClient browser = server.browser();
    assertThat(location(browser.login("two-groups", "two-groups phrase"))).endsWith("/");
    WebClient northOnly = script("north-reader", Role.VIEWER, Set.of(north));
    WebClient southOnly = script("south-reader", Role.VIEWER, Set.of(south));

    String intakePage = browser.get("/people/new").body();
    HttpResponse<String> recorded =
        browser.postForm(
            "/people/new",
            "/people",
            Map.of("organisationId", south, "names[0].value", "Aruzhan Southward"));
    String viaIntake = location(recorded).replaceFirst(".*/people/", "");
    String viaApi = person(browser, "Dana Southward", null);

    assertThat(intakePage).contains("North group (fictional)").contains("South group (fictional)");
    assertThat(southOnly.get("/api/v1/persons/" + viaIntake).statusCode()).isEqualTo(200);
    assertThat(southOnly.get("/api/v1/persons/" + viaApi).statusCode())
        .as("the choice made on the intake form is remembered")
        .isEqualTo(200);
    assertThat(northOnly.get("/api/v1/persons/" + viaApi).statusCode()).isEqualTo(404);
  }

  @Test
  void aWriterCannotRecordForAnotherOrganisationAndAnAdministratorWithoutOneMustChoose() {
    WebClient northWriter = script("north-writer", Role.CASEWORKER, Set.of(north));
    Account second =
        server
            .bean(Accounts.class)
            .add(adminUser(), "second-admin", Role.ADMIN, Set.of(), "second admin".toCharArray());
    WebClient secondAdmin =
        server.script(server.bean(ApiTokens.class).create(PanaUser.of(second), "t"));

    HttpResponse<String> elsewhere =
        northWriter.postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"Wrong Place\"}],\"organisationId\":\"" + south + "\"}");
    HttpResponse<String> unchosen =
        secondAdmin.postJson("/api/v1/persons", "{\"names\":[{\"value\":\"No Place\"}]}");
    HttpResponse<String> chosen =
        secondAdmin.postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"Right Place\"}],\"organisationId\":\"" + north + "\"}");

    assertThat(elsewhere.statusCode()).isEqualTo(422);
    assertThat(elsewhere.body()).contains("organisationId");
    assertThat(unchosen.statusCode()).isEqualTo(422);
    assertThat(unchosen.body()).contains("organisationId").contains("choose one");
    assertThat(chosen.statusCode()).isEqualTo(201);
  }

  @Test
  void anAdministratorMovesAPersonWithTheirRecordsAndTheMoveIsAudited() {
    WebClient northWriter = script("mover-north", Role.CASEWORKER, Set.of(north));
    WebClient southWriter = script("mover-south", Role.CASEWORKER, Set.of(south));
    String moved = person(northWriter, "Moved Person", null);
    northWriter.postJson(
        "/api/v1/persons/" + moved + "/events", "{\"type\":\"ARRIVED\",\"date\":\"2019-03\"}");

    HttpResponse<String> refused =
        northWriter.postJson(
            "/api/v1/persons/" + moved + "/move", "{\"organisationId\":\"" + south + "\"}");
    HttpResponse<String> done =
        admin.postJson(
            "/api/v1/persons/" + moved + "/move",
            "{\"organisationId\":\"" + south + "\",\"reason\":\"recorded by the wrong group\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(done.statusCode()).isEqualTo(204);
    assertThat(northWriter.get("/api/v1/persons/" + moved).statusCode()).isEqualTo(404);
    assertThat(southWriter.get("/api/v1/persons/" + moved).statusCode()).isEqualTo(200);
    assertThat(json(southWriter.get("/api/v1/persons/" + moved + "/timeline")).get("items"))
        .hasSize(1);
    assertThat(
            server
                .bean(AuditLog.class)
                .search(new AuditQuery(null, AuditAction.RECORD_MOVED, moved, null, null, 0, 5)))
        .hasSize(1);
  }

  @Test
  void theMoveFormsAreOnTheRecordsPagesForAnAdministratorOnly() {
    WebClient northWriter = script("form-north", Role.COORDINATOR, Set.of(north));
    WebClient southReader = script("form-south", Role.VIEWER, Set.of(south));
    String person = person(northWriter, "Form Person", null);
    String caseId =
        id(
            northWriter.postJson(
                "/api/v1/cases", "{\"title\":\"Form case\",\"personIds\":[\"" + person + "\"]}"));
    WebClient adminBrowser = server.browser();
    adminBrowser.login(ADMIN, PASSPHRASE);
    WebClient writerBrowser = server.browser();
    writerBrowser.login("form-north", "form-north phrase");

    String personPage = adminBrowser.get("/people/" + person).body();
    String casePage = adminBrowser.get("/cases/" + caseId).body();
    HttpResponse<String> moved =
        adminBrowser.postForm(
            "/people/" + person,
            "/people/" + person + "/move",
            Map.of("organisationId", south, "reason", "recorded by the wrong group"));

    assertThat(personPage)
        .contains("action=\"/people/" + person + "/move\"")
        .doesNotContain("withPeople");
    assertThat(casePage).contains("action=\"/cases/" + caseId + "/move\"").contains("withPeople");
    assertThat(writerBrowser.get("/people/" + person).body()).doesNotContain("/move\"");
    assertThat(location(moved)).endsWith("/people/" + person);
    assertThat(southReader.get("/api/v1/persons/" + person).statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorMovesACaseWithItsPeople() {
    WebClient northCoordinator = script("case-north", Role.COORDINATOR, Set.of(north));
    WebClient southReader = script("case-south", Role.VIEWER, Set.of(south));
    String father = person(northCoordinator, "Family Father", null);
    String daughter = person(northCoordinator, "Family Daughter", null);
    String caseId =
        id(
            northCoordinator.postJson(
                "/api/v1/cases",
                "{\"title\":\"Family\",\"personIds\":[\"" + father + "\",\"" + daughter + "\"]}"));

    HttpResponse<String> moved =
        admin.postJson(
            "/api/v1/cases/" + caseId + "/move", "{\"organisationId\":\"" + south + "\"}");

    assertThat(moved.statusCode()).isEqualTo(204);
    assertThat(json(southReader.get("/api/v1/cases/" + caseId)).get("organisationId").asString())
        .isEqualTo(south);
    assertThat(southReader.get("/api/v1/persons/" + daughter).statusCode()).isEqualTo(200);
    assertThat(northCoordinator.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(404);
  }

  @Test
  void recordsKeptInNoOrganisationArePlacedInOneStep() {
    // As an older Pana kept them: recorded without an organisation.
    String legacy =
        Author.actingAs(
            adminUser(),
            () ->
                server
                    .bean(People.class)
                    .record(
                        new PersonDraft(
                            java.util.List.of(
                                new NameDraft("Legacy Person", null, null, null, null)),
                            null,
                            "1980",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                        Change.by(adminUser().accountId()))
                    .value()
                    .id());
    WebClient firstReader = script("first-reader", Role.VIEWER, Set.of(first));
    WebClient adminBrowser = server.browser();
    adminBrowser.login(ADMIN, PASSPHRASE);
    assertThat(firstReader.get("/api/v1/persons/" + legacy).statusCode()).isEqualTo(404);
    assertThat(adminBrowser.get("/").body()).contains("id=\"unassigned\"");

    HttpResponse<String> placed =
        adminBrowser.postForm(
            "/", "/organisations/place-unassigned", Map.of("organisationId", first));

    assertThat(location(placed)).endsWith("/");
    assertThat(firstReader.get("/api/v1/persons/" + legacy).body()).contains("1980");
    assertThat(adminBrowser.get("/").body()).doesNotContain("id=\"unassigned\"");
    assertThat(json(admin.get("/api/v1/unassigned")).size()).isZero();
  }

  @Test
  void anOrganisationIsOpenedAndCorrectedByAnAdministratorOnly() {
    WebClient viewer = script("org-viewer", Role.VIEWER, Set.of(north));
    HttpResponse<String> read = admin.get("/api/v1/organisations/" + north);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> renamed =
        admin.send(
            admin
                .request("/api/v1/organisations/" + north)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"North group, renamed (fictional)\"}"))
                .build());
    HttpResponse<String> byViewer =
        viewer.send(
            viewer
                .request("/api/v1/organisations/" + north)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"2\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Taken over\"}"))
                .build());

    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(byViewer.statusCode()).isEqualTo(403);
    WebClient page = server.browser();
    page.login("org-viewer", "org-viewer phrase");
    assertThat(page.get("/organisations/" + north).body())
        .contains("North group, renamed (fictional)")
        .doesNotContain("organisation-edit");
  }
}
