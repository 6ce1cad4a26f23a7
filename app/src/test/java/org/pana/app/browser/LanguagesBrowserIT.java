package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pana.app.PanaServer;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.demo.DemoData;
import org.pana.app.i18n.Bundle;
import org.pana.app.login.Logins;
import org.pana.core.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A volunteer who reads Kazakh, Russian, Uyghur or Chinese does the day's work in that language:
 * from a browser that asks for it, the login page, the dashboard, the people list, a person's page,
 * a case with its procedure and deadlines and its report builder, a report, the forms of the day's
 * work and those that correct it, a record's history, the statistics, the retracted records and the
 * public portal are in the language, with its {@code lang} and direction, and show no text of the
 * English bundle; in Kazakh and Uyghur, a new group's setup, its accounts, the audit trail's
 * verdict and a report's approval (refused once) are too. A screenshot of each page is saved under
 * {@code target/screenshots/}.
 */
class LanguagesBrowserIT extends InBrowser {

  private static final String CASE = "Family case — Zhaosu (demo)";
  private static final String WORDS = "words of a first week";

  @Autowired DemoData demo;

  private static String caseId;
  private static String personId;
  private static String organisation;
  private static List<String> recorded;

  /** The demo's family case, loaded once (the server may have it from another test). */
  private void demoCase() {
    if (caseId != null) {
      return;
    }
    PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
    if (findCase() == null) {
      Author.actingAs(admin, demo::load);
    }
    JsonNode found = findCase();
    assertThat(found).as("the demo's family case").isNotNull();
    caseId = found.get("id").asString();
    personId = found.get("personIds").get(0).asString();
    organisation = found.get("organisationId").asString();
    // what the volunteers wrote in the case, in English, is shown as written
    recorded = new ArrayList<>();
    JsonNode full = json(get("/api/v1/cases/" + caseId));
    for (String field : List.of("title", "notes", "summary")) {
      if (full.has(field) && full.get(field).isString()) {
        recorded.add(full.get(field).asString());
      }
    }
  }

