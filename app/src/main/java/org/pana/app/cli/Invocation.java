package org.pana.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pana.app.i18n.Bundle;
import org.pana.app.web.LocaleConfiguration;
import org.pana.tools.load.Mix;

/**
 * What the user asked for on the command line, e.g. {@code pana user add --name aru --admin
 * --data-dir DIR}.
 *
 * @param command the command, {@code serve} when none is given
 * @param dataDir the data directory, when given
 * @param port the web port, when given
 * @param database a PostgreSQL URL, when given
 * @param name {@code --name} (user add, token create) or {@code --user} (demo)
 * @param role {@code --role}, or {@code admin} for {@code --admin}
 * @param organisations every {@code --org}
 * @param actingAdmin {@code --as}: the administrator who adds an account once one exists
 * @param label {@code --label} of a new API token
 * @param confirmed {@code --yes}: no question before {@code vault erase}
 * @param file {@code --out FILE} of a backup or an export, the FILE to restore or import, or {@code
 *     --pairs FILE}
 * @param records {@code --records N} of a benchmark or of {@code seed}
 * @param seed {@code --seed S} of a benchmark or of {@code seed}
 * @param count {@code --misses K} of a benchmark or {@code --worst K} of an evaluation
 * @param schema {@code --schema S}: which rows of a pairs file with a schema column to evaluate
 * @param head {@code --head SEQ:HASH:KEY}: a head exported earlier, for {@code audit verify}
 * @param clients {@code --clients N} of the API benchmark
 * @param seconds {@code --seconds S} of the API benchmark
 * @param warmUp {@code --warm-up S} of the API benchmark
 * @param mix {@code --mix day|intake} of the API benchmark
 * @param language {@code --lang LANG}: the language of {@code messages export} or {@code import}
 * @param bundle {@code --bundle ui|report}: which bundle a {@code messages} command works on
 * @param into {@code --into DIR}: where {@code messages import} writes the bundle
 */
