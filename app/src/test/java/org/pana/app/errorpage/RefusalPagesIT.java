package org.pana.app.errorpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.i18n.Bundle;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal shown at the top of a page, not next to a field, is in the page's language: a record
 * that is not retracted cannot be restored, a report whose case changed since its preview cannot be
 * approved, nor one without the consent it needs (saying whose), a file of a kind not accepted is
 * not uploaded, and a record retracted already cannot be retracted again. The coordinator reads
 * Kazakh; the casebook's English words stay out. Everyone is invented.
 */
class RefusalPagesIT extends RunningPana {

  private static HttpClient kazakh;

  @BeforeEach
  void aCoordinatorWhoReadsKazakh() {
    synchronized (RefusalPagesIT.class) {
      if (kazakh != null) {
        return;
      }
      kazakh = coordinatorIn("kk", "refusals-kk");
    }
  }

  @Test
  void restoringARecordThatIsNotRetractedIsRefusedInKazakh() {
    String person = person("Refusal Restorova");

    HttpResponse<String> refused =
        submit(
            "/retracted", "/records/" + person + "/restore", "revision", "1", "reason", "a test");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(kazakh("conflict.not_retracted"))
        .doesNotContain("nothing to restore");
  }

  @Test
  void approvingAReportWhoseCaseChangedIsRefusedInKazakh() {
    String report = draftedReport("Refusal Approvova");

    HttpResponse<String> refused =
        submit(
            "/reports/" + report,
            "/reports/" + report + "/approve",
            "revision",
            "1",
            "hash",
            "not-the-preview");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(kazakh("conflict.preview_changed"))
        .doesNotContain("The case changed since this preview");
  }

  @Test
  void approvingAReportWithoutTheConsentItNeedsIsRefusedInKazakhSayingWhose() {
    String report = draftedReport("Refusal Consentova");

    HttpResponse<String> refused =
        submit("/reports/" + report, "/reports/" + report + "/approve", "revision", "1");

    assertThat(refused.statusCode()).isEqualTo(200);
    String whose =
        new MessageFormat(
                Bundle.UI.translation("kk").orElseThrow().values().get("report.blocker.no_consent"),
                new ULocale("kk"))
            .format(new Object[] {"Refusal Consentova", casebookToday().toString()});
    assertThat(refused.body())
        .contains(
            "<p class=\"alert\" role=\"alert\">" + HtmlUtils.htmlEscape(whose, "UTF-8") + "</p>")
        .doesNotContain(kazakh("problem.no_consent"))
        .doesNotContain("No consent to publication");
  }

  @Test
  void aFileOfAKindNotAcceptedIsRefusedInKazakh() {
    String person = person("Refusal Uploadova");
    String boundary = "refusal-boundary";
    String body =
        part(boundary, "_csrf", null, csrf(page("/people/" + person).body()))
            + part(
                boundary,
                "file",
                "page.html",
                "<!DOCTYPE html><html><body><p>a web page</p></body></html>")
            + "--"
            + boundary
            + "--\r\n";

    HttpResponse<String> upload =
        send(
            kazakh,
            HttpRequest.newBuilder(uri("/people/" + person + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    assertThat(upload.statusCode()).isEqualTo(302);
    String shown = page("/people/" + person).body();

    assertThat(shown).contains(kazakh("problem.type")).doesNotContain("are not accepted");
  }

  @Test
  void theErrorPageSaysWhyARecordCannotBeRetractedInKazakh() {
    String person = person("Refusal Retractova");
    HttpResponse<String> retracted =
        submit(
            "/records/" + person + "/retract",
            "/records/" + person + "/retract",
            "revision",
            "1",
            "reason",
            "entered twice");
    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(302);

    HttpResponse<String> again = page("/records/" + person + "/retract");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body())
        .contains(kazakh("conflict.retracted_already"))
        .doesNotContain("retracted already");
  }

  /** A report drafted in English by the administrator on a case of one new person. */
  private String draftedReport(String name) {
    String caseId = newCase("Refused approval of " + name + " (test)", person(name));
    return id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));
  }

  /** A message of the Kazakh bundle, as a page shows it (HTML-escaped). */
  private static String kazakh(String key) {
    String text = Bundle.UI.translation("kk").orElseThrow().values().get(key);
    assertThat(text).as(key).isNotNull();
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private HttpResponse<String> page(String path) {
    return send(kazakh, HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** Posts a form from the page {@code from} (its CSRF token) to {@code action}, in Kazakh. */
  private HttpResponse<String> submit(String from, String action, String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    fields.put("_csrf", csrf(page(from).body()));
    return send(
        kazakh,
        HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  private static String part(String boundary, String name, String fileName, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/html")
        + "\r\n\r\n"
        + value
        + "\r\n";
  }
}
