package org.pana.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user asked for on the command line: {@code pana [serve|demo] [--data-dir DIR] [--port N]
 * [--db URL]}.
 *
 * @param command the command, {@code serve} when none is given
 * @param dataDir the data directory, when given
 * @param port the web port, when given
 * @param database a PostgreSQL URL, when given
 */
public record Invocation(
    Command command, Optional<Path> dataDir, Optional<Integer> port, Optional<String> database) {

  /** The commands this build understands. */
  public enum Command {
    SERVE,
    DEMO,
    AUDIT_VERIFY,
    HELP
  }

  public static final String USAGE =
      """
      Usage: java -jar pana.jar [command] [options]

      Commands:
        serve          run the web UI and API on http://127.0.0.1:8080 (the default)
        demo           load a fictional demo organisation, people and cases, then exit
        audit verify   check the audit trail's hash chain; names the first broken entry
        help           show this text

      Options:
        --data-dir DIR   where Pana keeps its database and files (default: ~/.pana)
        --port N         web port (default: 8080)
        --db URL         use PostgreSQL instead of the embedded SQLite file,
                         e.g. postgresql://pana:secret@localhost:5432/pana
      """;

  /**
   * Reads the arguments.
   *
   * @throws UsageError with a one-line reason when they make no sense
   */
  public static Invocation parse(String... args) {
    Command command = null;
    Path dataDir = null;
    Integer port = null;
    String database = null;
    boolean auditSubcommandSeen = false;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        value = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--data-dir" -> dataDir = Path.of(value(arg, value, rest));
        case "--port" -> port = port(value(arg, value, rest));
        case "--db" -> database = value(arg, value, rest);
        case "--help", "-h" -> command = Command.HELP;
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageError("unknown option " + arg + " (try: help)");
          }
          if (command == Command.AUDIT_VERIFY && !auditSubcommandSeen) {
            if (!arg.equals("verify")) {
              throw new UsageError("audit needs a subcommand: audit verify");
            }
            auditSubcommandSeen = true;
            continue;
          }
          if (command != null) {
            throw new UsageError("one command at a time; got " + word(command) + " and " + arg);
          }
          command = command(arg);
        }
      }
    }
    if (command == Command.AUDIT_VERIFY && !auditSubcommandSeen) {
      throw new UsageError("audit needs a subcommand: audit verify");
    }
    return new Invocation(
        command == null ? Command.SERVE : command,
        Optional.ofNullable(dataDir),
        Optional.ofNullable(port),
        Optional.ofNullable(database));
  }

  private static Command command(String word) {
    return switch (word) {
      case "serve" -> Command.SERVE;
      case "demo" -> Command.DEMO;
      case "help" -> Command.HELP;
      case "audit" -> Command.AUDIT_VERIFY;
      default -> throw new UsageError("unknown command " + word + " (try: help)");
    };
  }

  private static String word(Command command) {
    return command == Command.AUDIT_VERIFY
        ? "audit verify"
        : command.name().toLowerCase(Locale.ROOT);
  }

  private static String value(String option, String inline, List<String> rest) {
    if (inline != null) {
      return inline;
    }
    if (rest.isEmpty() || rest.get(0).startsWith("--")) {
      throw new UsageError(option + " needs a value");
    }
    return rest.remove(0);
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new UsageError("--port must be between 1 and 65535, got " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageError("--port must be a number, got " + text);
    }
  }

  /** The command line could not be understood; the message is one line for stderr. */
  public static final class UsageError extends RuntimeException {
    public UsageError(String message) {
      super(message);
    }
  }
}
