package org.pana.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.bench.ApiBenchmark;
import org.pana.app.cli.AccountCommands;
import org.pana.app.cli.AuditCommands;
import org.pana.app.cli.Invocation;
import org.pana.app.cli.Invocation.UsageError;
import org.pana.app.cli.PairsFile;
import org.pana.app.cli.PassphraseInput;
import org.pana.app.cli.Progress;
import org.pana.app.config.PanaSettings;
import org.pana.app.demo.DemoData;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.Logins;
import org.pana.app.search.PersonSearch;
import org.pana.app.vault.BackupService;
import org.pana.app.vault.VaultErasure;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.audit.ExportedHead;
import org.pana.core.organisation.Organisations;
import org.pana.names.NameEvaluation;
import org.pana.search.bench.SearchBenchmark;
import org.pana.store.backup.BackupRefused;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Pana's entry point: {@code java -jar pana.jar [command] [--data-dir DIR] [options]}; see {@link
 * Invocation#USAGE}. Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
 */
@SpringBootApplication
public class Pana {

  /**
   * Commands that must not run beside a server on the same casebook: they load records or rewrite
   * the index the server keeps.
   */
  private static final Set<Invocation.Command> EXCLUSIVE =
      EnumSet.of(Invocation.Command.DEMO, Invocation.Command.INDEX_REBUILD);

