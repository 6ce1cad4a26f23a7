package org.pana.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * What has happened cannot lie after today (issue 13: a 2030 birth, a 2031 detention and 9999-12-31
 * were stored); a court hearing may be planned. An event before the person's birth is stored with a
 * warning, in the API and on the person page. Dates are relative to today in Asia/Almaty.
 */
class FutureDatesIT extends RunningPana {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"next-year", "next-month", "tomorrow", "9999-12-31"})
  void aBirthAfterTodayIsRefused(String when) {
    long before = personCount();

    HttpResponse<String> response =
        postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"Future Testuly\"}],\"birthDate\":\"" + date(when) + "\"}");

    assertProblem(response, "birthDate");
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void aBirthThisYearOrThisMonthIsAccepted() {
    String thisYear = Integer.toString(LocalDate.now(ALMATY).getYear());
    String thisMonth = YearMonth.now(ALMATY).toString();

    assertThat(bornIn(thisYear)).isNotNull();
    assertThat(bornIn(thisMonth)).isNotNull();
  }

  @Test
  void anEventThatHasHappenedCannotLieAfterToday() {
    String person = bornIn("1985");
    String events = "/api/v1/persons/" + person + "/events";

    assertProblem(postJson(events, event("DETAINED", date("next-year"))), "date");
    assertProblem(postJson(events, event("ARRIVED", date("9999-12-31"))), "date");
    assertProblem(postJson(events, event("INTERROGATED", date("next-month"))), "date");
    assertThat(json(get("/api/v1/persons/" + person + "/timeline")).get("items")).isEmpty();
  }

  @Test
  void aCourtHearingMayBePlannedButNotForTheFarFuture() {
    String person = bornIn("1985");
    String events = "/api/v1/persons/" + person + "/events";

    HttpResponse<String> planned = postJson(events, event("COURT_HEARING", date("next-month")));
    HttpResponse<String> far = postJson(events, event("COURT_HEARING", date("9999-12-31")));

    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    assertProblem(far, "date");
  }

  @Test
  void anEventBeforeTheBirthIsStoredWithAWarning() {
    String person = bornIn("1990-05");
    String events = "/api/v1/persons/" + person + "/events";

    HttpResponse<String> early = postJson(events, event("DETAINED", "1985"));
    HttpResponse<String> relative = postJson(events, event("RELATIVE_DETAINED", "1985"));
    HttpResponse<String> later = postJson(events, event("EMIGRATED", "2009"));

    assertThat(early.statusCode()).isEqualTo(201);
    assertThat(json(early).get("warnings")).hasSize(1);
    assertThat(json(early).get("warnings").get(0).asString()).contains("before the date of birth");
    assertThat(json(relative).get("warnings")).as("a relative's detention may").isEmpty();
    assertThat(json(later).get("warnings")).isEmpty();
    JsonNode timeline = json(get("/api/v1/persons/" + person + "/timeline")).get("items");
    assertThat(timeline.findValues("warnings").stream().mapToInt(JsonNode::size).sum())
        .isEqualTo(1);
    assertThat(get("/people/" + person).body())
        .contains("This event is dated before the date of birth of someone it happened to");
  }

  @Test
  void documentsCustodyConsentsAndSourcesCannotLieAfterToday() {
    String person = bornIn("1985");
    String tomorrow = date("tomorrow");

    assertProblem(
        postJson(
            "/api/v1/persons/" + person + "/documents",
            "{\"type\":\"PASSPORT\",\"issued\":\"" + tomorrow + "\"}"),
        "issued");
    assertProblem(
        postJson(
            "/api/v1/persons/" + person + "/documents",
            "{\"type\":\"PASSPORT\",\"custody\":\"CONFISCATED\",\"custodian\":\"police\","
                + "\"custodyDate\":\""
                + tomorrow
                + "\"}"),
        "custodyDate");
    assertProblem(
        postJson(
            "/api/v1/persons/" + person + "/consents",
            "{\"scope\":\"DOCUMENTATION\",\"given\":\""
                + tomorrow
                + "\",\"obtainedHow\":\"SIGNED_FORM\"}"),
        "given");
    assertProblem(
        postJson(
            "/api/v1/persons/" + person + "/sources",
            "{\"informant\":\"the person\",\"relation\":\"SELF\",\"date\":\"" + tomorrow + "\"}"),
        "date");
    HttpResponse<String> expiring =
        postJson(
            "/api/v1/persons/" + person + "/documents",
            "{\"type\":\"PASSPORT\",\"issued\":\"2020\",\"expires\":\""
                + date("next-year")
                + "\"}");
    assertThat(expiring.statusCode()).as("an expiry may lie ahead").isEqualTo(201);
  }

  @Test
  void theIntakeFormShowsTheProblemNextToTheDateOfBirth() {
    long before = personCount();

    HttpResponse<String> response =
        postForm(
            "/people/new",
            "/people",
            Map.of("names[0].value", "Future Testova", "birthDate", "9999-12-31"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"birthDate-error\"")
        .contains("A date of birth cannot lie after today");
    assertThat(personCount()).isEqualTo(before);
  }

  private static void assertProblem(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode errors = json(response).get("errors");
    assertThat(errors.findValuesAsString("field")).containsExactly(field);
    assertThat(errors.findValuesAsString("code")).containsExactly("future");
  }

  private static String date(String when) {
    LocalDate today = LocalDate.now(ALMATY);
    return switch (when) {
      case "next-year" -> Integer.toString(today.getYear() + 1);
      case "next-month" -> YearMonth.from(today).plusMonths(1).toString();
      case "tomorrow" -> today.plusDays(1).toString();
      default -> when;
    };
  }

  private String bornIn(String birthDate) {
    HttpResponse<String> response =
        postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"Timely Testuly\"}],\"birthDate\":\"" + birthDate + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asString();
  }

  private static String event(String type, String date) {
    return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}";
  }
}
