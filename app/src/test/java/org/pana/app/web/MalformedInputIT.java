package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * Input that is broken below the level of fields (issue 13): bytes that are not UTF-8, overlong
 * encodings, half surrogate pairs, names of invisible characters, a JSON key given twice. Each is
 * refused with a problem that says what is wrong, and nothing is stored.
 */
class MalformedInputIT extends RunningPana {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a byte that is never UTF-8, ff",
    "an overlong letter A, c181",
    "an overlong slash, e080af",
    "an overlong zero-width space, f082808b",
    "a surrogate encoded as UTF-8, eda080",
    "a code point above U+10FFFF, f4908080",
    "a sequence cut short, e282"
  })
  void bytesThatAreNotUtf8AreMalformed(String why, String hex) {
    long before = personCount();

    HttpResponse<String> response = postBytes("{\"names\":[{\"value\":\"Nur", hex, "lan\"}]}");

    assertThat(response.statusCode()).as(why).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(response).get("detail").asString()).contains("UTF-8");
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void aNulByteIsNotJsonText() {
    HttpResponse<String> response = postBytes("{\"names\":[{\"value\":\"Nur", "00", "lan\"}]}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a lone high surrogate         | Nurlan\\ud800       | names[0].value | unpaired_surrogate
          a lone low surrogate          | \\udc00             | names[0].value | unpaired_surrogate
          only zero-width spaces        | \\u200b\\u200b      | names[0].value | invisible
          only a byte order mark        | \\ufeff             | names[0].value | invisible
          a zero-width space in a name  | Nur\\u200blan       | names[0].value | invisible_characters
          """)
  void textNobodyCanReadIsRefusedNamingTheField(
      String why, String jsonEscaped, String field, String code) {
    long before = personCount();

    HttpResponse<String> response =
        postJson("/api/v1/persons", "{\"names\":[{\"value\":\"" + jsonEscaped + "\"}]}");

    assertThat(response.statusCode()).as(why).isEqualTo(422);
    JsonNode error = json(response).get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("code").asString()).isEqualTo(code);
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void aLoneSurrogateInAnEventNarrativeIsRefusedToo() {
    HttpResponse<String> response = arrivalOf("Malformed Testuly", "came \\udfff by bus");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors").findValuesAsString("field"))
        .containsExactly("narrative");
  }

  @Test
  void aPersianNarrativeKeepsItsZeroWidthNonJoiner() {
    HttpResponse<String> response = arrivalOf("Malformed Testova", "می\\u200cخواهم");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("narrative").asString()).isEqualTo("می\u200cخواهم");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a top-level key twice | {"names":[{"value":"Nurlan"}],"names":[{"value":"Aigerim"}]}
          a nested key twice    | {"names":[{"value":"Nurlan","value":"Aigerim"}]}
          """)
  void aKeyGivenTwiceIsMalformed(String why, String body) {
    long before = personCount();

    HttpResponse<String> response = postJson("/api/v1/persons", body);

    assertThat(response.statusCode()).as(why).isEqualTo(400);
    assertThat(json(response).get("detail").asString()).contains("twice");
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void aBodyLargerThanAnyRecordIsRefusedUnread() {
    long before = personCount();
    String notes = "a".repeat(17 * 1024 * 1024);

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons", "{\"names\":[{\"value\":\"Big\"}],\"notes\":\"" + notes + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void theIntakeFormShowsTheProblemNextToTheName() {
    long before = personCount();

    HttpResponse<String> response =
        postForm("/people/new", "/people", Map.of("names[0].value", "\u200B\u200B\u200B"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"names[0].value-error\"")
        .contains("only invisible characters");
    assertThat(personCount()).isEqualTo(before);
  }

  /**
   * A form value whose bytes are not UTF-8 cannot be put next to its field (the server cannot read
   * which field it is): the whole form is refused with the HTML error page, and nothing is stored.
   */
  @Test
  void aFormValueThatIsNotUtf8IsTheUnreadableFormPage() {
    long before = personCount();
    String csrf = csrf(get("/people/new").body());

    HttpResponse<String> response =
        postForm("/people", form(Map.of("_csrf", csrf)) + "&names%5B0%5D.value=Nur%C1%81lan");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("The form could not be read");
    assertThat(personCount()).isEqualTo(before);
  }

  /** Records an arrival of a new person, with the narrative as it is written in JSON. */
  private HttpResponse<String> arrivalOf(String name, String jsonNarrative) {
    return postJson(
        "/api/v1/persons/" + person(name) + "/events",
        "{\"type\":\"ARRIVED\",\"narrative\":\"" + jsonNarrative + "\"}");
  }

  private HttpResponse<String> postBytes(String head, String hex, String tail) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(HexFormat.of().parseHex(hex));
    body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri("/api/v1/persons"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }
}
