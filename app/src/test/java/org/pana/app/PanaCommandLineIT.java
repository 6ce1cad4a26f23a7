package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line as a volunteer uses it: accounts and tokens with passphrases on standard input,
 * the demo, the audit check, exit codes and one-line errors.
 */
class PanaCommandLineIT {

  private static final String PASS = "a long demo passphrase";

  @TempDir Path dataDir;

  private final CommandLine cli = new CommandLine();

  @Test
  void demoLoadsTheFictionalDataOnceIntoANewDataDirectory() {
    Path dir = dataDir.resolve("new");

    assertThat(run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).contains("Loaded the fictional demo");
    assertThat(stderr()).isEmpty();

    assertThat(run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).contains("already loaded");
    assertThat(stderr()).isEmpty();
    assertThat(Files.exists(dir.resolve("pana.db"))).isTrue();
    assertThat(Files.exists(dir.resolve("vault.json"))).isTrue();
  }

  @Test
  void seedWritesGeneratedPeopleIntoAFreshCasebookAsItsFirstAdministrator() {
    Path dir = dataDir.resolve("seeded");

    assertThat(
            run(
                PASS + "\n",
                "seed",
                "--user",
                "aru",
                "--records",
                "30",
                "--data-dir",
                dir.toString()))
        .isZero();

    assertThat(lastLine(stdout())).startsWith("Seeded 30 fictional people (seed 1) in ");
    assertThat(stderr()).isEmpty();
    assertThat(run("wrong passphrase\n", "seed", "--user", "aru", "--data-dir", dir.toString()))
        .isEqualTo(1);
  }

