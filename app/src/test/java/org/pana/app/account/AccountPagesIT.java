package org.pana.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.springframework.web.util.HtmlUtils;

/** A volunteer's own account page names their organisations, not the ids the account keeps. */
class AccountPagesIT extends RunningPana {

  @Test
  void theAccountPageNamesTheOrganisations() {
    HttpClient kazakh = coordinatorIn("kk", "account-kk");
    String name = json(get("/api/v1/organisations/" + home())).get("name").asString();

    String page = send(kazakh, HttpRequest.newBuilder(uri("/account")).GET().build()).body();

    assertThat(page)
        .contains("class=\"badge\">" + HtmlUtils.htmlEscape(name, "UTF-8") + "</span>")
        .doesNotContain(home());
  }
}
