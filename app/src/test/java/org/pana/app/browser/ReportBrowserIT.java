package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.demo.DemoData;
import org.pana.core.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The report issue's browser test: from a demo case, a volunteer builds a report and sees every
 * redaction marked in the preview; a coordinator approves it as the second person and downloads the
 * PDF, which says what the preview said and nothing private.
 */
class ReportBrowserIT extends InBrowser {

  @Autowired DemoData demo;

  @Test
  void buildAReportFromADemoCaseApproveItAsASecondPersonAndDownloadThePdf() throws IOException {
    PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
    Author.actingAs(admin, demo::load);
    JsonNode cases = json(get("/api/v1/cases?size=200")).get("items");
    String caseId = null;
    String owner = null;
    String man = null;
    for (JsonNode each : cases) {
      if (each.get("title").asString().equals("Family case — Zhaosu (demo)")) {
        caseId = each.get("id").asString();
        owner = each.get("organisationId").asString();
        man = each.get("personIds").get(0).asString();
      }
    }
    assertThat(caseId).as("the demo's family case").isNotNull();

    Page page = loggedIn();
    page.navigate(uri("/cases/" + caseId).toString());
    page.selectOption("#reports select[name=language]", "en");
    page.click("#build-report");
    page.waitForURL("**/reports/*");
    String report = page.url().substring(page.url().lastIndexOf('/') + 1);
    assertThat(page.locator("article.report .draft-banner")).containsText("DRAFT");
    assertThat(page.locator("article.report h1")).hasText("Account: Arman");
    assertThat(page.locator("mark.redaction[data-redaction=PSEUDONYM]").first())
        .containsText("Arman");
    assertThat(page.locator("mark.redaction[data-redaction=PLACE_COARSENED]").first())
        .containsText("Ili Kazakh Autonomous Prefecture");
    assertThat(page.locator("mark.redaction[data-redaction=THIRD_PARTY_GENERALISED]")).hasCount(1);
    assertThat(page.locator("article.report"))
        .containsText("a relative had been detained in Xinjiang");
    assertThat(page.locator("article.report")).not().containsText("Nurbol");
    assertThat(page.locator("article.report")).not().containsText("Yerlan");
    assertThat(page.locator("#approval")).containsText("second person");
    screenshot(page, "report-preview.png");

    // the second person: a coordinator of the owning organisation
    accounts.add(
        admin,
        "report-approver",
        Role.COORDINATOR,
        Set.of(owner),
        "approver passphrase".toCharArray());
    Page coordinator =
        browser
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))
            .newPage();
    coordinator.navigate(uri("/login").toString());
    coordinator.fill("input[name='username']", "report-approver");
    coordinator.fill("input[name='password']", "approver passphrase");
    coordinator.click("#login button[type='submit']");
    coordinator.waitForURL(uri("/").toString());
    coordinator.navigate(uri("/reports/" + report).toString());
    coordinator.click("#approve");
    coordinator.waitForURL("**/reports/" + report);
    assertThat(coordinator.locator("main")).containsText("approved by report-approver");
    assertThat(coordinator.locator("article.report .draft-banner")).hasCount(0);
    assertThat(coordinator.locator("mark.redaction")).hasCount(0);

    String text = downloadedPdfText(coordinator, "report-approved.pdf");
    assertThat(text)
        .contains("Account: Arman")
        .contains("Arman (a pseudonym) is a Kazakh man")
        .contains("Version sha256:")
        .doesNotContain("DRAFT")
        .doesNotContain("Nurbol")
        .doesNotContain("Нұрбол")
        .doesNotContain("Yerlan")
        .doesNotContain("654026198204170314")
        .doesNotContain("Shelek, Enbekshikazakh");

    // the sample for the notes: the approved account as Markdown, and a Russian draft
    Files.writeString(
        Path.of("target", "screenshots", "report-approved.md"),
        get("/api/v1/reports/" + report + "?format=md").body());
    String russian =
        json(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"ru\"}"))
            .get("id")
            .asString();
    Files.writeString(
        Path.of("target", "screenshots", "report-draft-ru.md"),
        get("/api/v1/reports/" + russian + "?format=md").body());

    // the release goes into the ledger, and the person's page lists it
    coordinator.selectOption("select[name=recipientKind]", "UN_BODY");
    coordinator.fill("input[name=recipient]", "Example UN desk (fictional)");
    coordinator.click("#ledger button[type=submit]");
    assertThat(coordinator.locator("#ledger li.disclosure"))
        .containsText("Example UN desk (fictional)");
    screenshot(coordinator, "report-approved.png");

    // his page lists the release, and his brother as a third party at risk
    coordinator.navigate(uri("/people/" + man).toString());
    assertThat(coordinator.locator("#disclosures")).containsText("Example UN desk (fictional)");
    assertThat(coordinator.locator("#relatives")).containsText("Нұрбол Бақытұлы");
    assertThat(coordinator.locator("#relatives .badge.risk")).hasText("at risk");
    assertThat(coordinator.locator("#consents")).containsText("publication under a pseudonym");

    // the coordinator's statistics: charts drawn without JavaScript, small cells suppressed
    coordinator.navigate(uri("/statistics").toString());
    assertThat(coordinator.locator("#stats-region svg.chart")).isVisible();
    assertThat(coordinator.locator("#stats-region")).containsText("fewer than 5");
    screenshot(coordinator, "statistics.png");
  }
}
