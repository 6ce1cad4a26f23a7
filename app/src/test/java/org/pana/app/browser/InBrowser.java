package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.pana.app.RunningPana;

/** Tests in a real browser: the system Chromium, headless, driven by Playwright. */
abstract class InBrowser extends RunningPana {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void launch() {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Debian's chromium must be installed (apt-get install chromium); .ci/run does it")
        .isTrue();
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  /** A new browser context logged in as the test administrator, on the dashboard. */
  Page loggedIn() {
    Page page = browser.newContext().newPage();
    page.navigate(uri("/people").toString());
    assertThat(page.url()).endsWith("/login");
    page.fill("input[name='username']", ADMIN);
    page.fill("input[name='password']", PASSPHRASE);
    page.click("#login button[type='submit']");
    page.waitForURL(uri("/").toString());
    assertThat(page.textContent("#current-login")).isEqualTo(ADMIN);
    return page;
  }
}
