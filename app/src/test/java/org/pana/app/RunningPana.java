package org.pana.app;

import static java.net.http.HttpRequest.BodyPublishers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.PanaUser;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.Logins;
import org.pana.core.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that talk to a real, running Pana over HTTP: the real server on a random
 * loopback port, with a real SQLite file and a real vault in a fresh data directory. All such tests
 * share one server, so they never assume an empty database.
 *
 * <p>The first test creates the first administrator; {@link #http} is a client logged in as that
 * administrator through the real login form (session cookie), and {@link #bearer()} is a real API
 * token of the same account.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Tests end with open keep-alive connections; a graceful stop would wait 30 s for them.
    properties = "server.shutdown=immediate")
public abstract class RunningPana {

  protected static final JsonMapper JSON = JsonMapper.builder().build();
  protected static final String ADMIN = "admin-it";
  protected static final String PASSPHRASE = "correct horse battery staple";
  private static final Path DATA_DIR = newDataDir();
  private static final Map<Integer, HttpClient> SESSIONS = new ConcurrentHashMap<>();
  private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

  @Value("${local.server.port}")
  protected int port;

  @Autowired protected FirstRun firstRun;
  @Autowired protected Accounts accounts;
  @Autowired protected Logins logins;
  @Autowired protected ApiTokens tokens;

  /** A client logged in as the administrator (its session cookie is kept). */
  protected HttpClient http;

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("pana.data-dir", DATA_DIR::toString);
    // the public portal is off by default (PortalOffTest); the test server runs it (PortalIT)
    registry.add("pana.portal.enabled", () -> "true");
    registry.add("pana.portal.base-url", () -> "https://accounts.example.org");
    // The SMTP server of the digest test (GreenMail on its test port, started by DigestIT only):
    // set for every test so that they all share one server, as one casebook has one server.
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> 3025);
  }

  @BeforeEach
  void loggedIn() {
    synchronized (RunningPana.class) {
      if (firstRun.needsSetup()) {
        firstRun.createFirstAdmin(ADMIN, PASSPHRASE.toCharArray());
      }
    }
    http = SESSIONS.computeIfAbsent(port, p -> login(ADMIN, PASSPHRASE));
  }

  /** The organisation the first administrator set up with (every record belongs to one). */
  protected String home() {
    return accounts.all().stream()
        .filter(a -> a.login().equals(ADMIN))
        .findFirst()
        .orElseThrow()
        .organisationIds()
        .iterator()
        .next();
  }

  protected static Path dataDir() {
    return DATA_DIR;
  }

  /** A bearer token of the administrator, created once per server. */
  protected String bearer() {
    return TOKENS.computeIfAbsent(
        port,
        p ->
            tokens.create(
                PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())), "integration tests"));
  }

  /** Logs in through the login form and returns a client that keeps the session cookie. */
  protected HttpClient login(String name, String passphrase) {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> response = postLogin(client, name, passphrase, null);
    assertThat(response.statusCode()).as("login redirects").isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
    return client;
  }

  /**
   * Logs in through the login form and chooses a page language ({@code ?lang=kk}), which the
   * account keeps: a client that reads the pages in that language.
   */
  protected HttpClient loginIn(String language, String name, String passphrase) {
    HttpClient client = login(name, passphrase);
    HttpResponse<String> chosen =
        send(client, HttpRequest.newBuilder(uri("/?lang=" + language)).GET().build());
    assertThat(chosen.body()).contains("lang=\"" + language + "\"");
    return client;
  }

  /**
   * A new coordinator of the administrator's organisation, logged in and reading the pages in
   * {@code language}.
   */
  protected HttpClient coordinatorIn(String language, String login) {
    return accountIn(Role.COORDINATOR, language, login);
  }

  /**
   * A new account of this role in the administrator's organisation, logged in and reading the pages
   * in {@code language} (an administrator of their own, so that the first one keeps English).
   */
  protected HttpClient accountIn(Role role, String language, String login) {
    accounts.add(
        PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())),
        login,
        role,
        Set.of(home()),
        (login + " passphrase").toCharArray());
    return loginIn(language, login, login + " passphrase");
  }

  /** Sends the login form (with a two-step code when given) as a browser would. */
  protected HttpResponse<String> postLogin(
      HttpClient client, String name, String passphrase, String code) {
    HttpResponse<String> form = send(client, HttpRequest.newBuilder(uri("/login")).GET().build());
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("username", name);
    fields.put("password", passphrase);
    fields.put("_csrf", csrf(form.body()));
    if (code != null) {
      fields.put("code", code);
    }
    return send(
        client,
        HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
            .build());
  }

  /** The CSRF token of the first form on a page. */
  protected static String csrf(String html) {
    return WebClient.csrf(html);
  }

  protected static String form(Map<String, String> fields) {
    return WebClient.form(fields);
  }

  protected URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  protected HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  protected HttpResponse<String> postJson(String path, String json) {
    return send(withBody(path, "application/json").POST(ofString(json)).build());
  }

  /** Posts JSON that the API must refuse as unprocessable (422); returns the refusal. */
  protected HttpResponse<String> postRefused(String path, String json) {
    HttpResponse<String> response = postJson(path, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    return response;
  }

  /** Replaces a record through the API; {@code ifMatch} is the revision it amends, as an ETag. */
  protected HttpResponse<String> putJson(String path, String ifMatch, String json) {
    return send(
        withBody(path, "application/json").header("If-Match", ifMatch).PUT(ofString(json)).build());
  }

  /** The ETag of a response: the revision it showed, to send back in If-Match. */
  protected static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** Sends a form as a browser would, with the CSRF token of the page {@code page} it is on. */
  protected HttpResponse<String> postForm(String page, String action, Map<String, String> fields) {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(get(page).body()));
    return postForm(action, form(withToken));
  }

  /** Posts a form body that is already encoded (with its CSRF token, if any), as a browser. */
  protected HttpResponse<String> postForm(String action, String encoded) {
    return send(
        withBody(action, "application/x-www-form-urlencoded").POST(ofString(encoded)).build());
  }

  /** A request to {@code path} whose body is of {@code contentType}. */
  private HttpRequest.Builder withBody(String path, String contentType) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType);
  }

  /** The day it is where the casebook is kept (Asia/Almaty), as the server counts it. */
  protected static java.time.LocalDate casebookToday() {
    return org.pana.core.date.Today.in(java.time.Clock.systemUTC()).date();
  }

  /** A new fictional person with one name, recorded through the API; returns their id. */
  protected String person(String name) {
    return id(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"" + name + "\"}]}"));
  }

  /** A new case of these people, opened through the API; returns its id. */
  protected String newCase(String title, String... personIds) {
    return id(
        postJson(
            "/api/v1/cases",
            "{\"title\":\""
                + title
                + "\",\"personIds\":[\""
                + String.join("\",\"", personIds)
                + "\"]}"));
  }

  /** The id of the record a request created, which must have answered 201. */
  protected static String id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asString();
  }

  /** How many people the administrator can see. */
  protected long personCount() {
    return json(get("/api/v1/persons?size=1")).get("total").asLong();
  }

  /** Sends with the administrator's session. */
  protected HttpResponse<String> send(HttpRequest request) {
    return send(http, request);
  }

  protected static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    return send(client, request, HttpResponse.BodyHandlers.ofString());
  }

  protected static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Uploads a file as evidence of {@code person}, as a browser's multipart form would. */
  protected HttpResponse<String> upload(String person, String name, String type, byte[] bytes) {
    String boundary = "pana-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    return send(
        HttpRequest.newBuilder(uri("/api/v1/persons/" + person + "/evidence"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** A valid 1×1 PNG carrying {@code text} in a tEXt chunk. */
  protected static byte[] png(String text) {
    try {
      var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
      var out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "png", out);
      byte[] plain = out.toByteArray();
      // A tEXt chunk goes after the signature (8 bytes) and the IHDR chunk (25 bytes).
      byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.UTF_8);
      byte[] typeAndData = new byte[4 + data.length];
      System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
      System.arraycopy(data, 0, typeAndData, 4, data.length);
      var crc = new java.util.zip.CRC32();
      crc.update(typeAndData);
      var chunk = new java.io.ByteArrayOutputStream();
      var chunkOut = new java.io.DataOutputStream(chunk);
      chunkOut.writeInt(data.length);
      chunkOut.write(typeAndData);
      chunkOut.writeInt((int) crc.getValue());
      byte[] result = new byte[plain.length + chunk.size()];
      System.arraycopy(plain, 0, result, 0, 33);
      System.arraycopy(chunk.toByteArray(), 0, result, 33, chunk.size());
      System.arraycopy(plain, 33, result, 33 + chunk.size(), plain.length - 33);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client without any login. */
  protected static HttpClient anonymous() {
    return HttpClient.newHttpClient();
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static Path newDataDir() {
    try {
      return Files.createTempDirectory("pana-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
