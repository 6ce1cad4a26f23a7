package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.record.Change;
import org.pana.core.source.SourceDraft;
import org.pana.core.source.Sources;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.Timeline;
import org.pana.store.json.RecordCodec;

/**
 * Every identifying value reaches the disk only through {@link Protection}: with a protection that
 * transforms values, no marker written into names, narratives, sources or change reasons appears
 * anywhere in the database files. This is the seam the vault fills with real encryption; the
 * transformation here stands in for the cipher only to make plaintext recognisable.
 */
class ProtectionSeamIT {

  private static final String MARKER = "CANARY";
  private static final List<String> MARKERS =
      List.of(MARKER, "Канарейка", "كانارېيكا", "金丝雀", "canarytoken");

  @TempDir Path dir;

  @Test
  void noIdentifyingValueReachesTheDiskWithoutPassingTheSeam() throws Exception {
    assertThat(markersOnDisk(new Transforming(), dir.resolve("sealed"))).isEmpty();
  }

  @Test
  void theVaultLeavesNoIdentifyingValueOnDisk() throws Exception {
    var vault = org.pana.vault.Vault.at(dir.resolve("vault.json"));
    var keys = vault.create("admin", "a long test passphrase".toCharArray());

    assertThat(markersOnDisk(new VaultProtection(keys.cipher()), dir.resolve("vaulted"))).isEmpty();
  }

  @Test
  void theScanFindsPlaintextWhenNothingProtectsIt() throws Exception {
    // The check above is only worth something if the scan can see plaintext at all.
    assertThat(markersOnDisk(Protection.none(), dir.resolve("open")))
        .contains("CANARY (UTF-8) in pana.db", "金丝雀 (UTF-8) in pana.db");
  }

  private static List<String> markersOnDisk(Protection protection, Path dir) throws Exception {
    Files.createDirectories(dir);
    Path file = dir.resolve("pana.db");
    try (Database database = Database.open(DatabaseSettings.sqlite(file))) {
      var store = new JdbcRecordStore(database, new RecordCodec(), Clock.systemUTC(), protection);
      var sources = new Sources(store);
      var people = new People(store, sources);
      var timeline = new Timeline(store, people, sources);
      List<NameDraft> names = new ArrayList<>();
      for (String marker : MARKERS) {
        names.add(new NameDraft(marker + " Testperson", null, null, "alias", null));
      }
      var draft =
          new PersonDraft(
              names, "female", "1980", MARKER + " village", null, List.of(), List.of(), null, null);
      String id = people.record(draft, Change.by("clerk")).value().id();
      people.amend(id, 1, draft, new Change("clerk", MARKER + " reason"));
      String source =
          sources
              .record(
                  id,
                  new SourceDraft(MARKER + " brother", "SIBLING", null, null, null, null),
                  Change.by("clerk"))
              .value()
              .id();
      timeline.add(
          id,
          new EventDraft("DETAINED", "2018", MARKER, MARKER + " narrative", null, source, null),
          Change.by("clerk"));

      // Reading back goes through the seam too.
      assertThat(people.get(id).value().names().get(1).value()).isEqualTo("Канарейка Testperson");
      assertThat(store.history(Person.KIND, id).get(1).reason()).isEqualTo(MARKER + " reason");
    }
    return scan(dir);
  }

  private static List<String> scan(Path dir) throws Exception {

    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path stored : files.toList()) {
        String bytes = new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1);
        for (String marker : MARKERS) {
          for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
            String needle = new String(marker.getBytes(charset), StandardCharsets.ISO_8859_1);
            if (bytes.contains(needle)) {
              found.add(marker + " (" + charset + ") in " + stored.getFileName());
            }
          }
        }
      }
    }
    return found;
  }

  /** Reversible, recognisably non-plaintext sealing. */
  private static final class Transforming implements Protection {
    @Override
    public String seal(String table, String column, String rowId, String plaintext) {
      String bound = table + "." + column + "." + rowId + "|" + plaintext;
      return Base64.getEncoder().encodeToString(bound.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String table, String column, String rowId, String stored) {
      String bound = new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8);
      String prefix = table + "." + column + "." + rowId + "|";
      if (!bound.startsWith(prefix)) {
        throw new IllegalStateException("value moved to another row");
      }
      return bound.substring(prefix.length());
    }
  }
}
