package org.pana.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pana.core.person.People;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.record.Change;
import org.pana.core.source.Sources;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.DatabaseSettings;
import org.pana.store.jdbc.JdbcRecordStore;
import org.pana.store.jdbc.Protection;
import org.pana.store.jdbc.VaultProtection;
import org.pana.store.json.RecordCodec;
import org.pana.vault.Vault;

/**
 * A benchmark program, not a test: the cost of unlocking the vault (Argon2id) and of encryption on
 * writes and reads of people in SQLite. Prints medians of several runs. Run with the store's test
 * classpath: {@code java -cp … org.pana.store.bench.EncryptionCost [people]}.
 */
public final class EncryptionCost {

  private EncryptionCost() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = Files.createTempDirectory("pana-bench-");
    System.out.printf(
        "machine: %d cores, %s; JVM %s, max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.arch"),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);

    Vault vault = Vault.at(dir.resolve("vault.json"));
    var keys = vault.create("admin", "benchmark passphrase".toCharArray());
    double[] unlock = new double[5];
    for (int i = 0; i < unlock.length; i++) {
      long start = System.nanoTime();
      vault.unlock("admin", "benchmark passphrase".toCharArray());
      unlock[i] = (System.nanoTime() - start) / 1e6;
    }
    System.out.printf(
        "unlock (Argon2id %s): median %.0f ms of %d%n",
        vault.costOf("admin"), median(unlock), unlock.length);

    for (int run = 0; run < 3; run++) {
      measure("plain", Protection.none(), dir.resolve("plain-" + run), count);
      measure("vault", new VaultProtection(keys.cipher()), dir.resolve("vault-" + run), count);
    }
  }

  private static void measure(String label, Protection protection, Path dir, int count)
      throws Exception {
    Files.createDirectories(dir);
    try (Database database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")))) {
      var store = new JdbcRecordStore(database, new RecordCodec(), Clock.systemUTC(), protection);
      var people = new People(store, new Sources(store));
      List<String> ids = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        ids.add(people.record(person(i), Change.by("bench")).value().id()); // one commit each
      }
      double writeSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      for (String id : ids) {
        people.get(id);
      }
      double readSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%s: %d people written at %.0f/s (one transaction each, synchronous=FULL),"
              + " read at %.0f/s%n",
          label, count, count / writeSeconds, count / readSeconds);
    }
  }

  private static PersonDraft person(int i) {
    return new PersonDraft(
        List.of(
            new NameDraft("Нұрлан Серікұлы " + i, null, "kk", "official", null),
            new NameDraft("Nurlan Serikuly " + i, null, "kk", "patronymic", null),
            new NameDraft("努尔兰·赛力克", "Hani", "zh", "hanzi", null)),
        "male",
        "1983-04",
        "Zhaosu County",
        "Kazakh",
        List.of("CN"),
        List.of(),
        null,
        "A fictional benchmark person.");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
