package org.pana.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * <p>SQLite runs with a write-ahead log whose commits are made durable together ({@link WalSync}:
 * an acknowledged write survives a power cut, as with {@code synchronous=FULL}, but the
 * transactions committed at about the same moment share one sync, outside the writers' turn),
 * foreign keys on, {@code BEGIN IMMEDIATE} transactions so that two writers queue instead of
 * failing half-way, and {@code secure_delete} on, so that what a deleted or changed row held is
 * overwritten with zeros rather than left in free space (an erased person's values must not stay in
 * the file).
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

  private Database(HikariDataSource dataSource, WalSync wal) {
    this.dataSource = dataSource;
    this.sqlite = wal != null;
    this.jdbc = JdbcClient.create(dataSource);
    var manager = new DataSourceTransactionManager(dataSource);
    this.transactions = sqlite ? new TakingTurns(manager, wal) : new TransactionTemplate(manager);
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
    WalSync wal = null;
    if (settings.isSqlite()) {
      wal = new WalSync(settings.sqliteFile());
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // durable at acknowledgement through WalSync (see the class comment)
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout((int) WAIT.toMillis());
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
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
    Database database = new Database(new HikariDataSource(pool), wal);
    if (database.sqlite) {
      // SQLite's advice for a connection that stays open: gather what the query planner needs to
      // know about the tables now (bounded, so quick on a large file), and again now and then
      database.optimise("PRAGMA optimize=0x10002");
    }
    return database;
  }

  /**
   * Refreshes what the query planner knows of the tables where they have grown or shrunk much since
   * it last looked (SQLite's {@code PRAGMA optimize}; PostgreSQL's autovacuum does this itself).
   */
  public void optimise() {
    if (sqlite) {
      optimise("PRAGMA optimize");
    }
  }

  private void optimise(String pragma) {
    // it may answer with what it did (nothing here needs it)
    ((TakingTurns) transactions).alone(() -> jdbc.sql(pragma).query().listOfRows());
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

  /**
   * Runs {@code action} once what the transaction under way committed is durable: at once on
   * PostgreSQL (its commit is), and on SQLite once the write-ahead log was synced after the commit,
   * before the transaction's caller goes on. Meant for a transaction's after-commit callbacks that
   * let other threads go on, or write what points into the committed data.
   */
  public void afterDurable(Runnable action) {
    if (transactions instanceof TakingTurns turns) {
      turns.afterDurable(action);
    } else {
      action.run();
    }
  }

  /**
   * Lets the database reclaim the space of deleted rows so that no copy of what they held stays
   * behind, as far as the database can see to it. On SQLite the file is rebuilt ({@code VACUUM}:
   * freed pages were zeroed already, this also clears what was freed before {@code secure_delete}
   * was on) and the write-ahead log, which still holds earlier versions of the pages, is
   * checkpointed and truncated; writers wait meanwhile. On PostgreSQL the tables are vacuumed (the
   * dead rows are pruned; the server's own write-ahead log and backups are out of reach).
   *
   * @param tables the tables rows were deleted from (fixed names, never user input)
   */
  public void reclaim(List<String> tables) {
    if (sqlite) {
      ((TakingTurns) transactions)
          .alone(
              () -> {
                jdbc.sql("VACUUM").update();
                jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)").query((rs, row) -> rs.getInt(1)).list();
              });
    } else {
      jdbc.sql("VACUUM " + String.join(", ", tables)).update();
    }
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
    private final WalSync wal;

    /** What waits for the current thread's transaction to be durable (null outside one). */
    private final ThreadLocal<List<Runnable>> onceDurable = new ThreadLocal<>();

    TakingTurns(DataSourceTransactionManager manager, WalSync wal) {
      super(manager);
      this.wal = wal;
    }

    /**
     * Runs {@code action} in its turn; the outermost transaction of a thread returns only once what
     * it committed is durable, and then runs what waited for that.
     */
    @Override
    public <T> T execute(TransactionCallback<T> action) {
      if (turn.isHeldByCurrentThread()) {
        return super.execute(action); // joins the transaction under way
      }
      List<Runnable> waiting = new ArrayList<>();
      onceDurable.set(waiting);
      try {
        return inTurn(() -> super.execute(action));
      } finally {
        onceDurable.remove();
        // also after a failure: it may have come after the commit
        wal.await(wal.committed());
        waiting.forEach(Runnable::run);
      }
    }

    void afterDurable(Runnable action) {
      List<Runnable> waiting = onceDurable.get();
      if (waiting == null) {
        action.run();
      } else {
        waiting.add(action);
      }
    }

    /** Runs {@code work} while no other writer of this process may begin. */
    void alone(Runnable work) {
      inTurn(
          () -> {
            work.run();
            return null;
          });
      wal.await(wal.committed());
    }

    private <T> T inTurn(java.util.function.Supplier<T> work) {
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
        return work.get();
      } finally {
        turn.unlock();
      }
    }
  }
}
