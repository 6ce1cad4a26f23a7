package org.pana.tools.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated volunteer: a script's API token and a browser's logged-in session, over one HTTP
 * client of its own (HTTP/1.1, connections kept alive). API requests carry only the token, page
 * loads only the session cookie, as a script and a browser would. Used by one thread at a time.
 */
final class Volunteer implements AutoCloseable {

  /** Long enough that a server stalling on a full connection pool answers (500) before it. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http;
  private final URI base;
  private final String token;
  private final String organisation;
  private final Intake intake;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /**
   * What the server answered.
   *
   * @param status the HTTP status, or -1 when no answer came
   * @param body the body, or why no answer came
   * @param location the {@code Location} header, or ""
   */
  record Answer(int status, String body, String location) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * A volunteer of {@code organisation} on the server at {@code base}, writing fictional people
   * drawn from {@code seed}.
   */
  Volunteer(URI base, String token, String organisation, long seed) {
    this.base = base;
    this.token = token;
    this.organisation = organisation;
    this.intake = new Intake(seed);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The id of the organisation this volunteer works for. */
  String organisation() {
    return organisation;
  }

  /** This volunteer's own source of fictional request bodies. */
  Intake intake() {
    return intake;
  }

  /**
   * Logs in through the login form as a browser does, keeping the session cookie.
   *
   * @throws IllegalStateException when the login is refused
   */
  void logIn(String login, String passphrase) {
    Answer form = page("/login");
    Matcher csrf = CSRF.matcher(form.body());
    if (!form.ok() || !csrf.find()) {
      throw new IllegalStateException("the login page answered " + form.status());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", login);
    fields.put("password", passphrase);
    fields.put("_csrf", csrf.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Answer response =
        send(
            withCookies(HttpRequest.newBuilder(base.resolve("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.status() != 302 || response.location().contains("/login")) {
      throw new IllegalStateException("the login of " + login + " was refused");
    }
  }

  /** GET with the API token. */
  Answer get(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(TIMEOUT)
            .GET()
            .build());
  }

  /** POST of a JSON body with the API token. */
  Answer post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** GET of a page with the browser session. */
  Answer page(String path) {
    return send(
        withCookies(HttpRequest.newBuilder(base.resolve(path)))
            .header("Accept", "text/html")
            .timeout(TIMEOUT)
            .GET()
            .build());
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String header : response.headers().allValues("set-cookie")) {
        keep(header);
      }
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      return new Answer(-1, "no answer: " + e, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "interrupted", "");
    }
  }

  /** Keeps a cookie as a browser would (this client talks to one server, on one path). */
  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    if (equals > 0) {
      String name = pair.substring(0, equals).strip();
      String value = pair.substring(equals + 1).strip();
      if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
