package org.pana.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The team-server mode: the same application with {@code --db postgresql://…}, against a real
 * PostgreSQL server started from the embedded binaries on Maven Central.
 */
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresModeIT extends RunningPana {

  private static final EmbeddedPostgres SERVER = start();

  @org.springframework.beans.factory.annotation.Autowired PanaSettings settings;

  @Test
  void itKeepsItsOwnVaultBesideTheLaptopsInTheSameDataDirectory() {
    assertThat(settings.database().isSqlite()).isFalse();
    assertThat(settings.vaultFile().getFileName().toString()).startsWith("vault-pg-");
    assertThat(settings.vaultFile()).exists();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add(
        "pana.db",
        () -> "postgresql://postgres:postgres@localhost:" + SERVER.getPort() + "/postgres");
  }

  // No @AfterAll stop: it would run before the context closes, and the closing application would
  // then wait 30 s for a stopped server to sign its last audit checkpoint. The context closes after
  // this class (DirtiesContext); the server stops with the JVM (its own shutdown hook).

  @Test
  void peopleAndTheirTimelineAreKeptInPostgresql() throws Exception {
    var created =
        postJson(
            "/api/v1/persons",
            "{\"names\":[{\"value\":\"Сәуле Маратқызы\"},{\"value\":\"赛吾列·马拉提\"}],"
                + "\"birthDate\":\"1979~\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asString();
    postJson("/api/v1/persons/" + id + "/events", "{\"type\":\"ARRIVED\",\"date\":\"2019-03\"}");

    assertThat(json(get("/api/v1/persons/" + id)).get("names").get(1).get("script").asString())
        .isEqualTo("Hani");
    assertThat(json(get("/api/v1/persons/" + id + "/timeline")).get("items")).hasSize(1);
    try (var connection = SERVER.getPostgresDatabase().getConnection();
        var statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM revision WHERE kind IN ('person', 'event')")) {
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(2);
    }
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
