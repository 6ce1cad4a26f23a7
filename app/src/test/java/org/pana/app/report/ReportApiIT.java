package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pana.core.account.Role;
import tools.jackson.databind.JsonNode;

/**
 * From a case to a released report through the API: a draft in every format, nothing private in any
 * of them, approval by a second person only, release only under consent that holds, every release
 * in the ledger, and a withdrawn consent listing what to ask back. Everyone is invented.
 */
class ReportApiIT extends WithReports {

  private static final String PASSPORT = "EH4471902";
  private static final String NUMBER_IN_TESTIMONY = "654022198402030318";
  private static final String EXACT_PLACE = "Kokterek village, Tekes County, Ili";
  private static final String ADDRESS = "Dostyk street 41, Talgar";
  private static final String PHONE = "+7 701 555 90 12";
  private static final String RELATIVE = "Ерболат Қайратұлы";
  private static final String RELATIVE_LATIN = "Yerbolat Kairatuly";

  @Test
  void aCaseBecomesAnApprovedRedactedReportAndEveryReleaseIsRecorded() throws IOException {
    Fixture fixture = fixture("Report API case (test)");

    HttpResponse<String> created =
        postJson("/api/v1/cases/" + fixture.caseId + "/reports", "{\"language\":\"en\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode draft = json(created);
    String report = draft.get("id").asString();
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/reports/" + report);
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("blocker").isNull()).isTrue();
    assertThat(draft.get("redactions").has("PSEUDONYM")).isTrue();

    String markdown = text(report, "md");
    assertThat(markdown)
        .startsWith("**DRAFT")
        .contains("# Account: Daniyar")
        .contains("Daniyar (a pseudonym) is a Kazakh man, born in the 1980s")
        .contains(
            "In February 2017, he had his documents confiscated by the authorities in Ili Kazakh"
                + " Autonomous Prefecture")
        .contains("In 2018, he learned that a relative had been detained in Xinjiang.")
        .contains("Medical care (urgent)")
        .contains("Prepared by");
    String html = text(report, "html");
    assertThat(html).contains("DRAFT").contains("<h1>Account: Daniyar</h1>");
    String pdf = pdfText(report);
    assertThat(pdf).contains("DRAFT").contains("Daniyar");
    for (String output : List.of(markdown, html, pdf)) {
      assertThat(output)
          .doesNotContain(PASSPORT)
          .doesNotContain(NUMBER_IN_TESTIMONY)
          .doesNotContain(EXACT_PLACE)
          .doesNotContain("Kokterek")
          .doesNotContain("Dostyk")
          .doesNotContain(PHONE)
          .doesNotContain(RELATIVE)
          .doesNotContain(RELATIVE_LATIN)
          .doesNotContain("Ерболат")
          .doesNotContain("Дәурен")
          .doesNotContain("Dauren")
          .doesNotContain("1984-02-03");
    }
    HttpResponse<String> russian =
        postJson(
            "/api/v1/cases/" + fixture.caseId + "/reports",
            "{\"language\":\"ru\",\"dates\":\"YEAR\"}");
    assertThat(text(json(russian).get("id").asString(), "md"))
        .contains("Daniyar (имя изменено) — казах")
        .contains("В 2017 году он лишился документов");

    // the one who drafted it cannot approve it
    HttpResponse<String> self = approve(null, report, draft.get("revision").asInt(), null);
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(self.body()).contains("same_person");
    // a draft cannot be released
    Caller coordinator = account("report-coordinator", Role.COORDINATOR, fixture.organisation);
    assertThat(release(coordinator, report, "MEDIA_OUTLET").statusCode()).isEqualTo(422);
    // nor approved against a preview the case has moved on from
    HttpResponse<String> stale = approve(coordinator, report, 1, "sha256:0000");
    assertThat(stale.statusCode()).isEqualTo(409);

    HttpResponse<String> approved = approve(coordinator, report, 1, draft.get("hash").asString());
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    JsonNode frozen = json(approved);
    assertThat(frozen.get("status").asString()).isEqualTo("APPROVED");
    assertThat(frozen.get("approvedBy").asString()).isEqualTo("report-coordinator");
    assertThat(frozen.get("hash").asString()).isEqualTo(draft.get("hash").asString());
    String released = text(report, "md");
    assertThat(released)
        .doesNotContain("DRAFT")
        .contains("Version " + frozen.get("hash").asString());

    // a case changed after approval does not change the approved text
    postJson(
        "/api/v1/persons/" + fixture.person + "/events",
        "{\"type\":\"DETAINED\",\"date\":\"2018-05\",\"place\":\"Almaty\",\"visibility\":\"PUBLIC\"}");
    assertThat(text(report, "md")).isEqualTo(released);

    HttpResponse<String> first = release(coordinator, report, "MEDIA_OUTLET");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode entry = json(first);
    assertThat(entry.get("hash").asString()).isEqualTo(frozen.get("hash").asString());
    assertThat(entry.get("recipient").asString()).isEqualTo("Example Daily (fictional)");
    assertThat(entry.get("consentIds").get(0).asString()).isEqualTo(fixture.consent);
    JsonNode ledger = json(get("/api/v1/reports/" + report + "/releases"));
    assertThat(ledger.get("items")).hasSize(1);
    assertThat(get("/people/" + fixture.person).body()).contains("Example Daily (fictional)");

    // consent withdrawn: no new release, and the earlier one is listed to ask back
    HttpResponse<String> withdrawn =
        send(
            HttpRequest.newBuilder(uri("/api/v1/consents/" + fixture.consent + "/withdraw"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + casebookToday() + "\"}"))
                .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    HttpResponse<String> blocked = release(coordinator, report, "MEDIA_OUTLET");
    assertThat(blocked.statusCode()).isEqualTo(422);
    assertThat(blocked.body()).contains("no_consent").contains("withdrawn");
    assertThat(json(get("/api/v1/reports/" + report + "/releases")).get("items")).hasSize(1);
    JsonNode about = json(get("/api/v1/persons/" + fixture.person + "/disclosures"));
    assertThat(about.get("items")).hasSize(1);
    assertThat(about.get("recall")).hasSize(1);
    assertThat(about.get("recall").get(0).get("consentId").asString()).isEqualTo(fixture.consent);
    assertThat(get("/people/" + fixture.person).body()).contains("Ask back");
  }

  @Test
  void someoneFlaggedAtRiskAfterApprovalBlocksTheRelease() {
    Fixture fixture = fixture("Risk after approval (test)");
    JsonNode draft = json(postJson("/api/v1/cases/" + fixture.caseId + "/reports", "{}"));
    String report = draft.get("id").asString();
    Caller coordinator = account("risk-coordinator", Role.COORDINATOR, fixture.organisation);
    assertThat(approve(coordinator, report, 1, draft.get("hash").asString()).statusCode())
        .isEqualTo(200);
    // the person the report is about turns out to be at risk, named in someone else's story
    String cousin = person("Risk test cousin");
    assertThat(
            postJson(
                    "/api/v1/persons/" + cousin + "/relatives",
                    "{\"relativeId\":\""
                        + fixture.person
                        + "\",\"kinship\":\"OTHER_RELATIVE\",\"atRisk\":true}")
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> blocked = release(coordinator, report, "JOURNALIST");
    assertThat(blocked.statusCode()).isEqualTo(422);
    assertThat(blocked.body()).contains("flagged at risk");
    assertThat(json(get("/api/v1/reports/" + report + "/releases")).get("items")).isEmpty();
    assertThat(get("/api/v1/reports/" + report + "?format=pdf").statusCode()).isEqualTo(409);
  }

  @Test
  void withoutConsentADraftSaysWhyItCannotBeApproved() {
    String person =
        id(
            postJson(
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Сәуле Нұрланқызы\"}],\"sex\":\"female\"}"));
    String caseId = newCase("No consent (test)", person);
    JsonNode draft = json(postJson("/api/v1/cases/" + caseId + "/reports", "{}"));
    assertThat(draft.get("blocker").asString()).contains("No consent");
    assertThat(text(draft.get("id").asString(), "md"))
        .contains("The person is a woman")
        .doesNotContain("Сәуле");
    HttpResponse<String> wrong =
        postRefused(
            "/api/v1/cases/" + caseId + "/reports",
            "{\"language\":\"fr\",\"dates\":\"WEEK\",\"eventIds\":[\"nope\"]}");
    assertThat(wrong.body()).contains("language").contains("dates").contains("eventIds");
    assertThat(get("/api/v1/reports/" + draft.get("id").asString() + "?format=docx").statusCode())
        .isEqualTo(422);
  }

  @Test
  void photographsLeaveOnlyWithConsentAndWithoutTheirMetadata() throws IOException {
    String person =
        id(
            postJson(
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Меруерт Жанқызы\"}],\"sex\":\"female\"}"));
    id(
        postJson(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"pseudonym\":\"Dana\","
                + "\"given\":\"2024-01-10\",\"obtainedHow\":\"SIGNED_FORM\"}"));
    HttpResponse<String> uploaded =
        upload(person, "portrait.png", "image/png", png("GPS 43.25N SECRET-CAMERA"));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String photo = json(uploaded).get("id").asString();
    String caseId = newCase("Photo case (test)", person);

    HttpResponse<String> notAPhoto =
        postRefused("/api/v1/cases/" + caseId + "/reports", "{\"photoIds\":[\"" + person + "\"]}");
    assertThat(notAPhoto.body()).contains("not_a_photo");

    String request = "{\"photoIds\":[\"" + photo + "\"]}";
    JsonNode withoutConsent = json(postJson("/api/v1/cases/" + caseId + "/reports", request));
    assertThat(text(withoutConsent.get("id").asString(), "html")).doesNotContain("<img");
    String photoConsent =
        id(
            postJson(
                "/api/v1/persons/" + person + "/consents",
                "{\"scope\":\"PUBLICATION_OF_PHOTOS\",\"given\":\"2024-01-10\",\"obtainedHow\":\"SIGNED_FORM\"}"));
    JsonNode withConsent = json(postJson("/api/v1/cases/" + caseId + "/reports", request));
    assertThat(withConsent.get("consentIds").toString()).contains(photoConsent);
    String html = text(withConsent.get("id").asString(), "html");
    assertThat(html).contains("data:image/jpeg;base64,").contains("Photograph: Dana");
    String base64 =
        html.substring(html.indexOf("base64,") + 7, html.indexOf('"', html.indexOf("base64,")));
    assertThat(
            new String(
                java.util.Base64.getDecoder().decode(base64),
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("SECRET-CAMERA")
        .doesNotContain("Comment");
    assertThat(text(withConsent.get("id").asString(), "md"))
        .contains("Photograph: Dana (in the HTML and PDF versions)");
    assertThat(withConsent.get("hash").asString())
        .isNotEqualTo(withoutConsent.get("hash").asString());
  }

  private record Fixture(String person, String caseId, String consent, String organisation) {}

  /** A person of an organisation with her story, recorded by a caseworker of it, and a case. */
  private Fixture fixture(String title) {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"" + ReportWords.GROUP + "\"}"));
    Caller caseworker =
        account("report-caseworker-" + Math.abs(title.hashCode()), Role.CASEWORKER, organisation);
    String person =
        id(
            postAs(
                caseworker,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Дәурен Қайратұлы\",\"script\":\"Cyrl\"},"
                    + "{\"value\":\"Dauren Kairatuly\",\"script\":\"Latn\"},"
                    + "{\"value\":\"达吾仁·凯拉特\",\"script\":\"Hani\"}],"
                    + "\"sex\":\"male\",\"birthDate\":\"1984-02-03\",\"birthPlace\":\""
                    + EXACT_PLACE
                    + "\",\"ethnicity\":\"Kazakh\",\"identifiers\":[{\"type\":\"PASSPORT\",\"value\":\""
                    + PASSPORT
                    + "\"}]}"));
    String relative =
        id(
            postAs(
                caseworker,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\""
                    + RELATIVE
                    + "\"},{\"value\":\""
                    + RELATIVE_LATIN
                    + "\"}],\"sex\":\"male\"}"));
    assertThat(
            postAs(
                    caseworker,
                    "/api/v1/persons/" + person + "/relatives",
                    "{\"relativeId\":\"" + relative + "\",\"kinship\":\"SIBLING\",\"atRisk\":true}")
                .statusCode())
        .isEqualTo(201);
    event(
        caseworker,
        person,
        "{\"type\":\"DOCUMENT_CONFISCATED\",\"date\":\"2017-02-14\",\"place\":\"Tekes county police\","
            + "\"visibility\":\"PUBLIC\",\"narrative\":\"The police kept his passport "
            + PASSPORT
            + " and his card "
            + NUMBER_IN_TESTIMONY
            + "; his brother "
            + RELATIVE_LATIN
            + " can be reached on "
            + PHONE
            + " at "
            + ADDRESS
            + ", near Kokterek.\"}");
    event(
        caseworker,
        person,
        "{\"type\":\"RELATIVE_DETAINED\",\"date\":\"2018-03-02\",\"place\":\""
            + EXACT_PLACE
            + "\",\"visibility\":\"PUBLIC\",\"otherPersonIds\":[\""
            + relative
            + "\"],\"narrative\":\""
            + RELATIVE
            + " was taken from his home in Kokterek.\"}");
    event(
        caseworker,
        person,
        "{\"type\":\"INTERROGATED\",\"date\":\"2017-03\",\"visibility\":\"PRIVATE\",\"narrative\":\"About Dostyk street.\"}");
    postAs(
        caseworker,
        "/api/v1/persons/" + person + "/needs",
        "{\"category\":\"MEDICAL\",\"urgency\":\"CRITICAL\",\"description\":\"Surgery in Talgar\"}");
    String consent =
        id(
            postAs(
                caseworker,
                "/api/v1/persons/" + person + "/consents",
                "{\"scope\":\"PUBLICATION_UNDER_PSEUDONYM\",\"pseudonym\":\"Daniyar\","
                    + "\"given\":\"2024-01-10\",\"obtainedHow\":\"SIGNED_FORM\"}"));
    String caseId =
        id(
            postJson(
                "/api/v1/cases",
                "{\"title\":\""
                    + title
                    + "\",\"personIds\":[\""
                    + person
                    + "\"],\"organisationId\":\""
                    + organisation
                    + "\"}"));
    return new Fixture(person, caseId, consent, organisation);
  }

  @Test
  void aReportInEachLanguageHasNoEnglishLeftInItsPdf() throws IOException {
    Fixture fixture = fixture("Report languages case (test)");
    Set<String> english = ReportWords.englishWords();
    for (String language : List.of("kk", "ru", "ug", "zh")) {
      HttpResponse<String> created =
          postJson(
              "/api/v1/cases/" + fixture.caseId + "/reports",
              "{\"language\":\"" + language + "\"}");
      String pdf = pdfText(id(created));
      // the testimony is quoted as told, and the group's name as it is written
      String told = pdf.replaceAll("(?s)«.*?»|“.*?”|「.*?」", "").replace(ReportWords.GROUP, "");
      List<String> left = ReportWords.englishIn(told, english);
      // a right-to-left page's text comes out in visual order, so a quote's words may stray out of
      // its marks: the words of the testimony, as recorded, are not the report's
      left.removeAll(List.of("police", "kept", "passport", "card", "brother", "reached", "near"));

      assertThat(left).as("English words in the %s report:%n%s", language, pdf).isEmpty();
      assertThat(pdf).as(language).contains("Daniyar");
    }
  }

  private void event(Caller caller, String person, String json) {
    HttpResponse<String> recorded = postAs(caller, "/api/v1/persons/" + person + "/events", json);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
  }

  private String pdfText(String report) throws IOException {
    HttpResponse<byte[]> response =
        send(
            http,
            HttpRequest.newBuilder(uri("/api/v1/reports/" + report + "?format=pdf")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(response.body())) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }
}