  private JsonNode findCase() {
    for (JsonNode each : json(get("/api/v1/cases?size=200")).get("items")) {
      if (each.get("title").asString().equals(CASE)) {
        return each;
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kk", "ru", "ug", "zh"})
  void theDaysWorkIsInTheLanguage(String language) {
    demoCase();
    String login = "volunteer-" + language;
    PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
    accounts.add(
        admin, login, Role.COORDINATOR, Set.of(organisation), (login + " words").toCharArray());
    String report =
        json(postJson(
                "/api/v1/cases/" + caseId + "/reports", "{\"language\":\"" + language + "\"}"))
            .get("id")
            .asString();
    Map<String, String> english = englishTexts(language);

    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setLocale(language));
    Page page = context.newPage();
    page.navigate(uri("/login").toString());
    check(page, language, "login", english, recorded);
    page.fill("input[name='username']", login);
    page.fill("input[name='password']", login + " words");
    page.click("#login button[type='submit']");
    page.waitForURL(uri("/").toString());

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("dashboard", "/");
    pages.put("people", "/people");
    pages.put("person", "/people/" + personId);
    pages.put("case", "/cases/" + caseId);
    pages.put("report", "/reports/" + report);
    // the forms of the day's work: intake, a timeline event, a need, a consent, a document, a
    // source, a relative, a new case
    pages.put("intake", "/people/new");
    pages.put("event-form", "/people/" + personId + "/events/new");
    pages.put("need-form", "/people/" + personId + "/needs/new");
    pages.put("consent-form", "/people/" + personId + "/consents/new");
    pages.put("document-form", "/people/" + personId + "/documents/new");
    pages.put("source-form", "/people/" + personId + "/sources/new");
    pages.put("relative-form", "/people/" + personId + "/relatives/new");
    pages.put("case-form", "/cases/new");
    // and what a coordinator reads besides: the lists, a record's history, the statistics, the
    // retracted records, the organisations, the account, and the forms that edit, retract or erase
    pages.put("cases", "/cases");
    pages.put("statistics", "/statistics");
    pages.put("retracted", "/retracted");
    pages.put("history", "/history/" + personId);
    pages.put("organisations", "/organisations");
    pages.put("organisation", "/organisations/" + organisation);
    pages.put("account", "/account");
    // the forms that correct what was recorded, a case's history, and the public portal
    String event = firstId(json(get("/api/v1/persons/" + personId + "/timeline")));
    String document = firstId(json(get("/api/v1/persons/" + personId + "/documents")));
    pages.put("event-edit", "/events/" + event + "/edit");
    pages.put("document-edit", "/documents/" + document + "/edit");
    pages.put("custody-form", "/documents/" + document + "/custody/new");
    pages.put(
        "source-edit",
        "/sources/" + firstId(json(get("/api/v1/persons/" + personId + "/sources"))) + "/edit");
    pages.put(
        "consent-withdraw",
        "/consents/"
            + firstId(json(get("/api/v1/persons/" + personId + "/consents")))
            + "/withdraw");
    pages.put("case-history", "/history/" + caseId);
    pages.put("portal", "/public/");
    pages.put("person-edit", "/people/" + personId + "/edit");
    pages.put("case-edit", "/cases/" + caseId + "/edit");
    pages.put("retract-form", "/records/" + personId + "/retract");
    pages.put("erase-form", "/people/" + personId + "/erase");
    for (Map.Entry<String, String> each : pages.entrySet()) {
      page.navigate(uri(each.getValue()).toString());
      check(page, language, each.getKey(), english, recorded);
      if (each.getKey().equals("case")) {
        // notes written in another script keep their own direction: "Irregular crossing …." in
        // a right-to-left page, not ".Irregular crossing …"
        assertThat(page.locator("p.notes").getAttribute("dir")).isEqualTo("auto");
      }
    }
    assertThat(page.locator("#reports, form").count()).isPositive();
    context.close();
  }

  /**
   * A coordinator's group starts in the language, on a casebook of its own: the first-run setup
   * (refused once for a wrong setup token), the login page that follows, the accounts page where
   * the administrator adds two coordinators, a report drafted in the language, its approval refused
   * because the case changed since the preview (a conflict shown at the top of the page), and the
   * approved report.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kk", "ug"})
  void setupAndApprovalAreInTheLanguage(String language) {
    Map<String, String> english = englishTexts(language);
    Map<String, String> translated = Bundle.UI.translation(language).orElseThrow().values();
    try (PanaServer server = PanaServer.fresh()) {
      String base = "http://127.0.0.1:" + server.port();
      BrowserContext adminContext =
          browser.newContext(new Browser.NewContextOptions().setLocale(language));
      Page admin = adminContext.newPage();
      admin.navigate(base + "/people");
      assertThat(admin.url()).endsWith("/setup");
      check(admin, language, "setup", english, List.of());
      String adminLogin = "first-admin-" + language;
      setup(admin, "not the token", adminLogin);
      assertThat(admin.locator("main .alert")).hasText(translated.get("common.formErrors"));
      check(admin, language, "setup-refused", english, List.of());
      setup(admin, server.bean(FirstRun.class).setupToken(), adminLogin);
      admin.waitForURL("**/login?created");
      check(admin, language, "setup-done", english, List.of());
      logIn(admin, base, adminLogin);

      PanaUser acting =
          PanaUser.of(server.bean(Logins.class).login(adminLogin, WORDS.toCharArray()));
      Author.actingAs(acting, server.bean(DemoData.class)::load);
      JsonNode family = null;
      for (JsonNode each : json(admin, base + "/api/v1/cases?size=200").get("items")) {
        if (each.get("title").asString().equals(CASE)) {
          family = each;
        }
      }
      assertThat(family).as("the demo's family case").isNotNull();
      String caseId = family.get("id").asString();
      String organisation = family.get("organisationId").asString();
      List<String> written = new ArrayList<>();
      JsonNode full = json(admin, base + "/api/v1/cases/" + caseId);
      for (String field : List.of("title", "notes", "summary")) {
        if (full.has(field) && full.get(field).isString()) {
          written.add(full.get(field).asString());
        }
      }

      // the administrator adds the two coordinators on the accounts page
      admin.navigate(base + "/admin/accounts");
      check(admin, language, "accounts", english, written);
      // and verifies the audit trail
      admin.navigate(base + "/admin/audit?verify=1");
      check(admin, language, "audit", english, written);
      for (String login : List.of("drafter-" + language, "approver-" + language)) {
        admin.navigate(base + "/admin/accounts");
        admin.fill("#account input[name='login']", login);
        admin.selectOption("#account select[name='role']", "coordinator");
        admin.selectOption("#account select[name='organisations']", organisation);
        admin.fill("#account input[name='passphrase']", WORDS);
        admin.click("#account button[type='submit']");
        admin.waitForLoadState();
        assertThat(admin.locator("main")).containsText(login);
      }

      // one drafts a report in the language
      Page drafter =
          browser.newContext(new Browser.NewContextOptions().setLocale(language)).newPage();
      logIn(drafter, base, "drafter-" + language);
      drafter.navigate(base + "/cases/" + caseId);
      drafter.selectOption("#reports select[name='language']", language);
      drafter.click("#build-report");
      drafter.waitForURL("**/reports/*");
      String report = drafter.url().substring(drafter.url().lastIndexOf('/') + 1);
      check(drafter, language, "report-drafted", english, written);

      // the other approves it: refused once, as if the case had changed since the preview
      Page approver =
          browser.newContext(new Browser.NewContextOptions().setLocale(language)).newPage();
      logIn(approver, base, "approver-" + language);
      approver.navigate(base + "/reports/" + report);
      approver.locator("input[name='hash']").evaluate("input => input.value = 'not-the-preview'");
      approver.click("#approve");
      approver.waitForLoadState();
      assertThat(approver.locator("main p.alert").first())
          .hasText(translated.get("conflict.preview_changed"));
      check(approver, language, "approval-refused", english, written);
      approver.navigate(base + "/reports/" + report);
      approver.click("#approve");
      approver.waitForURL("**/reports/" + report);
      assertThat(approver.locator("main")).containsText(translated.get("report.status.APPROVED"));
      assertThat(approver.locator("#approve")).hasCount(0);
      check(approver, language, "report-approved", english, written);
    }
  }

