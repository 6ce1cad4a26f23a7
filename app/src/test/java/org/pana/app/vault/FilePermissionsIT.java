package org.pana.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.pana.app.OwnerOnly;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.app.portal.Portal;
import org.pana.app.search.PersonSearch;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A running server writes every file owner-only ({@code rw-------}) and every folder owner-only
 * ({@code rwx------}): the database with its journal files, the vault, the audit head, evidence,
 * the sealed search index, the public portal's pages and backups.
 */
class FilePermissionsIT extends RunningPana {

  @Autowired BackupService backups;
  @Autowired PersonSearch search;
  @Autowired Portal portal;

  @Test
  void everyFileTheServerWritesIsTheOwnersOnly() throws Exception {
    OwnerOnly.assumePosix(dataDir());
    String person =
        JSON.readTree(
                postJson(
                        "/api/v1/persons",
                        "{\"names\":[{\"value\":\"Dana Permissionova\",\"script\":\"Latn\"}]}")
                    .body())
            .get("id")
            .asString();
    assertThat(upload(person, "scan.png", "image/png", png("scan")).statusCode()).isEqualTo(201);
    search.rebuild(done -> {});
    search.seal();
    portal.refresh();
    backups.backup(
        PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())),
        dataDir().resolve("backups").resolve("permissions.backup"));

    assertThat(Files.list(dataDir()).map(p -> p.getFileName().toString()))
        .contains("pana.db", "vault.json", "audit-head.json", "evidence", "index", "portal");
    assertThat(OwnerOnly.exposed(dataDir())).isEmpty();
  }
}
