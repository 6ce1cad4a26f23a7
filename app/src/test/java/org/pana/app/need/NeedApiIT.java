package org.pana.app.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * A family's needs: a child's treatment referred to a clinic with a follow-up task assigned to a
 * volunteer, which then shows on that volunteer's dashboard; changes by revision; clear errors.
 */
class NeedApiIT extends RunningPana {

  @Test
  void aNeedWithAReferralAndATaskShowsOnTheAssigneesDashboard() {
    String mother = person("Гүлнар Асқарқызы");
    String son = person("Ерасыл Болатұлы");
    String due = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(5).toString();
    HttpResponse<String> created =
        postJson(
            "/api/v1/persons/" + mother + "/needs",
            "{\"personIds\":[\""
                + son
                + "\"],\"category\":\"MEDICAL\",\"urgency\":\"CRITICAL\","
                + "\"description\":\"Leukaemia treatment for the younger son\","
                + "\"referrals\":[{\"provider\":\"Children's oncology centre (fictional)\","
                + "\"date\":\"2026-11\"}],"
                + "\"tasks\":[{\"title\":\"Call the centre about the second course\",\"due\":\""
                + due
                + "\",\"assignee\":\""
                + ADMIN
                + "\"}]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode need = json(created);
    assertThat(need.get("personIds")).hasSize(2);
    assertThat(need.get("status").asString()).isEqualTo("OPEN");
    assertThat(need.get("referrals").get(0).get("status").asString()).isEqualTo("PROPOSED");

    // the son's page lists the family's need too
    assertThat(get("/api/v1/persons/" + son + "/needs").body()).contains("Leukaemia treatment");
    assertThat(get("/people/" + son).body()).contains("Leukaemia treatment");
    // the assignee's dashboard lists the task
    assertThat(get("/").body()).contains("Call the centre about the second course").contains(due);

    // the referral is accepted and the task done: a new revision, the task leaves the dashboard
    String id = need.get("id").asString();
    HttpResponse<String> amended =
        putJson(
            "/api/v1/needs/" + id,
            etag(created),
            "{\"category\":\"MEDICAL\",\"urgency\":\"HIGH\",\"status\":\"IN_PROGRESS\","
                + "\"description\":\"Leukaemia treatment for the younger son\","
                + "\"referrals\":[{\"provider\":\"Children's oncology centre"
                + " (fictional)\",\"status\":\"ACCEPTED\"}],"
                + "\"tasks\":[{\"title\":\"Call the centre about the second"
                + " course\",\"due\":\""
                + due
                + "\",\"assignee\":\""
                + ADMIN
                + "\",\"done\":true}]}");
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    assertThat(json(amended).get("revision").asInt()).isEqualTo(2);
    assertThat(get("/").body()).doesNotContain("Call the centre about the second course");

    // the form on the person page: the need is met, the task back to not done
    HttpResponse<String> updated =
        postForm(
            "/people/" + mother,
            "/needs/" + id,
            java.util.Map.of("revision", "2", "status", "MET"));
    assertThat(updated.statusCode()).isEqualTo(302);
    JsonNode met = json(get("/api/v1/needs/" + id));
    assertThat(met.get("status").asString()).isEqualTo("MET");
    assertThat(met.get("tasks").get(0).get("done").asBoolean()).isFalse();
    assertThat(met.get("revision").asInt()).isEqualTo(3);
  }

  @Test
  void badNeedsAreRefusedFieldByFieldAndNothingIsStored() {
    String someone = person("Динара Оспанқызы");
    HttpResponse<String> refused =
        postRefused(
            "/api/v1/persons/" + someone + "/needs",
            "{\"category\":\"SPACESHIP\",\"description\":\"\","
                + "\"referrals\":[{\"date\":\"soon\"}],"
                + "\"tasks\":[{\"title\":\"Visit\",\"due\":\"tomorrow\",\"assignee\":\"nobody-here\"}]}");
    assertThat(refused.body())
        .contains("\"category\"")
        .contains("\"description\"")
        .contains("referrals[0].provider")
        .contains("referrals[0].date")
        .contains("tasks[0].due")
        .contains("tasks[0].assignee");
    assertThat(json(get("/api/v1/persons/" + someone + "/needs")).get("items")).isEmpty();
    assertThat(
            postJson(
                    "/api/v1/persons/00000000-0000-0000-0000-000000000000/needs",
                    "{\"category\":\"HOUSING\",\"description\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
  }
}
