package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pana.app.PanaServer;
import org.pana.app.WebClient;
import org.pana.app.account.FirstRun;
import org.pana.app.vault.VaultKeeper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new group's first week, in the browser, on a server of its own: setup creates the group's
 * organisation with its administrator; the administrator adds a caseworker and a coordinator; the
 * caseworker records a family of three (the coordinator opens their case) and builds a report about
 * the father; the coordinator sees the same text under the same hash, approves it and downloads the
 * PDF; and a script's token reads and writes after a restart, with nobody logged in. All people are
 * fictional.
 */
class FirstWeekBrowserIT {

  private static final String GROUP = "Steppe Help volunteers (fictional)";

  private static PanaServer server;
  private static Chromium chromium;

  @BeforeAll
  static void start() {
    server = PanaServer.fresh();
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stop() {
    chromium.close();
    server.close();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static Page newPage() {
    return chromium
        .browser()
        .newContext(new Browser.NewContextOptions().setAcceptDownloads(true))
        .newPage();
  }

  private static Page logIn(String login, String passphrase) {
    Page page = newPage();
    page.navigate(url("/login"));
    page.fill("input[name='username']", login);
    page.fill("input[name='password']", passphrase);
    page.click("#login button[type='submit']");
    page.waitForURL(url("/"));
    assertThat(page.locator("#current-login")).hasText(login);
    return page;
  }

  @Test
  void aNewGroupsFirstWeek() throws IOException {
    // Setup: the first administrator, and with it the group's organisation.
    Page admin = newPage();
    admin.navigate(url("/people"));
    assertThat(admin.url()).endsWith("/setup");
    admin.fill("input[name='setupToken']", server.bean(FirstRun.class).setupToken());
    admin.fill("input[name='login']", "aru-admin");
    admin.fill("#setup input[name='passphrase']", "first week admin passphrase");
    admin.fill("#setup input[name='repeat']", "first week admin passphrase");
    admin.fill("input[name='organisation']", GROUP);
    admin.click("#setup button[type='submit']");
    admin.waitForURL("**/login?created");
    admin = logIn("aru-admin", "first week admin passphrase");
    admin.navigate(url("/organisations"));
    assertThat(admin.locator("main")).containsText(GROUP);

    // The administrator adds a caseworker and a coordinator of the group.
    addAccount(admin, "dana-caseworker", "caseworker");
    addAccount(admin, "erzhan-coordinator", "coordinator");

    // The caseworker records the family: the father (with his consent to a pseudonym), the mother
    // and their daughter, and what happened to the father.
    Page caseworker = logIn("dana-caseworker", "dana-caseworker passphrase");
    String father = record(caseworker, "Бекзат Нұрланұлы", "male", "1984-05");
    caseworker.navigate(url("/people/" + father + "/consents/new"));
    caseworker.selectOption("select[name='scope']", "PUBLICATION_UNDER_PSEUDONYM");
    caseworker.fill("input[name='pseudonym']", "Samat");
    caseworker.click("#consent button[type='submit']");
    caseworker.waitForURL("**/people/" + father + "**");
    caseworker.navigate(url("/people/" + father + "/events/new"));
    caseworker.selectOption("select[name='type']", "DOCUMENT_CONFISCATED");
    caseworker.fill("input[name='date']", "2017-06");
    caseworker.fill("input[name='place']", "Zhaosu County");
    caseworker.selectOption("select[name='visibility']", "PUBLIC");
    caseworker.click("#event button[type='submit']");
    caseworker.waitForURL("**/people/" + father + "**");
    String mother = record(caseworker, "Гүлназ Серікқызы", "female", "1987");
    String daughter = record(caseworker, "Аяулым Бекзатқызы", "female", "2013-02");

    // Cases are opened by coordinators: the coordinator opens the family's case, with the
    // caseworker on its team.
    Page coordinator = logIn("erzhan-coordinator", "erzhan-coordinator passphrase");
    coordinator.navigate(url("/cases/new"));
    coordinator.fill("#case input[name='title']", "Family from Zhaosu (fictional)");
    coordinator.selectOption(
        "#case select[name='personIds']", new String[] {father, mother, daughter});
    coordinator.fill("#case input[name='volunteers']", "dana-caseworker");
    coordinator.click("#case button[type='submit']");
    coordinator.waitForURL("**/cases/*");
    String caseId = coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1);

    // The caseworker builds a report about the father (he is listed first, but chosen anyway).
    caseworker.navigate(url("/cases/" + caseId));
    assertThat(caseworker.locator("main")).containsText("Гүлназ Серікқызы");
    caseworker.selectOption("#reports select[name='subjectId']", father);
    caseworker.selectOption("#reports select[name='language']", "en");
    caseworker.click("#build-report");
    caseworker.waitForURL("**/reports/*");
    String report = caseworker.url().substring(caseworker.url().lastIndexOf('/') + 1);
    assertThat(caseworker.locator("article.report h1")).hasText("Account: Samat");
    assertThat(caseworker.locator("article.report")).not().containsText("Бекзат");
    String drafted = hash(caseworker, report);

    // The coordinator reads the same text under the same hash, approves it and downloads the PDF.
    coordinator.navigate(url("/reports/" + report));
    assertThat(hash(coordinator, report)).isEqualTo(drafted);
    assertThat(coordinator.locator("input[name='hash']")).hasValue(drafted);
    coordinator.click("#approve");
    coordinator.waitForURL("**/reports/" + report);
    assertThat(coordinator.locator("main")).containsText("approved by erzhan-coordinator");
    String text = InBrowser.downloadedPdfText(coordinator, "first-week-report.pdf");
    assertThat(text)
        .contains("Account: Samat")
        .contains("Version " + drafted)
        .doesNotContain("DRAFT")
        .doesNotContain("Бекзат");
    coordinator.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target", "screenshots", "first-week-approved.png"))
            .setFullPage(true));

    // A script's token, made on the administrator's account page, works after a restart with
    // nobody logged in: it opens the vault itself.
    admin.navigate(url("/account"));
    admin.fill("#token input[name='label']", "nightly export (fictional)");
    admin.click("#token button[type='submit']");
    String token = admin.locator("#new-token").textContent().strip();
    server.restart();
    assertThat(server.bean(VaultKeeper.class).isUnlocked()).isFalse();
    WebClient script = server.script(token);
    HttpResponse<String> read = script.get("/api/v1/persons/" + daughter);
    HttpResponse<String> written =
        script.postJson(
            "/api/v1/persons/" + father + "/events",
            "{\"type\":\"ARRIVED\",\"date\":\"2019-03\",\"place\":\"Almaty\"}");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Аяулым Бекзатқызы");
    assertThat(written.statusCode()).isEqualTo(201);
    assertThat(WebClient.json(script.get("/api/v1/persons/" + father + "/timeline")).get("items"))
        .hasSize(2);
  }

