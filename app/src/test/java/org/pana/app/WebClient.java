package org.pana.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client of a running Pana, as a browser (a cookie jar, forms with their CSRF token) or as a
 * script (a bearer token on every request). Requests carry no Origin header, as a script's would.
 */
public final class WebClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient http;
  private final String token;

  private WebClient(int port, HttpClient http, String token) {
    this.port = port;
    this.http = http;
    this.token = token;
  }

  static WebClient withCookies(int port) {
    return new WebClient(
        port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
  }

  static WebClient withToken(int port, String token) {
    return new WebClient(port, HttpClient.newHttpClient(), token);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Logs in through the login form; the response is the form's redirect. */
  public HttpResponse<String> login(String name, String passphrase) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", name);
    fields.put("password", passphrase);
    return postForm("/login", "/login", fields);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Sends a form as a browser would: with the CSRF token of the page {@code formPage}. */
  public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf(get(formPage).body()));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(all)))
            .build());
  }

  /** A request to {@code path}, with the bearer token when this is a script. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token of the first form on a page. */
  public static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("the page has no CSRF token: " + html);
    }
    return matcher.group(1);
  }

  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** The redirect target of a response, or "" when it is none. */
  public static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