public record Invocation(
    Command command,
    Optional<Path> dataDir,
    Optional<Integer> port,
    Optional<String> database,
    Optional<String> name,
    Optional<String> role,
    List<String> organisations,
    Optional<String> actingAdmin,
    Optional<String> label,
    boolean confirmed,
    Optional<Path> file,
    Optional<Integer> records,
    Optional<Long> seed,
    Optional<Integer> count,
    Optional<String> schema,
    Optional<String> head,
    Optional<Integer> clients,
    Optional<Integer> seconds,
    Optional<Integer> warmUp,
    Optional<Mix> mix,
    Optional<String> language,
    Optional<Bundle> bundle,
    Optional<Path> into) {

  public Invocation {
    organisations = List.copyOf(organisations);
  }

  /** The commands this build understands. */
  public enum Command {
    SERVE("serve"),
    DEMO("demo"),
    USER_ADD("user add"),
    TOKEN_CREATE("token create"),
    AUDIT_VERIFY("audit verify"),
    AUDIT_HEAD("audit head"),
    VAULT_ERASE("vault erase"),
    BACKUP("backup"),
    RESTORE("restore"),
    INDEX_REBUILD("index rebuild"),
    EVAL_NAMES("eval names"),
    BENCH_SEARCH("bench search"),
    BENCH_API("bench api"),
    SEED("seed"),
    MESSAGES_EXPORT("messages export"),
    MESSAGES_IMPORT("messages import"),
    HELP("help");

    private final String words;

    Command(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public static final String USAGE =
      """
      Usage: java -jar pana.jar [command] [options]

      Commands:
        serve          run the web UI and API on http://127.0.0.1:8080 (the default)
        user add       add an account; its passphrase is read from standard input
                         --name NAME   login name (required)
                         --admin       make it an administrator (the first account must be)
                         --role ROLE   admin, coordinator, caseworker (default) or viewer
                         --org ORG     an organisation it works for, by name or id (repeatable)
                         --as ADMIN    once accounts exist: the administrator adding it; then
                                       standard input holds ADMIN's passphrase, then the new one
        token create   create a personal API token; prints it as the last line
                         --name NAME   whose token (their passphrase on standard input)
                         --label TEXT  what it is for (default: command line)
        demo           load a fictional demo organisation, people and cases, then exit
                         --user NAME   the administrator loading it (passphrase on standard
                                       input); on a fresh data directory NAME becomes the
                                       first administrator
        audit verify   check the audit trail's hash chain, its signed checkpoints and signed
                       head; names the first broken entry and says what it could not check
                         --user NAME   also check the verifying key against the vault's own
                                       (an administrator's passphrase on standard input)
                         --head H      also check against a head exported earlier
                                       (SEQ:HASH:KEY as printed by audit head)
        audit head     print the trail's newest entry and its hash, to write down or send to
                       a partner; the last line is SEQ:HASH:KEY for audit verify --head
        backup         write one encrypted, integrity-checked file of everything
                         --out FILE    where (required)
                         --user NAME   the administrator (passphrase on standard input);
                                       optional when there is only one
        restore FILE   restore a backup into a new, empty --data-dir
                         --user NAME   whose passphrase opens it (on standard input);
                                       optional when the backup has one administrator
        vault erase    destroy every copy of the keys at once (crypto-erase), then delete the
                       SQLite database; asks you to type "erase" unless --yes is given
        index rebuild  rebuild the person search index from the records, showing progress
                       (Pana also rebuilds it by itself when it is missing or stale)
                         --user NAME   the administrator (passphrase on standard input);
                                       optional when there is only one
        eval names     measure the name comparator on labelled pairs; prints precision,
                       recall and F1 overall and per kind, and the worst errors; the last
                       line is "F1 <value>"
                         --pairs FILE  CSV or TSV with columns name_a, name_b, is_match and
                                       optionally kind (or name1, name2, is_match, category);
                                       a headerless two- or three-column list of name
                                       renderings becomes matching pairs plus shuffled
                                       non-matching ones (required)
                         --schema S    with a schema column, the rows to use (default
                                       Person; "all" for every row)
                         --worst K     how many worst errors to print (default 20)
        bench search   build a person index of synthetic fictional people in memory and
                       measure searches; the last line is "p95_ms <value> recall10 <value>"
                         --records N   how many records (default 100000)
                         --seed S      the generator's seed (default 1)
                         --misses K    also print the first K queries that missed
        bench api      start a server on a fresh temporary data directory (SQLite, or an empty
                       PostgreSQL database with --db), seed fictional people, events and cases,
                       and drive it with concurrent caseworkers mixing token reads, searches,
                       person and event writes and page loads; prints requests/s and latency
                       per kind; the last line is
                       "p95_ms <reads and pages> writes_per_s <value> errors_5xx <count>"
                         --clients N   concurrent clients (default 16)
                         --seconds S   measured seconds (default 30)
                         --warm-up S   uncounted seconds first, while the JIT compiles
                                       (default: until the JIT compiler takes under a
                                       tenth of the CPU, 30 to 300 s)
                         --records N   people in the starting casebook (default 2000)
                         --mix M       the requests' shares: day (default: 45 % token
                                       reads, 15 % searches, 25 % writes, 15 % pages) or
                                       intake (taking testimonies: 18 % token reads,
                                       15 % searches, 60 % writes, 7 % pages)
        seed           fill a casebook with generated fictional people (the bench search
                       generator) in an organisation of their own, to measure Pana on a
                       large casebook (start-up, pages, search)
                         --user NAME   the administrator writing them (passphrase on standard
                                       input); on a fresh data directory NAME becomes the
                                       first administrator
                         --records N   how many people (default 100000)
                         --seed S      the generator's seed (default 1)
        messages export
                       write a language's messages as a sheet to correct in a spreadsheet
                       program (CSV, UTF-8): key, English, the translation and a note on
                       what to keep; prints how many keys there are and how many need work
                         --lang LANG   the language: kk, ru, ug or zh (required)
                         --bundle B    ui (the pages' text, the default) or report
                         --out FILE    where (default: messages-LANG.csv or report-LANG.csv
                                       here); an existing file is not overwritten
        messages import FILE
                       check a corrected sheet with the build's rules and write the bundle
                       (messages_LANG.properties) from it; on any problem prints each with
                       its line and writes nothing
                         --lang LANG   the language of the sheet (required)
                         --bundle B    ui (the default) or report
                         --into DIR    where to write it (default: the bundle's folder when
                                       run in Pana's source repository, else here)
        help           show this text

      Options for every command:
        --data-dir DIR   where Pana keeps its database, vault and files (default: ~/.pana)
        --db URL         use PostgreSQL instead of the embedded SQLite file,
                         e.g. postgresql://pana:secret@localhost:5432/pana
        --port N         web port for serve (default: 8080)

      A passphrase on standard input is one line. At a terminal, Pana asks for it without echo.
      """;

  /** The languages Pana is translated into, for {@code --lang}. */
  private static final List<String> LANGUAGES =
      LocaleConfiguration.SUPPORTED.stream()
          .map(Locale::getLanguage)
          .filter(code -> !code.equals("en"))
          .toList();

  private static final Map<String, Command> COMMANDS =
      Map.ofEntries(
          Map.entry("serve", Command.SERVE),
          Map.entry("demo", Command.DEMO),
          Map.entry("help", Command.HELP),
          Map.entry("user", Command.USER_ADD),
          Map.entry("token", Command.TOKEN_CREATE),
          Map.entry("audit", Command.AUDIT_VERIFY),
          Map.entry("vault", Command.VAULT_ERASE),
          Map.entry("backup", Command.BACKUP),
          Map.entry("restore", Command.RESTORE),
          Map.entry("index", Command.INDEX_REBUILD),
          Map.entry("eval", Command.EVAL_NAMES),
          Map.entry("bench", Command.BENCH_SEARCH),
          Map.entry("seed", Command.SEED),
          Map.entry("messages", Command.MESSAGES_EXPORT));

  private static final Map<Command, String> SUBCOMMANDS =
      Map.ofEntries(
          Map.entry(Command.USER_ADD, "add"),
          Map.entry(Command.TOKEN_CREATE, "create"),
          Map.entry(Command.AUDIT_VERIFY, "verify"),
          Map.entry(Command.AUDIT_HEAD, "head"),
          Map.entry(Command.VAULT_ERASE, "erase"),
          Map.entry(Command.INDEX_REBUILD, "rebuild"),
          Map.entry(Command.EVAL_NAMES, "names"),
          Map.entry(Command.BENCH_SEARCH, "search"),
          Map.entry(Command.BENCH_API, "api"),
          Map.entry(Command.MESSAGES_EXPORT, "export"),
          Map.entry(Command.MESSAGES_IMPORT, "import"));

  private static final Map<Command, Set<String>> OPTIONS =
      Map.ofEntries(
          Map.entry(Command.USER_ADD, Set.of("--name", "--admin", "--role", "--org", "--as")),
          Map.entry(Command.TOKEN_CREATE, Set.of("--name", "--label")),
          Map.entry(Command.DEMO, Set.of("--user")),
          Map.entry(Command.AUDIT_VERIFY, Set.of("--user", "--head")),
          Map.entry(Command.VAULT_ERASE, Set.of("--yes")),
          Map.entry(Command.BACKUP, Set.of("--out", "--user")),
          Map.entry(Command.RESTORE, Set.of("--user")),
          Map.entry(Command.INDEX_REBUILD, Set.of("--user")),
          Map.entry(Command.EVAL_NAMES, Set.of("--pairs", "--schema", "--worst")),
          Map.entry(Command.BENCH_SEARCH, Set.of("--records", "--seed", "--misses")),
          Map.entry(
              Command.BENCH_API,
              Set.of("--clients", "--seconds", "--warm-up", "--records", "--mix")),
          Map.entry(Command.SEED, Set.of("--user", "--records", "--seed")),
          Map.entry(Command.MESSAGES_EXPORT, Set.of("--lang", "--bundle", "--out")),
          Map.entry(Command.MESSAGES_IMPORT, Set.of("--lang", "--bundle", "--into")));

  /**
   * Reads the arguments.
   *
   * @throws UsageError with a one-line reason when they make no sense
   */
  public static Invocation parse(String... args) {
    Command command = null;
    boolean subcommandSeen = false;
    Path dataDir = null;
    Integer port = null;
    String database = null;
    String name = null;
    String role = null;
    String actingAdmin = null;
    String label = null;
    boolean confirmed = false;
    Path file = null;
    Integer records = null;
    Long seed = null;
    Integer count = null;
    String schema = null;
    String head = null;
    Integer clients = null;
    Integer seconds = null;
    Integer warmUp = null;
    Mix mix = null;
    String language = null;
    Bundle bundle = null;
    Path into = null;
    List<String> organisations = new ArrayList<>();
    List<String> commandOptions = new ArrayList<>();
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
        case "--name", "--user" -> {
          name = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--role" -> {
          role = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--admin" -> {
          role = "admin";
          commandOptions.add(arg);
        }
        case "--org" -> {
          organisations.add(value(arg, value, rest));
          commandOptions.add(arg);
        }
        case "--as" -> {
          actingAdmin = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--out" -> {
          file = Path.of(value(arg, value, rest));
          commandOptions.add(arg);
        }
        case "--yes" -> {
          confirmed = true;
          commandOptions.add(arg);
        }
        case "--pairs" -> {
          file = Path.of(value(arg, value, rest));
          commandOptions.add(arg);
        }
        case "--records" -> {
          records = number(arg, value(arg, value, rest), 1, 50_000_000);
          commandOptions.add(arg);
        }
        case "--seed" -> {
          String text = value(arg, value, rest);
          try {
            seed = Long.parseLong(text);
          } catch (NumberFormatException e) {
            throw new UsageError("--seed must be a whole number, not " + text);
          }
          commandOptions.add(arg);
        }
        case "--misses", "--worst" -> {
          count = number(arg, value(arg, value, rest), 0, 10_000);
          commandOptions.add(arg);
        }
        case "--clients" -> {
          clients = number(arg, value(arg, value, rest), 1, 256);
          commandOptions.add(arg);
        }
        case "--seconds" -> {
          seconds = number(arg, value(arg, value, rest), 1, 3600);
          commandOptions.add(arg);
        }
        case "--warm-up" -> {
          warmUp = number(arg, value(arg, value, rest), 0, 3600);
          commandOptions.add(arg);
        }
        case "--mix" -> {
          String text = value(arg, value, rest);
          try {
            mix = Mix.named(text);
          } catch (IllegalArgumentException e) {
            throw new UsageError("--mix must be day or intake, not " + text);
          }
          commandOptions.add(arg);
        }
        case "--schema" -> {
          schema = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--head" -> {
          head = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--label" -> {
          label = value(arg, value, rest);
          commandOptions.add(arg);
        }
        case "--lang" -> {
          language = language(value(arg, value, rest));
          commandOptions.add(arg);
        }
        case "--bundle" -> {
          String word = value(arg, value, rest);
          bundle =
              Bundle.named(word)
                  .orElseThrow(() -> new UsageError("--bundle takes ui or report, not " + word));
          commandOptions.add(arg);
        }
        case "--into" -> {
          into = Path.of(value(arg, value, rest));
          commandOptions.add(arg);
        }
        case "--help", "-h" -> command = Command.HELP;
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageError("unknown option " + arg + " (try: help)");
          }
          if (command != null && SUBCOMMANDS.containsKey(command) && !subcommandSeen) {
            command = subcommand(command, arg);
            subcommandSeen = true;
            continue;
          }
          if ((command == Command.RESTORE || command == Command.MESSAGES_IMPORT) && file == null) {
            file = Path.of(arg);
            continue;
          }
          if (command != null) {
            throw new UsageError("one command at a time; got " + command.words() + " and " + arg);
          }
          command = COMMANDS.get(arg);
          if (command == null) {
            throw new UsageError("unknown command " + arg + " (try: help)");
          }
        }
      }
    }
    if (command == null) {
      command = Command.SERVE;
    }
    if (SUBCOMMANDS.containsKey(command) && !subcommandSeen) {
      throw new UsageError(needsSubcommand(command));
    }
    Set<String> allowed = OPTIONS.getOrDefault(command, Set.of());
    for (String option : commandOptions) {
      if (!allowed.contains(option) && command != Command.HELP) {
        throw new UsageError(option + " does not apply to " + command.words() + " (try: help)");
      }
    }
    if ((command == Command.BACKUP || command == Command.RESTORE) && file == null) {
      throw new UsageError(
          command == Command.BACKUP ? "backup needs --out FILE" : "restore needs the backup FILE");
    }
    if (command == Command.EVAL_NAMES && file == null) {
      throw new UsageError("eval names needs --pairs FILE");
    }
    if (command == Command.BENCH_API) {
      if (dataDir != null || port != null) {
        throw new UsageError(
            "bench api runs its own server on a fresh temporary data directory and a free port;"
                + " --data-dir and --port do not apply");
      }
      if (records != null && (records < 10 || records > 100_000)) {
        throw new UsageError("--records must be from 10 to 100000 for bench api");
      }
    }
    if (command == Command.SEED && name == null) {
      throw new UsageError(
          "seed needs --user NAME (an administrator; on a fresh data directory it becomes the"
              + " first one) and the passphrase on standard input");
    }
    if ((command == Command.MESSAGES_EXPORT || command == Command.MESSAGES_IMPORT)
        && language == null) {
      throw new UsageError(
          command.words() + " needs --lang LANG (" + String.join(", ", LANGUAGES) + ")");
    }
    if (command == Command.MESSAGES_IMPORT && file == null) {
      throw new UsageError("messages import needs the FILE to read (a sheet from messages export)");
    }
    if ((command == Command.USER_ADD || command == Command.TOKEN_CREATE) && name == null) {
      throw new UsageError(command.words() + " needs --name NAME");
    }
    return new Invocation(
        command,
        Optional.ofNullable(dataDir),
        Optional.ofNullable(port),
        Optional.ofNullable(database),
        Optional.ofNullable(name),
        Optional.ofNullable(role),
        organisations,
        Optional.ofNullable(actingAdmin),
        Optional.ofNullable(label),
        confirmed,
        Optional.ofNullable(file),
        Optional.ofNullable(records),
        Optional.ofNullable(seed),
        Optional.ofNullable(count),
        Optional.ofNullable(schema),
        Optional.ofNullable(head),
        Optional.ofNullable(clients),
        Optional.ofNullable(seconds),
        Optional.ofNullable(warmUp),
        Optional.ofNullable(mix),
        Optional.ofNullable(language),
        Optional.ofNullable(bundle),
        Optional.ofNullable(into));
  }

  /** The command named by the first word's command and {@code word}: audit verify, audit head. */
  private static Command subcommand(Command first, String word) {
    String prefix = first.words().split(" ")[0] + " ";
    for (Command command : Command.values()) {
      if (command.words().equals(prefix + word)) {
        return command;
      }
    }
    throw new UsageError(needsSubcommand(first));
  }

  private static int number(String option, String text, int least, int most) {
    try {
      int number = Integer.parseInt(text.replace("_", ""));
      if (number < least || number > most) {
        throw new UsageError(option + " must be from " + least + " to " + most);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new UsageError(option + " must be a whole number, not " + text);
    }
  }

  private static String needsSubcommand(Command command) {
    String word = command.words().split(" ")[0];
    return word
        + " needs a subcommand: "
        + String.join(
            " or ",
            Arrays.stream(Command.values())
                .map(Command::words)
                .filter(words -> words.startsWith(word + " "))
                .toList());
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

  /** A language of {@code --lang}: one Pana is translated into, English being the source. */
  private static String language(String code) {
    if (code.equals("en")) {
      throw new UsageError(
          "English is the text the others are translated from; --lang takes "
              + String.join(", ", LANGUAGES));
    }
    if (!code.matches("[a-z]{2,3}")) {
      throw new UsageError(
          "--lang takes a language's code (" + String.join(", ", LANGUAGES) + "), not " + code);
    }
    return code;
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
