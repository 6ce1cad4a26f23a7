package org.pana.app.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.Consents;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Consent records: given with how and by whom, checked for what they cover, withdrawn from a day
 * on; the check every share or publication makes follows them.
 */
class ConsentApiIT extends RunningPana {

  @Autowired Consents consents;

  @Test
  void aConsentHoldsUntilItIsWithdrawn() {
    String person = person("Айжан Мұратқызы");
    HttpResponse<String> given =
        postJson(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"pseudonym\":\"A.\",\"given\":\"2024-03-01\","
                + "\"obtainedHow\":\"RECORDED_STATEMENT\",\"note\":\"for the annual report\"}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
    JsonNode consent = json(given);
    assertThat(consent.get("obtainedBy").asString()).isEqualTo(ADMIN);
    assertThat(consent.get("holdsToday").asBoolean()).isTrue();
    assertThat(allows(person, ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "2024-03-01")).isTrue();
    assertThat(allows(person, ConsentScope.PUBLICATION_WITH_NAME, "2024-03-02"))
        .as("a pseudonym is not a name")
        .isFalse();
    assertThat(allows(person, ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "2024-02-29"))
        .as("not before it was given")
        .isFalse();

    String id = consent.get("id").asString();
    HttpResponse<String> early = withdraw(id, given, "2024-02-01");
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(early.body()).contains("before_given");
    HttpResponse<String> withdrawn = withdraw(id, given, "2024-06-01");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(allows(person, ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "2024-05-31")).isTrue();
    assertThat(allows(person, ConsentScope.PUBLICATION_UNDER_PSEUDONYM, "2024-06-01"))
        .as("withdrawn consent blocks anything new from that day")
        .isFalse();
    assertThat(get("/people/" + person).body()).contains("withdrawn 2024-06-01");
  }

  @Test
  void whatAConsentNeedsIsCheckedFieldByField() {
    String person = person("Мөлдір Сәкенқызы");
    HttpResponse<String> refused =
        postRefused(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"SHARING_WITH_PARTNER\",\"given\":\"soon\",\"obtainedHow\":\"TELEPATHY\","
                + "\"evidenceId\":\"nope\",\"scripts\":[\"Cyrl\",\"klingon\"]}");
    assertThat(refused.body())
        .contains("partnerOrganisationId")
        .contains("\"given\"")
        .contains("obtainedHow")
        .contains("evidenceId")
        .contains("\"scripts\"");
    HttpResponse<String> noPseudonym =
        postRefused(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"given\":\"2024-01-01\",\"obtainedHow\":\"SIGNED_FORM\"}");
    assertThat(noPseudonym.body()).contains("pseudonym");
    assertThat(json(get("/api/v1/persons/" + person + "/consents")).get("items")).isEmpty();
  }

  /** The check a share or publication makes, as the test administrator. */
  private boolean allows(String person, ConsentScope scope, String day) {
    String admin =
        accounts.all().stream().filter(a -> a.login().equals(ADMIN)).findFirst().orElseThrow().id();
    return Author.actingAs(
        PanaUser.of(accounts.get(admin)),
        () -> consents.allows(person, scope, null, LocalDate.parse(day)));
  }

  private HttpResponse<String> withdraw(String id, HttpResponse<String> current, String date) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/consents/" + id + "/withdraw"))
            .header("Content-Type", "application/json")
            .header("If-Match", etag(current))
            .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\"}"))
            .build());
  }
}
