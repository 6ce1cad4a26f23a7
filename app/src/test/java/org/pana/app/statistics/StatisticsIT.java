package org.pana.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.app.i18n.Bundle;
import org.pana.core.account.Role;

/**
 * A coordinator's statistics count their organisation's cases only, spread uncertain dates over
 * their range, and suppress small cells on the page and in the CSV, whose header, categories and
 * regions are in the reader's language, and which starts with a byte order mark, so that a
 * spreadsheet program reads its Kazakh or Uyghur as UTF-8. Everyone is invented.
 */
class StatisticsIT extends RunningPana {

  @Test
  void countsAreSpreadAndSmallCellsSuppressed() {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"Statistics group (fictional)\"}"));
    String caseworker = token("stats-caseworker", Role.CASEWORKER, organisation);
    String coordinator = token("stats-coordinator", Role.COORDINATOR, organisation);
    StringBuilder family = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      String person =
          id(
              post(
                  caseworker,
                  "/api/v1/persons",
                  "{\"names\":[{\"value\":\"Statistics person "
                      + i
                      + "\"}],\"birthDate\":\"1990\","
                      + "\"birthPlace\":\"Tekes County, Ili\"}"));
      id(
          post(
              caseworker,
              "/api/v1/persons/" + person + "/events",
              "{\"type\":\"ARRIVED\",\"date\":\"2018-05-03\"}"));
      family.append(family.isEmpty() ? "" : ",").append('"').append(person).append('"');
    }
    String single =
        id(
            post(
                caseworker,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Statistics person 7\"}],\"birthPlace\":\"Kashgar\"}"));
    id(
        post(
            caseworker,
            "/api/v1/persons/" + single + "/events",
            "{\"type\":\"BORDER_CROSSED_IRREGULARLY\",\"date\":\"2017-11/2018-02\"}"));
    id(
        post(
            coordinator,
            "/api/v1/cases",
            "{\"title\":\"Statistics family (test)\",\"personIds\":[" + family + "]}"));
    id(
        post(
            coordinator,
            "/api/v1/cases",
            "{\"title\":\"Statistics single (test)\",\"personIds\":[\"" + single + "\"]}"));

    String csv = spreadsheet(coordinator, null).body();
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("table,unit,category,count");
    assertThat(csv)
        .contains("region,people,Ili Kazakh Autonomous Prefecture,6")
        .contains("region,people,Kashgar Prefecture,<5")
        .contains("year,people,2018,6.5")
        .contains("year,people,2017,<5")
        .contains("age,people,18-39,6")
        .contains("status,cases,open,<5")
        .doesNotContain("Statistics person");
    String page = get(coordinator, "/statistics").body();
    assertThat(page).contains("<svg").contains("fewer than 5").contains("spread evenly");
  }

  @Test
  void theCsvHeaderAndRegionsAreInTheReadersLanguage() {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"Statistics in Kazakh (fictional)\"}"));
    String coordinator = token("stats-kk-coordinator", Role.COORDINATOR, organisation);
    String person =
        id(
            post(
                coordinator,
                "/api/v1/persons",
                "{\"names\":[{\"value\":\"Statistics person in Kazakh\"}],"
                    + "\"birthPlace\":\"Tekes County, Ili\"}"));
    id(
        post(
            coordinator,
            "/api/v1/cases",
            "{\"title\":\"Statistics in Kazakh (test)\",\"personIds\":[\"" + person + "\"]}"));
    Map<String, String> kazakh = Bundle.UI.translation("kk").orElseThrow().values();

    HttpResponse<String> csv = spreadsheet(coordinator, "kk");
    String page = inKazakh(coordinator, "/statistics").body();

    assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo(
            String.join(
                ",",
                kazakh.get("stats.column.table"),
                kazakh.get("stats.column.unit"),
                kazakh.get("stats.column.category"),
                kazakh.get("stats.column.count")));
    // the region as the gazetteer names it in Kazakh, as reports do
    assertThat(csv.body()).contains("region,people,Іле Қазақ автономиялық облысы,<5");
    assertThat(page).contains("Іле Қазақ автономиялық облысы").doesNotContain("Prefecture");
  }

  @Test
  void theCsvStartsWithAByteOrderMarkSoThatSpreadsheetsReadItAsUtf8() {
    String coordinator = token("stats-bom-coordinator", Role.COORDINATOR, home());

    HttpResponse<byte[]> csv =
        send(anonymous(), csvRequest(coordinator, "ug"), HttpResponse.BodyHandlers.ofByteArray());

    byte[] bytes = csv.body();
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("text/csv;charset=UTF-8");
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    Map<String, String> uyghur = Bundle.UI.translation("ug").orElseThrow().values();
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .startsWith(uyghur.get("stats.column.table") + ",");
  }

  /** An API token of a new account of {@code role} in {@code organisation}. */
  private String token(String login, Role role, String organisation) {
    return tokens.create(
        PanaUser.of(
            accounts.add(
                PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())),
                login,
                role,
                Set.of(organisation),
                "stats passphrase".toCharArray())),
        "stats");
  }

  /**
   * The statistics CSV as a spreadsheet program reads it, in {@code language} (null: the default):
   * UTF-8, as its byte order mark says, the mark not part of the text.
   */
  private HttpResponse<String> spreadsheet(String token, String language) {
    return send(
        anonymous(),
        csvRequest(token, language),
        info ->
            HttpResponse.BodySubscribers.mapping(
                HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                text -> text.startsWith("\uFEFF") ? text.substring(1) : text));
  }

  private HttpRequest csvRequest(String token, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/statistics.csv")).header("Authorization", "Bearer " + token);
    return (language == null ? request : request.header("Accept-Language", language)).build();
  }

  private HttpResponse<String> inKazakh(String token, String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "kk")
            .build());
  }

  private HttpResponse<String> post(String token, String path, String json) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpResponse<String> get(String token, String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build());
  }
}
