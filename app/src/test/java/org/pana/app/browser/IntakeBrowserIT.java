package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A volunteer's first session, in a real browser (the system Chromium, headless): record a person
 * with names in three scripts, add two events with partial dates and a confiscated passport, and
 * find the timeline in the right order on the person page.
 */
class IntakeBrowserIT extends InBrowser {

  @Test
  void recordAPersonTheirStoryAndAConfiscatedPassport() throws Exception {
    Page page = loggedIn();
    page.setViewportSize(1280, 1600);

    // Record a fictional person with names in Cyrillic, Latin and Hanzi.
    page.navigate(uri("/people/new").toString());
    page.fill("input[name='names[0].value']", "Динара Ержанқызы");
    page.fill("input[name='names[0].language']", "kk");
    page.fill("input[name='names[1].value']", "Dinara Yerzhanqyzy");
    page.selectOption("select[name='names[1].kind']", "patronymic");
    page.fill("input[name='names[2].value']", "迪娜拉·叶尔江");
    page.selectOption("select[name='names[2].script']", "Hani");
    page.selectOption("select[name='names[2].kind']", "hanzi");
    page.selectOption("select[name='sex']", "female");
    page.fill("input[name='birthDate']", "1986~");
    page.fill("input[name='birthPlace']", "Tekes County");
    page.fill("input[name='source.informant']", "the person");
    page.click("form#intake button[type=submit]");

    // The person page shows the names grouped by script.
    page.waitForURL("**/people/*");
    assertThat(page.locator("h1")).hasText("Динара Ержанқызы");
    assertThat(page.locator("#names")).containsText("Dinara Yerzhanqyzy");
    assertThat(page.locator("#names")).containsText("迪娜拉·叶尔江");
    String personUrl = page.url();

    // Add the later event first, then the earlier one with a coarser date.
    addEvent(page, "BORDER_CROSSED_IRREGULARLY", "2019-01-19", "Crossed at night.");
    page.navigate(personUrl);
    addEvent(page, "DOCUMENT_CONFISCATED", "2016-11", "Passport taken during a family visit.");

    // A bad date is refused next to the field, and nothing is added.
    page.navigate(personUrl);
    page.click("#timeline a.button");
    page.selectOption("select[name=type]", "INTERROGATED");
    page.fill("input[name=date]", "2016-13");
    page.click("form#event button[type=submit]");
    assertThat(page.locator(".error")).containsText("month");

    // Record the confiscated passport.
    page.navigate(personUrl);
    page.click("#documents a.button");
    page.selectOption("select[name=type]", "PASSPORT");
    page.fill("input[name=number]", "E00000001");
    page.selectOption("select[name=custody]", "CONFISCATED");
    page.fill("input[name=custodyDate]", "2016-11");
    page.fill("input[name=custodian]", "county police");
    page.click("form#document button[type=submit]");

    // The timeline is in chronological order, whatever the order of recording.
    page.waitForURL("**/people/*");
    Locator events = page.locator("ol.timeline li.event");
    assertThat(events).hasCount(2);
    assertThat(events.nth(0)).containsText("2016-11");
    assertThat(events.nth(0)).containsText("Document confiscated");
    assertThat(events.nth(1)).containsText("2019-01-19");
    assertThat(page.locator("#documents")).containsText("confiscated 2016-11 county police");

    // Find her again by any variant of her name; the name never enters the URL.
    page.fill("header input[name=q]", "迪娜拉");
    page.press("header input[name=q]", "Enter");
    page.waitForURL("**/people/search");
    assertThat(page.locator("#results")).containsText("Динара Ержанқызы");
    assertThat(page.url()).doesNotContain("迪娜拉").doesNotContain("%");

    // Search as you type on the people list (htmx, by POST with the form's CSRF token).
    page.navigate(uri("/people").toString());
    page.locator("#people-q").pressSequentially("Dinara Yerzh");
    // Only a search (not the plain list) says what it searched for.
    assertThat(page.locator("#results > p").first()).containsText("Dinara Yerzh");
    assertThat(page.locator("#results table")).containsText("Динара Ержанқызы");
    assertThat(page.url()).endsWith("/people");

    page.navigate(personUrl);
    Path screenshot = Path.of("target", "screenshots", "person-page.png");
    Files.createDirectories(screenshot.getParent());
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
    assertThat(Files.size(screenshot)).isPositive();
  }

  @Test
  void correctingARecordShowsTheChangeInItsHistory() {
    String id =
        json(postJson(
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Асан Бекұлы\"}],\"birthDate\":\"1990\"}"))
            .get("id")
            .asString();
    Page page = loggedIn();
    page.navigate(uri("/people/" + id).toString());
    addEvent(page, "ARRIVED", "2019-02", "Arrived in Almaty.");
    page.navigate(uri("/people/" + id).toString());
    addEvent(page, "RELOCATED", "2019-05", "Moved to Shelek.");

    // Correct the person's birth date, saying why.
    page.navigate(uri("/people/" + id + "/edit").toString());
    assertThat(page.locator("input[name='names[0].value']")).hasValue("Асан Бекұлы");
    page.fill("input[name=birthDate]", "1990-07-02");
    page.fill("input[name=reason]", "date from the birth certificate");
    page.click("form#intake button[type=submit]");
    page.waitForURL("**/people/" + id);
    assertThat(page.locator("#facts")).containsText("1990-07-02");

    // Correct an event's date: the timeline reorders.
    page.locator("ol.timeline li.event").nth(1).locator("a.edit").click();
    assertThat(page.locator("input[name=date]")).hasValue("2019-05");
    page.fill("input[name=date]", "2019-01");
    page.click("form#event button[type=submit]");
    page.waitForURL("**/people/" + id + "#timeline");
    assertThat(page.locator("ol.timeline li.event").nth(0)).containsText("Relocated");

    // The history lists both revisions of the person, what changed and why.
    page.navigate(uri("/history/" + id).toString());
    Locator rows = page.locator("table.history tbody tr");
    assertThat(rows).hasCount(2);
    // the field in words (history.field.birthDate), not as the record's body names it
    assertThat(rows.nth(0)).containsText("date of birth");
    assertThat(rows.nth(0)).containsText("date from the birth certificate");
  }

  /** A fresh browser context (no cookies) logged in through the login page. */
  private static void addEvent(Page page, String type, String date, String narrative) {
    page.click("#timeline a.button");
    page.selectOption("select[name=type]", type);
    page.fill("input[name=date]", date);
    page.fill("textarea[name=narrative]", narrative);
    page.click("form#event button[type=submit]");
    page.waitForURL("**/people/*#timeline");
  }
}