  private static void addAccount(Page admin, String login, String role) {
    admin.navigate(url("/admin/accounts"));
    admin.fill("#account input[name='login']", login);
    admin.selectOption("#account select[name='role']", role);
    admin.selectOption("#account select[name='organisations']", new SelectOption().setLabel(GROUP));
    admin.fill("#account input[name='passphrase']", login + " passphrase");
    admin.click("#account button[type='submit']");
    admin.waitForLoadState();
    assertThat(admin.locator("main")).containsText(login);
  }

  /** Records a person on the intake form; returns their id. */
  private static String record(Page page, String name, String sex, String born) {
    page.navigate(url("/people/new"));
    page.fill("input[name='names[0].value']", name);
    page.selectOption("select[name='sex']", sex);
    page.fill("input[name='birthDate']", born);
    page.click("#intake button[type='submit']");
    page.waitForURL("**/people/*-*");
    assertThat(page.locator("main")).containsText(name);
    return page.url().substring(page.url().lastIndexOf('/') + 1);
  }

  /** The report's hash as the reader of {@code page} gets it from the API (same session). */
  private static String hash(Page page, String report) {
    JsonNode state =
        JsonMapper.builder()
            .build()
            .readTree(page.request().get(url("/api/v1/reports/" + report)).text());
    return state.get("hash").asString();
  }
}
