package org.pana.app.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pana.app.WebClient.json;
import static org.pana.app.WebClient.location;

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
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.account.Account;
import org.pana.core.account.Role;

/**
 * How a team shares one laptop server: several accounts logged in at once, scripts with tokens,
 * restarts with nobody logged in, and an administrator changing accounts while they are in use. The
 * server is this test's own, because it locks and restarts it.
 */
class TeamSessionsIT {

  private static final String ADMIN = "team-admin";
  private static final String PASSPHRASE = "team admin passphrase";
  private static final String PERSON = "{\"names\":[{\"value\":\"Ayan Tolegen\"}]}";

  private static PanaServer server;
  private static Account admin;

  @BeforeAll
  static void start() {
    server = PanaServer.fresh();
    admin = server.bean(FirstRun.class).createFirstAdmin(ADMIN, PASSPHRASE.toCharArray());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static VaultKeeper keeper() {
    return server.bean(VaultKeeper.class);
  }

  /** Makes sure the vault is open (a login), as an administrator acting on the console would. */
  private static PanaUser adminUser() {
    return PanaUser.of(server.bean(Logins.class).login(ADMIN, PASSPHRASE.toCharArray()));
  }

  private static Account account(String login, Role role) {
    return server
        .bean(Accounts.class)
        .add(adminUser(), login, role, Set.of(), (login + " passphrase").toCharArray());
  }

  private static WebClient loggedIn(String login, String passphrase) {
    WebClient browser = server.browser();
    HttpResponse<String> response = browser.login(login, passphrase);
    assertThat(location(response)).as("logged in as " + login).endsWith("/");
    return browser;
  }

  private static long people(WebClient client) {
    return json(client.get("/api/v1/persons?size=1")).get("total").asLong();
  }

  @Test
  void aTokenOpensTheLockedVaultAfterARestartWithNobodyLoggedIn() {
    String token = server.bean(ApiTokens.class).create(adminUser(), "nightly script");
    String id = json(server.script(token).postJson("/api/v1/persons", PERSON)).get("id").asString();

    server.restart();
    assertThat(keeper().isUnlocked()).isFalse();
    WebClient script = server.script(token);
    HttpResponse<String> read = script.get("/api/v1/persons/" + id);
    HttpResponse<String> write = script.postJson("/api/v1/persons", PERSON);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Ayan Tolegen");
    assertThat(write.statusCode()).isEqualTo(201);
  }

  @Test
  void aKnownTokenWithAWrongSecretIsRefusedWithoutOpeningAnything() {
    String token = server.bean(ApiTokens.class).create(adminUser(), "to be forged");
    String forged =
        token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

    server.restart();
    HttpResponse<String> refused = server.script(forged).get("/api/v1/persons?size=1");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(refused).get("type").asString()).endsWith("/invalid-token");
    assertThat(keeper().isUnlocked()).isFalse();
    assertThat(server.script(token).get("/api/v1/persons?size=1").statusCode()).isEqualTo(200);
  }

  @Test
  void aDisabledAccountsOpenSessionEndsAtItsNextRequest() {
    Account caseworker = account("disabled-caseworker", Role.CASEWORKER);
    WebClient session = loggedIn("disabled-caseworker", "disabled-caseworker passphrase");
    assertThat(session.postJson("/api/v1/persons", PERSON).statusCode()).isEqualTo(201);
    long before = people(server.script(server.bean(ApiTokens.class).create(adminUser(), "count")));

    server
        .bean(Accounts.class)
        .change(adminUser(), caseworker.id(), Role.CASEWORKER, Set.of(), false);
    HttpResponse<String> write = session.postJson("/api/v1/persons", PERSON);
    HttpResponse<String> page = session.get("/people");

    assertThat(write.statusCode()).isEqualTo(401);
    assertThat(location(page)).contains("/login");
    assertThat(people(server.script(server.bean(ApiTokens.class).create(adminUser(), "count"))))
        .isEqualTo(before);
  }

