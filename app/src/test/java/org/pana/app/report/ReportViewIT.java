package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pana.core.account.Role;
import tools.jackson.databind.JsonNode;

/**
 * A draft reads the same to everyone allowed to see it: it is written with the view of the case's
 * owning organisation, never the reader's. A caseworker who also belongs to a second organisation
 * drafts; a coordinator of the owning organisation who is not on the case team reads the same text
 * under the same hash and approves exactly that text. A viewer reads no reports; a partner the case
 * is shared with sees none. Everyone is invented.
 */
class ReportViewIT extends WithReports {

  @Test
  void everyoneAllowedToSeeADraftReadsTheSameTextAndTheApproverFreezesIt() {
    String owner = organisation("Owning group (fictional)");
    String second = organisation("Second group (fictional)");
    String partner = organisation("Partner group (fictional)");
    Caller recorderOfSecond = account("view-recorder-second", Role.CASEWORKER, second);
    Caller recorderOfOwner = account("view-recorder-owner", Role.CASEWORKER, owner);
    Caller drafter = account("view-drafter", Role.CASEWORKER, Set.of(owner, second));
    Caller coordinator = account("view-coordinator", Role.COORDINATOR, owner);
    Caller viewer = account("view-viewer", Role.VIEWER, owner);
    Caller outsider = account("view-partner", Role.COORDINATOR, partner);

    // he was recorded by the second group; his wife by the owning group, with a private event
    String him =
        id(
            postAs(
                recorderOfSecond,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Қайрат Бекұлы\"}],\"sex\":\"male\","
                    + "\"birthDate\":\"1980-05\",\"ethnicity\":\"Kazakh\"}"));
    id(
        postAs(
            recorderOfSecond,
            "/api/v1/persons/" + him + "/events",
            "{\"type\":\"DOCUMENT_CONFISCATED\",\"date\":\"2017-02\",\"place\":\"Tekes\","
                + "\"visibility\":\"PUBLIC\",\"narrative\":\"I waited for my cousin near"
                + " Saryozek.\"}"));
    consent(recorderOfSecond, him, "PUBLICATION_UNDER_PSEUDONYM", "\"pseudonym\":\"Bolat\"");
    consent(
        recorderOfSecond,
        him,
        "SHARING_WITH_PARTNER",
        "\"partnerOrganisationId\":\"" + partner + "\"");
    String her =
        id(
            postAs(
                recorderOfOwner,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Айгүл Серікқызы\"}],\"sex\":\"female\"}"));
    id(
        postAs(
            recorderOfOwner,
            "/api/v1/persons/" + her + "/events",
            "{\"type\":\"DETAINED\",\"date\":\"2018-03\",\"place\":\"Saryozek school 3\","
                + "\"visibility\":\"PRIVATE\"}"));
    consent(
        recorderOfOwner,
        her,
        "SHARING_WITH_PARTNER",
        "\"partnerOrganisationId\":\"" + partner + "\"");
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\"View case (test)\",\"personIds\":[\""
                    + him
                    + "\",\""
                    + her
                    + "\"],\"organisationId\":\""
                    + owner
                    + "\",\"sharedWith\":[\""
                    + partner
                    + "\"]}"));

    HttpResponse<String> created =
        postAs(drafter, "/api/v1/cases/" + caseId + "/reports", "{\"subjectId\":\"" + him + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String report = json(created).get("id").asString();
    String drafted = json(created).get("hash").asString();

    JsonNode asCoordinator = json(getAs(coordinator, "/api/v1/reports/" + report));
    String text = getAs(coordinator, "/api/v1/reports/" + report + "?format=md").body();
    assertThat(asCoordinator.get("hash").asString()).isEqualTo(drafted);
    assertThat(getAs(drafter, "/api/v1/reports/" + report + "?format=md").body()).isEqualTo(text);
    // a place known only from a private event is kept out of the quote, whoever reads
    assertThat(text).contains("Bolat").doesNotContain("Saryozek");
    // a viewer does not read reports at all (caseworkers and up do)
    assertThat(getAs(viewer, "/api/v1/reports/" + report).statusCode()).isEqualTo(403);

    // the partner the case is shared with sees the case, not its reports
    assertThat(getAs(outsider, "/api/v1/reports/" + report).statusCode()).isEqualTo(404);
    assertThat(json(getAs(outsider, "/api/v1/cases/" + caseId + "/reports")).get("items"))
        .isEmpty();
    assertThat(approve(outsider, report, 1, drafted).statusCode()).isEqualTo(404);

    HttpResponse<String> approved = approve(coordinator, report, 1, drafted);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).get("hash").asString()).isEqualTo(drafted);
    assertThat(getAs(coordinator, "/api/v1/reports/" + report + "?format=md").body())
        .contains("Version " + drafted);
  }

  private String organisation(String name) {
    return id(postJson("/api/v1/organisations", "{\"name\":\"" + name + "\"}"));
  }

  private void consent(Caller caller, String person, String scope, String extra) {
    id(
        postAs(
            caller,
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\""
                + scope
                + "\","
                + extra
                + ",\"given\":\"2024-01-10\",\"obtainedHow\":\"SIGNED_FORM\"}"));
  }
}