  @Test
  void theDemoNeedsAnAdministrator() {
    Path dir = dataDir.resolve("demo-without-user");

    assertThat(run("", "demo", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(stderr()).startsWith("pana: demo needs --user NAME");
  }

  @Test
  void theFirstAccountIsAnAdministratorAndLaterOnesNeedOne() {
    String dir = dataDir.resolve("accounts").toString();

    assertThat(run(PASS + "\n", "user", "add", "--name", "aru", "--data-dir", dir)).isEqualTo(2);
    assertThat(stderr()).contains("the first account must be an administrator");
    assertThat(run(PASS + "\n", "user", "add", "--name", "aru", "--admin", "--data-dir", dir))
        .isZero();
    assertThat(stdout()).contains("first administrator aru");

    assertThat(run(PASS + "\n", "user", "add", "--name", "bek", "--data-dir", dir)).isEqualTo(2);
    assertThat(stderr()).contains("--as ADMIN");
    assertThat(aruAddsBek("wrong passphrase\nbek's own passphrase\n", dir)).isEqualTo(1);
    assertThat(lastLine(stderr()))
        .isEqualTo(
            "pana: Wrong login name or passphrase, or too many failed attempts: try again in 1"
                + " second.");
    // One failure on a laptop: the next attempt must wait a second.
    assertThat(aruAddsBek(PASS + "\nbek's own passphrase\n", dir)).isEqualTo(1);
    assertThat(lastLine(stderr())).contains("try again in 1 second.");
    sleep(1100);
    assertThat(aruAddsBek(PASS + "\nbek's own passphrase\n", dir, "--role", "viewer")).isZero();
    assertThat(stdout()).contains("Added bek (viewer)");
    assertThat(run("short\n", "token", "create", "--name", "bek", "--data-dir", dir)).isEqualTo(1);
  }

  @Test
  void aPassphraseOutsideTheRulesIsRefusedWithoutEchoingIt() {
    String dir = dataDir.resolve("short").toString();

    assertThat(run("seven77\n", "user", "add", "--name", "aru", "--admin", "--data-dir", dir))
        .isEqualTo(1);
    assertThat(stderr()).contains("at least 8 characters").doesNotContain("seven77");
    assertThat(run("", "user", "add", "--name", "aru", "--admin", "--data-dir", dir)).isEqualTo(1);
    assertThat(lastLine(stderr())).contains("expected a passphrase on standard input");
  }

  @Test
  void tokenCreatePrintsTheTokenAsTheLastLine() {
    String dir = dataDir.resolve("token").toString();
    run(PASS + "\n", "user", "add", "--name", "aru", "--admin", "--data-dir", dir);

    assertThat(
            run(
                PASS + "\n",
                "token",
                "create",
                "--name",
                "aru",
                "--label",
                "export",
                "--data-dir",
                dir))
        .isZero();

    assertThat(lastLine(stdout())).matches("pana_[0-9a-f]{32}_[A-Za-z0-9_-]{43}");
  }

  @Test
  void auditVerifyPassesOnAnIntactTrailWithSignedCheckpoints() {
    Path dir = demo("intact");

    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).containsPattern("audit chain intact: \\d+ entries, [1-9]\\d* signed");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE audit_entry SET actor = 'nobody' WHERE sequence = 5 | 5 | entry was changed after it was written
          DELETE FROM audit_entry WHERE sequence = 5                 | 6 | entry 5 is missing (found 6 next)
          UPDATE audit_entry SET sequence = -sequence WHERE sequence IN (5, 6); UPDATE audit_entry SET sequence = 999999 WHERE sequence = -5; UPDATE audit_entry SET sequence = 5 WHERE sequence = -6; UPDATE audit_entry SET sequence = 6 WHERE sequence = 999999 | 5 | entry does not follow the one before it
          """)
  void auditVerifyNamesTheFirstEditedDeletedOrReorderedEntry(
      String tampering, long broken, String problem) throws Exception {
    Path dir = demo("tampered");
    try (Connection connection = sqlite(dir);
        var statement = connection.createStatement()) {
      for (String sql : tampering.split(";")) {
        statement.executeUpdate(sql.strip());
      }
    }

    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isEqualTo(3);
    assertThat(stderr().strip())
        .isEqualTo("pana: audit chain broken at entry " + broken + ": " + problem);
  }

  @Test
  void aRewrittenChainWithRecomputedHashesIsCaughtByTheSignedCheckpoint() throws Exception {
    Path dir = demo("rewritten");
    // Someone with the database edits entry 5 and recomputes every hash after it: the chain alone
    // looks intact, but the checkpoint signed with the vault's key no longer matches.
    CommandLine.rewriteAuditActor(dir, 5);

    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isEqualTo(3);
    assertThat(stderr()).contains("entry differs from its signed checkpoint");
  }

  @Test
  void vaultEraseLeavesNothingReadableAndLoginFailsCleanly() throws Exception {
    Path dir = demo("erased");
    assertThat(run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    assertThat(dir.resolve("index")).isNotEmptyDirectory();
    assertThat(run("no\n", "vault", "erase", "--data-dir", dir.toString())).isEqualTo(1);
    assertThat(dir.resolve("vault.json")).exists();

    assertThat(run("erase\n", "vault", "erase", "--data-dir", dir.toString())).isZero();

    assertThat(stdout()).contains("Erased the vault");
    assertThat(dir.resolve("vault.json")).doesNotExist();
    assertThat(dir.resolve("pana.db")).doesNotExist();
    assertThat(dir.resolve("index")).doesNotExist();
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Yerlan").doesNotContain("fieldKeys");
      }
    }
    assertThat(run(PASS + "\n", "token", "create", "--name", "aru", "--data-dir", dir.toString()))
        .isEqualTo(1);
    assertThat(stderr().strip().lines()).hasSize(1);
  }

  @Test
  void indexRebuildShowsProgressAndTheIndexIsSealedOnDisk() throws Exception {
    Path dir = demo("index");
    assertThat(run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).contains("people indexed (100%)").contains("Rebuilt the person index");
    assertThat(stderr()).isEmpty();
    try (var files = Files.list(dir.resolve("index"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .isNotEmpty()
          .allMatch(name -> name.endsWith(".pana"));
    }
    assertThat(run("wrong passphrase\n", "index", "rebuild", "--data-dir", dir.toString()))
        .isEqualTo(1);
  }

  @Test
  void evalNamesPrintsMeasuresPerKindAndF1Last() throws Exception {
    Path pairs =
        Files.writeString(
            dataDir.resolve("pairs.tsv"),
            """
            name_a\tname_b\tis_match\tkind
            Nurlan Serikuly\t努尔兰·赛力克\ttrue\thanzi
            NUERLAN SAILIKE\tНұрлан Серікұлы\ttrue\tpinyin
            Ерлан Серікұлы\tНұрлан Серікұлы\tfalse\tsiblings
            Айгүл Бекова\tГүлнар Бекова\tfalse\tsiblings
            """);
    assertThat(run("", "eval", "names", "--pairs", pairs.toString())).isZero();
    List<String> lines = stdout().strip().lines().toList();
    assertThat(lines.getLast()).isEqualTo("F1 1.0000");
    assertThat(stdout()).contains("4 labelled pairs").contains("siblings").contains("pinyin");

    Path broken =
        Files.writeString(dataDir.resolve("broken.csv"), "name_a,name_b,is_match\nA,B,perhaps\n");
    assertThat(run("", "eval", "names", "--pairs", broken.toString())).isEqualTo(1);
    assertThat(stderr()).contains("is_match must be true or false");
    assertThat(run("", "eval", "names")).isEqualTo(2);
  }

  @Test
  void benchSearchPrintsItsFiguresAndTheP95AndRecallLast() {
    assertThat(run("", "bench", "search", "--records", "3000", "--seed", "7")).isZero();
    String last = stdout().strip().lines().toList().getLast();
    assertThat(last).matches("p95_ms \\d+\\.\\d{3} recall10 \\d\\.\\d{4}");
    assertThat(stdout()).contains("seed 7").contains("records/s").contains("recall@10");
    assertThat(run("", "bench", "search", "--records", "0")).isEqualTo(2);
  }

  @Test
  void benchApiDrivesARealServerAndPrintsItsFiguresWithP95WritesAnd5xxLast() {
    assertThat(
            run(
                "",
                "bench",
                "api",
                "--clients",
                "2",
                "--seconds",
                "2",
                "--warm-up",
                "1",
                "--records",
                "200"))
        .isZero();

    String out = stdout();
    List<String> lines = out.strip().lines().toList();
    assertThat(lines.getLast())
        .matches("p95_ms \\d+\\.\\d{3} writes_per_s \\d+\\.\\d errors_5xx \\d+");
    assertThat(lines.getFirst()).startsWith("machine: ").contains(" cores").contains("max heap");
    assertThat(out)
        .contains("SQLite in a fresh data directory")
        .contains("clients: 2 caseworkers")
        .contains("seed: 200 fictional people")
        .contains("(0 writes refused)")
        .contains("index: built")
        .contains("load: 2 clients, 1 s warm-up")
        .contains("mix day: 45 % token reads, 15 % searches, 25 % writes, 15 % pages")
        .contains("2 s measured")
        .containsPattern("cpu: \\d+\\.\\d of \\d+ cores busy; \\d+\\.\\d\\d ms of CPU per request");
    for (String row :
        List.of(
            "token reads (45 %)",
            "  GET /api/v1/persons/{id}/timeline",
            "searches (15 %)",
            "writes (25 %)",
            "  POST /api/v1/persons/{id}/events",
            "pages (15 %)",
            "  GET /people/{id}",
            "  GET /cases",
            "token reads and pages")) {
      assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(row + " "));
    }
    // every request the benchmark sends is a valid one: only the server's own failures may show
    assertThat(out).contains("requests/s").contains("writes/s").contains("other non-2xx: 0 ");
  }

  @Test
  void benchApiChecksItsOptions() {
    assertThat(run("", "bench", "api", "--clients", "0")).isEqualTo(2);
    assertThat(stderr().strip()).isEqualTo("pana: --clients must be from 1 to 256");
    assertThat(run("", "bench", "api", "--data-dir", dataDir.toString())).isEqualTo(2);
    assertThat(stderr()).contains("--data-dir and --port do not apply");
    assertThat(run("", "bench", "api", "--misses", "3")).isEqualTo(2);
    assertThat(run("", "bench")).isEqualTo(2);
    assertThat(stderr().strip())
        .isEqualTo("pana: bench needs a subcommand: bench search or bench api");
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("", "help")).isZero();
    assertThat(stdout()).contains("Usage: java -jar pana.jar").contains("--data-dir");
  }

  @Test
  void aBadOptionFailsWithOneLineOnStderr() {
    int code = run("", "serve", "--port", "eighty");

    assertThat(code).isEqualTo(2);
    assertThat(stderr().strip()).isEqualTo("pana: --port must be a number, got eighty");
    assertThat(stderr().strip().lines()).hasSize(1);
  }

  @Test
  void anUnusableDataDirectoryFailsWithOneLine() throws Exception {
    Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");

    int code = run(PASS + "\n", "demo", "--user", "aru", "--data-dir", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip()).startsWith("pana: ").contains("not-a-directory");
    assertThat(stderr().strip().lines()).hasSize(1);
  }

  private Path demo(String name) {
    Path dir = dataDir.resolve(name);
    assertThat(run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString())).isZero();
    return dir;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * aru adds the account bek: standard input is aru's passphrase, then bek's; {@code options} go
   * before {@code --as}.
   */
  private int aruAddsBek(String stdin, String dir, String... options) {
    List<String> args = new ArrayList<>(List.of("user", "add", "--name", "bek"));
    args.addAll(List.of(options));
    args.addAll(List.of("--as", "aru", "--data-dir", dir));
    return run(stdin, args.toArray(String[]::new));
  }

  private static Connection sqlite(Path dir) throws Exception {
    return CommandLine.sqlite(dir);
  }

  private int run(String stdin, String... args) {
    return cli.run(stdin, args);
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private String stdout() {
    return cli.stdout();
  }

  private String stderr() {
    return cli.stderr();
  }
}
