package org.pana.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role × a record of the caller's own organisation and of another one. A
 * role below the endpoint's gets 403; a record of another organisation (not shared) is as good as
 * absent (404, or 409 for a write aimed at it); nobody logged in gets 401 (API) or the login page.
 * Every response, allowed or refused, carries the security headers. A new endpoint without a row
 * here fails {@link #everyEndpointHasARow}.
 */
class AuthorizationMatrixIT extends RunningPana {

  /** method, path with {placeholders}, the least role, whether the path names a record. */
  private record Row(String method, String path, Role least) {

    boolean api() {
      return path.startsWith("/api/");
    }

    boolean scoped() {
      return path.matches(
          ".*\\{(person|case|event|document|source|evidence|need|consent|report|relative)}.*");
    }

    String pattern() {
      return path.replaceAll("\\{[a-z]+}", "{id}");
    }
  }

  private static final List<Row> ROWS =
      List.of(
          new Row("GET", "/api/v1/persons", Role.VIEWER),
          new Row("POST", "/api/v1/persons", Role.CASEWORKER),
          new Row("POST", "/api/v1/persons/search", Role.VIEWER),
          new Row("GET", "/api/v1/search/persons", Role.VIEWER),
          new Row("POST", "/api/v1/cases/{case}/steps", Role.CASEWORKER),
          new Row("POST", "/api/v1/persons/{person}/needs", Role.CASEWORKER),
          new Row("POST", "/api/v1/persons/{person}/consents", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/consents", Role.VIEWER),
          new Row("POST", "/api/v1/consents/{consent}/withdraw", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/needs", Role.VIEWER),
          new Row("POST", "/api/v1/cases/{case}/reports", Role.CASEWORKER),
          new Row("GET", "/api/v1/cases/{case}/reports", Role.CASEWORKER),
          new Row("GET", "/api/v1/reports/{report}", Role.CASEWORKER),
          new Row("GET", "/api/v1/reports/{report}/releases", Role.CASEWORKER),
          new Row("POST", "/api/v1/reports/{report}/approve", Role.COORDINATOR),
          new Row("POST", "/api/v1/reports/{report}/releases", Role.COORDINATOR),
          new Row("GET", "/api/v1/persons/{person}/disclosures", Role.VIEWER),
          new Row("POST", "/api/v1/persons/{person}/relatives", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/relatives", Role.VIEWER),
          new Row("POST", "/api/v1/relatives/{relative}/risk", Role.CASEWORKER),
          new Row("POST", "/cases/{case}/reports", Role.CASEWORKER),
          new Row("GET", "/reports/{report}", Role.CASEWORKER),
          new Row("GET", "/reports/{report}/download", Role.CASEWORKER),
          new Row("POST", "/reports/{report}/claims", Role.CASEWORKER),
          new Row("POST", "/reports/{report}/approve", Role.COORDINATOR),
          new Row("POST", "/reports/{report}/releases", Role.COORDINATOR),
          new Row("GET", "/people/{person}/consents/new", Role.CASEWORKER),
          new Row("POST", "/people/{person}/consents", Role.CASEWORKER),
          new Row("GET", "/consents/{consent}/withdraw", Role.CASEWORKER),
          new Row("POST", "/consents/{consent}/withdraw", Role.CASEWORKER),
          new Row("GET", "/people/{person}/relatives/new", Role.CASEWORKER),
          new Row("GET", "/statistics", Role.COORDINATOR),
          new Row("GET", "/statistics.csv", Role.COORDINATOR),
          new Row("POST", "/people/{person}/relatives", Role.CASEWORKER),
          new Row("POST", "/relatives/{relative}/risk", Role.CASEWORKER),
          new Row("GET", "/api/v1/needs/{need}", Role.VIEWER),
          new Row("PUT", "/api/v1/needs/{need}", Role.CASEWORKER),
          new Row("GET", "/people/{person}/needs/new", Role.CASEWORKER),
          new Row("POST", "/people/{person}/needs", Role.CASEWORKER),
          new Row("POST", "/needs/{need}", Role.CASEWORKER),
          new Row("GET", "/api/v1/cases/{case}/steps", Role.VIEWER),
          new Row("GET", "/api/v1/cases/{case}/deadlines", Role.VIEWER),
          new Row("GET", "/api/v1/deadlines", Role.VIEWER),
          new Row("POST", "/api/v1/search/persons", Role.VIEWER),
          new Row("GET", "/api/v1/persons/{person}", Role.VIEWER),
          new Row("PUT", "/api/v1/persons/{person}", Role.CASEWORKER),
          new Row("POST", "/api/v1/persons/{person}/events", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/timeline", Role.VIEWER),
          new Row("POST", "/api/v1/persons/{person}/documents", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/documents", Role.VIEWER),
          new Row("POST", "/api/v1/persons/{person}/sources", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/sources", Role.VIEWER),
          new Row("POST", "/api/v1/documents/{document}/custody", Role.CASEWORKER),
          new Row("POST", "/api/v1/cases", Role.COORDINATOR),
          new Row("GET", "/api/v1/cases", Role.VIEWER),
          new Row("GET", "/api/v1/cases/{case}", Role.VIEWER),
          new Row("PUT", "/api/v1/cases/{case}", Role.COORDINATOR),
          new Row("POST", "/api/v1/organisations", Role.ADMIN),
          new Row("GET", "/api/v1/organisations", Role.VIEWER),
          new Row("GET", "/api/v1/organisations/{organisation}", Role.VIEWER),
          new Row("PUT", "/api/v1/organisations/{organisation}", Role.ADMIN),
          new Row("POST", "/api/v1/persons/{person}/move", Role.ADMIN),
          new Row("POST", "/api/v1/cases/{case}/move", Role.ADMIN),
          new Row("GET", "/api/v1/unassigned", Role.ADMIN),
          new Row("POST", "/api/v1/unassigned/place", Role.ADMIN),
          new Row("GET", "/api/v1/records/{person}/history", Role.VIEWER),
          new Row("POST", "/api/v1/persons/{person}/evidence", Role.CASEWORKER),
          new Row("GET", "/api/v1/persons/{person}/evidence", Role.VIEWER),
          new Row("GET", "/api/v1/evidence/{evidence}", Role.VIEWER),
          new Row("GET", "/api/v1/evidence/{evidence}/content", Role.VIEWER),
          new Row("POST", "/people/{person}/evidence", Role.CASEWORKER),
          new Row("GET", "/evidence/{evidence}/content", Role.VIEWER),
          new Row("GET", "/", Role.VIEWER),
          new Row("GET", "/people", Role.VIEWER),
          new Row("POST", "/people/search", Role.VIEWER),
          new Row("POST", "/people/results", Role.VIEWER),
          new Row("POST", "/people/similar", Role.CASEWORKER),
          new Row("POST", "/cases/{case}/steps", Role.CASEWORKER),
          new Row("POST", "/account/calendar", Role.VIEWER),
          new Row("POST", "/account/calendar/remove", Role.VIEWER),
          new Row("POST", "/account/digest", Role.VIEWER),
          new Row("GET", "/people/new", Role.CASEWORKER),
          new Row("POST", "/people", Role.CASEWORKER),
          new Row("GET", "/people/{person}", Role.VIEWER),
          new Row("GET", "/people/{person}/edit", Role.CASEWORKER),
          new Row("POST", "/people/{person}", Role.CASEWORKER),
          new Row("GET", "/people/{person}/events/new", Role.CASEWORKER),
          new Row("POST", "/people/{person}/events", Role.CASEWORKER),
          new Row("GET", "/people/{person}/documents/new", Role.CASEWORKER),
          new Row("POST", "/people/{person}/documents", Role.CASEWORKER),
          new Row("GET", "/people/{person}/sources/new", Role.CASEWORKER),
          new Row("POST", "/people/{person}/sources", Role.CASEWORKER),
          new Row("GET", "/api/v1/events/{event}", Role.VIEWER),
          new Row("GET", "/api/v1/documents/{document}", Role.VIEWER),
          new Row("GET", "/api/v1/sources/{source}", Role.VIEWER),
          new Row("GET", "/events/{event}/edit", Role.CASEWORKER),
          new Row("POST", "/events/{event}", Role.CASEWORKER),
          new Row("GET", "/documents/{document}/edit", Role.CASEWORKER),
          new Row("POST", "/documents/{document}", Role.CASEWORKER),
          new Row("GET", "/documents/{document}/custody/new", Role.CASEWORKER),
          new Row("POST", "/documents/{document}/custody", Role.CASEWORKER),
          new Row("GET", "/sources/{source}/edit", Role.CASEWORKER),
          new Row("POST", "/sources/{source}", Role.CASEWORKER),
          new Row("GET", "/cases", Role.VIEWER),
          new Row("GET", "/cases/new", Role.COORDINATOR),
          new Row("POST", "/cases", Role.COORDINATOR),
          new Row("GET", "/cases/{case}", Role.VIEWER),
          new Row("GET", "/cases/{case}/edit", Role.COORDINATOR),
          new Row("POST", "/cases/{case}", Role.COORDINATOR),
          new Row("GET", "/organisations", Role.VIEWER),
          new Row("POST", "/organisations", Role.ADMIN),
          new Row("GET", "/organisations/{organisation}", Role.VIEWER),
          new Row("POST", "/organisations/{organisation}", Role.ADMIN),
          new Row("POST", "/organisations/place-unassigned", Role.ADMIN),
          new Row("POST", "/people/{person}/move", Role.ADMIN),
          new Row("POST", "/cases/{case}/move", Role.ADMIN),
          new Row("GET", "/history/{person}", Role.VIEWER),
          new Row("GET", "/account", Role.VIEWER),
          new Row("POST", "/account/passphrase", Role.VIEWER),
          new Row("POST", "/account/tokens", Role.VIEWER),
          new Row("POST", "/account/totp/start", Role.VIEWER),
          new Row("POST", "/account/totp/confirm", Role.VIEWER),
          new Row("POST", "/account/totp/disable", Role.VIEWER),
          new Row("GET", "/admin/accounts", Role.ADMIN),
          new Row("POST", "/admin/accounts", Role.ADMIN),
          new Row("POST", "/admin/accounts/{account}", Role.ADMIN),
          new Row("GET", "/admin/audit", Role.ADMIN),
          new Row("POST", "/api/v1/records/{event}/retract", Role.CASEWORKER),
          new Row("POST", "/api/v1/records/{event}/restore", Role.COORDINATOR),
          new Row("GET", "/api/v1/retracted", Role.COORDINATOR),
          new Row("POST", "/api/v1/persons/{person}/erase", Role.COORDINATOR),
          new Row("GET", "/records/{event}/retract", Role.CASEWORKER),
          new Row("POST", "/records/{event}/retract", Role.CASEWORKER),
          new Row("POST", "/records/{event}/restore", Role.COORDINATOR),
          new Row("GET", "/retracted", Role.COORDINATOR),
          new Row("GET", "/people/{person}/erase", Role.COORDINATOR),
          new Row("POST", "/people/{person}/erase", Role.COORDINATOR));

  /** Endpoints outside the matrix, and why. */
  private static final Set<String> OUTSIDE =
      Set.of(
          "GET /login", // open: the login page
          "GET /setup", // open until the first administrator exists (FirstRunIT)
          "POST /setup",
          "POST /account/tokens/{id}/revoke", // own tokens only (AccessIT)
          "POST /api/v1/consents/{id}/withdraw", // caseworkers; other organisations 404
          // (ConsentApiIT)
          "GET /calendar/{id}.ics", // authenticated by its secret token (CalendarFeedIT)
          "POST /admin/panic", // erases the vault; admin only by the /admin/** rule (FirstRunIT)
          "POST /lock", // locks the vault for everyone: anyone on a laptop (TeamSessionsIT)
          "GET /api/v1/openapi.json", // API description, no data
          "GET /api/v1/openapi.json.yaml",
          "GET /error",
          "GET /public", // the public portal: no login, published reports only (PortalIT)
          "GET /public/",
          "GET /public/reports/{id}",
          "GET /public/feed.atom");

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private static final Map<Role, Caller> OWN = new HashMap<>();
  private static final Map<String, String> OWN_IDS = new HashMap<>();
  private static final Map<String, String> OTHER_IDS = new HashMap<>();

  private record Caller(String token, HttpClient session) {}

  private static Caller partner;

  @BeforeEach
  void organisationsPeopleAndCases() {
    synchronized (OWN) {
      if (!OWN.isEmpty()) {
        return;
      }
      PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
      String orgA = id(postJson("/api/v1/organisations", "{\"name\":\"Matrix A (fictional)\"}"));
      String orgB = id(postJson("/api/v1/organisations", "{\"name\":\"Matrix B (fictional)\"}"));
      for (Role role : List.of(Role.VIEWER, Role.CASEWORKER, Role.COORDINATOR)) {
        OWN.put(role, caller(admin, "matrix-" + role.code() + "-a", role, orgA));
      }
      OWN.put(Role.ADMIN, new Caller(bearer(), http));
      Caller caseworkerB = caller(admin, "matrix-caseworker-b", Role.CASEWORKER, orgB);
      partner = caseworkerB;
      Caller coordinatorB = caller(admin, "matrix-coordinator-b", Role.COORDINATOR, orgB);
      records(OWN.get(Role.CASEWORKER), OWN.get(Role.COORDINATOR), OWN_IDS, "Alpha");
      records(caseworkerB, coordinatorB, OTHER_IDS, "Beta");
      OWN_IDS.put("organisation", orgA);
      OTHER_IDS.put("organisation", orgB);
      Account someone = accounts.all().get(0);
      OWN_IDS.put("account", someone.id());
      OTHER_IDS.put("account", someone.id());
    }
  }

  @Test
  void everyEndpointHasARow() {
    Set<String> covered =
        ROWS.stream().map(r -> r.method() + " " + r.pattern()).collect(Collectors.toSet());
    covered.addAll(OUTSIDE);
    Set<String> missing = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        for (var method : info.getMethodsCondition().getMethods()) {
          String key = method.name() + " " + pattern.replaceAll("\\{[a-zA-Z]+}", "{id}");
          if (!covered.contains(key)) {
            missing.add(key);
          }
        }
      }
    }
    assertThat(missing).as("endpoints without a row in the authorization matrix").isEmpty();
  }

  @Test
  void everyRoleGetsExactlyWhatItsRoleAndOrganisationAllow() {
    List<String> wrong = new ArrayList<>();
    for (Row row : ROWS) {
      check(wrong, row, null, OWN_IDS);
      for (Role role : List.of(Role.VIEWER, Role.CASEWORKER, Role.COORDINATOR, Role.ADMIN)) {
        check(wrong, row, role, OWN_IDS);
        if (row.scoped()) {
          check(wrong, row, role, OTHER_IDS);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRouteRefusesAForeignHostAndEveryPageFormRefusesAMissingCsrfToken() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Row row : ROWS) {
      String path = row.path();
      for (var id : OWN_IDS.entrySet()) {
        path = path.replace("{" + id.getKey() + "}", id.getValue());
      }
      String raw = rawRequest(row.method(), path, "evil.example");
      if (!raw.startsWith("HTTP/1.1 403")) {
        wrong.add(
            row.method()
                + " "
                + row.path()
                + " with Host evil.example: "
                + raw.lines().findFirst().orElse(""));
      }
      if (!row.api() && row.method().equals("POST")) {
        HttpResponse<String> response =
            send(
                OWN.get(Role.ADMIN).session(),
                HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                    .build());
        if (response.statusCode() != 403) {
          wrong.add(
              row.method() + " " + row.path() + " without CSRF token: " + response.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** A request with a Host header of our choosing (HTTP clients refuse to forge it). */
  private String rawRequest(String method, String path, String host) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void listsAndSearchesShowOnlyTheOwnOrganisationUntilACaseIsShared() {
    Caller viewer = OWN.get(Role.VIEWER);
    String people = get(viewer, "/api/v1/persons?size=200").body();
    String found = get(viewer, "/api/v1/persons?q=matrix").body();
    String cases = get(viewer, "/api/v1/cases?size=200").body();

    assertThat(people).contains("Matrix Alpha").doesNotContain("Matrix Beta");
    assertThat(found).contains("Matrix Alpha").doesNotContain("Matrix Beta");
    String searched =
        send(
                anonymous(),
                HttpRequest.newBuilder(uri("/api/v1/persons/search"))
                    .header("Authorization", "Bearer " + viewer.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"matrix\"}"))
                    .build())
            .body();
    assertThat(searched).contains("Matrix Alpha").doesNotContain("Matrix Beta");
    // the names engine's search holds every person, and shows only what the reader may see
    String engine = get(viewer, "/api/v1/search/persons?q=Matrix%20Beta").body();
    assertThat(engine).doesNotContain("Matrix Beta");
    assertThat(get(viewer, "/api/v1/search/persons?q=Matrix%20Alpha").body())
        .contains("Matrix Alpha");
    assertThat(get(partner, "/api/v1/search/persons?q=Matrix%20Alpha").body())
        .doesNotContain("Matrix Alpha");
    assertThat(cases).contains("Matrix case Alpha").doesNotContain("Matrix case Beta");
    String person = OWN_IDS.get("person");
    assertThat(get(partner, "/api/v1/persons/" + person).statusCode()).isEqualTo(404);

    // The coordinator shares the case with the partner organisation: its person opens to them,
    // once the person consents to sharing with that partner.
    Caller coordinator = OWN.get(Role.COORDINATOR);
    String caseId = OWN_IDS.get("case");
    HttpResponse<String> refused = share(coordinator, caseId, person);
    assertThat(refused.statusCode()).as("no consent to share yet").isEqualTo(422);
    assertThat(refused.body()).contains("no_consent");
    assertThat(get(partner, "/api/v1/persons/" + person).statusCode()).isEqualTo(404);
    api(
        coordinator,
        "/api/v1/persons/" + person + "/consents",
        "{\"scope\":\"SHARING_WITH_PARTNER\",\"partnerOrganisationId\":\""
            + OTHER_IDS.get("organisation")
            + "\",\"given\":\"2024-01-01\",\"obtainedHow\":\"SIGNED_FORM\"}");
    HttpResponse<String> shared = share(coordinator, caseId, person);

    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    assertThat(get(partner, "/api/v1/persons/" + person).statusCode()).isEqualTo(200);
    assertThat(get(partner, "/api/v1/search/persons?q=Matrix%20Alpha").body())
        .as("a shared case's person is found by the partner")
        .contains("Matrix Alpha");
    // The arrival was recorded for the organisation only: partners do not see it.
    assertThat(json(get(partner, "/api/v1/persons/" + person + "/timeline")).get("items"))
        .isEmpty();
    assertThat(get(partner, "/api/v1/cases?size=200").body()).contains("Matrix case Alpha");

    // The person withdraws the consent: the case stops being shared with the partner at once.
    String consent =
        json(get(coordinator, "/api/v1/persons/" + person + "/consents"))
            .get("items")
            .valueStream()
            .filter(c -> c.get("scope").asString().equals("SHARING_WITH_PARTNER"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
    HttpResponse<String> withdrawn =
        send(
            anonymous(),
            HttpRequest.newBuilder(uri("/api/v1/consents/" + consent + "/withdraw"))
                .header("Authorization", "Bearer " + coordinator.token())
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + casebookToday() + "\"}"))
                .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(get(partner, "/api/v1/persons/" + person).statusCode()).isEqualTo(404);
    assertThat(get(partner, "/api/v1/cases?size=200").body()).doesNotContain("Matrix case Alpha");
  }

  /** Shares the case (of one person) with the other organisation, as the caller. */
  private HttpResponse<String> share(Caller caller, String caseId, String person) {
    HttpResponse<String> current = get(caller, "/api/v1/cases/" + caseId);
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId))
            .header("Authorization", "Bearer " + caller.token())
            .header("Content-Type", "application/json")
            .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"title\":\"Matrix case Alpha\",\"personIds\":[\""
                        + person
                        + "\"],\"sharedWith\":[\""
                        + OTHER_IDS.get("organisation")
                        + "\"]}"))
            .build());
  }

  private HttpResponse<String> get(Caller caller, String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + caller.token())
            .build());
  }

  private void check(List<String> wrong, Row row, Role role, Map<String, String> ids) {
    String path = row.path();
    for (var id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    HttpResponse<String> response = call(row, role, path);
    int status = response.statusCode();
    var headers = response.headers();
    boolean protectedResponse =
        headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")
            && headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
            && headers.firstValue("Referrer-Policy").orElse("").equals("no-referrer")
            && headers.firstValue("Cache-Control").orElse("").contains("no-store");
    if (!protectedResponse) {
      wrong.add(row.method() + " " + row.path() + ": a response without the security headers");
    }
    String location = response.headers().firstValue("Location").orElse("");
    boolean other = ids == OTHER_IDS;
    String verdict;
    if (role == null) {
      // A page POST from nobody fails the CSRF check (403) before it could reach the login.
      boolean refused =
          location.endsWith("/login") || (row.method().equals("POST") && status == 403);
      verdict = row.api() ? (status == 401 ? null : "401") : (refused ? null : "login");
    } else if (!role.atLeast(row.least())) {
      verdict = status == 403 ? null : "403";
    } else if (other && role != Role.ADMIN) {
      verdict = status == 404 || status == 409 ? null : "404";
    } else {
      boolean allowed =
          status < 500
              && status != 401
              && status != 403
              && status != 404
              && !location.endsWith("/login");
      verdict = allowed ? null : "allowed";
    }
    if (verdict != null) {
      wrong.add(
          row.method()
              + " "
              + row.path()
              + " as "
              + (role == null ? "nobody" : role.code())
              + (other ? " (other organisation)" : "")
              + ": expected "
              + verdict
              + ", got "
              + status
              + " "
              + location);
    }
  }

  private HttpResponse<String> call(Row row, Role role, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (row.api()) {
      if (role != null) {
        request.header("Authorization", "Bearer " + OWN.get(role).token());
      }
      if (row.method().equals("GET")) {
        request.GET();
      } else if (path.endsWith("/evidence")) {
        request
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(multipartNote()));
      } else {
        request
            .header("Content-Type", "application/json")
            .header("If-Match", "\"1\"")
            .method(row.method(), HttpRequest.BodyPublishers.ofString("{}"));
      }
      return send(anonymous(), request.build());
    }
    HttpClient client = role == null ? anonymous() : OWN.get(role).session();
    if (row.method().equals("GET")) {
      return send(client, request.GET().build());
    }
    String csrf =
        role == null
            ? "none"
            : csrf(send(client, HttpRequest.newBuilder(uri("/account")).build()).body());
    return send(
        client,
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", csrf))))
            .build());
  }

  private Caller caller(PanaUser admin, String login, Role role, String organisation) {
    Account account =
        accounts.add(admin, login, role, Set.of(organisation), "matrix passphrase".toCharArray());
    return new Caller(
        tokens.create(PanaUser.of(account), "matrix"), login(login, "matrix passphrase"));
  }

  /** A person with an event, a document and a source, and a case, recorded in one organisation. */
  private void records(
      Caller caseworker, Caller coordinator, Map<String, String> ids, String name) {
    String person =
        id(api(caseworker, "/api/v1/persons", "{\"names\":[{\"value\":\"Matrix " + name + "\"}]}"));
    ids.put("person", person);
    ids.put(
        "event",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"ARRIVED\",\"date\":\"2019\"}")));
    ids.put(
        "document",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/documents",
                "{\"type\":\"PASSPORT\",\"custody\":\"HELD_BY_PERSON\"}")));
    ids.put(
        "source",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/sources",
                "{\"informant\":\"the person\",\"relation\":\"SELF\"}")));
    ids.put(
        "need",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/needs",
                "{\"category\":\"HOUSING\",\"description\":\"eviction notice\"}")));
    ids.put(
        "consent",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/consents",
                "{\"scope\":\"DOCUMENTATION\",\"given\":\"2024-01-01\",\"obtainedHow\":\"SIGNED_FORM\"}")));
    HttpResponse<String> evidence =
        send(
            anonymous(),
            HttpRequest.newBuilder(uri("/api/v1/persons/" + person + "/evidence"))
                .header("Authorization", "Bearer " + caseworker.token())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(multipartNote()))
                .build());
    assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
    ids.put("evidence", id(evidence));
    ids.put(
        "case",
        id(
            api(
                coordinator,
                "/api/v1/cases",
                "{\"title\":\"Matrix case " + name + "\",\"personIds\":[\"" + person + "\"]}")));
    ids.put(
        "report",
        id(
            api(
                caseworker,
                "/api/v1/cases/" + ids.get("case") + "/reports",
                "{\"language\":\"en\"}")));
    String relative =
        id(
            api(
                caseworker,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Matrix " + name + " kin\"}]}"));
    ids.put(
        "relative",
        id(
            api(
                caseworker,
                "/api/v1/persons/" + person + "/relatives",
                "{\"relativeId\":\"" + relative + "\",\"kinship\":\"SIBLING\"}")));
  }

  private static final String BOUNDARY = "matrix-boundary";

  /** A multipart body with one small text file. */
  private static String multipartNote() {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nA fictional note.\r\n--"
        + BOUNDARY
        + "--\r\n";
  }

  private HttpResponse<String> api(Caller caller, String path, String json) {
    HttpResponse<String> response =
        send(
            anonymous(),
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
    return response;
  }
}
