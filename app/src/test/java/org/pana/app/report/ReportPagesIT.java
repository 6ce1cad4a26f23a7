package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report builder page: a Russian report shows Russian headings inside an English page, and only
 * the events marked public are ticked to be told by default. Everyone is invented.
 */
class ReportPagesIT extends WithReports {

  @Test
  void aRussianReportHasNoEnglishHeadingAndOnlyPublicEventsAreTickedByDefault() {
    String person =
        id(
            postJson(
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Тимур Асқарұлы\"}],\"sex\":\"male\"}"));
    String shown =
        id(
            postJson(
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"DETAINED\",\"date\":\"2018-04\",\"visibility\":\"PUBLIC\"}"));
    String kept =
        id(
            postJson(
                "/api/v1/persons/" + person + "/events",
                "{\"type\":\"RELEASED\",\"date\":\"2018-06\",\"visibility\":\"ORGANISATION\"}"));
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\"Russian page (test)\",\"personIds\":[\"" + person + "\"]}"));
    String report = id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"ru\"}"));

    String page = get("/reports/" + report).body();

    String article = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
    assertThat(article)
        .contains("<h2>Источники</h2>")
        .contains("ПРОЕКТ")
        .doesNotContain("Sources")
        .doesNotContain("DRAFT");
    assertThat(ticked(page, shown)).as("a public event").isTrue();
    assertThat(ticked(page, kept)).as("an event of the organisation").isFalse();
  }

  /** Whether the page ticks an event to be told. */
  private static boolean ticked(String page, String event) {
    var input =
        Pattern.compile("<input[^>]*name=\"eventIds\"[^>]*value=\"" + event + "\"[^>]*>")
            .matcher(page);
    assertThat(input.find()).as("the event is listed").isTrue();
    return input.group().contains("checked");
  }
}
