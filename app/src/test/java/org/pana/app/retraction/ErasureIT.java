package org.pana.app.retraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.pana.app.config.PanaSettings;
import org.pana.app.search.PersonSearch;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.pana.store.files.EncryptedFiles;
import org.pana.store.jdbc.Database;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person erased on request is gone for good: no sealed value in the database opens to any of
 * their names (in four scripts, in every revision), no search term is theirs, their evidence file
 * is deleted, the search index's sealed files hold no copy, and the audit log has one entry for it.
 * Everyone is invented.
 */
class ErasureIT extends WithOrganisation {

  @Autowired Database database;
  @Autowired VaultKeeper keeper;
  @Autowired AuditLog audit;
  @Autowired PanaSettings settings;
  @Autowired PersonSearch search;

  @Test
  void anErasedPersonIsInNoSealedValueNoIndexFileAndNoEvidenceFile() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> markers =
        List.of("Erased" + tag + "latin", "Өшірілген" + tag, "ئۆچۈرۈلگەن" + tag, "被删除" + tag);
    Group group = group("Erasure " + tag);
    String names =
        "{\"names\":[{\"value\":\""
            + markers.get(0)
            + " Person\",\"script\":\"Latn\"},{\"value\":\""
            + markers.get(1)
            + " Адам\",\"script\":\"Cyrl\"},{\"value\":\""
            + markers.get(2)
            + " ئادەم\",\"script\":\"Arab\"},{\"value\":\""
            + markers.get(3)
            + "·人\",\"script\":\"Hani\",\"kind\":\"hanzi\"}],\"birthPlace\":\""
            + markers.get(0)
            + " village\"";
    String person = person(group.caseworker(), names + "}");
    HttpResponse<String> amended =
        send(
            anonymous(),
            HttpRequest.newBuilder(uri("/api/v1/persons/" + person))
                .header("Authorization", "Bearer " + group.caseworker())
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        names + ",\"notes\":\"" + markers.get(1) + " notes\"}"))
                .build());
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    id(
        post(
            group.caseworker(),
            "/api/v1/persons/" + person + "/events",
            "{\"type\":\"DETAINED\",\"date\":\"2018\",\"narrative\":\""
                + markers.get(3)
                + " narrative\"}"));
    id(
        post(
            group.caseworker(),
            "/api/v1/persons/" + person + "/sources",
            "{\"informant\":\"" + markers.get(2) + " brother\",\"relation\":\"SIBLING\"}"));
    String evidence =
        json(upload(person, "scan.png", "image/png", png(markers.get(0)))).get("id").asString();
    String neighbour =
        person(group.caseworker(), "{\"names\":[{\"value\":\"Erasure Neighbour " + tag + "\"}]}");
    assertThat(searchFinds(group, markers.get(1) + " Адам", person)).isTrue();
    search.seal();
    assertThat(Files.exists(dataDir().resolve("evidence").resolve(evidence + ".pana"))).isTrue();
    assertThat(sealedValuesHolding(markers)).as("the check sees the person before").isNotEmpty();

    HttpResponse<String> erased =
        post(
            group.coordinator(), "/api/v1/persons/" + person + "/erase", "{\"confirm\":\"erase\"}");

    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(json(erased).get("records").asInt()).isEqualTo(4);
    assertThat(sealedValuesHolding(markers)).isEmpty();
    assertThat(Files.exists(dataDir().resolve("evidence").resolve(evidence + ".pana"))).isFalse();
    assertThat(indexFilesHolding(person)).as("documents in the sealed index files").isZero();
    assertThat(searchFinds(group, markers.get(1) + " Адам", person)).isFalse();
    assertThat(get(group.coordinator(), "/api/v1/persons/" + person).statusCode()).isEqualTo(404);
    assertThat(get(group.coordinator(), "/api/v1/records/" + person + "/history").statusCode())
        .isEqualTo(404);
    assertThat(get(group.coordinator(), "/api/v1/persons/" + neighbour).statusCode())
        .isEqualTo(200);
    assertThat(
            audit.search(
                new AuditQuery(null, AuditAction.PERSON_ERASED, person, null, null, 0, 10)))
        .hasSize(1);
    assertThat(audit.search(new AuditQuery(null, null, person, null, null, 0, 100)))
        .as("the erasure writes nothing else about the person")
        .filteredOn(
            e -> e.action() != AuditAction.RECORD_WRITTEN && e.action() != AuditAction.RECORD_READ)
        .extracting(e -> e.action())
        .containsExactly(AuditAction.PERSON_ERASED);
  }

  /** Every sealed record body and revision body or reason that opens to text with a marker. */
  private List<String> sealedValuesHolding(List<String> markers) {
    List<String> found = new ArrayList<>();
    database
        .jdbc()
        .sql("SELECT id, body FROM record")
        .query(
            (rs, row) -> {
              check(
                  found,
                  markers,
                  "record " + rs.getString(1),
                  keeper.open("record", "body", rs.getString(1), rs.getString(2)));
              return null;
            })
        .list();
    database
        .jdbc()
        .sql("SELECT record_id, number, body, reason FROM revision")
        .query(
            (rs, row) -> {
              String revision = rs.getString(1) + "#" + rs.getInt(2);
              check(
                  found,
                  markers,
                  "revision " + revision,
                  keeper.open("revision", "body", revision, rs.getString(3)));
              if (rs.getString(4) != null) {
                check(
                    found,
                    markers,
                    "reason " + revision,
                    keeper.open("revision", "reason", revision, rs.getString(4)));
              }
              return null;
            })
        .list();
    return found;
  }

  private static void check(List<String> found, List<String> markers, String where, String plain) {
    for (String marker : markers) {
      if (plain.contains(marker)) {
        found.add(marker + " in " + where);
      }
    }
  }

  /** How many documents (live or deleted) for the person the sealed index files hold. */
  private int indexFilesHolding(String person) throws Exception {
    EncryptedFiles files =
        new EncryptedFiles(
            PanaSettings.indexFolder(settings.vaultFile()),
            "person-index",
            keeper::files,
            EncryptedFiles.INDEX_FILE);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      for (String name : files.ids()) {
        try (InputStream in = files.open(name);
            IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
          byte[] bytes = in.readAllBytes();
          out.writeBytes(bytes, bytes.length);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.docFreq(new Term("id", person));
      }
    }
  }

  private boolean searchFinds(Group group, String name, String person) {
    return post(group.coordinator(), "/api/v1/search/persons", "{\"q\":\"" + name + "\"}")
        .body()
        .contains(person);
  }
}