  /** The id of the first record in an answer of the API (a list, or a page of items). */
  private static String firstId(JsonNode node) {
    if (node.isObject() && node.has("id")) {
      return node.get("id").asString();
    }
    for (JsonNode child : node) {
      String found = firstId(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Fills the first-run setup form and sends it. */
  private static void setup(Page page, String token, String login) {
    page.fill("input[name='setupToken']", token);
    page.fill("input[name='login']", login);
    page.fill("#setup input[name='passphrase']", WORDS);
    page.fill("#setup input[name='repeat']", WORDS);
    page.fill("input[name='organisation']", "Steppe volunteers (fictional)");
    page.click("#setup button[type='submit']");
    page.waitForLoadState();
  }

  private static void logIn(Page page, String base, String login) {
    page.navigate(base + "/login");
    page.fill("input[name='username']", login);
    page.fill("input[name='password']", WORDS);
    page.click("#login button[type='submit']");
    page.waitForURL(base + "/");
  }

  /** A JSON answer of the API, read in the page's session. */
  private static JsonNode json(Page page, String url) {
    return JSON.readTree(page.request().get(url).text());
  }

  /** The page is in the language, right to left in Uyghur, and holds no English bundle text. */
  private static void check(
      Page page, String language, String name, Map<String, String> english, List<String> recorded) {
    screenshot(page, "lang-" + language + "-" + name + ".png");
    assertThat(page.locator("html").getAttribute("lang")).as(name).isEqualTo(language);
    assertThat(page.locator("html").getAttribute("dir"))
        .as(name)
        .isEqualTo(language.equals("ug") ? "rtl" : "ltr");
    String text = page.locator("body").innerText();
    for (String written : recorded) {
      text = text.replace(written, "");
    }
    List<String> left = new ArrayList<>();
    for (Map.Entry<String, String> each : english.entrySet()) {
      if (text.contains(each.getValue())) {
        left.add(each.getKey() + " “" + each.getValue() + "”");
      }
    }
    assertThat(left).as("English on the %s page in %s", name, language).isEmpty();
  }

  /**
   * The English bundle's texts that a page in {@code language} must not show: of every message
   * translated differently, each run of text between its arguments that has two words or more (a
   * lone English word may be a name in the records).
   */
  private static Map<String, String> englishTexts(String language) {
    Map<String, String> english = Bundle.UI.english().values();
    Map<String, String> translated = Bundle.UI.translation(language).orElseThrow().values();
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : new TreeSet<>(english.keySet())) {
      String value = english.get(key);
      if (value.equals(translated.get(key))) {
        continue;
      }
      int part = 0;
      for (String run : value.split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")) {
        String text = run.strip();
        if (text.split("\\s+").length >= 2 && text.codePoints().anyMatch(Character::isLetter)) {
          out.put(key + (part++ == 0 ? "" : "#" + part), text);
        }
      }
    }
    return out;
  }
}
