package org.pana.app.config;

import org.pana.store.jdbc.Database;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the database's query planner informed as the casebook grows: once an hour (the first ten
 * minutes after start) it looks at the tables again, as SQLite advises for a connection that stays
 * open. Reads nothing of the records: it runs whether or not the vault is open.
 */
@Component
class DatabaseUpkeep {

  private final Database database;

  DatabaseUpkeep(Database database) {
    this.database = database;
  }

  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void optimise() {
    database.optimise();
  }
}
