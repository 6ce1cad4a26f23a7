package org.pana.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
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

  /** Connections in the pool: every request holds at most one, and only while it queries. */
  static final int POOL_SIZE = 10;

  /** How long a request waits for a connection, or for its turn to write, before it fails. */
  static final Duration WAIT = Duration.ofSeconds(20);

  private Database(HikariDataSource dataSource, boolean sqlite) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
    this.jdbc = JdbcClient.create(dataSource);
    var manager = new DataSourceTransactionManager(dataSource);
    this.transactions = sqlite ? new TakingTurns(manager) : new TransactionTemplate(manager);
  }

  /** Opens the database and brings its schema up to date. */
  public static Database open(DatabaseSettings settings) {
    return open(settings, POOL_SIZE, WAIT);
  }

  /**
   * Opens the database with a pool of {@code connections} that waits {@code wait} for a free one
   * (tests use a pool of one to prove that no code holds two connections at once).
   */
  public static Database open(DatabaseSettings settings, int connections, Duration wait) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("pana");
    if (settings.isSqlite()) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout((int) WAIT.toMillis());
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource sqliteSource = new SQLiteDataSource(config);
      sqliteSource.setUrl(settings.jdbcUrl());
      pool.setDataSource(sqliteSource);
    } else {
      pool.setJdbcUrl(settings.jdbcUrl());
      pool.setUsername(settings.user());
      pool.setPassword(settings.password());
    }
    pool.setMaximumPoolSize(connections);
    pool.setConnectionTimeout(wait.toMillis());
    migrate(pool);
    return new Database(new HikariDataSource(pool), settings.isSqlite());
  }

  /**
   * Brings the schema up to date through a pool of its own: Flyway holds a lock on one connection
   * while it migrates on another, whatever size the working pool has.
   */
  private static void migrate(HikariConfig working) {
    HikariConfig config = new HikariConfig();
    working.copyStateTo(config);
    config.setPoolName("pana-migration");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(WAIT.toMillis());
    try (HikariDataSource migration = new HikariDataSource(config)) {
      Flyway.configure()
          .dataSource(migration)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    }
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

  /**
   * SQLite writes one transaction at a time. Left to themselves, waiting writers poll the database
   * file's lock and sleep up to 100 ms between tries, so under load some wait far longer than their
   * turn. Here they queue in the JVM instead, first come first served, and the database lock is
   * always free when a transaction begins.
   */
  private static final class TakingTurns extends TransactionTemplate {

    private final ReentrantLock turn = new ReentrantLock(true);

    TakingTurns(DataSourceTransactionManager manager) {
      super(manager);
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
      try {
        if (!turn.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new CannotAcquireLockException(
              "Waited " + WAIT.toSeconds() + " s for the database to take a write.");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CannotAcquireLockException("Interrupted while waiting to write.", e);
      }
      try {
        return super.execute(action);
      } finally {
        turn.unlock();
      }
    }
  }
}
