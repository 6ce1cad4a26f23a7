package org.pana.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pana.app.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pana.app.PanaServer;
import org.pana.app.WebClient;
import org.pana.app.acting.PanaUser;
import org.pana.app.i18n.Bundle;
import org.pana.app.login.Logins;
import org.pana.core.account.Role;

/**
 * The language a volunteer reads Pana in: the browser's before login, the one chosen on any page
 * after, saved with the account so that it follows the volunteer to another browser, and kept
 * through a logout. The server is this test's own, since logging out the last session locks it.
 */
class LanguageChoiceIT {

  private static final String ADMIN = "language-admin";
  private static final String PASSPHRASE = "language admin passphrase";

  private static PanaServer server;

  @BeforeAll
  static void start() {
    server = PanaServer.fresh();
    server.bean(FirstRun.class).createFirstAdmin(ADMIN, PASSPHRASE.toCharArray());
    PanaUser admin = PanaUser.of(server.bean(Logins.class).login(ADMIN, PASSPHRASE.toCharArray()));
    server
        .bean(Accounts.class)
        .add(admin, "kazakh-volunteer", Role.CASEWORKER, Set.of(), "volunteer words".toCharArray());
    server
        .bean(Accounts.class)
        .add(admin, "second-volunteer", Role.CASEWORKER, Set.of(), "second words".toCharArray());
    server
        .bean(Accounts.class)
        .add(admin, "chinese-volunteer", Role.CASEWORKER, Set.of(), "third words".toCharArray());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String language(HttpResponse<String> page) {
    String html = page.body();
    int at = html.indexOf("<html");
    return html.substring(at, html.indexOf('>', at));
  }

  private static WebClient loggedIn(String login, String passphrase) {
    WebClient browser = server.browser();
    assertThat(location(browser.login(login, passphrase))).endsWith("/");
    return browser;
  }

  @Test
  void beforeLoginTheBrowsersLanguageIsUsed() {
    WebClient browser = server.browser();

    HttpResponse<String> russian =
        browser.send(
            browser.request("/login").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").build());
    HttpResponse<String> unknown =
        browser.send(browser.request("/login").header("Accept-Language", "fr-FR").build());

    assertThat(language(russian)).contains("lang=\"ru\"").contains("dir=\"ltr\"");
    assertThat(language(unknown)).contains("lang=\"en\"");
  }

  @Test
  void uyghurPagesAreRightToLeft() {
    HttpResponse<String> page = server.browser().get("/login?lang=ug");

    assertThat(language(page)).contains("lang=\"ug\"").contains("dir=\"rtl\"");
  }

  @Test
  void aLanguageChosenOnAnyPageFollowsTheAccountToAnotherBrowserAndThroughLogout() {
    WebClient first = loggedIn("kazakh-volunteer", "volunteer words");
    assertThat(language(first.get("/people?lang=kk"))).contains("lang=\"kk\"");
    assertThat(language(first.get("/"))).as("remembered in this browser").contains("lang=\"kk\"");

    WebClient second = loggedIn("kazakh-volunteer", "volunteer words");
    assertThat(language(second.get("/")))
        .as("another browser, whose own language was never chosen")
        .contains("lang=\"kk\"");

    // keep another account logged in, so that this logout does not lock the server
    loggedIn("second-volunteer", "second words");
    HttpResponse<String> out = second.postForm("/people", "/logout", Map.of());
    assertThat(location(out)).contains("lang=kk");
    String login = location(out).replaceFirst("^https?://[^/]+", "");
    assertThat(language(server.browser().get(login))).contains("lang=\"kk\"");
  }

  @Test
  void anAccountThatNeverChoseTakesTheLanguageItLoggedInWith() {
    WebClient chinese = server.browser();
    chinese.get("/login?lang=zh");
    assertThat(location(chinese.login("chinese-volunteer", "third words"))).endsWith("/");

    WebClient elsewhere = loggedIn("chinese-volunteer", "third words");

    assertThat(language(elsewhere.get("/"))).contains("lang=\"zh\"");

    // a language chosen on the login page wins over the one saved, and is saved in its place
    WebClient russian = server.browser();
    russian.get("/login?lang=ru");
    assertThat(location(russian.login("chinese-volunteer", "third words"))).endsWith("/");
    assertThat(language(russian.get("/"))).contains("lang=\"ru\"");
    assertThat(language(loggedIn("chinese-volunteer", "third words").get("/")))
        .contains("lang=\"ru\"");
  }

  @Test
  void aFieldsErrorIsShownInThePagesLanguage() {
    WebClient russian = loggedIn("second-volunteer", "second words");
    russian.get("/people/new?lang=ru");

    HttpResponse<String> refused = russian.postForm("/people/new", "/people", Map.of());

    String required = Bundle.UI.translation("ru").orElseThrow().values().get("problem.required");
    assertThat(refused.body()).contains(required).doesNotContain("This field is required.");
  }
}
