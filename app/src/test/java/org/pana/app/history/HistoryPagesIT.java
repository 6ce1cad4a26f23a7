package org.pana.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.i18n.Bundle;
import org.springframework.web.util.HtmlUtils;

/**
 * A record's history says why each revision was made: the reason a volunteer typed, as typed, and
 * the reason Pana gave a change it made for them ("report drafted") in the reader's language, while
 * the API keeps the stored English; it names what changed in the reader's language and who changed
 * it by their login, not by the ids the revisions keep. Everyone is invented.
 */
class HistoryPagesIT extends RunningPana {

  @Test
  void theReasonPanaGaveIsInTheReadersLanguage() {
    HttpClient kazakh = coordinatorIn("kk", "history-kk");
    String caseId = newCase("History in Kazakh (test)", person("Historia Testova"));
    String report = id(postJson("/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));

    String page =
        send(kazakh, HttpRequest.newBuilder(uri("/history/" + report)).GET().build()).body();

    String drafted =
        Bundle.UI.translation("kk").orElseThrow().values().get("history.reason.REPORT_DRAFTED");
    assertThat(drafted).isNotNull();
    assertThat(page)
        .contains(HtmlUtils.htmlEscape(drafted, "UTF-8"))
        .doesNotContain("report drafted");
    assertThat(get("/api/v1/records/" + report + "/history").body()).contains("report drafted");
  }

  @Test
  void whatChangedAndWhoChangedItAreInWords() {
    HttpClient kazakh = coordinatorIn("kk", "history-fields-kk");
    String person = person("Historia Fieldova");
    HttpResponse<String> changed =
        putJson(
            "/api/v1/persons/" + person,
            etag(get("/api/v1/persons/" + person)),
            "{\"names\":[{\"value\":\"Historia Fieldova\"}],\"birthDate\":\"1983-04\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    String administrator =
        accounts.all().stream().filter(a -> a.login().equals(ADMIN)).findFirst().orElseThrow().id();

    String page =
        send(kazakh, HttpRequest.newBuilder(uri("/history/" + person)).GET().build()).body();

    String birthDate =
        Bundle.UI.translation("kk").orElseThrow().values().get("history.field.birthDate");
    assertThat(birthDate).isNotNull();
    assertThat(page)
        .contains(">" + HtmlUtils.htmlEscape(birthDate, "UTF-8") + "<")
        .doesNotContain(">birthDate<")
        .contains("<td>" + ADMIN + "</td>")
        .doesNotContain(administrator);
  }
}