  @Test
  void aDemotedCoordinatorLosesCoordinatorPagesAtTheNextRequest() {
    Account coordinator = account("demoted-coordinator", Role.COORDINATOR);
    WebClient session = loggedIn("demoted-coordinator", "demoted-coordinator passphrase");
    assertThat(session.get("/cases/new").statusCode()).isEqualTo(200);

    server.bean(Accounts.class).change(adminUser(), coordinator.id(), Role.VIEWER, Set.of(), true);

    assertThat(session.get("/cases/new").statusCode()).isEqualTo(403);
    assertThat(session.get("/people").statusCode()).as("still a viewer").isEqualTo(200);
    assertThat(session.postJson("/api/v1/persons", PERSON).statusCode()).isEqualTo(403);
  }

  @Test
  void oneLogoutOfSeveralKeepsTheOthersInAndTheLastOneLocks() {
    account("second-volunteer", Role.CASEWORKER);
    WebClient first = loggedIn(ADMIN, PASSPHRASE);
    WebClient second = loggedIn("second-volunteer", "second-volunteer passphrase");
    String token = server.bean(ApiTokens.class).create(adminUser(), "during logouts");

    HttpResponse<String> secondOut = logout(second);

    assertThat(location(secondOut)).contains("/login?loggedOut");
    assertThat(keeper().isUnlocked()).isTrue();
    assertThat(first.get("/people").statusCode()).isEqualTo(200);
    assertThat(server.script(token).get("/api/v1/persons?size=1").statusCode()).isEqualTo(200);
    assertThat(location(second.get("/people"))).contains("/login");

    HttpResponse<String> firstOut = logout(first);

    assertThat(location(firstOut)).contains("/login?logout");
    assertThat(keeper().isUnlocked()).isFalse();
    assertThat(server.script(token).get("/api/v1/persons?size=1").statusCode())
        .as("the token opens it again")
        .isEqualTo(200);
  }

  @Test
  void lockNowEndsEverySessionEvenWhenTheVaultIsOpenedAgainAtOnce() {
    account("lock-viewer", Role.VIEWER);
    WebClient locker = loggedIn(ADMIN, PASSPHRASE);
    WebClient other = loggedIn("lock-viewer", "lock-viewer passphrase");

    HttpResponse<String> locked = locker.postForm("/people", "/lock", Map.of());
    assertThat(location(locked)).contains("/login?lockedNow");
    assertThat(keeper().isUnlocked()).isFalse();
    WebClient again = loggedIn(ADMIN, PASSPHRASE);

    assertThat(location(other.get("/people"))).contains("/login");
    assertThat(location(locker.get("/people"))).contains("/login");
    assertThat(again.get("/people").statusCode()).isEqualTo(200);
  }

  @Test
  void aFailedLoginSaysTheSameWhetherOrNotTheNameExists() {
    account("known-name", Role.VIEWER);
    WebClient one = server.browser();
    WebClient two = server.browser();

    HttpResponse<String> knownFirst = one.login("known-name", "not the passphrase");
    HttpResponse<String> unknownFirst = two.login("no-such-name", "not the passphrase");
    HttpResponse<String> knownSecond = one.login("known-name", "not the passphrase");
    HttpResponse<String> unknownSecond = two.login("no-such-name", "not the passphrase");

    assertThat(location(unknownFirst)).isEqualTo(location(knownFirst));
    assertThat(location(unknownSecond)).isEqualTo(location(knownSecond));
    assertThat(loginNotice(two, location(unknownSecond)))
        .isEqualTo(loginNotice(one, location(knownSecond)))
        .doesNotContain("this account");
  }

  private static String loginNotice(WebClient client, String location) {
    String page = client.get(location.replaceFirst("^https?://[^/]+", "")).body();
    int at = page.indexOf("role=\"status\"");
    return at < 0 ? "" : page.substring(at, page.indexOf("</p>", at));
  }

  private static HttpResponse<String> logout(WebClient client) {
    return client.postForm("/people", "/logout", Map.of());
  }
}
