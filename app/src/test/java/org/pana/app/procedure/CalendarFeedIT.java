package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The personal iCalendar feed: a secret-token URL that a calendar application reads without logging
 * in; valid RFC 5545 (parsed back with ical4j); no names in event titles unless chosen; replaced or
 * removed, the old address stops working.
 */
class CalendarFeedIT extends WithCases {

  private static final Pattern URL = Pattern.compile("id=\"calendar-url\"[^>]*>([^<]+)<");

  @Test
  void theFeedListsDeadlinesWithoutNamesAndStopsWhenRemoved() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String caseId = caseWithACertificateIssuedToday("Calendar case Zhetysu", "Назерке Тоқтарқызы");

    String feed = createFeed(false);
    HttpResponse<String> ics =
        send(HttpClient.newHttpClient(), HttpRequest.newBuilder(java.net.URI.create(feed)).build());
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    VEvent fingerprints =
        calendar.<VEvent>getComponents("VEVENT").stream()
            .filter(e -> e.getSummary().getValue().startsWith("fingerprints"))
            .filter(e -> e.getUid().orElseThrow().getValue().startsWith(caseId))
            .findFirst()
            .orElseThrow();
    assertThat(fingerprints.getDateTimeStart().getValue())
        .isEqualTo(today.plusDays(3).toString().replace("-", ""));
    assertThat(fingerprints.getDescription().getValue())
        .contains("Fingerprint registration within 3 calendar days")
        .contains("3 days from asylum-seeker certificate issued on " + today)
        .contains("gov.kz");
    assertThat(ics.body()).doesNotContain("Calendar case Zhetysu").doesNotContain("Тоқтарқызы");

    // with names chosen: the case title appears; the old address stops working
    String named = createFeed(true);
    assertThat(
            send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(java.net.URI.create(named)).build())
                .body())
        .contains("Calendar case Zhetysu");
    assertThat(
            send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(java.net.URI.create(feed)).build())
                .statusCode())
        .isEqualTo(404);

    // removed: nothing there any more; a made-up token is the same 404
    postForm("/account", "/account/calendar/remove", Map.of());
    assertThat(
            send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(java.net.URI.create(named)).build())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            send(
                    HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(
                            uri("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))
                        .build())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theFeedIsInTheAccountsLanguageWhateverTheCalendarAsksFor() throws Exception {
    String caseId = caseWithACertificateIssuedToday("Calendar case Almaty", "Дана Серікқызы");
    String feed = createFeed(false);
    HttpRequest asKazakh =
        HttpRequest.newBuilder(java.net.URI.create(feed)).header("Accept-Language", "kk").build();
    try {
      // the account reads Pana in English: a calendar application asking for Kazakh gets English
      String english = send(HttpClient.newHttpClient(), asKazakh).body();
      assertThat(english)
          .contains("fingerprints")
          .contains("Fingerprint registration within 3 calendar days")
          .doesNotContain("дактилоскоп");

      // the account chooses Russian: every word of the feed is Russian, even asked for in Kazakh
      assertThat(get("/account?lang=ru").statusCode()).isEqualTo(200);
      Calendar russian =
          new CalendarBuilder()
              .build(new StringReader(send(HttpClient.newHttpClient(), asKazakh).body()));
      VEvent fingerprints =
          russian.<VEvent>getComponents("VEVENT").stream()
              .filter(e -> e.getUid().orElseThrow().getValue().startsWith(caseId))
              .filter(e -> e.getSummary().getValue().startsWith("дактилоскопическая регистрация"))
              .findFirst()
              .orElseThrow();
      assertThat(fingerprints.getSummary().getValue())
          .isEqualTo("дактилоскопическая регистрация · Дело " + caseId.substring(0, 8));
      assertThat(fingerprints.getDescription().getValue())
          .contains("Дактилоскопическая регистрация — в течение 3 календарных дней")
          .doesNotContain("Fingerprint registration");
    } finally {
      assertThat(get("/account?lang=en").statusCode()).isEqualTo(200);
    }
  }

  private String createFeed(boolean withNames) {
    Map<String, String> fields = withNames ? Map.of("withNames", "on") : Map.of();
    HttpResponse<String> page = postForm("/account", "/account/calendar", fields);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher url = URL.matcher(page.body());
    assertThat(url.find()).as(page.body()).isTrue();
    return url.group(1).strip();
  }
}
