package org.pana.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;

/** Logins, sessions, bearer tokens, logout and roles, against the running server. */
class AccessIT extends RunningPana {

  @Autowired AuditLog audit;
  @Autowired VaultKeeper keeper;

  @Test
  void withoutALoginPagesLeadToTheLoginPageAndTheApiSays401() {
    HttpResponse<String> page = send(anonymous(), HttpRequest.newBuilder(uri("/people")).build());
    HttpResponse<String> api =
        send(anonymous(), HttpRequest.newBuilder(uri("/api/v1/persons")).build());

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(json(api).get("type").asString()).endsWith("/unauthenticated");
  }

  @Test
  void aBearerTokenOpensTheApiWithoutASession() {
    HttpResponse<String> response =
        send(
            anonymous(),
            HttpRequest.newBuilder(uri("/api/v1/persons?size=1"))
                .header("Authorization", "Bearer " + bearer())
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void aWrongMalformedOrRevokedTokenIsRefused() {
    String token = tokens.create(admin(), "to be revoked");
    String id = token.substring(5, 37);
    String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

    assertThat(apiWith("pana_nonsense").statusCode()).isEqualTo(401);
    assertThat(apiWith(forged).statusCode()).isEqualTo(401);
    assertThat(apiWith(token).statusCode()).isEqualTo(200);
    tokens.revoke(admin(), id);
    HttpResponse<String> revoked = apiWith(token);
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token");
    assertThat(json(revoked).get("detail").asString()).contains("not valid");
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndRenewedAtLogin() {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> before = send(client, HttpRequest.newBuilder(uri("/login")).build());
    String anonymousCookie = before.headers().firstValue("Set-Cookie").orElseThrow();
    HttpResponse<String> login = postLogin(client, ADMIN, PASSPHRASE, null);
    String loggedInCookie = login.headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(loggedInCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(sessionId(loggedInCookie)).isNotEqualTo(sessionId(anonymousCookie));
    assertThat(anonymousCookie).doesNotContain("Secure");
    // Behind a TLS proxy on this machine the cookie is Secure.
    HttpResponse<String> viaTls =
        send(
            HttpClient.newHttpClient(),
            HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build());
    assertThat(viaTls.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
  }

  @Test
  void aWrongPassphraseIsRefusedAuditedAndSlowsTheNextAttempt() {
    String login = "throttled-" + System.nanoTime() % 100000;
    var account =
        accounts.add(
            admin(), login, Role.VIEWER, Set.of(home()), "viewer passphrase".toCharArray());
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> wrong = postLogin(client, login, "not the passphrase", null);
    HttpResponse<String> tooSoon = postLogin(client, login, "viewer passphrase", null);

    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?wait=1");
    assertThat(tooSoon.headers().firstValue("Location").orElseThrow()).contains("/login?wait=");
    assertThat(
            audit.search(
                new AuditQuery(account.id(), AuditAction.LOGIN_FAILED, null, null, null, 0, 10)))
        .hasSize(2);
    String page = send(client, HttpRequest.newBuilder(uri("/login?wait=1")).build()).body();
    assertThat(page).contains("Wait 1 s before the next try");
  }

  @Test
  void aViewerReadsButChangesNothingAndSeesNoAdministration() {
    String login = "viewer-" + System.nanoTime() % 100000;
    accounts.add(admin(), login, Role.VIEWER, Set.of(home()), "viewer passphrase".toCharArray());
    HttpClient viewer = login(login, "viewer passphrase");

    HttpResponse<String> read =
        send(viewer, HttpRequest.newBuilder(uri("/api/v1/persons?size=1")).build());
    HttpResponse<String> write =
        send(
            viewer,
            HttpRequest.newBuilder(uri("/api/v1/persons"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[{\"value\":\"X Y\"}]}"))
                .build());
    HttpResponse<String> admin =
        send(viewer, HttpRequest.newBuilder(uri("/admin/accounts")).build());

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(json(write).get("type").asString()).endsWith("/forbidden");
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(send(viewer, HttpRequest.newBuilder(uri("/")).build()).body())
        .doesNotContain("/admin/accounts");
  }

  @Test
  void aViewerNeverSeesPrivateFieldsOnPagesOrInTheApi() {
    String id =
        json(postJson(
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Private Person\"}],\"birthPlace\":\"Hidden"
                    + " Village\",\"notes\":\"team notes\",\"privateFields\":[\"birthPlace\"]}"))
            .get("id")
            .asString();
    String login = "private-viewer-" + System.nanoTime() % 100000;
    accounts.add(admin(), login, Role.VIEWER, Set.of(home()), "viewer passphrase".toCharArray());
    HttpClient viewer = login(login, "viewer passphrase");

    String api = send(viewer, HttpRequest.newBuilder(uri("/api/v1/persons/" + id)).build()).body();
    String page = send(viewer, HttpRequest.newBuilder(uri("/people/" + id)).build()).body();

    assertThat(get("/api/v1/persons/" + id).body()).contains("Hidden Village");
    assertThat(api)
        .contains("Private Person")
        .doesNotContain("Hidden Village")
        .doesNotContain("team notes");
    assertThat(page)
        .contains("Private Person")
        .doesNotContain("Hidden Village")
        .doesNotContain("team notes");
  }

  @Test
  void aRecordAViewerMayNotSeeHasNoHistoryForThemEither() {
    String person = person("History Person");
    String event =
        json(postJson(
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"DETAINED\",\"date\":\"2018\",\"visibility\":\"PRIVATE\"}"))
            .get("id")
            .asString();
    String login = "history-viewer-" + System.nanoTime() % 100000;
    accounts.add(admin(), login, Role.VIEWER, Set.of(home()), "viewer passphrase".toCharArray());
    HttpClient viewer = login(login, "viewer passphrase");

    HttpResponse<String> apiHistory =
        send(viewer, HttpRequest.newBuilder(uri("/api/v1/records/" + event + "/history")).build());
    HttpResponse<String> pageHistory =
        send(viewer, HttpRequest.newBuilder(uri("/history/" + event)).build());
    HttpResponse<String> personHistory =
        send(viewer, HttpRequest.newBuilder(uri("/api/v1/records/" + person + "/history")).build());

    assertThat(get("/api/v1/records/" + event + "/history").statusCode()).isEqualTo(200);
    assertThat(
            send(
                    viewer,
                    HttpRequest.newBuilder(uri("/api/v1/persons/" + person + "/timeline")).build())
                .body())
        .doesNotContain(event);
    assertThat(apiHistory.statusCode()).isEqualTo(404);
    assertThat(pageHistory.statusCode()).isEqualTo(404);
    assertThat(personHistory.statusCode()).as("the person itself is visible").isEqualTo(200);
  }

  @Test
  void twoStepLoginNeedsTheAppsCodeOnceItIsOnAndACodeWorksOnce() {
    String login = "totp-" + System.nanoTime() % 100000;
    accounts.add(admin(), login, Role.VIEWER, Set.of(home()), "viewer passphrase".toCharArray());
    HttpClient session = login(login, "viewer passphrase");
    String setup =
        send(
                session,
                HttpRequest.newBuilder(uri("/account/totp/start"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            form(
                                Map.of(
                                    "_csrf",
                                    csrf(
                                        send(
                                                session,
                                                HttpRequest.newBuilder(uri("/account")).build())
                                            .body())))))
                    .build())
            .body();
    var matcher = java.util.regex.Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(setup);
    assertThat(matcher.find()).as(setup).isTrue();
    byte[] secret = org.pana.vault.Totp.fromBase32(matcher.group(1));
    var totp = new org.pana.vault.Totp();
    java.time.Instant now = java.time.Instant.now();
    HttpResponse<String> confirmed =
        send(
            session,
            HttpRequest.newBuilder(uri("/account/totp/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "_csrf", csrf(setup),
                                "secret", matcher.group(1),
                                "code", totp.codeAt(secret, now)))))
                .build());
    assertThat(confirmed.statusCode()).isEqualTo(302);

    HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(postLogin(fresh, login, "viewer passphrase", null).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?code"));
    assertThat(
            postLogin(fresh, login, "viewer passphrase", totp.codeAt(secret, now))
                .headers()
                .firstValue("Location"))
        .as("the code used to confirm cannot be used again")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    sleepPastTheThrottle();
    assertThat(
            postLogin(fresh, login, "viewer passphrase", totp.codeAt(secret, now.plusSeconds(30)))
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
  }

  private static void sleepPastTheThrottle() {
    try {
      Thread.sleep(1100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aCaseTeamIsMadeOfAccounts() {
    String person = person("Team Case");

    HttpResponse<String> unknown =
        postJson(
            "/api/v1/cases",
            "{\"title\":\"Team\",\"personIds\":[\""
                + person
                + "\"],\"volunteers\":[\"nobody-here\"]}");
    HttpResponse<String> known =
        postJson(
            "/api/v1/cases",
            "{\"title\":\"Team\",\"personIds\":[\""
                + person
                + "\"],\"volunteers\":[\"ADMIN-IT\"]}");

    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("volunteers[0]");
    assertThat(known.statusCode()).isEqualTo(201);
    assertThat(json(known).get("volunteers").get(0).asString()).isEqualTo(ADMIN);
  }

  @Test
  void logoutClearsTheSiteDataAndEndsTheSessionButNotTheOthers() {
    HttpClient client = login(ADMIN, PASSPHRASE);
    String token = csrf(send(client, HttpRequest.newBuilder(uri("/")).build()).body());

    HttpResponse<String> logout =
        send(
            client,
            HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token))))
                .build());

    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Clear-Site-Data").orElseThrow())
        .contains("\"cache\"")
        .contains("\"cookies\"")
        .contains("\"storage\"");
    HttpResponse<String> after = send(client, HttpRequest.newBuilder(uri("/people")).build());
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    // The shared test session is still logged in: the vault stays open for it (the last logout
    // locks it: TeamSessionsIT).
    assertThat(keeper.isUnlocked()).isTrue();
    assertThat(get("/people").statusCode()).isEqualTo(200);
  }

  @Test
  void readingOnePersonLeavesAnAuditEntryWithTheAccountAndTheIdOnly() {
    String id = person("Audited Reader");
    String accountId = admin().accountId();

    assertThat(get("/api/v1/persons/" + id).statusCode()).isEqualTo(200);
    assertThat(get("/people/" + id).statusCode()).isEqualTo(200);

    assertThat(get("/api/v1/persons?size=200").body()).contains(id);
    assertThat(get("/people").statusCode()).isEqualTo(200);

    // The two single reads, the API list and the people page each leave an entry.
    var reads = audit.search(new AuditQuery(null, AuditAction.RECORD_READ, id, null, null, 0, 10));
    assertThat(reads).hasSize(4).allSatisfy(e -> assertThat(e.actor()).isEqualTo(accountId));
    assertThat(get("/admin/audit?action=RECORD_READ").body())
        .contains(id)
        .contains(ADMIN)
        .doesNotContain("Audited Reader");
  }

  private HttpResponse<String> apiWith(String token) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri("/api/v1/persons?size=1"))
            .header("Authorization", "Bearer " + token)
            .build());
  }

  private PanaUser admin() {
    return PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
  }

  private static String sessionId(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
