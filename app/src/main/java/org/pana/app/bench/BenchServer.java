package org.pana.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.PanaUser;
import org.pana.app.config.PanaSettings;
import org.pana.app.login.ApiTokens;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Pana server in this JVM for the benchmark: a fresh temporary data directory (deleted at
 * the end), SQLite unless a PostgreSQL URL is given, a random free port on 127.0.0.1, and an
 * immediate shutdown (the clients' keep-alive connections would hold a graceful one).
 */
final class BenchServer implements AutoCloseable {

  /** Caseworker accounts shared by the clients: a small team, as in a volunteer group. */
  private static final int ACCOUNTS = 4;

  private final Path dataDir;
  private final ConfigurableApplicationContext context;
  private final String passphrase;

  private BenchServer(Path dataDir, ConfigurableApplicationContext context) {
    this.dataDir = dataDir;
    this.context = context;
    byte[] secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    this.passphrase = "bench " + HexFormat.of().formatHex(secret);
  }

  /**
   * Starts the server.
   *
   * @param application the Spring Boot application class
   * @param database a PostgreSQL URL (an empty database), or null for SQLite
   */
  static BenchServer start(Class<?> application, String database) {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("pana-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary data directory", e);
    }
    List<String> properties = new ArrayList<>();
    properties.add("--pana.data-dir=" + dataDir);
    properties.add("--server.address=127.0.0.1");
    properties.add("--server.port=0");
    properties.add("--server.shutdown=immediate");
    properties.add("--logging.level.org.pana=WARN");
    if (database != null) {
      properties.add("--pana.db=" + database);
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setBannerMode(Banner.Mode.OFF);
    spring.setLogStartupInfo(false);
    try {
      return new BenchServer(dataDir, spring.run(properties.toArray(String[]::new)));
    } catch (RuntimeException e) {
      delete(dataDir);
      throw e;
    }
  }

  URI base() {
    return URI.create(
        "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  /** The database, without its password. */
  String database() {
    var settings = context.getBean(PanaSettings.class).database();
    return settings.isSqlite()
        ? "SQLite in a fresh data directory"
        : "PostgreSQL " + settings.describe() + " (vault in a fresh data directory)";
  }

  /**
   * Creates the first administrator, an organisation, a coordinator and a few caseworkers in it
   * with API tokens, and returns the team: the coordinator and {@code clients} simulated
   * caseworkers, each logged in through the login form with a browser session of its own.
   */
  Team team(int clients) {
    Accounts accounts = context.getBean(Accounts.class);
    ApiTokens tokens = context.getBean(ApiTokens.class);
    PanaUser administrator =
        PanaUser.of(
            context
                .getBean(FirstRun.class)
                .createFirstAdmin("bench-admin", passphrase.toCharArray()));
    String organisation;
    try (Volunteer setup =
        new Volunteer(base(), tokens.create(administrator, "load benchmark"), null, 0)) {
      var answer =
          setup.post(
              "/api/v1/organisations", Intake.organisation("Load benchmark group (fictional)"));
      organisation = Intake.id(answer.body());
      if (!answer.ok() || organisation == null) {
        throw new IllegalStateException(
            "could not create the organisation: " + Load.describe(answer));
      }
    }
    Volunteer coordinator =
        new Volunteer(
            base(),
            token(
                accounts,
                tokens,
                administrator,
                "bench-coordinator",
                Role.COORDINATOR,
                organisation),
            organisation,
            99);
    List<String> caseworkerTokens = new ArrayList<>();
    for (int i = 1; i <= Math.min(ACCOUNTS, clients); i++) {
      caseworkerTokens.add(
          token(
              accounts,
              tokens,
              administrator,
              "bench-caseworker-" + i,
              Role.CASEWORKER,
              organisation));
    }
    List<Volunteer> caseworkers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Volunteer caseworker =
          new Volunteer(
              base(), caseworkerTokens.get(i % caseworkerTokens.size()), organisation, 100 + i);
      caseworkers.add(caseworker);
      caseworker.logIn("bench-caseworker-" + (i % caseworkerTokens.size() + 1), passphrase);
    }
    return new Team(coordinator, caseworkers);
  }

  /** Adds an account of {@code organisation} and returns an API token of it. */
  private String token(
      Accounts accounts,
      ApiTokens tokens,
      PanaUser administrator,
      String login,
      Role role,
      String organisation) {
    Account account =
        accounts.add(administrator, login, role, Set.of(organisation), passphrase.toCharArray());
    return tokens.create(PanaUser.of(account), "load benchmark");
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      delete(dataDir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary directory holds only encrypted fictional data; say nothing.
    }
  }
}
