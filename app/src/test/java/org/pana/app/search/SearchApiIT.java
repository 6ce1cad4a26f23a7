package org.pana.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/search/persons}: a name in any script finds the person recorded in another,
 * with score and explanation; filters; clear errors; identity numbers; the index kept sealed.
 */
class SearchApiIT extends RunningPana {

  @Autowired PersonSearch search;

  @Test
  void findsAcrossScriptsWithScoreAndExplanation() {
    String hanzi = create("买买提·吐尔逊", "Hani", "1975", "male");
    String uyghur = create("Әбілміт Тұрсынұлы", "Cyrl", "1982-06-01", "male");

    JsonNode items = json(get("/api/v1/search/persons?q=" + encode("Memet Tursun"))).get("items");
    JsonNode first = find(items, hanzi);
    assertThat(first).as(items.toString()).isNotNull();
    assertThat(first.get("score").asDouble()).isBetween(0.84, 1.0);
    assertThat(first.get("matchedName").asString()).isEqualTo("买买提·吐尔逊");
    assertThat(first.get("explanation").asString()).contains("memet ~ 买买提");
    assertThat(first.get("birthYear").asInt()).isEqualTo(1975);

    // the body variant keeps the name out of the URL
    HttpResponse<String> posted =
        postJson("/api/v1/search/persons", "{\"q\":\"ئابلىمىت تۇرسۇن\",\"yearFrom\":\"1980\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    JsonNode found = json(posted).get("items");
    assertThat(find(found, uyghur)).as(found.toString()).isNotNull();
    assertThat(find(found, hanzi)).as("born 1975, before the filter's 1980").isNull();
  }

  @Test
  void findsByIdentityNumberWhateverItsSpacing() {
    String json =
        "{\"names\":[{\"value\":\"Жібек Оразқызы\"}],\"identifiers\":[{\"type\":\"OTHER\","
            + "\"value\":\"KZ 0042-7781\"}]}";
    HttpResponse<String> created = postJson("/api/v1/persons", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).get("id").asString();
    JsonNode items = json(get("/api/v1/search/persons?identifier=kz00427781")).get("items");
    assertThat(find(items, id)).as(items.toString()).isNotNull();
  }

  @Test
  void badQueriesGetASpecificProblemAndNoResults() {
    HttpResponse<String> empty = get("/api/v1/search/persons");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(empty.body()).contains("\"q\"");

    HttpResponse<String> years = get("/api/v1/search/persons?q=Aigul&yearFrom=1990&yearTo=1980");
    assertThat(years.statusCode()).isEqualTo(422);
    assertThat(years.body()).contains("yearTo");

    HttpResponse<String> many =
        get("/api/v1/search/persons?q=Aigul&size=0&sex=dragon&status=lost&yearFrom=19x0");
    assertThat(many.statusCode()).isEqualTo(422);
    assertThat(many.body())
        .contains("size")
        .contains("sex")
        .contains("status")
        .contains("yearFrom");
  }

  @Test
  void theIndexIsSealedOnDiskAndRebuildsFromTheRecords() throws Exception {
    String id = create("Ақбота Сәкенқызы", "Cyrl", "2001", "female");
    search.seal();
    List<String> files = new ArrayList<>();
    try (var listing = Files.list(dataDir().resolve("index"))) {
      listing.forEach(f -> files.add(f.getFileName().toString()));
    }
    assertThat(files).isNotEmpty().allMatch(name -> name.endsWith(".pana"));
    assertThat(files).anyMatch(name -> name.startsWith("segments_"));

    List<Long> progress = new ArrayList<>();
    long count = search.rebuild(progress::add);
    assertThat(count).isGreaterThanOrEqualTo(1);
    assertThat(progress).last().isEqualTo(count);
    JsonNode items =
        json(get("/api/v1/search/persons?q=" + encode("Akbota Sakenkyzy"))).get("items");
    assertThat(find(items, id)).as(items.toString()).isNotNull();
  }

  @Test
  void aPersonTakenOutOfACaseNoLongerShowsIt() {
    String mother = create("Гүлнар Тоқтарқызы", "Cyrl", "1979", "female");
    String son = create("Ерасыл Тоқтарұлы", "Cyrl", "2004", "male");
    HttpResponse<String> opened =
        postJson(
            "/api/v1/cases",
            "{\"title\":\"Family\",\"personIds\":[\"" + mother + "\",\"" + son + "\"]}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    String caseId = json(opened).get("id").asString();
    assertThat(statuses("Erasyl Toktaruly", son)).containsExactly("open");

    HttpResponse<String> changed =
        send(
            java.net.http.HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Family\",\"personIds\":[\"" + mother + "\"]}"))
                .build());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(statuses("Erasyl Toktaruly", son)).isEmpty();
    assertThat(statuses("Gulnar Toktarkyzy", mother)).containsExactly("open");

    // and so after a restart of the index from its sealed files
    search.seal();
    search.rebuild(count -> {});
    assertThat(statuses("Erasyl Toktaruly", son)).isEmpty();
  }

  private List<String> statuses(String name, String id) {
    JsonNode items = json(get("/api/v1/search/persons?q=" + encode(name))).get("items");
    JsonNode found = find(items, id);
    assertThat(found).as(items.toString()).isNotNull();
    List<String> statuses = new ArrayList<>();
    found.get("caseStatuses").forEach(status -> statuses.add(status.asString()));
    return statuses;
  }

  private String create(String name, String script, String born, String sex) {
    HttpResponse<String> created =
        postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\""
                + name
                + "\",\"script\":\""
                + script
                + "\"}],\"birthDate\":\""
                + born
                + "\",\"sex\":\""
                + sex
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asString();
  }

  private static JsonNode find(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    return null;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
