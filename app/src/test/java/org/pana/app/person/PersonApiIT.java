package org.pana.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/** The persons, events, timeline, documents and cases API against a running Pana. */
class PersonApiIT extends RunningPana {

  // Fictional person; the resident ID is the synthetic example from DOMAIN.md §2.4.
  private static final String FOUR_SCRIPTS =
      """
      {"names":[
         {"value":"Нұрбол Қайратұлы","script":"Cyrl","language":"kk","kind":"official"},
         {"value":"Nurbol Qairatuly","kind":"patronymic"},
         {"value":"نۇربول قايرات ۇلى","language":"kk","kind":"alias"},
         {"value":"努尔波力·开热特","script":"Hani","language":"zh","kind":"hanzi"}],
       "sex":"male","birthDate":"1983-04","birthPlace":"Zhaosu County",
       "identifiers":[{"type":"CN_RESIDENT_ID","value":"654026198203150012"}]}
      """;

  @Test
  void aPersonWithNamesInFourScriptsRoundTrips() {
    HttpResponse<String> created = postJson("/api/v1/persons", FOUR_SCRIPTS);

    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonNode read = json(get(location));
    assertThat(read.get("id").asString()).isEqualTo(json(created).get("id").asString());
    assertThat(read.get("names").findValuesAsString("value"))
        .containsExactly("Нұрбол Қайратұлы", "Nurbol Qairatuly", "نۇربول قايرات ۇلى", "努尔波力·开热特");
    assertThat(read.get("names").findValuesAsString("script"))
        .containsExactly("Cyrl", "Latn", "Arab", "Hani");
    assertThat(read.get("names").findValuesAsString("kind"))
        .containsExactly("official", "patronymic", "alias", "hanzi");
    assertThat(read.get("birthDate").asString()).isEqualTo("1983-04");
    JsonNode identifier = read.get("identifiers").get(0);
    assertThat(identifier.get("valid").asBoolean()).isTrue();
    assertThat(identifier.get("derivedBirthDate").asString()).isEqualTo("1982-03-15");
    assertThat(identifier.get("derivedSex").asString()).isEqualTo("male");
    // The ID says 1982, the record says 1983-04: a warning, not an error.
    assertThat(read.get("warnings")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          invalid Chinese ID checksum | {"names":[{"value":"Test Person"}],"identifiers":[{"type":"CN_RESIDENT_ID","value":"654026198203150013"}]} | 422 | identifiers[0].value
          malformed date              | {"names":[{"value":"Test Person"}],"birthDate":"1983-13"}                                                 | 422 | birthDate
          Feb 29 in a common year     | {"names":[{"value":"Test Person"}],"birthDate":"2019-02-29"}                                              | 422 | birthDate
          missing name                | {"sex":"female","birthDate":"1983"}                                                                       | 422 | names
          blank name                  | {"names":[{"value":"  "}]}                                                                                | 422 | names
          unknown sex                 | {"names":[{"value":"Test Person"}],"sex":"yes"}                                                           | 422 | sex
          unknown name kind           | {"names":[{"value":"Test Person","kind":"nickname"}]}                                                     | 422 | names[0].kind
          bad script code             | {"names":[{"value":"Test Person","script":"cyrillic"}]}                                                   | 422 | names[0].script
          wrong JSON type             | {"names":"Test Person"}                                                                                   | 400 | names
          not JSON at all             | {"names":[                                                                                                | 400 |
          """)
  void badPersonInputIsRefusedWithAProblemAndStoresNothing(
      String why, String body, int status, String field) {
    long before = personCount();

    HttpResponse<String> response = postJson("/api/v1/persons", body);

    assertThat(response.statusCode()).as(why).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    if (field != null) {
      assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
    }
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void unknownEventTypeIsRefusedAndStoresNothing() {
    String id = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();

    HttpResponse<String> response =
        postJson("/api/v1/persons/" + id + "/events", "{\"type\":\"ABDUCTED_BY_ALIENS\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("type");
    assertThat(json(get("/api/v1/persons/" + id + "/timeline")).get("items")).isEmpty();
  }

  @Test
  void timelineListsEventsInChronologicalOrder() {
    String id = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();
    String events = "/api/v1/persons/" + id + "/events";
    assertThat(postJson(events, event("BORDER_CROSSED_IRREGULARLY", "2019-01")).statusCode())
        .isEqualTo(201);
    postJson(events, event("PETITION_SUBMITTED", "2019-12-19"));
    postJson(events, event("DOCUMENT_CONFISCATED", "2016-11"));
    postJson(events, event("INTERROGATED", "2016-11/2016-12"));
    postJson(events, event("EMIGRATED", "2009~"));

    JsonNode timeline = json(get("/api/v1/persons/" + id + "/timeline"));

    assertThat(timeline.get("items").findValuesAsString("type"))
        .containsExactly(
            "EMIGRATED",
            "DOCUMENT_CONFISCATED",
            "INTERROGATED",
            "BORDER_CROSSED_IRREGULARLY",
            "PETITION_SUBMITTED");
  }

  @Test
  void aConfiscatedPassportKeepsItsCustody() {
    String id = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();

    HttpResponse<String> created =
        postJson(
            "/api/v1/persons/" + id + "/documents",
            """
            {"type":"PASSPORT","number":"E12345678","custody":"CONFISCATED",
             "custodyDate":"2016-11","custodian":"county police"}
            """);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode documents = json(get("/api/v1/persons/" + id + "/documents")).get("items");
    assertThat(documents.get(0).get("custody").asString()).isEqualTo("CONFISCATED");
    assertThat(documents.get(0).get("custodyHistory").get(0).get("custodian").asString())
        .isEqualTo("county police");
  }

  @Test
  void aConfiscationWithoutCustodianIsRefused() {
    String id = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons/" + id + "/documents",
            "{\"type\":\"PASSPORT\",\"custody\":\"CONFISCATED\",\"custodyDate\":\"2016-11\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field"))
        .containsExactly("custodian");
    assertThat(json(get("/api/v1/persons/" + id + "/documents")).get("items")).isEmpty();
  }

  @Test
  void aCaseGroupsPeople() {
    String first = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();
    String second = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();

    HttpResponse<String> created =
        postJson(
            "/api/v1/cases",
            "{\"title\":\"Family case\",\"personIds\":[\"" + first + "\",\"" + second + "\"]}");

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode read = json(get(created.headers().firstValue("Location").orElseThrow()));
    assertThat(read.get("personIds").values().stream().map(JsonNode::asString).toList())
        .isEqualTo(List.of(first, second));
    assertThat(read.get("status").asString()).isEqualTo("OPEN");
  }

  @Test
  void aCaseWithAnUnknownPersonIsRefused() {
    HttpResponse<String> response =
        postJson("/api/v1/cases", "{\"title\":\"x\",\"personIds\":[\"no-such-person\"]}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field"))
        .containsExactly("personIds[0]");
  }

  @Test
  void anUnknownPersonIsNotFound() {
    HttpResponse<String> response = get("/api/v1/persons/00000000-0000-0000-0000-000000000000");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void theHistoryRecordsEachChange() {
    HttpResponse<String> created = postJson("/api/v1/persons", FOUR_SCRIPTS);
    String id = json(created).get("id").asString();
    var replace =
        java.net.http.HttpRequest.newBuilder(uri("/api/v1/persons/" + id))
            .header("Content-Type", "application/json")
            .header("If-Match", "\"1\"")
            .PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    FOUR_SCRIPTS.replace("\"1983-04\"", "\"1982-03-15\"")))
            .build();
    assertThat(send(replace).statusCode()).isEqualTo(200);

    JsonNode history = json(get("/api/v1/records/" + id + "/history")).get("items");

    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("changedFields").values().stream().map(JsonNode::asString))
        .containsExactly("birthDate");
    assertThat(json(get("/api/v1/persons/" + id)).get("warnings")).isEmpty();
    // A second change based on revision 1 is a conflict, not a silent overwrite.
    assertThat(send(replace).statusCode()).isEqualTo(409);
  }

  @Test
  void aChangeWithoutIfMatchIsRefused() {
    String id = json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString();

    HttpResponse<String> response = put("/api/v1/persons/" + id, null, FOUR_SCRIPTS);

    assertThat(response.statusCode()).isEqualTo(428);
    assertThat(json(response).get("errors").findValuesAsString("field"))
        .containsExactly("If-Match");
    assertThat(json(get("/api/v1/persons/" + id)).get("revision").asInt()).isEqualTo(1);
  }

  @Test
  void aMisspeltFieldIsRefusedNotIgnored() {
    HttpResponse<String> created = postJson("/api/v1/persons", FOUR_SCRIPTS);
    String id = json(created).get("id").asString();

    HttpResponse<String> response =
        put(
            "/api/v1/persons/" + id,
            "1",
            FOUR_SCRIPTS.replace("\"birthDate\":\"1983-04\"", "\"birthdate\":\"1983\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("errors").findValuesAsString("field")).contains("birthdate");
    assertThat(json(get("/api/v1/persons/" + id)).get("birthDate").asString()).isEqualTo("1983-04");
  }

  @Test
  void aPersonReadCanBeWrittenBackWithItsSources() {
    String source =
        json(postJson(
                "/api/v1/persons/"
                    + json(postJson("/api/v1/persons", FOUR_SCRIPTS)).get("id").asString()
                    + "/sources",
                "{\"informant\":\"the person\",\"relation\":\"SELF\"}"))
            .get("id")
            .asString();
    HttpResponse<String> created =
        postJson(
            "/api/v1/persons",
            FOUR_SCRIPTS.replace(
                "\"sex\":\"male\"", "\"sex\":\"male\",\"sourceId\":\"" + source + "\""));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode read = json(created);
    // A client keeps the writable fields of what it read (the read-only ones are refused).
    var body = (tools.jackson.databind.node.ObjectNode) read.deepCopy();
    body.remove(List.of("id", "revision", "sources", "warnings", "createdAt", "updatedAt"));
    for (JsonNode identifier : body.get("identifiers")) {
      ((tools.jackson.databind.node.ObjectNode) identifier)
          .remove(List.of("valid", "derivedBirthDate", "derivedSex", "region", "warnings"));
    }

    HttpResponse<String> written =
        put("/api/v1/persons/" + read.get("id").asString(), "1", body.toString());

    assertThat(written.statusCode()).isEqualTo(200);
    assertThat(json(written).get("sources").get("birthDate").asString()).isEqualTo(source);
    assertThat(json(written).get("names")).isEqualTo(read.get("names"));
  }

  @Test
  void nullsInsideListsAreProblemsNotErrors() {
    HttpResponse<String> response =
        postJson("/api/v1/organisations", "{\"name\":\"x\",\"registration\":[null]}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field"))
        .containsExactly("registration[0]");
  }

  @Test
  void aVeryLongSearchIsAnsweredNotFailed() {
    HttpResponse<String> response = get("/api/v1/persons?q=" + "a+".repeat(2000) + "b");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void anAbsurdPageIsAProblem() {
    HttpResponse<String> response = get("/api/v1/persons?page=10737419&size=200");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("page");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> response = get("/api/v1/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = json(response).get("paths");
    assertThat(paths.has("/api/v1/persons")).isTrue();
    assertThat(paths.has("/api/v1/persons/{id}/timeline")).isTrue();
    assertThat(paths.has("/api/v1/cases/{id}")).isTrue();
  }

  private HttpResponse<String> put(String path, String ifMatch, String body) {
    var request =
        java.net.http.HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    return send(request.build());
  }

  private static String event(String type, String date) {
    return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"narrative\":\"fictional\"}";
  }
}
