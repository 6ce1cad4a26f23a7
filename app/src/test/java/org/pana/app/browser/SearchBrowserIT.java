package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The names issue's done-when, in a real browser: a volunteer types a name the way they heard or
 * read it, in any script, into the search box every page has, and finds the fictional person
 * recorded only in another script, with the written form that matched and why. And the intake form
 * warns, as the volunteer types, that the person may already be here.
 */
class SearchBrowserIT extends InBrowser {

  @Test
  void findsAPersonRecordedInAnotherScript() throws Exception {
    String hanzi = id(postJson("/api/v1/persons", person("努尔兰·赛力克", "Hani", "1987-03-04")));
    String cyrillic = id(postJson("/api/v1/persons", person("Нұрлан Серікұлы", "Cyrl", "1990")));
    Page page = loggedIn();

    // Latin spelling → the person recorded only in Hanzi, from the box on the dashboard
    search(page, "Nurlan Serikuly");
    Locator hanziRow = row(page, hanzi);
    assertThat(hanziRow).containsText("努尔兰·赛力克");
    assertThat(hanziRow.locator(".why")).containsText("nurlan ~ 努尔兰");
    assertThat(hanziRow).containsText("1987");

    // Chinese passport pinyin and Arabic script → the person recorded in Kazakh Cyrillic
    search(page, "NUERLAN SAILIKE");
    assertThat(row(page, cyrillic)).containsText("Нұрлан Серікұлы");
    search(page, "نۇرلان سەرىكۇلى");
    assertThat(row(page, cyrillic)).containsText("Нұрлан Серікұлы");
    assertThat(row(page, cyrillic).locator(".variant")).hasText("Нұрлан Серікұлы");
    search(page, "Nurlan Serikuly");
    java.nio.file.Path screenshot =
        java.nio.file.Path.of("target", "screenshots", "search-results.png");
    java.nio.file.Files.createDirectories(screenshot.getParent());
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));

    // Filters: born in the 1980s leaves out the one born in 1990
    page.click("details.filters summary");
    page.fill("input[name=yearFrom]", "1980");
    page.fill("input[name=yearTo]", "1989");
    page.click("#people-search button[type=submit]");
    assertThat(row(page, hanzi)).isVisible();
    assertThat(page.locator("a[href='/people/" + cyrillic + "']")).hasCount(0);

    // A bad filter is named next to its field, and nothing else changes
    page.fill("input[name=yearFrom]", "19x7");
    page.click("#people-search button[type=submit]");
    assertThat(page.locator("#yearFrom-error")).containsText("four digits");
  }

  @Test
  void findsNamesWrittenTheWayChinaWritesThem() {
    String traditional = id(postJson("/api/v1/persons", person("馬木提·吐爾遜", "Hant", "1968")));
    String hanzi = id(postJson("/api/v1/persons", person("麦麦提图尔荪·卡迪尔", "Hans", "1984")));
    String uyghur = id(postJson("/api/v1/persons", person("ئابدۇكېرىم قاسىم", "Arab", "1991")));
    Page page = loggedIn();

    // recorded in traditional characters, asked for in simplified ones
    search(page, "马木提·吐尔逊");
    assertThat(row(page, traditional)).containsText("馬木提·吐爾遜");
    // recorded in Hanzi, asked for in the pinyin of a Chinese document, run together, no tones
    search(page, "maimaitituersunkadier");
    assertThat(row(page, hanzi)).containsText("麦麦提图尔荪·卡迪尔");
    // recorded in Uyghur script, asked for by its Chinese rendering
    search(page, "阿不都克里木·卡斯木");
    assertThat(row(page, uyghur)).containsText("ئابدۇكېرىم قاسىم");
    assertThat(row(page, uyghur).locator(".why")).containsText("卡斯木");
  }

  @Test
  void theIntakeFormSaysThePersonMayAlreadyBeHere() {
    String existing =
        id(postJson("/api/v1/persons", person("Гүлбаһрам Тоқтарқызы", "Cyrl", "1979-11-02")));
    Page page = loggedIn();
    page.navigate(uri("/people/new").toString());
    page.fill("input[name='names[0].value']", "Gulbakhram Toktarkyzy");
    Locator similar = page.locator("#similar");
    assertThat(similar).containsText("may already be here");
    assertThat(similar.locator("a[href='/people/" + existing + "']"))
        .hasText("Гүлбаһрам Тоқтарқызы");
    // someone else's name: the warning goes
    page.fill("input[name='names[0].value']", "Zhibek Orazkyzy Temirova");
    assertThat(similar).not().containsText("may already be here");
  }

  private void search(Page page, String name) {
    page.navigate(uri("/").toString());
    page.fill("form.search input[name=q]", name);
    page.press("form.search input[name=q]", "Enter");
    page.waitForURL("**/people/search");
  }

  private static Locator row(Page page, String id) {
    return page.locator("tr.match")
        .filter(new Locator.FilterOptions().setHas(page.locator("a[href='/people/" + id + "']")));
  }

  private static String person(String name, String script, String born) {
    return "{\"names\":[{\"value\":\""
        + name
        + "\",\"script\":\""
        + script
        + "\"}],\"birthDate\":\""
        + born
        + "\"}";
  }
}
