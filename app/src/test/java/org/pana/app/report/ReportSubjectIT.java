package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.i18n.Bundle;
import org.pana.core.account.Role;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Whom a report on a family's case is about: the person chosen, else the first person listed in the
 * case (cases do not mark a principal applicant yet); the others are told of as family members, and
 * a blocker names the person it concerns, on the report's page in the reader's language. Everyone
 * is invented.
 */
class ReportSubjectIT extends WithReports {

  @Test
  void aReportOnAFamilyIsAboutThePersonChosenAndABlockerNamesWhom() {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"Family test group (fictional)\"}"));
    Caller caseworker = account("subject-caseworker", Role.CASEWORKER, organisation);
    String son = person(caseworker, "Нұрислам Ерболұлы", "male");
    String mother = person(caseworker, "Сая Нұрланқызы", "female");
    String father = person(caseworker, "Ербол Қанатұлы", "male");
    id(
        postAs(
            caseworker,
            "/api/v1/persons/" + father + "/consents",
            "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"pseudonym\":\"Marat\","
                + "\"given\":\"2024-01-10\",\"obtainedHow\":\"SIGNED_FORM\"}"));
    id(
        postAs(
            caseworker,
            "/api/v1/persons/" + mother + "/events",
            "{\"type\":\"RELOCATED\",\"date\":\"2019-02\",\"place\":\"Almaty\","
                + "\"visibility\":\"PUBLIC\"}"));
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\"Family report (test)\",\"personIds\":[\""
                    + son
                    + "\",\""
                    + mother
                    + "\",\""
                    + father
                    + "\"],\"organisationId\":\""
                    + organisation
                    + "\"}"));

    JsonNode aboutHim =
        json(
            postAs(
                caseworker,
                "/api/v1/cases/" + caseId + "/reports",
                "{\"subjectId\":\"" + father + "\"}"));
    assertThat(aboutHim.get("subjectId").asString()).isEqualTo(father);
    assertThat(aboutHim.get("blocker").isNull()).isTrue();
    assertThat(
            getAs(caseworker, "/api/v1/reports/" + aboutHim.get("id").asString() + "?format=md")
                .body())
        .contains("# Account: Marat")
        .contains("Marat (a pseudonym) is a man")
        .contains("The case also concerns 2 other family members.")
        .contains("In February 2019, a family member moved to Almaty.")
        .doesNotContain("Ербол")
        .doesNotContain("Сая");

    JsonNode byDefault =
        json(postAs(caseworker, "/api/v1/cases/" + caseId + "/reports", "{\"language\":\"en\"}"));
    assertThat(byDefault.get("subjectId").asString()).isEqualTo(son);
    assertThat(byDefault.get("blocker").asString())
        .contains("No consent to publication")
        .contains(son)
        .doesNotContain("Нұрислам");
    // the page says it in its reader's language, naming the person
    HttpClient kazakh = loginIn("kk", "subject-caseworker", "report test passphrase");
    String page =
        send(
                kazakh,
                HttpRequest.newBuilder(uri("/reports/" + byDefault.get("id").asString())).build())
            .body();
    Map<String, String> kk = Bundle.UI.translation("kk").orElseThrow().values();
    String blocker =
        new MessageFormat(kk.get("report.blocker.no_consent"), new ULocale("kk"))
            .format(new Object[] {"Нұрислам Ерболұлы", casebookToday().toString()});
    assertThat(page)
        .contains(
            HtmlUtils.htmlEscape(
                new MessageFormat(kk.get("report.blocked"), new ULocale("kk"))
                    .format(new Object[] {blocker}),
                "UTF-8"))
        .doesNotContain("No consent to publication");

    HttpResponse<String> stranger =
        postAs(
            caseworker,
            "/api/v1/cases/" + caseId + "/reports",
            "{\"subjectId\":\"" + caseId + "\"}");
    assertThat(stranger.statusCode()).isEqualTo(422);
    assertThat(stranger.body()).contains("\"subjectId\"").contains("not_in_case");
  }

  private String person(Caller caller, String name, String sex) {
    return id(
        postAs(
            caller,
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"" + name + "\"}],\"sex\":\"" + sex + "\"}"));
  }
}