  /** What {@link #run} returns when the web server is up and the JVM should keep running. */
  static final int SERVING = -1;

  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    if (code != SERVING) {
      System.exit(code);
    }
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Invocation invocation;
    try {
      invocation = Invocation.parse(args);
    } catch (UsageError e) {
      err.println("pana: " + e.getMessage());
      return 2;
    }
    try {
      return switch (invocation.command()) {
        case HELP -> {
          out.print(Invocation.USAGE);
          yield 0;
        }
        case SERVE -> {
          start(invocation, WebApplicationType.SERVLET);
          yield SERVING;
        }
        case AUDIT_VERIFY -> {
          Optional<ExportedHead> exported = exportedHead(invocation);
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            if (invocation.name().isPresent()) {
              // Opening the vault lets the verifying key be compared with the vault's own.
              commands(context, in).administrator(invocation);
              signCheckpoint(context);
            }
            yield audit(context).verify(exported, out, err);
          }
        }
        case AUDIT_HEAD -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            yield audit(context).head(out, err);
          }
        }
        case DEMO -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            PanaUser user = commands(context, in).demoUser(invocation);
            DemoData.Summary summary =
                Author.actingAs(user, () -> context.getBean(DemoData.class).load());
            signCheckpoint(context);
            out.println(summary.describe());
          }
          yield 0;
        }
        case VAULT_ERASE -> {
          if (!invocation.confirmed() && !confirmed(in, out)) {
            err.println("pana: not erased (the answer was not: erase)");
            yield 1;
          }
          PanaSettings settings;
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            settings = context.getBean(PanaSettings.class);
            out.println(context.getBean(VaultErasure.class).eraseVault("command line"));
          }
          if (settings.database().isSqlite()) {
            deleteSqliteFiles(settings.dataDir().resolve("pana.db"));
            out.println("Deleted the database file (on SSDs the overwrite is best effort).");
          }
          yield 0;
        }
        case BACKUP -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            PanaUser admin = commands(context, in).administrator(invocation);
            Path target = invocation.file().orElseThrow();
            long rows = context.getBean(BackupService.class).backup(admin, target);
            out.println("Wrote the backup " + target + " (" + rows + " rows, encrypted).");
          }
          yield 0;
        }
        case RESTORE -> {
          Path file = invocation.file().orElseThrow();
          if (!Files.isRegularFile(file)) {
            err.println("pana: no backup file at " + file);
            yield 1;
          }
          Path dir = invocation.dataDir().orElse(null);
          if (dir == null) {
            throw new UsageError("restore needs --data-dir DIR (a new, empty directory)");
          }
          if (!isEmptyOrMissing(dir)) {
            err.println("pana: " + dir + " is not empty; restore only into a new directory");
            yield 1;
          }
          char[] passphrase =
              PassphraseInput.of(in)
                  .next("passphrase of " + invocation.name().orElse("the administrator"));
          boolean existed = Files.exists(dir);
          try {
            try (ConfigurableApplicationContext context =
                start(invocation, WebApplicationType.NONE)) {
              long rows =
                  context
                      .getBean(BackupService.class)
                      .restore(file, invocation.name().orElse(null), passphrase);
              signCheckpoint(context);
              out.println("Restored " + rows + " rows into " + dir + ".");
            }
          } catch (RuntimeException e) {
            // A refused restore leaves the target as it found it, so that a retry works.
            removeCreated(dir, existed);
            throw e;
          }
          yield 0;
        }
        case INDEX_REBUILD -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            commands(context, in).administrator(invocation);
            PersonSearch search = context.getBean(PersonSearch.class);
            long total = search.total();
            Progress progress = new Progress(out, total, "people indexed");
            long started = System.nanoTime();
            long count = search.rebuild(progress::at);
            search.seal();
            progress.done();
            out.printf(
                Locale.ROOT,
                "Rebuilt the person index: %,d people in %.1f s.%n",
                count,
                (System.nanoTime() - started) / 1e9);
          }
          yield 0;
        }
        case EVAL_NAMES -> {
          Path file = invocation.file().orElseThrow();
          if (!Files.isRegularFile(file)) {
            err.println("pana: no pairs file at " + file);
            yield 1;
          }
          PairsFile.Read read = PairsFile.read(file, invocation.schema().orElse(null));
          out.println(read.description());
          NameEvaluation.run(read.pairs(), invocation.count().orElse(20), out);
          yield 0;
        }
        case BENCH_SEARCH -> {
          SearchBenchmark.run(
              invocation.records().orElse(100_000),
              invocation.seed().orElse(1L),
              invocation.count().orElse(0),
              out);
          yield 0;
        }
        case BENCH_API -> {
          ApiBenchmark.run(
              new ApiBenchmark.Settings(
                  invocation.clients().orElse(ApiBenchmark.Settings.DEFAULT_CLIENTS),
                  invocation.seconds().orElse(ApiBenchmark.Settings.DEFAULT_SECONDS),
                  invocation.records().orElse(ApiBenchmark.Settings.DEFAULT_PEOPLE),
                  invocation.database().orElse(null)),
              Pana.class,
              out);
          yield 0;
        }
        case USER_ADD -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            commands(context, in).userAdd(invocation, out);
            signCheckpoint(context);
          }
          yield 0;
        }
        case TOKEN_CREATE -> {
          try (ConfigurableApplicationContext context =
              start(invocation, WebApplicationType.NONE)) {
            commands(context, in).tokenCreate(invocation, out);
            signCheckpoint(context);
          }
          yield 0;
        }
      };
    } catch (UsageError e) {
      err.println("pana: " + e.getMessage());
      return 2;
    } catch (BackupRefused e) {
      // Its own message says what is wrong; the cause is a cipher's internal detail.
      err.println("pana: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("pana: " + rootMessage(e));
      return 1;
    }
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir, e);
    }
  }

  /**
   * Removes what a failed restore created in {@code dir} (checked empty or missing before): the
   * directory itself when it did not exist, else everything in it. The database is closed by then.
   */
  private static void removeCreated(Path dir, boolean existed) {
    try {
      if (!existed) {
        FileSystemUtils.deleteRecursively(dir);
        return;
      }
      try (var entries = Files.list(dir)) {
        for (Path entry : entries.toList()) {
          FileSystemUtils.deleteRecursively(entry);
        }
      }
    } catch (IOException e) {
      // The refusal is what the user needs to read; a leftover shows at the next attempt.
    }
  }

  private static boolean confirmed(InputStream in, PrintStream out) {
    out.println(
        "This destroys every key copy: all data in this data directory becomes unreadable for"
            + " ever. Type erase to go on:");
    try {
      String answer =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.strip().equals("erase");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** After a crypto-erase the ciphertext goes too, with SQLite's journal files. */
  private static void deleteSqliteFiles(Path database) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete " + database + suffix, e);
      }
    }
  }

  /** A command that opened the vault signs the audit log's end before it exits. */
  private static void signCheckpoint(ConfigurableApplicationContext context) {
    context.getBean(AuditLog.class).checkpoint();
  }

  private static AuditCommands audit(ConfigurableApplicationContext context) {
    return new AuditCommands(
        context.getBean(AuditLog.class), context.getBean(CheckpointSignatures.class));
  }

  private static Optional<ExportedHead> exportedHead(Invocation invocation) {
    try {
      return invocation.head().map(ExportedHead::parse);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
  }

  private static AccountCommands commands(ConfigurableApplicationContext context, InputStream in) {
    return new AccountCommands(
        context.getBean(FirstRun.class),
        context.getBean(Accounts.class),
        context.getBean(Logins.class),
        context.getBean(ApiTokens.class),
        context.getBean(Organisations.class),
        PassphraseInput.of(in));
  }

  private static ConfigurableApplicationContext start(
      Invocation invocation, WebApplicationType type) {
    // Passed as Spring command-line properties so that they win over every other source.
    List<String> properties = new ArrayList<>();
    invocation.dataDir().ifPresent(dir -> properties.add("--pana.data-dir=" + dir));
    invocation.port().ifPresent(port -> properties.add("--server.port=" + port));
    invocation.database().ifPresent(url -> properties.add("--pana.db=" + url));
    if (EXCLUSIVE.contains(invocation.command())) {
      properties.add("--pana.exclusive=true");
    }
    SpringApplication application = new SpringApplication(Pana.class);
    application.setWebApplicationType(type);
    if (type == WebApplicationType.NONE) {
      // A one-shot command reports success or its one-line reason itself; no log noise.
      properties.add("--logging.level.root=OFF");
      application.setLogStartupInfo(false);
      application.setBannerMode(Banner.Mode.OFF);
    }
    return application.run(properties.toArray(String[]::new));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replace('\n', ' ');
  }
}
