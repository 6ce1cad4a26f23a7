package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record store contract on an SQLite file, plus SQLite's durability settings. */
class SqliteRecordStoreIT extends RecordStoreContract {

  @TempDir Path dir;

  @Override
  DatabaseSettings freshDatabase() {
    return DatabaseSettings.sqlite(dir.resolve("pana.db"));
  }

  @Test
  void runsWithWriteAheadLogSyncedBeforeAcknowledgementAndForeignKeys() {
    var jdbc = database().jdbc();
    assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
    // NORMAL: SQLite does not sync at commit; WalSync does before a transaction returns
    assertThat(jdbc.sql("PRAGMA synchronous").query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
  }
}
