package org.pana.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.pana.app.RunningPana;

/** Tests in a real browser: the system Chromium, headless, driven by Playwright. */
abstract class InBrowser extends RunningPana {

  private static Chromium chromium;
  static Browser browser;

  @BeforeAll
  static void launch() {
    chromium = Chromium.launch();
    browser = chromium.browser();
  }

  @AfterAll
  static void close() {
    if (chromium != null) {
      chromium.close();
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

  /**
   * Clicks the page's "Download PDF" link, keeps the file as {@code target/screenshots/<name>} and
   * returns its text as a reader would copy it (NFKC: the font's ligatures as letters).
   */
  static String downloadedPdfText(Page page, String name) throws IOException {
    Download download = page.waitForDownload(() -> page.click("a:has-text('Download PDF')"));
    Path pdf = Path.of("target", "screenshots", name);
    Files.createDirectories(pdf.getParent());
    download.saveAs(pdf);
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  /** Saves a full-page screenshot as {@code target/screenshots/<name>}, 1280 pixels wide. */
  static void screenshot(Page page, String name) {
    Path shot = Path.of("target", "screenshots", name);
    try {
      Files.createDirectories(shot.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.setViewportSize(1280, 1400);
    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
  }
}
