package org.pana.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open database with its schema migrated: the connection pool, a {@link JdbcClient} for explicit
 * SQL and a transaction template.
 *
 * <p>SQLite runs with a write-ahead log, {@code synchronous=FULL} (an acknowledged write survives a
 * power cut), foreign keys on, and {@code BEGIN IMMEDIATE} transactions so that two writers queue
 * instead of failing half-way.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final boolean sqlite;

  private Database(HikariDataSource dataSource, boolean sqlite) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Opens the database and brings its schema up to date. */
  public static Database open(DatabaseSettings settings) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("pana");
    if (settings.isSqlite()) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(30_000);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource sqliteSource = new SQLiteDataSource(config);
      sqliteSource.setUrl(settings.jdbcUrl());
      pool.setDataSource(sqliteSource);
      pool.setMaximumPoolSize(4);
    } else {
      pool.setJdbcUrl(settings.jdbcUrl());
      pool.setUsername(settings.user());
      pool.setPassword(settings.password());
      pool.setMaximumPoolSize(10);
    }
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, settings.isSqlite());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public TransactionTemplate transactions() {
    return transactions;
  }

  public boolean isSqlite() {
    return sqlite;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
