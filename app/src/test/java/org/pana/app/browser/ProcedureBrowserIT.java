package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The procedure issue's browser test: a volunteer records the steps of a case on its page and the
 * dashboard lists the next deadline, with the case and the rule that made it.
 */
class ProcedureBrowserIT extends InBrowser {

  @Test
  void recordTheStepsOfACaseAndSeeTheNextDeadlineOnTheDashboard() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String caseId = newCase("Procedure browser case", person("Ақбота Серікқызы"));

    Page page = loggedIn();
    page.navigate(uri("/cases/" + caseId).toString());
    record(page, "ARRIVED", today.minusDays(2).toString());
    record(page, "PETITION_SUBMITTED", today.minusDays(1).toString());
    record(page, "PETITION_REGISTERED", today.minusDays(1).toString());
    record(page, "CERTIFICATE_ISSUED", today.toString());
    assertThat(page.locator("ol.steps li.step")).hasCount(4);
    Locator fingerprints =
        page.locator("table.deadlines tr.deadline")
            .filter(new Locator.FilterOptions().setHasText("fingerprints"));
    assertThat(fingerprints).containsText(today.plusDays(3).toString());
    assertThat(fingerprints).containsText("Fingerprint registration within 3 calendar days");
    assertThat(fingerprints.locator("a[rel='noopener noreferrer']").first())
        .hasAttribute(
            "href",
            "https://zakonpravo.kz/en/article-11-granting-refugee-status-to-the-refugee-act");
    java.nio.file.Path shot = java.nio.file.Path.of("target", "screenshots", "case-procedure.png");
    try {
      java.nio.file.Files.createDirectories(shot.getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.setViewportSize(1280, 1400);
    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));

    // out of order without a reason: the error is next to the reason field, nothing recorded
    page.selectOption("select[name=type]", "APPEAL_FILED");
    page.fill("input[name=date]", today.toString());
    page.click("form#step button[type=submit]");
    assertThat(page.locator("#overrideReason-error")).containsText("does not follow");
    assertThat(page.locator("ol.steps li.step")).hasCount(4);

    page.navigate(uri("/").toString());
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(java.nio.file.Path.of("target", "screenshots", "dashboard-due.png"))
            .setFullPage(true));
    // the header's notification counts what is due within a week
    assertThat(page.locator("#due-badge")).containsText("due");
    Locator week = page.locator("#due .due-group.week");
    Locator item =
        week.locator("li.due-item")
            .filter(new Locator.FilterOptions().setHasText("Procedure browser case"));
    assertThat(item).containsText("fingerprints");
    assertThat(item).containsText(today.plusDays(3).toString());
    assertThat(item).containsText("Fingerprint registration within 3 calendar days");
    item.locator("a").click();
    page.waitForURL("**/cases/" + caseId + "#procedure");
    assertThat(page.url()).contains(caseId);
  }

  private static void record(Page page, String type, String date) {
    page.selectOption("select[name=type]", type);
    page.fill("input[name=date]", date);
    page.click("form#step button[type=submit]");
    page.waitForURL("**#procedure");
  }
}
