package org.pana.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.pana.app.cli.Invocation.Command;
import org.pana.app.cli.Invocation.UsageError;
import org.pana.store.backup.BackupRefused;

/**
 * The command line's registry: which class runs each command, and the one place where a failure
 * becomes an exit code with a one-line reason on stderr (2: bad command line, 1: failure).
 */
public final class Commands {

  private final Map<Command, PanaCommand> registry = new EnumMap<>(Command.class);

  /** The commands of the Spring Boot {@code application}. */
  public Commands(Class<?> application) {
    Launcher launcher = new Launcher(application);
    registry.put(Command.HELP, new HelpCommand());
    registry.put(Command.SERVE, new ServeCommand(launcher));
    registry.put(Command.USER_ADD, launcher.opening(new UserAddCommand()));
    registry.put(Command.TOKEN_CREATE, launcher.opening(new TokenCreateCommand()));
    registry.put(Command.DEMO, launcher.opening(new DemoCommand()));
    registry.put(Command.AUDIT_VERIFY, new AuditVerifyCommand(launcher));
    registry.put(Command.AUDIT_HEAD, launcher.opening(new AuditHeadCommand()));
    registry.put(Command.VAULT_ERASE, new VaultEraseCommand(launcher));
    registry.put(Command.BACKUP, launcher.opening(new BackupCommand()));
    registry.put(Command.RESTORE, new RestoreCommand(launcher));
    registry.put(Command.INDEX_REBUILD, launcher.opening(new IndexRebuildCommand()));
    registry.put(Command.EVAL_NAMES, new EvalNamesCommand());
    registry.put(Command.BENCH_SEARCH, new BenchSearchCommand());
    registry.put(Command.BENCH_API, new BenchApiCommand(launcher));
    registry.put(Command.SEED, launcher.opening(new SeedCommand()));
    registry.put(Command.MESSAGES_EXPORT, new MessagesExportCommand());
    registry.put(Command.MESSAGES_IMPORT, new MessagesImportCommand(Clock.systemDefaultZone()));
    if (registry.size() != Command.values().length) {
      throw new IllegalStateException("a command has no class to run it");
    }
  }

  /**
   * Parses {@code args} and runs the command they name.
   *
   * @return the exit code, or {@link PanaCommand#SERVING} while the web server runs
   */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Invocation invocation;
    try {
      invocation = Invocation.parse(args);
    } catch (UsageError e) {
      err.println("pana: " + e.getMessage());
      return 2;
    }
    try {
      return registry.get(invocation.command()).run(invocation, new Terminal(in, out, err));
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
