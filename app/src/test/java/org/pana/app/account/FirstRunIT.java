package org.pana.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pana.app.vault.VaultKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh installation: no default account; until the first administrator exists only the setup
 * page answers, and it needs the one-time token printed on the console.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Tests end with open keep-alive connections; a graceful stop would wait 30 s for them.
    properties = "server.shutdown=immediate")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunIT {

  private static final Path DATA_DIR = newDataDir();
  private static final HttpClient BROWSER =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Value("${local.server.port}")
  int port;

  @Autowired FirstRun firstRun;
  @Autowired Accounts accounts;
  @Autowired VaultKeeper keeper;
  @Autowired org.pana.core.organisation.Organisations organisations;

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("pana.data-dir", DATA_DIR::toString);
  }

  @Test
  @Order(1)
  void beforeSetupEveryPageLeadsToTheSetupPageAndTheApiSaysWhy() throws Exception {
    HttpResponse<String> page = get("/people");
    HttpResponse<String> login = get("/login");
    HttpResponse<String> api = get("/api/v1/persons");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/setup");
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/setup");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.body()).contains("user add --name NAME --admin");
    assertThat(get("/setup").statusCode()).isEqualTo(200);
    assertThat(keeper.vault().exists()).isFalse();
  }

  @Test
  @Order(2)
  void aWrongSetupTokenOrAMismatchedPassphraseCreatesNothing() throws Exception {
    HttpResponse<String> wrongToken =
        setup("not-the-token", "first-admin", "a good long passphrase", "a good long passphrase");
    HttpResponse<String> mismatch =
        setup(firstRun.setupToken(), "first-admin", "a good long passphrase", "another one");
    HttpResponse<String> tooShort = setup(firstRun.setupToken(), "first-admin", "short", "short");
    HttpResponse<String> noGroup =
        setup(
            firstRun.setupToken(),
            "first-admin",
            "a good long passphrase",
            "a good long passphrase",
            " ");

    assertThat(wrongToken.statusCode()).isEqualTo(200);
    assertThat(wrongToken.body()).contains("This is not the setup token");
    assertThat(mismatch.body()).contains("The two passphrases differ");
    assertThat(tooShort.body()).contains("at least 8 characters").doesNotContain("value=\"short\"");
    assertThat(noGroup.body()).contains("Give your group&#39;s name");
    assertThat(firstRun.needsSetup()).isTrue();
    assertThat(keeper.vault().exists()).isFalse();
  }

  @Test
  @Order(3)
  void theSetupTokenCreatesTheFirstAdministratorOnceAndThenTheSetupPageIsGone() throws Exception {
    HttpResponse<String> created =
        setup(
            firstRun.setupToken(),
            "first-admin",
            "a good long passphrase",
            "a good long passphrase");

    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?created");
    assertThat(firstRun.needsSetup()).isFalse();
    assertThat(keeper.vault().exists()).isTrue();
    var admin = accounts.all().get(0);
    assertThat(admin.organisationIds()).hasSize(1);
    assertThat(organisations.get(admin.organisationIds().iterator().next()).value().name())
        .isEqualTo("Ak Jol volunteers (fictional)");
    assertThat(get("/setup").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(get("/api/v1/persons").statusCode()).isEqualTo(401);
  }

  @Test
  @Order(4)
  void thePanicButtonErasesTheVaultAfterConfirmationAndLoginThenFailsCleanly() throws Exception {
    String login = get("/login").body();
    HttpResponse<String> loggedIn =
        post(
            "/login",
            Map.of(
                "username", "first-admin",
                "password", "a good long passphrase",
                "_csrf", csrf(login)));
    assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
    String page = get("/admin/accounts").body();

    HttpResponse<String> unconfirmed =
        post("/admin/panic", Map.of("confirm", "yes", "_csrf", csrf(page)));
    assertThat(unconfirmed.body()).contains("Type erase to confirm");
    assertThat(keeper.vault().exists()).isTrue();

    HttpResponse<String> erased =
        post("/admin/panic", Map.of("confirm", "erase", "_csrf", csrf(page)));
    assertThat(erased.headers().firstValue("Location").orElseThrow()).endsWith("/login?erased");
    assertThat(erased.headers().firstValue("Clear-Site-Data")).isPresent();
    assertThat(keeper.vault().exists()).isFalse();
    assertThat(keeper.isUnlocked()).isFalse();

    HttpResponse<String> again =
        post(
            "/login",
            Map.of(
                "username", "first-admin",
                "password", "a good long passphrase",
                "_csrf", csrf(get("/login").body())));
    assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return BROWSER.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String page) {
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    return csrf.group(1);
  }

  private HttpResponse<String> setup(String token, String login, String pass, String repeat)
      throws Exception {
    return setup(token, login, pass, repeat, "Ak Jol volunteers (fictional)");
  }

  private HttpResponse<String> setup(
      String token, String login, String pass, String repeat, String organisation)
      throws Exception {
    String page = get("/setup").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf.group(1));
    fields.put("setupToken", token);
    fields.put("login", login);
    fields.put("passphrase", pass);
    fields.put("repeat", repeat);
    fields.put("organisation", organisation);
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return BROWSER.send(
        HttpRequest.newBuilder(uri("/setup"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return BROWSER.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static Path newDataDir() {
    try {
      return Files.createTempDirectory("pana-first-run-");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
