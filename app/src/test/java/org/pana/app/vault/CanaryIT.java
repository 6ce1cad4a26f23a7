package org.pana.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pana.app.Bytes;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.app.search.PersonSearch;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plaintext canary: people whose names, narratives, identifiers, sources, documents and an
 * uploaded file carry a unique marker in Latin, Cyrillic, Arabic script and Hanzi go through every
 * feature (create, edit, search, upload, download, backup); then every byte of the data directory,
 * of the temporary directory's new files, and every log event is searched for the markers in UTF-8
 * and UTF-16. Any hit fails.
 */
class CanaryIT extends RunningPana {

  @Autowired BackupService backups;
  @Autowired PersonSearch search;

  @Test
  void noMarkerReachesTheDiskTheTemporaryDirectoryOrTheLogs() throws Exception {
    long started = System.currentTimeMillis() - 2000;
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> markers =
        List.of("Canary" + tag + "latin", "Канарейка" + tag, "كاناري" + tag, "金丝雀" + tag);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    try {
      exerciseEveryFeature(markers);
    } finally {
      root.detachAppender(logs);
    }

    List<String> hits = new ArrayList<>();
    scan(dataDir(), 0, markers, hits);
    scan(Path.of(System.getProperty("java.io.tmpdir")), started, markers, hits);
    for (ILoggingEvent event : logs.list) {
      for (String marker : markers) {
        if (event.getFormattedMessage().contains(marker)
            || (event.getThrowableProxy() != null
                && String.valueOf(event.getThrowableProxy().getMessage()).contains(marker))) {
          hits.add("log: " + event.getLoggerName());
        }
      }
    }
    assertThat(hits).isEmpty();

    // The scan itself finds a marker where there is one (UTF-16 here), so an empty result means
    // something.
    Path control = Files.createTempDirectory("pana-canary-control-");
    Files.write(control.resolve("control.bin"), markers.get(3).getBytes(StandardCharsets.UTF_16LE));
    List<String> found = new ArrayList<>();
    scan(control, 0, markers, found);
    assertThat(found).hasSize(1);
    Files.delete(control.resolve("control.bin"));
    Files.delete(control);
  }

  private void exerciseEveryFeature(List<String> m) throws Exception {
    String person =
        "{\"names\":["
            + "{\"value\":\""
            + m.get(0)
            + " Testperson\",\"script\":\"Latn\"},"
            + "{\"value\":\""
            + m.get(1)
            + " Тест\",\"script\":\"Cyrl\"},"
            + "{\"value\":\""
            + m.get(2)
            + " تېست\",\"script\":\"Arab\"},"
            + "{\"value\":\""
            + m.get(3)
            + "·测试\",\"script\":\"Hani\",\"kind\":\"hanzi\"}],"
            + "\"birthPlace\":\""
            + m.get(0)
            + " village\",\"notes\":\""
            + m.get(1)
            + " notes\",\"identifiers\":[{\"type\":\"OTHER\",\"value\":\""
            + m.get(0)
            + "-ID\"}]}";
    String created = postJson("/api/v1/persons", person).body();
    String id = JSON.readTree(created).get("id").asString();
    // Edit
    HttpResponse<String> current = get("/api/v1/persons/" + id);
    HttpResponse<String> edited =
        putJson(
            "/api/v1/persons/" + id,
            etag(current),
            person.replace(m.get(0) + " village", m.get(3) + " 村"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    // Timeline, sources, documents
    assertThat(
            postJson(
                    "/api/v1/persons/" + id + "/sources",
                    "{\"informant\":\"" + m.get(2) + " brother\",\"relation\":\"SIBLING\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            postJson(
                    "/api/v1/persons/" + id + "/events",
                    "{\"type\":\"DETAINED\",\"date\":\"2018\",\"place\":\""
                        + m.get(1)
                        + "\",\"narrative\":\""
                        + m.get(3)
                        + " "
                        + m.get(0)
                        + " narrative\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            postJson(
                    "/api/v1/persons/" + id + "/documents",
                    "{\"type\":\"PASSPORT\",\"number\":\""
                        + m.get(0)
                        + "-P\",\"custody\":\"CONFISCATED\",\"custodian\":\""
                        + m.get(1)
                        + " police\"}")
                .statusCode())
        .isEqualTo(201);
    // Search, read pages
    assertThat(get("/api/v1/persons?q=" + m.get(0).toLowerCase()).body()).contains(id);
    // the names engine's index holds every name; sealed, its files must not show them
    assertThat(
            get("/api/v1/search/persons?q="
                    + java.net.URLEncoder.encode(
                        m.get(1) + " Тест", java.nio.charset.StandardCharsets.UTF_8))
                .body())
        .contains(id);
    search.seal();
    assertThat(get("/people/" + id).statusCode()).isEqualTo(200);
    // Upload and download a file carrying the markers
    HttpResponse<String> uploaded =
        upload(id, m.get(1) + ".png", "image/png", png(String.join(" ", m)));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String evidence = JSON.readTree(uploaded.body()).get("id").asString();
    assertThat(
            send(
                    http,
                    HttpRequest.newBuilder(uri("/api/v1/evidence/" + evidence + "/content"))
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray())
                .statusCode())
        .isEqualTo(200);
    // Backup into the data directory, so that the scan reads it too
    backups.backup(
        PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())),
        dataDir().resolve("canary.backup"));
  }

  private static void scan(Path root, long since, List<String> markers, List<String> hits)
      throws java.io.IOException {
    List<byte[]> needles = new ArrayList<>();
    for (String marker : markers) {
      needles.add(marker.getBytes(StandardCharsets.UTF_8));
      needles.add(marker.getBytes(StandardCharsets.UTF_16LE));
      needles.add(marker.getBytes(StandardCharsets.UTF_16BE));
    }
    Files.walkFileTree(
        root,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && attributes.lastModifiedTime().toMillis() >= since
                && attributes.size() < 256L * 1024 * 1024) {
              try {
                byte[] bytes = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                  if (Bytes.indexOf(bytes, needle) >= 0) {
                    hits.add(file.toString());
                    break;
                  }
                }
              } catch (java.io.IOException e) {
                // vanished or unreadable: not a file of ours
              }
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException e) {
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }
}
