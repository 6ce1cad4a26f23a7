package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pana.app.RunningPana;

/** What protects a loopback server: Host check, CSRF, headers. */
class WebProtectionIT extends RunningPana {

  @Test
  void aRequestForAnotherHostNameIsRefused() throws IOException {
    String response = rawGet("/", "evil.example");

    assertThat(response).startsWith("HTTP/1.1 403");
  }

  @Test
  void aRequestForTheLoopbackNameIsServed() throws IOException {
    assertThat(rawGet("/login", "localhost:" + port)).startsWith("HTTP/1.1 200");
    assertThat(rawGet("/login", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
  }

  @Test
  void aFormPostWithoutCsrfTokenIsRefusedAndStoresNothing() {
    long before = personCount();

    HttpResponse<String> response = postForm("/people", "names%5B0%5D.value=Someone");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void theApiRefusesBodiesABrowserCouldSendCrossSite() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/v1/persons"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[{\"value\":\"x\"}]}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void aCookieWriteToTheApiFromAnotherLocalSiteIsRefusedAndStoresNothing() {
    long before = personCount();
    String otherPort = "http://127.0.0.1:" + (port == 65535 ? 1 : port + 1);

    HttpResponse<String> fromOrigin = send(personPost().header("Origin", otherPort).build());
    HttpResponse<String> fromSameSite =
        send(
            personPost().header("Sec-Fetch-Site", "same-site").header("Origin", otherPort).build());
    HttpResponse<String> multipart =
        send(
            HttpRequest.newBuilder(uri("/api/v1/persons"))
                .header("Origin", otherPort)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"))
                .build());

    assertThat(fromOrigin.statusCode()).isEqualTo(403);
    assertThat(json(fromOrigin).get("type").asString()).endsWith("/cross-site");
    assertThat(fromSameSite.statusCode()).isEqualTo(403);
    assertThat(multipart.statusCode()).isEqualTo(403);
    assertThat(personCount()).isEqualTo(before);
  }

  @Test
  void aCookieWriteFromPanasOwnPagesOrWithABearerTokenIsServed() {
    String own = "http://127.0.0.1:" + port;

    HttpResponse<String> sameOrigin =
        send(personPost().header("Sec-Fetch-Site", "same-origin").header("Origin", own).build());
    HttpResponse<String> ownOrigin = send(personPost().header("Origin", own).build());
    HttpResponse<String> bearer =
        send(
            anonymous(),
            personPost()
                .header("Origin", "http://127.0.0.1:1")
                .header("Authorization", "Bearer " + bearer())
                .build());

    assertThat(sameOrigin.statusCode()).isEqualTo(201);
    assertThat(ownOrigin.statusCode()).isEqualTo(201);
    assertThat(bearer.statusCode()).isEqualTo(201);
  }

  private HttpRequest.Builder personPost() {
    return HttpRequest.newBuilder(uri("/api/v1/persons"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[{\"value\":\"Cross Site\"}]}"));
  }

  @Test
  void anUnknownApiPathIsAProblemToo() {
    HttpResponse<String> response = get("/api/v1/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void aSearchedNameNeverAppearsInTheUrl() {
    HttpResponse<String> byGet = get("/people?q=Nurlan");
    HttpResponse<String> byPost = postForm("/people/search", "q=Nurlan");

    // GET ignores the query (it just lists); POST without a CSRF token is refused.
    assertThat(byGet.body()).doesNotContain("Nurlan");
    assertThat(byPost.statusCode()).isEqualTo(403);
    assertThat(get("/").body()).contains("action=\"/people/search\"").contains("method=\"post\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/people", "/people/new", "/cases", "/api/v1/persons"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    var headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void healthSaysUpAndNothingElse() {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("status").asString()).isEqualTo("UP");
    assertThat(json(response).has("components")).isFalse();
    assertThat(json(response).has("details")).isFalse();
  }

  @Test
  void uyghurPagesAreRightToLeft() {
    assertThat(get("/?lang=ug").body()).contains("dir=\"rtl\"");
    assertThat(get("/?lang=en").body()).contains("dir=\"ltr\"");
  }

  /** A GET with a Host header of our choosing (HTTP clients refuse to forge it). */
  private String rawGet(String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
